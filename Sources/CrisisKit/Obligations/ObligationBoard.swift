/// Everything the team owes at a moment, derived from the folded state and the playbook: the
/// steps opened or passed over and not finished, the steps on the chosen path whose deadline
/// is near or past, promised updates per channel, the cadence, declared clocks, approvals
/// still missing, channels whose last message is no longer true, channels that are down.
///
/// Pure and cheap: one walk along the playbook's path plus one look at each channel, no
/// reading of the log. Sorted by deadline: overdue first, undated last.
public struct ObligationBoard: Sendable {
  public let agenda: Agenda

  public init(agenda: Agenda) { self.agenda = agenda }
  public init(playbook: Playbook, state: IncidentState) {
    agenda = Agenda(playbook: playbook, state: state)
  }

  private var playbook: Playbook { agenda.playbook }
  private var state: IncidentState { agenda.state }
  private var words: any ObligationWords { agenda.language.obligations }

  /// The open obligations at T+`t`, most urgent first.
  public func obligations(at t: Double) -> [Obligation] {
    var list = steps(at: t)
    list += promises()
    list += cadences()
    list += clocks()
    list += approvals()
    list += staleChannels()
    list += unavailableChannels()
    return Self.sorted(list)
  }

  /// Overdue first, then by deadline, then undated; ties keep the order found (steps in path
  /// order, channels in playbook order).
  static func sorted(_ list: [Obligation]) -> [Obligation] {
    list.enumerated().sorted { a, b in
      switch (a.element.isPaused ? nil : a.element.due, b.element.isPaused ? nil : b.element.due) {
      case (let x?, let y?): return x != y ? x < y : a.offset < b.offset
      case (.some, nil): return true
      case (nil, .some): return false
      case (nil, nil): return a.offset < b.offset
      }
    }.map(\.element)
  }

  // MARK: - Steps

  /// Steps opened and not finished, steps passed over on the path (behind the furthest step
  /// reached), and steps ahead on the path whose deadline is within the warning window or
  /// past. Recurring steps count as the cadence, not as steps.
  public func steps(at t: Double) -> [Obligation] {
    var result: [Obligation] = []
    var listed: Set<String> = []
    let path = agenda.path()
    let furthest = path.lastIndex { state.steps[$0] != nil } ?? -1
    for (i, id) in path.enumerated() {
      guard let step = playbook.step(id), state.steps[id]?.isFinished != true else { continue }
      let opened = state.steps[id]?.startedAt != nil
      if opened || i < furthest {
        if step.every != nil && step.due == nil { continue }
        result.append(obligation(for: step, note: opened ? nil : words.passedOver))
        listed.insert(id)
      } else if let due = step.due?.secondsValue, due - Obligation.soonWindow <= t {
        result.append(obligation(for: step, note: words.notReachedYet))
        listed.insert(id)
      }
    }
    // Opened off the path (a goto to another branch), and the path onward from there.
    for id in state.stepOrder where !listed.contains(id) {
      guard let step = playbook.step(id), let record = state.steps[id], !record.isFinished,
        record.startedAt != nil, !(step.every != nil && step.due == nil)
      else { continue }
      result.append(obligation(for: step, note: nil))
      listed.insert(id)
    }
    if let current = state.currentStep, !path.contains(current) {
      for id in agenda.path(from: current) where !listed.contains(id) {
        guard let step = playbook.step(id), state.steps[id]?.isFinished != true,
          let due = step.due?.secondsValue, due - Obligation.soonWindow <= t
        else { continue }
        result.append(obligation(for: step, note: words.notReachedYet))
        listed.insert(id)
      }
    }
    return result
  }

  /// Steps that were owed and never done: opened or passed over and not finished, and every
  /// unfinished step on the chosen path (as far as the decisions taken reach).
  public func stepsNeverDone() -> [Step] {
    var result: [Step] = []
    var listed: Set<String> = []
    for id in agenda.path() + state.stepOrder where !listed.contains(id) {
      listed.insert(id)
      guard let step = playbook.step(id), state.steps[id]?.isFinished != true,
        step.every == nil
      else { continue }
      result.append(step)
    }
    return result
  }

