/// The warnings `crisis` writes by itself: once when an obligation falls due soon (five
/// minutes before), once when its deadline passes, and the update reminder on the cadence
/// while no promise is running. Each is a `reminder` event naming its obligation, so a
/// resumed walkthrough or a second terminal never repeats one.
extension ObligationBoard {
  /// Reminders owed at T+`t` that have not been given yet.
  public func dueReminders(at t: Double) -> [EventDraft] {
    let state = agenda.state
    guard !state.isResolved else { return [] }
    var given: Set<String> = []
    for r in state.reminders where r.kind != .update {
      if let id = r.obligation ?? r.step.map({ "step:\($0)" }) { given.insert("\(r.kind):\(id)") }
    }
    var drafts: [EventDraft] = []
    for o in obligations(at: t) where o.kind != .stale && o.kind != .channel && o.kind != .cadence {
      guard let left = o.secondsLeft(at: t), let due = o.due else { continue }
      if left <= 0 {
        guard !given.contains("deadline:\(o.id)") else { continue }
        drafts.append(reminder(.deadline, o, text: overdueText(o, due: due)))
      } else if left <= Obligation.soonWindow, o.warnsSoon {
        guard !given.contains("soon:\(o.id)"), !given.contains("deadline:\(o.id)") else {
          continue
        }
        drafts.append(
          reminder(
            .soon, o,
            text: agenda.language.obligations.dueSoon(
              soonText(o), in: SpanText.countdown(left))))
      }
    }
    drafts += updateReminders(at: t)
    return drafts
  }

  private func reminder(_ kind: ReminderGiven.Kind, _ o: Obligation, text: String) -> EventDraft {
    EventDraft(
      .reminder(
        ReminderGiven(
          kind: kind, step: o.kind == .step ? o.step : nil, obligation: o.id,
          due: o.due.map { "T+\(SpanText.text($0))" }, text: text)))
  }

  private func soonText(_ o: Obligation) -> String {
    let words = agenda.language.obligations
    switch o.kind {
    case .promise: return words.promisedOn(channelTitle(o), by: clock(o))
    case .approval: return "\(o.title):"
    default: return words.titled(o.title, owner: owner(o))
    }
  }

  private func overdueText(_ o: Obligation, due: Double) -> String {
    let words = agenda.language.obligations
    let tPlus = "T+\(SpanText.text(due))"
    switch o.kind {
    case .promise: return words.promiseLate(on: channelTitle(o), by: clock(o))
    case .clock: return words.ranOut(o.title, at: tPlus, owner: owner(o))
    default: return words.wasDue(o.title, at: tPlus, owner: owner(o))
    }
  }

  private func clock(_ o: Obligation) -> String { o.promised?.clockTime ?? "?" }

  private func channelTitle(_ o: Obligation) -> String {
    o.channel.map { agenda.playbook.channel($0)?.title ?? $0 } ?? "?"
  }

  private func owner(_ o: Obligation) -> String {
    guard let role = o.role else { return agenda.language.obligations.noOwner }
    return agenda.owner(ofRole: role)
  }

  /// "Post an update even without news", on the cadence of every recurring step reached,
  /// repeated every `every` while nothing is posted; not while a promise on an available
  /// public channel is still in time (it has its own warnings), but again once it is broken.
  func updateReminders(at t: Double) -> [EventDraft] {
    let state = agenda.state
    let publicPromises = state.openPromises.filter { promise in
      agenda.playbook.channel(promise.channel)?.audience == .public
        && !state.isUnavailable(promise.channel)
    }
    // A promise still in time has its own warnings; a broken one had its deadline warning,
    // and the cadence takes over from the moment it broke.
    let brokenAt = publicPromises.map { $0.due + IncidentState.PromiseRecord.grace }.max()
    if let brokenAt, t < brokenAt { return [] }
    var drafts: [EventDraft] = []
    for (step, cadenceDue) in agenda.cadences() {
      let every = step.every?.secondsValue ?? 0
      let nextDue = max(cadenceDue, brokenAt.map { $0 + every } ?? cadenceDue)
      guard t >= nextDue else { continue }
      let channels = agenda.channelTitles(of: step)
      var silence: Int64?
      let text: String
      if let last = state.lastPublicUpdate {
        let seconds = t - last
        silence = Int64(exactly: min(max(0, seconds), Double(Int32.max)).rounded(.towardZero))
        text = agenda.language.obligations.silence(SpanText.text(seconds), channels: channels)
      } else {
        text = agenda.language.obligations.noPublicUpdateYet(channels: channels)
      }
      drafts.append(
        EventDraft(
          .reminder(
            ReminderGiven(
              kind: .update, step: step.id, sincePublicUpdate: silence, text: text))))
    }
    return drafts
  }
}
