/// What the incident needs next, derived from the playbook and the folded state at a given
/// incident time: the step to open, the steps ahead, deadlines passed, updates owed, drill
/// injects due. Pure, so the terminal loop, `crisis status` and the tests all agree.
public struct Agenda: Sendable {
  public let playbook: Playbook
  public let state: IncidentState

  public init(playbook: Playbook, state: IncidentState) {
    self.playbook = playbook
    self.state = state
  }

  // MARK: - Flow

  /// The step that follows `stepID` on the path taken: the chosen answer's target, its
  /// `next`, or the step below. `end` and the end of the list give nil.
  public func successor(of stepID: String) -> String? {
    guard let index = playbook.stepIndex(stepID) else { return nil }
    let step = playbook.steps[index]
    var target: String?
    if step.decision != nil {
      target = state.decisions.last { $0.step == stepID }?.next
    } else if let next = step.next {
      target = next.id
    } else if index + 1 < playbook.steps.count {
      target = playbook.steps[index + 1].id
    }
    guard let target, target != Playbook.endTarget else { return nil }
    return target
  }

  /// The step to open when none is open: the first unfinished step after the last one
  /// finished (following the path), or the first step at the very start.
  public func stepToOpen() -> String? {
    guard state.currentStep == nil, !state.isResolved, let first = playbook.steps.first else {
      return nil
    }
    guard let last = lastFinishedStep() else {
      return state.steps[first.id]?.isFinished == true ? nil : first.id
    }
    var candidate = successor(of: last)
    var hops = 0
    while let id = candidate, state.steps[id]?.isFinished == true, hops <= playbook.steps.count {
      candidate = successor(of: id)
      hops += 1
    }
    return hops > playbook.steps.count ? nil : candidate
  }

  /// The most recently finished step (done or skipped): the one whose finishing event came
  /// last in the log. By `seq`, so steps finished at the same T+ (likely while a drill's
  /// clock is held) give the same answer in every process.
  func lastFinishedStep() -> String? {
    var best: (id: String, seq: Int)?
    for (id, record) in state.steps where record.isFinished {
      let seq = record.finishedSeq ?? 0
      if best.map({ seq > $0.seq || (seq == $0.seq && id < $0.id) }) ?? true { best = (id, seq) }
    }
    return best?.id
  }

  /// The current step and the steps that will follow it without a decision in between.
  public func stepsAhead() -> [String] {
    var result: [String] = []
    var seen: Set<String> = []
    var candidate = state.currentStep ?? stepToOpen()
    while let id = candidate, seen.insert(id).inserted, let step = playbook.step(id) {
      if state.steps[id]?.isFinished != true { result.append(id) }
      if step.decision != nil { break }
      candidate = successor(of: id)
    }
    return result
  }

  /// Whether the path through the playbook has been walked to its end.
  public var isPathComplete: Bool {
    state.currentStep == nil && stepToOpen() == nil && lastFinishedStep() != nil
  }

  // MARK: - Deadlines and cadence

  /// Steps ahead whose deadline has passed at `elapsed`.
  public func overdueSteps(at elapsed: Double) -> [Step] {
    stepsAhead().compactMap { playbook.step($0) }.filter { step in
      guard let due = step.due else { return false }
      return elapsed >= due.secondsValue
    }
  }

  /// The recurring steps in force, with when the next update is owed (T+ seconds).
  public func cadences() -> [(step: Step, nextDue: Double)] {
    guard !state.isResolved else { return [] }
    return state.cadences.keys.sorted().compactMap { id in
      guard let step = playbook.step(id), let every = step.every?.secondsValue else { return nil }
      let lastReminder = state.reminders.last { $0.kind == .update && $0.step == id }?.elapsed
      let anchor = max(state.cadences[id] ?? 0, state.lastPublicUpdate ?? 0, lastReminder ?? 0)
      return (step, anchor + every)
    }
  }

  /// When the next public update is owed, if a cadence is in force.
  public var nextUpdateDue: Double? {
    cadences().map(\.nextDue).min()
  }

  /// The shortest promised cadence, for `{{next_update}}` before any recurring step starts.
  public var promisedCadence: Double? {
    playbook.steps.compactMap { $0.every?.secondsValue }.min()
  }

  /// Reminders and deadline announcements due at `elapsed` that have not been given yet.
  public func dueReminders(at elapsed: Double) -> [EventDraft] {
    var drafts: [EventDraft] = []
    guard !state.isResolved else { return [] }
    let announced = Set(state.reminders.filter { $0.kind == .deadline }.compactMap(\.step))
    for step in overdueSteps(at: elapsed) where !announced.contains(step.id) {
      let due = "T+\(SpanText.text(step.due?.secondsValue ?? 0))"
      drafts.append(
        EventDraft(
          .reminder(
            ReminderGiven(
              kind: .deadline, step: step.id, due: due,
              text: "'\(step.title)' was due at \(due) (\(owner(of: step)))"))))
    }
    for (step, nextDue) in cadences() where elapsed >= nextDue {
      let channels = channelTitles(of: step)
      var silence: Int64?
      let text: String
      if let last = state.lastPublicUpdate {
        let seconds = elapsed - last
        silence = Int64(exactly: min(max(0, seconds), Double(Int32.max)).rounded(.towardZero))
        text =
          "\(SpanText.text(seconds)) since the last public update: post an update\(channels), even if nothing changed"
      } else {
        text = "no public update yet: post one\(channels), even if nothing changed"
      }
      drafts.append(
        EventDraft(
          .reminder(
            ReminderGiven(
              kind: .update, step: step.id, sincePublicUpdate: silence, text: text))))
    }
    return drafts
  }

  /// The injects a drill schedules: those made from a past incident's log, else the playbook's.
  public var scheduledInjects: [Inject] { state.scenarioInjects ?? playbook.injects }

  /// Drill injects whose time has come and that have not been given yet.
  public func dueInjects(at elapsed: Double) -> [EventDraft] {
    guard state.mode == .drill, !state.isResolved else { return [] }
    let source: InjectGiven.Source = state.scenarioInjects == nil ? .playbook : .log
    let given = Set(state.injects.filter { $0.source == source }.compactMap(\.index))
    return scheduledInjects.enumerated().compactMap { index, inject in
      guard inject.at.secondsValue <= elapsed, !given.contains(index) else { return nil }
      return EventDraft(
        .inject(
          InjectGiven(
            source: source, index: Int64(index), title: inject.title, text: inject.text,
            due: "T+\(inject.at.compact)", role: inject.role?.id, channel: inject.channel?.id)))
    }
  }

  // MARK: - People

  /// `Communications: Anna` or `Communications (unassigned)`.
  public func owner(of step: Step) -> String {
    let title = playbook.role(step.role.id)?.title ?? step.role.id
    if let holder = state.roleHolders[step.role.id], !holder.isEmpty {
      return "\(title): \(holder)"
    }
    return "\(title), unassigned"
  }

  private func channelTitles(of step: Step) -> String {
    let titles = step.send.compactMap { playbook.template($0.id) }
      .compactMap { playbook.channel($0.channel.id)?.title }
    var unique: [String] = []
    for t in titles where !unique.contains(t) { unique.append(t) }
    return unique.isEmpty ? "" : " on " + unique.joined(separator: ", ")
  }
}
