/// Where an incident stands, in a few lines: for `crisis status`, for `i` at the prompt,
/// and as JSON for scripts and dashboards.
public struct StatusReport: Sendable {
  public let agenda: Agenda
  /// T+ seconds now (simulated time in drills).
  public let elapsed: Double

  public init(agenda: Agenda, elapsed: Double) {
    self.agenda = agenda
    self.elapsed = elapsed
  }

  private var state: IncidentState { agenda.state }
  private var playbook: Playbook { agenda.playbook }

  public func lines() -> [String] {
    var lines: [String] = []
    let mode = state.mode == .drill ? "DRILL, " : ""
    lines.append("\(state.title) [\(state.id)]")
    var started = "\(mode)\(state.status.rawValue) · severity \(state.severity.rawValue)"
    if let start = state.startedAt {
      started += " · started \(start.clockTime) by \(state.startedBy)"
    }
    if state.isResolved, let end = state.resolvedAt {
      started += " · resolved at T+\(SpanText.text(end))"
    } else {
      started += " · now T+\(SpanText.text(elapsed))"
    }
    lines.append(started)
    if let id = state.currentStep, let step = playbook.step(id) {
      lines.append(
        "Current step: \(step.title) [\(step.id)], \(agenda.owner(of: step))\(deadline(step))")
    } else if !state.isResolved {
      lines.append(
        agenda.isPathComplete ? "Current step: none, all steps done" : "Current step: none")
    }
    let overdue = agenda.overdueSteps(at: elapsed)
    if !overdue.isEmpty, !state.isResolved {
      lines.append(
        "Overdue: "
          + overdue.map { "\($0.title) (due T+\($0.due?.compact ?? "?"))" }.joined(separator: "; "))
    }
    let ahead = agenda.stepsAhead().filter { $0 != state.currentStep }.compactMap {
      playbook.step($0)
    }
    if !ahead.isEmpty, !state.isResolved {
      lines.append(
        "Next: "
          + ahead.map { step in step.title + (step.due.map { " (due T+\($0.compact))" } ?? "") }
          .joined(separator: "; "))
    }
    if let last = state.lastPublicUpdate {
      lines.append(
        "Last public update: \(SpanText.text(elapsed - last)) ago (T+\(SpanText.text(last)))")
    } else {
      lines.append("Last public update: none yet")
    }
    if let due = agenda.nextUpdateDue, !state.isResolved {
      let when =
        due <= elapsed
        ? "OVERDUE by \(SpanText.countdown(elapsed - due))"
        : "in \(SpanText.countdown(due - elapsed))"
      lines.append("Next public update due: T+\(SpanText.text(due)), \(when)")
    }
    let holders = playbook.roles.map { role in
      "\(role.id): \(state.roleHolders[role.id].flatMap { $0.isEmpty ? nil : $0 } ?? "unassigned")"
    }
    if !holders.isEmpty { lines.append("Roles: " + holders.joined(separator: ", ")) }
    return lines
  }

  private func deadline(_ step: Step) -> String {
    guard let due = step.due?.secondsValue else { return "" }
    if elapsed >= due { return ", OVERDUE by \(SpanText.countdown(elapsed - due))" }
    return ", due T+\(SpanText.text(due)) (in \(SpanText.countdown(due - elapsed)))"
  }

  public func json() -> JSONValue {
    func seconds(_ v: Double?) -> JSONValue { v.map { .int(Int64($0)) } ?? .null }
    let overdue = state.isResolved ? [] : agenda.overdueSteps(at: elapsed)
    return .object([
      ("incident", .string(state.id)),
      ("title", .string(state.title)),
      ("mode", .string(state.mode.rawValue)),
      ("status", .string(state.status.rawValue)),
      ("severity", .string(state.severity.rawValue)),
      ("playbook", .string(playbook.id)),
      ("started", state.startedAt.map { .string($0.rfc3339) } ?? .null),
      ("elapsed_seconds", seconds(elapsed)),
      ("current_step", state.currentStep.map(JSONValue.string) ?? .null),
      ("overdue_steps", .array(overdue.map { .string($0.id) })),
      ("steps_ahead", .array(agenda.stepsAhead().map(JSONValue.string))),
      ("last_public_update_seconds", seconds(state.lastPublicUpdate)),
      ("next_update_due_seconds", seconds(state.isResolved ? nil : agenda.nextUpdateDue)),
      (
        "roles",
        .object(
          playbook.roles.map { ($0.id, state.roleHolders[$0.id].map(JSONValue.string) ?? .null) })
      ),
      ("events", .int(Int64(state.eventCount))),
    ])
  }
}
