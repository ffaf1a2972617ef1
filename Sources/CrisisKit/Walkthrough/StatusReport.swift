/// Where an incident stands, in a few lines: for `crisis status`, for `i` at the prompt,
/// and as JSON for scripts and dashboards.
public struct StatusReport: Sendable {
  public let agenda: Agenda
  /// T+ seconds now (simulated time in drills).
  public let elapsed: Double

  /// Who is on the incident now (consoles whose process is gone left out by the caller,
  /// which can check); nil lists whoever the log says joined and did not leave.
  public var operators: [IncidentState.OperatorRecord]?
  /// A team incident: this machine's events not on the shared remote yet (nil otherwise).
  public var unshared: Int?

  public init(
    agenda: Agenda, elapsed: Double, operators: [IncidentState.OperatorRecord]? = nil
  ) {
    self.agenda = agenda
    self.elapsed = elapsed
    self.operators = operators
  }

  /// One entry per person, the earliest join first.
  private var onIt: [IncidentState.OperatorRecord] {
    var seen: [IncidentState.OperatorRecord] = []
    for o in operators ?? state.operators where !seen.contains(where: { $0.actor == o.actor }) {
      seen.append(o)
    }
    return seen
  }

  private var state: IncidentState { agenda.state }
  private var board: ObligationBoard { ObligationBoard(agenda: agenda) }
  private var playbook: Playbook { agenda.playbook }
  private var words: any StatusWords { agenda.language.status }

  public func lines() -> [String] {
    var lines: [String] = []
    let mode = state.mode == .drill ? words.drill : ""
    lines.append("\(state.title) [\(state.id)]")
    var started =
      "\(mode)\(words.status(state.status.rawValue)) · \(words.severity(state.severity.rawValue))"
    if let start = state.startedAt {
      if let opened = state.openedAt, opened != start {
        started +=
          " · "
          + words.knownSince(start.clockTime, opened: opened.clockTime, by: state.startedBy)
      } else {
        started += " · " + words.started(start.clockTime, by: state.startedBy)
      }
    }
    if state.isResolved, let end = state.resolvedAt {
      started += " · " + words.resolvedAt("T+\(SpanText.text(end))")
    } else {
      started += " · " + words.now("T+\(SpanText.text(elapsed))")
    }
    lines.append(started)
    if let id = state.currentStep, let step = playbook.step(id) {
      lines.append(
        words.currentStep("\(step.title) [\(step.id)], \(agenda.owner(of: step))\(deadline(step))"))
    } else if !state.isResolved {
      lines.append(agenda.isPathComplete ? words.noCurrentStepDone : words.noCurrentStep)
    }
    let open = state.isResolved ? [] : board.obligations(at: elapsed)
    if !open.isEmpty {
      lines.append(words.openObligations(open.count))
      let text = ObligationText(agenda: agenda)
      for o in open { lines.append("  " + text.line(o, at: elapsed)) }
    }
    let ahead = agenda.stepsAhead().filter { $0 != state.currentStep }.compactMap {
      playbook.step($0)
    }
    if !ahead.isEmpty, !state.isResolved {
      lines.append(
        words.next
          + ahead.map { step in step.title + (step.due.map { words.dueAt("T+\($0.compact)") } ?? "")
          }
          .joined(separator: "; "))
    }
    if let last = state.lastPublicUpdate {
      lines.append(
        words.lastUpdate(ago: SpanText.text(elapsed - last), at: "T+\(SpanText.text(last))"))
    } else {
      lines.append(words.noUpdateYet)
    }
    if let due = agenda.nextUpdateDue, !state.isResolved {
      let when =
        due <= elapsed
        ? words.overdueBy(SpanText.countdown(elapsed - due))
        : words.dueIn(SpanText.countdown(due - elapsed))
      lines.append(words.nextUpdateDue("T+\(SpanText.text(due))", when: when))
    }
    let holders = playbook.roles.map { role in
      "\(role.id): \(state.roleHolders[role.id].flatMap { $0.isEmpty ? nil : $0 } ?? words.unassigned)"
    }
    if !holders.isEmpty { lines.append(words.roles + holders.joined(separator: ", ")) }
    if !state.isResolved {
      let people = onIt.map { "\($0.actor) (\(words.since($0.since.clockTime)))" }
      lines.append(words.onItNow + (people.isEmpty ? words.nobody : people.joined(separator: ", ")))
    }
    for c in state.conflicts {
      lines.append(
        agenda.language.prompts.conflict(
          question: c.kept.question, kept: (c.kept.actor, c.kept.answer),
          overruled: (c.overruled.actor, c.overruled.answer)))
    }
    if let unshared {
      lines.append(
        unshared == 0 ? words.allShared : words.notShared(unshared))
    }
    return lines
  }

