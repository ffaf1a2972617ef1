#if canImport(Glibc)
  import Glibc
#endif

extension IncidentState {
  /// Folds one event in. Costs the same however long the incident has run: nothing here
  /// walks the events already applied.
  public mutating func apply(_ event: IncidentEvent) {
    // A team incident: what a console writes on its own (a reminder, a drill's inject) may
    // come from two laptops that saw the moment before they synced. The second copy is
    // passed over (the log keeps it; the state, the screens and the report count it once).
    if event.device != nil, isCopyOfAutomatic(event) {
      lastSeq = event.seq
      return
    }
    eventCount += 1
    lastSeq = event.seq
    // A team incident starts once: an `incident.started` in another machine's chain (a copy,
    // or planted) must not replace the title, the playbook or T0 (`verify` reports it).
    if case .incidentStarted(let started) = event.body, event.device == nil || startedAt == nil {
      start(event, started)
    }
    let t = event.type == .incidentStarted ? openedAfter : tPlus(of: event)
    let moment = IncidentMoment(tPlus: t, time: event.time, actor: event.actor, seq: event.seq)
    if lastTime.map({ event.ts > $0 }) ?? true { lastTime = event.ts }
    lastElapsed = max(lastElapsed, t)
    if lastMoment.map({ t > $0.tPlus }) ?? true { lastMoment = moment }
    countActivity(event, at: moment)

    switch event.body {
    case .incidentStarted:
      break
    case .stepStarted(let p):
      guard let (step, known) = stepID(p.step, event) else { break }
      if steps[step]?.startedAt == nil { steps[step, default: StepRecord()].startedAt = t }
      steps[step, default: StepRecord()].openedSeq = event.seq
      currentStep = step
      if let every = known?.every, every > .zero, cadences[step] == nil {
        cadences[step] = t
      }
    case .stepDone(let p):
      guard let (step, _) = stepID(p.step, event) else { break }
      finish(step, at: moment, skipped: false, reason: nil)
    case .stepSkipped(let p):
      guard let (step, _) = stepID(p.step, event) else { break }
      finish(step, at: moment, skipped: true, reason: p.reason)
    case .decision(let p):
      let record = DecisionRecord(
        step: p.step, question: p.question, answer: p.answer, next: p.next, moment: moment)
      // A team incident: two machines answered the same question before they synced. Both
      // answers stay in the log; the first in the one order stands, the other is a conflict
      // the consoles show, naming who answered what. (On one machine the second answer is
      // refused before it is written, so a single-file log never has this.)
      if event.device != nil,
        let kept = decisions.last(where: {
          $0.step == p.step && $0.moment.seq > (steps[p.step]?.openedSeq ?? 0)
        })
      {
        if kept.answer != p.answer || kept.actor != event.actor {
          conflicts.append(DecisionConflict(kept: kept, overruled: record))
        }
      } else {
        decisions.append(record)
      }
    case .messageSent(let p):
      let isPublic = playbook?.channel(p.channel)?.audience == .public
      messages.append(
        SentMessage(
          step: p.step, template: p.template, channel: p.channel, text: p.text, url: p.url,
          isPublic: isPublic, moment: moment, promise: p.promise, edited: p.edited))
      if isPublic { lastPublicUpdate = max(lastPublicUpdate ?? t, t) }
      foldMessage(p, at: moment)
    case .varSet(let p):
      if !p.name.isEmpty {
        let old = variables[p.name] ?? playbook?.variable(p.name)?.defaultValue
        variables[p.name] = p.value
        foldFact(p.name, changedFrom: old, at: t)
      }
    case .roleAssigned(let p):
      if !p.role.isEmpty { assign([(p.role, p.name)], seq: event.seq) }
    case .note(let p):
      notes.append(NoteRecord(text: p.text, moment: moment, backdated: event.at != nil))
    case .reminder(let p):
      reminders.append(
        ReminderRecord(kind: p.kind, step: p.step, obligation: p.obligation, elapsed: t))
    case .inject(let p):
      injects.append(
        InjectRecord(
          source: p.source, index: p.index.map { Int($0) }, title: p.title, text: p.text,
          role: p.role, moment: moment))
      awaitingReaction.append(injects.count - 1)
    case .severityChanged(let p):
      if let s = p.severity { severity = s }
    case .incidentPaused:
      if status != .resolved { status = .paused }
    case .incidentResumed:
      if status != .resolved { status = .open }
    case .incidentResolved(let p):
      if resolution == nil {
        resolution = moment
        resolvedAt = t
        summary = p.summary
      }
      status = .resolved
      currentStep = nil
    case .clockPaused:
      clockPaused = true
    case .clockResumed:
      clockPaused = false
    case .clockAdvanced, .scorecard, .other:
      break
    case .messageLinked(let p):
      foldLink(p)
    case .messageApproved(let p):
      foldApproval(p, at: moment)
    case .channelState(let p):
      foldChannelState(p, at: moment)
    case .operatorJoined(let p):
      operators.removeAll { $0.session == p.session }
      operators.append(
        OperatorRecord(
          actor: event.actor, session: p.session, pid: p.pid, host: p.host, since: event.ts,
          seq: event.seq))
    case .operatorLeft(let p):
      operators.removeAll { $0.session == p.session }
    }

    if keepsTimeline {
      let held = event.actor.isEmpty ? [] : rolesByPerson[event.actor] ?? []
      timeline.append(TimelineEntry(event: event, time: event.time, tPlus: t, actorRoles: held))
    }
  }

