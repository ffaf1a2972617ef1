/// One thing the log shows went wrong, with the role that owned it and who held that role:
/// the pre-filled start of the post-incident review. The team lead edits from there; the
/// report never has to be filled in from memory. Found by `ReviewFinding.all`, worded by
/// `ReportWords` (so the same finding reads in English or German), laid out by each format.
public struct ReviewFinding: Sendable, Equatable {
  public enum Kind: String, Sendable, CaseIterable {
    /// The first public statement came after its deadline, or never.
    case lateFirstStatement = "late_first_statement"
    /// A step was done after its `due`, or was still open past it at the end.
    case lateStep = "late_step"
    /// A declared clock (`clocks:`) was not met in time.
    case missedClock = "missed_clock"
    /// A promised next update came late or never.
    case brokenPromise = "broken_promise"
    /// A step that was owed was never done.
    case neverDone = "never_done"
    /// A step was skipped (with the reason given).
    case skipped
    /// A message went out without the approval it needed.
    case unapproved
    /// A channel was left saying what was no longer true.
    case staleChannel = "stale_channel"
  }

  public var kind: Kind
  /// The step, channel or clock id the finding is about.
  public var subject: String
  /// Its title from the playbook (never translated: it is the team's own word).
  public var subjectTitle: String
  /// The owning role's id, nil when nobody owned it.
  public var role: String?
  /// Who held that role (a name as the log wrote it, before redaction).
  public var heldBy: String?
  /// When it happened (T+): finished late, skipped, promise due, clock due, message sent.
  public var at: Double?
  /// The deadline it missed (T+), where there was one.
  public var due: Double?
  /// Free text from the log: a skip reason, the facts that changed, the approver's role.
  public var detail: String?

  /// Every finding of the report, in time order (findings without a time last), ties in
  /// the order of `Kind`.
  static func all(metrics m: IncidentMetrics, playbook: Playbook, state: IncidentState)
    -> [ReviewFinding]
  {
    var out: [ReviewFinding] = []
    func stepRole(_ step: String?) -> String? { step.flatMap { playbook.step($0)?.role.id } }
    func holder(_ role: String?, atSeq seq: Int) -> String? {
      role.flatMap { state.holder(of: $0, atSeq: seq) }
    }

    let fs = m.firstStatement
    if fs.outcome == .missed {
      let step = fs.deadlineStep ?? fs.step
      let role = stepRole(step)
      out.append(
        ReviewFinding(
          kind: .lateFirstStatement, subject: step ?? "",
          subjectTitle: step.map { playbook.step($0)?.title ?? $0 } ?? "", role: role,
          heldBy: holder(role, atSeq: fs.moment?.seq ?? state.lastSeq), at: fs.moment?.tPlus,
          due: fs.deadline, detail: nil))
    }
    let neverDone = Set(m.obligations.stepsNeverDone)
    for s in m.steps {
      let kind: Kind
      switch s.result {
      case .late, .overdue:
        // The late first statement already says this about the step that owed it.
        if fs.outcome == .missed, s.id == fs.deadlineStep { continue }
        kind = .lateStep
      case .neverDone: kind = .neverDone
      case .open where neverDone.contains(s.id): kind = .neverDone
      case .skipped: kind = .skipped
      default: continue
      }
      out.append(
        ReviewFinding(
          kind: kind, subject: s.id, subjectTitle: s.title, role: s.role, heldBy: s.heldBy,
          at: kind == .neverDone ? nil : s.finished, due: s.due,
          detail: kind == .skipped ? s.skipReason : nil))
    }
    for clock in m.obligations.clocks where clock.outcome == .missed {
      out.append(
        ReviewFinding(
          kind: .missedClock, subject: clock.id, subjectTitle: clock.title, role: clock.role,
          heldBy: holder(clock.role, atSeq: state.lastSeq), at: clock.met, due: clock.due,
          detail: nil))
    }
    let broken = m.obligations.promises.filter { $0.result == .broken }
    // The step of each promising message, looked up once rather than searched per promise.
    var stepOfMessage: [Int: String] = [:]
    if !broken.isEmpty {
      for message in state.messages where message.promise != nil {
        if let step = message.step { stepOfMessage[message.moment.seq] = step }
      }
    }
    for p in broken {
      let step = stepOfMessage[p.made.seq]
      let role = stepRole(step)
      out.append(
        ReviewFinding(
          kind: .brokenPromise, subject: p.channel, subjectTitle: p.title, role: role,
          heldBy: holder(role, atSeq: p.made.seq), at: p.closed?.tPlus, due: p.due,
          detail: nil))
    }
    for message in m.obligations.unapproved {
      let role = stepRole(message.step)
      out.append(
        ReviewFinding(
          kind: .unapproved, subject: message.channel,
          subjectTitle: playbook.channel(message.channel)?.title ?? message.channel, role: role,
          heldBy: holder(role, atSeq: message.moment.seq) ?? message.actor,
          at: message.moment.tPlus, due: nil,
          detail: message.neededApproval.map { playbook.role($0)?.title ?? $0 }))
    }
    for channel in m.obligations.staleChannels {
      let last = state.messages.last { $0.channel == channel }
      let role = stepRole(last?.step)
      out.append(
        ReviewFinding(
          kind: .staleChannel, subject: channel,
          subjectTitle: playbook.channel(channel)?.title ?? channel, role: role,
          heldBy: holder(role, atSeq: state.lastSeq), at: state.stale[channel]?.since, due: nil,
          detail: state.stale[channel]?.variables.joined(separator: ", ")))
    }
    let kinds = Kind.allCases
    func rank(_ f: ReviewFinding) -> (Double, Int) {
      (f.at ?? f.due ?? .infinity, kinds.firstIndex(of: f.kind) ?? 0)
    }
    // A stable order: by time, then kind, then the order found.
    return out.enumerated().sorted { a, b in
      let (ra, rb) = (rank(a.element), rank(b.element))
      return ra != rb ? ra < rb : a.offset < b.offset
    }.map(\.element)
  }
}