  private func deadline(_ step: Step) -> String {
    guard let due = step.due?.secondsValue else { return "" }
    if elapsed >= due { return ", " + words.overdueBy(SpanText.countdown(elapsed - due)) }
    return words.stepDue("T+\(SpanText.text(due))", in: SpanText.countdown(due - elapsed))
  }

  public func json() -> JSONValue {
    func seconds(_ v: Double?) -> JSONValue {
      guard let v, let whole = Int64(exactly: v.rounded(.down)) else { return .null }
      return .int(whole)
    }
    let open = state.isResolved ? [] : board.obligations(at: elapsed)
    let overdue = open.filter { $0.kind == .step && $0.urgency(at: elapsed) == .overdue }
    let nextUpdate = open.filter {
      ($0.kind == .promise || $0.kind == .cadence) && !$0.isPaused
        && ($0.channel.map { agenda.playbook.channel($0)?.audience == .public } ?? true)
    }.compactMap(\.due).min()
    var fields: [(String, JSONValue)] = [
      ("incident", .string(state.id)),
      ("title", .string(state.title)),
      ("mode", .string(state.mode.rawValue)),
      ("status", .string(state.status.rawValue)),
      ("severity", .string(state.severity.rawValue)),
      ("playbook", .string(playbook.id)),
      ("started", state.startedAt.map { .string($0.rfc3339) } ?? .null),
    ]
    if let opened = state.openedAt, opened != state.startedAt {
      fields.append(("opened", .string(opened.rfc3339)))
    }
    fields += [
      ("elapsed_seconds", seconds(elapsed)),
      ("current_step", state.currentStep.map(JSONValue.string) ?? .null),
      ("obligations", .array(open.map(obligationJSON))),
      ("overdue_steps", .array(overdue.compactMap { $0.step.map(JSONValue.string) })),
      ("steps_ahead", .array(agenda.stepsAhead().map(JSONValue.string))),
      ("last_public_update_seconds", seconds(state.lastPublicUpdate)),
      ("next_update_due_seconds", seconds(nextUpdate)),
      (
        "roles",
        .object(
          playbook.roles.map { ($0.id, state.roleHolders[$0.id].map(JSONValue.string) ?? .null) })
      ),
      (
        "operators",
        .array(
          (state.isResolved ? [] : onIt).map {
            .object([("actor", .string($0.actor)), ("since", .string($0.since.rfc3339))])
          })
      ),
      ("events", .int(Int64(state.eventCount))),
    ]
    if !state.conflicts.isEmpty {
      fields.append(
        (
          "conflicts",
          .array(
            state.conflicts.map { c in
              .object([
                ("step", .string(c.kept.step)), ("question", .string(c.kept.question)),
                (
                  "kept",
                  .object([("actor", .string(c.kept.actor)), ("answer", .string(c.kept.answer))])
                ),
                (
                  "overruled",
                  .object([
                    ("actor", .string(c.overruled.actor)), ("answer", .string(c.overruled.answer)),
                  ])
                ),
              ])
            })
        ))
    }
    if let unshared { fields.append(("unshared_events", .int(Int64(unshared)))) }
    return .object(fields)
  }

  /// One obligation for scripts: what, whose, where, when; `seconds_left` negative when
  /// overdue and null without a deadline (or while its channel is down).
  private func obligationJSON(_ o: Obligation) -> JSONValue {
    func seconds(_ v: Double?) -> JSONValue {
      guard let v, let whole = Int64(exactly: v.rounded(.down)) else { return .null }
      return .int(whole)
    }
    var fields: [(String, JSONValue)] = [
      ("kind", .string(o.kind.rawValue)),
      ("id", .string(o.id)),
      ("title", .string(o.title)),
      ("role", o.role.map(JSONValue.string) ?? .null),
      ("channel", o.channel.map(JSONValue.string) ?? .null),
      ("step", o.step.map(JSONValue.string) ?? .null),
      ("due_seconds", seconds(o.due)),
      (
        "due",
        o.due.flatMap { due in state.startedAt.map { .string($0.adding(seconds: due).rfc3339) } }
          ?? .null
      ),
      ("seconds_left", seconds(o.secondsLeft(at: elapsed))),
      ("paused", .bool(o.isPaused)),
    ]
    if let promised = o.promised { fields.append(("promised", .string(promised.rfc3339))) }
    if let note = o.note { fields.append(("note", .string(note))) }
    return .object(fields)
  }
}