  /// `incident.started`: who, what, which playbook, the answers and role holders given.
  /// Whether `event` repeats a reminder or an inject another laptop already wrote: the same
  /// reminder within two minutes (a cadence reminds again later, legitimately), the same
  /// playbook inject at all.
  private func isCopyOfAutomatic(_ event: IncidentEvent) -> Bool {
    switch event.body {
    case .reminder(let p):
      let t = tPlus(of: event)
      return reminders.contains {
        $0.kind == p.kind && $0.step == p.step && $0.obligation == p.obligation
          && abs($0.elapsed - t) < 120
      }
    case .inject(let p):
      guard p.source == .playbook, let index = p.index else { return false }
      return injects.contains { $0.source == .playbook && $0.index == Int(index) }
    default:
      return false
    }
  }

  private mutating func start(_ event: IncidentEvent, _ p: IncidentStarted) {
    id = event.incident
    mode = event.mode
    startedAt = p.since ?? event.time
    openedAt = event.time
    openedAfter = max(0, (p.since ?? event.time).seconds(until: event.time))
    startedBy = event.actor
    title = p.title
    initialSeverity = p.severity
    if let speed = p.speed { self.speed = speed }
    if let s = p.severity.flatMap(Severity.init(rawValue:)) { severity = s }
    if let items = p.injects { scenarioInjects = items.map(\.inject) }
    for (k, v) in p.variables { variables[k] = v }
    playbookPath = p.playbook.path
    playbookSHA256 = p.playbook.sha256
    playbookText = p.playbook.text
    if !playbookGiven {
      playbook =
        PlaybookLoader.load(bytes: Array(playbookText.utf8), file: playbookPath).playbook
      if let playbook {
        for role in playbook.roles where !roleIDs.contains(role.id) { roleIDs.append(role.id) }
      }
    }
    assign(p.roles, seq: event.seq)
  }

  /// Role holders set by `incident.started` or `role.assigned`.
  private mutating func assign(_ given: [(String, String)], seq: Int) {
    guard !given.isEmpty else { return }
    for (role, name) in given {
      if !roleIDs.contains(role) { roleIDs.append(role) }
      roleHolders[role] = name
      roleHistory[role, default: []].append((seq, name))
    }
    guard keepsTimeline else { return }
    rolesByPerson = [:]
    for role in roleIDs {
      if let name = roleHolders[role], !name.isEmpty {
        rolesByPerson[name, default: []].append(role)
      }
    }
  }