  private func obligation(for step: Step, note: String?) -> Obligation {
    var o = Obligation(
      kind: .step, id: "step:\(step.id)", title: step.title, role: step.role.id, step: step.id,
      due: step.due?.secondsValue, note: note)
    o.warnsSoon = Self.warnsSoon(
      due: o.due, openedAt: state.steps[step.id]?.startedAt ?? state.openedAfter)
    return o
  }

  /// A warning before the deadline only when there was more than the warning window
  /// between opening and deadline.
  static func warnsSoon(due: Double?, openedAt: Double?) -> Bool {
    guard let due, let openedAt else { return true }
    return due - openedAt > Obligation.soonWindow
  }

  // MARK: - Promises and cadence

  /// The update promised on each channel and not yet given.
  public func promises() -> [Obligation] {
    state.openPromises.map { promise in
      let channel = playbook.channel(promise.channel)
      let title = channel?.title ?? promise.channel
      let step = messageStep(promise.made.seq)
      var o = Obligation(
        kind: .promise, id: "promise:\(promise.channel):\(promise.promised.rfc3339)",
        title: words.promisedUpdate(on: title, by: promise.promised.clockTime),
        role: step.flatMap { playbook.step($0)?.role.id }, channel: promise.channel, step: step,
        due: promise.due + IncidentState.PromiseRecord.grace - 1, promised: promise.promised)
      o.warnsSoon = Self.warnsSoon(due: promise.due, openedAt: promise.made.tPlus)
      if state.isUnavailable(promise.channel) {
        o.isPaused = true
        o.note = words.pausedUnavailable(title)
      }
      return o
    }
  }

  /// Recurring steps reached while no promise runs on an available public channel: an update
  /// is owed `every` after the last public message.
  public func cadences() -> [Obligation] {
    let promiseRuns = state.openPromises.contains { promise in
      playbook.channel(promise.channel)?.audience == .public
        && !state.isUnavailable(promise.channel)
    }
    guard !promiseRuns else { return [] }
    return state.cadences.keys.sorted().compactMap { id in
      guard let step = playbook.step(id), let every = step.every?.secondsValue else { return nil }
      let anchor = max(state.cadences[id] ?? 0, state.lastPublicUpdate ?? 0)
      return Obligation(
        kind: .cadence, id: "cadence:\(id)",
        title: words.publicUpdate(every: SpanText.text(every)),
        role: step.role.id, step: id, due: anchor + every)
    }
  }

  // MARK: - Clocks, approvals, facts, channels

  /// Declared clocks not yet met. A clock counting from a time variable that has no value
  /// yet is listed without a deadline, saying what starts it.
  public func clocks() -> [Obligation] {
    playbook.clocks.compactMap { clock in
      guard !isMet(clock), !isWaived(clock) else { return nil }
      var o = Obligation(
        kind: .clock, id: "clock:\(clock.id)", title: clock.title, role: clock.role?.id)
      if let start = clockStart(clock) {
        o.due = start + clock.within.secondsValue
      } else {
        o.note = words.clockStarts(when: clock.from?.id ?? "?", set: clock.from?.id ?? "VAR")
      }
      return o
    }
  }

  /// T+ from which a clock counts: T0, or the moment its variable holds.
  public func clockStart(_ clock: DeadlineClock) -> Double? {
    guard let variable = clock.from?.id, variable != DeadlineClock.startSource else { return 0 }
    guard let start = state.startedAt else { return nil }
    if let value = state.variables[variable] {
      return Timestamp.parse(value).map { start.seconds(until: $0) }
    }
    // Never asked (an older log): the default, read at T0 (`-0m` is T0 itself).
    guard let text = playbook.variable(variable)?.defaultValue,
      let time = PastTime.parse(text, now: start)
    else { return nil }
    return start.seconds(until: time)
  }

