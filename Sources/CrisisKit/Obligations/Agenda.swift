/// What the incident needs next, derived from the playbook and the folded state at a given
/// incident time: the step to open, the steps ahead, deadlines passed, updates owed, drill
/// injects due. Pure, so the terminal loop, `crisis status` and the tests all agree.
public struct Agenda: Sendable {
  public let playbook: Playbook
  public let state: IncidentState
  /// The language of the obligations' titles and the reminders written from this agenda.
  public let language: Language

  public init(playbook: Playbook, state: IncidentState, language: Language = .english) {
    self.playbook = playbook
    self.state = state
    self.language = language
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

  /// The steps the decisions taken lead through, from `start` (the first step when nil): each
  /// step's successor in turn, up to a question not answered yet, `end`, or a loop.
  public func path(from start: String? = nil) -> [String] {
    var result: [String] = []
    var seen: Set<String> = []
    var candidate = start ?? playbook.steps.first?.id
    while let id = candidate, playbook.step(id) != nil, seen.insert(id).inserted {
      result.append(id)
      candidate = successor(of: id)
    }
    return result
  }

  /// The step to open when none is open: the first unfinished step after the last one
  /// finished (following the path), or the first step at the very start. When the path has
  /// run out, a step left open behind it (opened, or passed over by `goto`) comes back, so no
  /// step is silently dropped.
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
    if hops <= playbook.steps.count, let candidate { return candidate }
    return stepLeftOpen()
  }

  /// The first step on the path (or opened off it) that was opened or passed over and is
  /// not finished; recurring steps without a deadline are the cadence's business.
  func stepLeftOpen() -> String? {
    let path = path()
    let furthest = path.lastIndex { state.steps[$0] != nil } ?? -1
    for (i, id) in path.enumerated() where i <= furthest {
      guard let step = playbook.step(id), state.steps[id]?.isFinished != true,
        !(step.every != nil && step.due == nil)
      else { continue }
      return id
    }
    for id in state.stepOrder {
      guard let step = playbook.step(id), let record = state.steps[id], !record.isFinished,
        record.startedAt != nil, !(step.every != nil && step.due == nil)
      else { continue }
      return id
    }
    return nil
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

  /// `Communications: Anna` or `Communications, unassigned`.
  public func owner(of step: Step) -> String { owner(ofRole: step.role.id) }

  /// `Communications: Anna`; `Communications, unassigned` when nobody holds it (or its
  /// deputy's holder, named as deputy).
  public func owner(ofRole role: String) -> String {
    let title = playbook.role(role)?.title ?? role
    let words = language.obligations
    if let holder = holder(of: role) { return words.owner(title, holder: holder) }
    if let deputy = playbook.role(role)?.deputy?.id, let holder = holder(of: deputy) {
      return words.unassigned(title, deputy: holder)
    }
    return words.unassigned(title, deputy: nil)
  }

  /// Who holds `role` now; nil when nobody does.
  public func holder(of role: String) -> String? {
    state.roleHolders[role].flatMap { $0.isEmpty ? nil : $0 }
  }

  func channelTitles(of step: Step) -> String {
    let titles = step.send.compactMap { playbook.template($0.id) }
      .compactMap { playbook.channel($0.channel.id)?.title }
    var unique: [String] = []
    for t in titles where !unique.contains(t) { unique.append(t) }
    return language.obligations.onChannels(unique)
  }
}