  private mutating func finish(
    _ step: String, at moment: IncidentMoment, skipped: Bool, reason: String?
  ) {
    var record = steps[step] ?? StepRecord()
    record.doneAt = skipped ? nil : moment.tPlus
    record.skippedAt = skipped ? moment.tPlus : nil
    record.skipReason = skipped ? reason : nil
    record.by = moment.actor
    record.finishedSeq = moment.seq
    record.finishedTime = moment.time
    steps[step] = record
    if currentStep == step { currentStep = nil }
  }

  /// A person's work, and the first reaction to each inject before it.
  private mutating func countActivity(_ event: IncidentEvent, at moment: IncidentMoment) {
    let type = event.type
    let isFacilitatorInject: Bool
    if case .inject(let p) = event.body {
      isFacilitatorInject = p.source == .facilitator
    } else {
      isFacilitatorInject = false
    }
    if !Self.isAutomatic(type) {
      var stillWaiting: [Int] = []
      for i in awaitingReaction {
        if injects[i].moment.tPlus <= moment.tPlus {
          injects[i].reaction = moment
          injects[i].reactionType = type
        } else {
          stillWaiting.append(i)
        }
      }
      awaitingReaction = stillWaiting
    }
    guard !Self.isAutomatic(type) || isFacilitatorInject else { return }
    let index = activityPosition(of: event.actor)
    switch type {
    case .messageSent: activity[index].messages += 1
    case .stepDone, .stepSkipped: activity[index].steps += 1
    case .decision: activity[index].decisions += 1
    case .note: activity[index].notes += 1
    default: activity[index].other += 1
    }
  }

  /// Where `actor` is in `activity`, added if new. A team is a handful of people: their
  /// names are compared byte for byte in a short list, far cheaper than hashing a name with
  /// umlauts (Swift hashes Strings by their normal form); past 32 people, a dictionary.
  private mutating func activityPosition(of actor: String) -> Int {
    if activity.count <= 32 {
      for i in activity.indices where Self.sameBytes(activity[i].actor, actor) {
        return i
      }
    } else if let i = activityIndex[actor] {
      return i
    }
    activity.append(Activity(actor: actor))
    let index = activity.count - 1
    if activity.count > 32 {
      if activityIndex.isEmpty {
        for i in activity.indices where activityIndex[activity[i].actor] == nil {
          activityIndex[activity[i].actor] = i
        }
      } else {
        activityIndex[actor] = index
      }
    }
    return index
  }

  /// Whether two strings are the same bytes: lengths first, then one `memcmp` where both
  /// are stored contiguously (as decoded strings are).
  private static func sameBytes(_ a: String, _ b: String) -> Bool {
    let count = a.utf8.count
    guard count == b.utf8.count else { return false }
    let fast = a.utf8.withContiguousStorageIfAvailable { x in
      b.utf8.withContiguousStorageIfAvailable { y in
        guard let p = x.baseAddress, let q = y.baseAddress else { return count == 0 }
        return memcmp(p, q, count) == 0
      }
    }
    return (fast ?? nil) ?? a.utf8.elementsEqual(b.utf8)
  }

  /// The event's step and the playbook's step of that id, noted as odd when it is missing or
  /// the playbook has no such step.
  private mutating func stepID(_ step: String, _ event: IncidentEvent) -> (String, Step?)? {
    guard !step.isEmpty else {
      oddities.append("line \(event.line): \(event.type) without \"step\"")
      return nil
    }
    if steps[step] == nil { stepOrder.append(step) }
    let known = playbook?.step(step)
    if playbook != nil, known == nil {
      oddities.append("line \(event.line): unknown step '\(step)'")
    }
    return (step, known)
  }
}