  /// Whether its `done_by` step is done or its `done_by` template was posted, and when.
  public func metAt(_ clock: DeadlineClock) -> Double? {
    let id = clock.doneBy.id
    if let done = state.steps[id]?.doneAt { return done }
    return state.messages.first { $0.template == id }?.elapsed
  }

  public func isMet(_ clock: DeadlineClock) -> Bool { metAt(clock) != nil }

  /// Whether the decisions taken have made a clock moot: the path is decided to its end
  /// (no question left open on it) and neither passes its `done_by` step nor sends its
  /// `done_by` template (GDPR: a breach judged unlikely to harm anyone is documented, not
  /// notified). A `done_by` step skipped with a reason settles it too.
  public func isWaived(_ clock: DeadlineClock) -> Bool {
    let id = clock.doneBy.id
    if state.steps[id]?.skippedAt != nil { return true }
    let path = agenda.path()
    guard let last = path.last, let step = playbook.step(last) else { return false }
    let undecided = step.decision != nil && !state.decisions.contains { $0.step == last }
    guard !undecided, state.steps[id] == nil else { return false }
    return !path.contains { stepID in
      stepID == id || (playbook.step(stepID)?.send.contains { $0.id == id } ?? false)
    }
  }

  /// Messages on open steps that need an approval nobody has given yet.
  public func approvals() -> [Obligation] {
    var result: [Obligation] = []
    var listed: Set<String> = []
    for id in state.stepOrder {
      guard let step = playbook.step(id), let record = state.steps[id], !record.isFinished
      else { continue }
      for ref in step.send where !listed.contains(ref.id) {
        guard let role = state.approver(ofTemplate: ref.id), state.pendingApprovals[ref.id] == nil,
          !state.messages.contains(where: { $0.template == ref.id && $0.step == id }),
          let template = playbook.template(ref.id)
        else { continue }
        listed.insert(ref.id)
        let channel = playbook.channel(template.channel.id)?.title ?? template.channel.id
        var o = Obligation(
          kind: .approval, id: "approval:\(ref.id)",
          title: words.approval(of: channel, template: ref.id),
          role: role, channel: template.channel.id, step: id, due: step.due?.secondsValue)
        o.warnsSoon = Self.warnsSoon(due: o.due, openedAt: record.startedAt)
        result.append(o)
      }
    }
    return result
  }

  /// Channels whose latest message used a fact that has changed: due at once.
  public func staleChannels() -> [Obligation] {
    playbook.channels.compactMap { channel in
      guard let record = state.stale[channel.id] else { return nil }
      let step = state.lastMessage[channel.id].flatMap { state.messages[$0].step }
      return Obligation(
        kind: .stale, id: "stale:\(channel.id)",
        title: words.stale(channel.title, variables: record.variables),
        role: step.flatMap { playbook.step($0)?.role.id }, channel: channel.id, step: step,
        due: record.since)
    }
  }

  /// Channels marked down or compromised, with where to post instead.
  public func unavailableChannels() -> [Obligation] {
    playbook.channels.compactMap { channel in
      guard let record = state.channelStates[channel.id], !record.available else { return nil }
      let reason = record.reason.flatMap { $0.isEmpty ? nil : $0 }
      let title = words.unavailable(channel.title, reason: reason)
      return Obligation(
        kind: .channel, id: "channel:\(channel.id)", title: title, channel: channel.id,
        note: alternatives(to: channel.id).map { words.postInstead(on: $0) })
    }
  }

  /// Available channels with the same audience (else any public one), by title.
  public func alternatives(to channel: String) -> String? {
    let audience = playbook.channel(channel)?.audience ?? .public
    var names = playbook.channels.filter {
      $0.id != channel && $0.audience == audience && !state.isUnavailable($0.id)
    }.map(\.title)
    if names.isEmpty {
      names = playbook.channels.filter {
        $0.id != channel && $0.audience == .public && !state.isUnavailable($0.id)
      }.map(\.title)
    }
    return names.isEmpty ? nil : names.joined(separator: ", ")
  }

  /// The step of the message with `seq`.
  private func messageStep(_ seq: Int) -> String? {
    state.messages.last { $0.moment.seq == seq }?.step
  }
}
