/// Messages at the prompt: which are offered, copying one, recording a post as shown, edited
/// or pasted (with the update time it promised), adding its link later, approvals, and
/// channels that are down.
extension WalkthroughSession {
  /// The messages `sent`/`copy` can refer to: the open step's, or those of the recurring
  /// step in force when no step is open (regular updates after the path is done).
  public func offeredMessages(at elapsed: Double) -> [MessageRenderer.Message] {
    if let step = offeringStep() {
      return renderer.messages(for: step, at: elapsed)
    }
    return []
  }

  /// The step whose messages are offered.
  public func offeringStep() -> Step? {
    if let step = currentStep(), !step.send.isEmpty { return step }
    for (step, _) in agenda.cadences() where !step.send.isEmpty { return step }
    return nil
  }

  mutating func pickMessage(_ which: String?, _ action: MessageAction, at now: Timestamp)
    -> Reaction
  {
    let t = elapsed(at: now)
    var messages = offeredMessages(at: t)
    if case .approve = action {
      // Only those that need an approval, numbered as on the screen.
      guard messages.contains(where: { $0.approver != nil }) else {
        return Reaction(hint: words.noApprovalNeeded)
      }
      if which == nil { messages = messages.filter { $0.approver != nil } }
    }
    guard !messages.isEmpty else {
      return Reaction(hint: words.noPreparedMessage)
    }
    let all = offeredMessages(at: t)
    var picked: MessageRenderer.Message?
    if let which {
      if let n = Int(which), n >= 1, n <= all.count {
        picked = all[n - 1]
      } else {
        picked = all.first { $0.template.id == which || $0.template.channel.id == which }
      }
      guard picked != nil else {
        return Reaction(hint: words.noMessage(which, count: all.count))
      }
    } else if messages.count == 1 {
      picked = messages[0]
    } else {
      pending = .pickMessage(action)
      let question: String
      switch action {
      case .copy: question = words.whichToCopy
      case .post: question = words.whichPosted
      case .link: question = words.whichLink
      case .approve: question = words.whichApproved
      }
      var lines = [question]
      for (i, m) in all.enumerated() {
        lines.append("  \(i + 1)) \(m.channel?.title ?? m.template.channel.id)")
      }
      return Reaction(output: lines)
    }
    guard let message = picked else { return Reaction(hint: words.noPreparedMessage) }
    if message.isChannelUnavailable {
      switch action {
      case .link, .approve: break
      case .copy, .post:
        return Reaction(hint: unavailableHint(message.template.channel.id))
      }
    }
    switch action {
    case .copy:
      return Reaction(copy: message.text)
    case .link(let url):
      return link(message, url: url)
    case .approve(let by):
      return approve(message, by: by)
    case .post(let url, .asShown):
      if let url, let earlier = postedInThisRound(message, at: now), earlier.url == url {
        return Reaction(hint: words.alreadyLinked(at: earlier.time.clockTime))
      }
      if let url, let earlier = postedInThisRound(message, at: now), earlier.url == nil {
        var reaction = link(message, url: url)
        reaction.output.append(
          words.linkAdded(
            postedAt: earlier.time.clockTime, number: messageNumber(message, in: all)))
        return reaction
      }
      return posted(message, text: message.text, url: url, edited: false, at: now)
    case .post(let url, .edit):
      return Reaction(
        edit: EditRequest(template: message.template.id, url: url, text: message.text))
    case .post(let url, .paste):
      pending = .paste(template: message.template.id, url: url, lines: [])
      return Reaction(output: [
        words.pasteAsPosted(on: message.channel?.title ?? message.template.channel.id)
      ])
    }
  }

  /// Records the post of `template`'s message with the text as it went out (after the
  /// editor, or pasted).
  public mutating func posted(template: String, text: String, url: String?, at now: Timestamp)
    -> Reaction
  {
    let t = elapsed(at: now)
    guard let message = offeredMessages(at: t).first(where: { $0.template.id == template }) else {
      return Reaction(hint: words.noLongerOffered)
    }
    var text = text
    while text.hasSuffix("\n") { text.removeLast() }
    guard text.contains(where: { !$0.isWhitespace }) else {
      return Reaction(hint: words.emptyText)
    }
    return posted(message, text: text, url: url, edited: text != message.text, at: now)
  }

  private mutating func posted(
    _ message: MessageRenderer.Message, text: String, url: String?, edited: Bool,
    at now: Timestamp
  ) -> Reaction {
    let t = elapsed(at: now)
    let channelTitle = message.channel?.title ?? message.template.channel.id
    let promise: Timestamp?
    if message.channel.map({ $0.audience == .internal }) ?? true {
      promise = nil  // the team is not promised updates; customers are
    } else if edited {
      promise = PromisedTime.find(
        in: text, rendered: message.promise, postedAt: renderer.wallTime(at: t))
    } else {
      promise = message.promise
    }
    let sent = MessageSent(
      step: offeringStep()?.id, template: message.template.id,
      channel: message.template.channel.id, text: text, url: url, promise: promise,
      edited: edited)
    var reaction = Reaction(events: [EventDraft(.messageSent(sent))])
    if let limit = message.limit, text.count > limit {
      reaction.output.append(words.overLimit(text.count, channel: channelTitle, limit: limit))
    }
    if let promise {
      reaction.output.append(words.promised(on: channelTitle, by: promise.clockTime))
    } else if message.promise != nil {
      reaction.output.append(words.noPromise(on: channelTitle))
    }
    if !message.unassignedRoles.isEmpty, text.contains(language.screen.unassignedTail) {
      let titles = message.unassignedRoles.map { playbook.role($0)?.title ?? $0 }
      reaction.output.append(words.namesUnheldRole(titles))
    }
    if !message.claimsUndone.isEmpty, !edited {
      let titles = message.claimsUndone.map { "'\(playbook.step($0)?.title ?? $0)'" }
      reaction.output.append(words.claimsUndone(titles))
    }
    if let role = message.approver, !message.isApproved {
      reaction.output.append(words.postedWithoutApproval(of: agenda.owner(ofRole: role)))
    }
    return reaction
  }

  /// `sent N paste`: one more line of the pasted text, or the end.
  mutating func pasteLine(
    _ line: String, template: String, url: String?, lines: [String], at now: Timestamp
  ) -> Reaction {
    if line.trimmingSpaces() == "." {
      pending = nil
      return posted(template: template, text: lines.joined(separator: "\n"), url: url, at: now)
    }
    guard lines.count < 500 else {
      pending = nil
      return Reaction(hint: words.pasteTooLong)
    }
    pending = .paste(template: template, url: url, lines: lines + [line])
    return Reaction()
  }

  /// The latest post of this message in the round shown now: same template, same step, and
  /// (for a message promising an update) the promise of the current round.
  func postedInThisRound(_ message: MessageRenderer.Message, at now: Timestamp)
    -> IncidentState.SentMessage?
  {
    guard let step = offeringStep(),
      let last = state.messages.last(where: {
        $0.template == message.template.id && $0.step == step.id
      })
    else { return nil }
    if message.promise != nil {
      guard let round = state.round, round.step == step.id, last.promise == round.promised,
        round.promised.milliseconds + 60_000 > renderer.wallTime(at: elapsed(at: now)).milliseconds
      else { return nil }
    }
    return last
  }

  private func link(_ message: MessageRenderer.Message, url: String) -> Reaction {
    guard
      let index = state.messages.lastIndex(where: {
        $0.template == message.template.id && $0.channel == message.template.channel.id
      })
    else {
      return Reaction(hint: words.notPostedYet)
    }
    let sent = state.messages[index]
    return Reaction(events: [
      EventDraft(
        .messageLinked(
          MessageLinked(
            message: Int64(sent.moment.seq), template: sent.template, channel: sent.channel,
            url: url)))
    ])
  }

  /// The same decision as `crisis approve` (`MessageApproval`).
  private func approve(_ message: MessageRenderer.Message, by: String?) -> Reaction {
    switch MessageApproval.draft(
      template: message.template.id, playbook: playbook, state: state, by: by ?? actor,
      words: words)
    {
    case .success(let draft): return Reaction(events: [draft], showScreen: true)
    case .failure(let hint): return Reaction(hint: hint.text)
    }
  }

  private func messageNumber(_ message: MessageRenderer.Message, in all: [MessageRenderer.Message])
    -> Int
  {
    (all.firstIndex { $0.template.id == message.template.id } ?? 0) + 1
  }

  /// Where to post instead while `channel` is down.
  func unavailableHint(_ channel: String) -> String {
    let title = playbook.channel(channel)?.title ?? channel
    return words.unavailable(
      title, reason: state.channelStates[channel]?.reason,
      instead: ObligationBoard(agenda: agenda).alternatives(to: channel), channel: channel)
  }

  // MARK: - Channels and facts

  mutating func setChannel(_ name: String, available: Bool, reason: String?) -> Reaction {
    let lowered = name.lowercased()
    guard
      let channel = playbook.channels.first(where: {
        $0.id == name || $0.title.lowercased() == lowered
      })
    else {
      let ids = playbook.channels.map(\.id)
      let guess = EditDistance.suggestion(for: name, among: ids)
      return Reaction(hint: words.unknownChannel(name, suggestion: guess, known: ids))
    }
    if state.isUnavailable(channel.id) != available {
      return Reaction(hint: words.alreadyInState(channel.title, available: available))
    }
    var reaction = Reaction(
      events: [
        EventDraft(
          .channelState(
            ChannelStateChanged(channel: channel.id, available: available, reason: reason)))
      ], showScreen: true)
    if !available {
      reaction.output.append(
        words.heldAndPaused(instead: ObligationBoard(agenda: agenda).alternatives(to: channel.id)))
    }
    return reaction
  }

  /// `set VAR VALUE`: a time variable takes the forms of `note --at`; afterwards, the
  /// channels whose last message used the old value are named.
  mutating func setVariable(_ variable: Variable, to value: String, at now: Timestamp) -> Reaction {
    let stored: String
    switch variable.value(from: value, now: now) {
    case .success(let value): stored = value
    case .failure(let failure):
      return Reaction(hint: variable.explanation(of: failure, words: words))
    }
    var reaction = Reaction(
      events: [EventDraft(.varSet(VariableSet(name: variable.id, value: stored)))],
      showScreen: true)
    var future = state
    future.apply(
      IncidentEvent(
        seq: state.lastSeq + 1, ts: now, incident: state.id, mode: state.mode,
        body: .varSet(VariableSet(name: variable.id, value: stored)), actor: actor,
        sim: isDrill ? elapsed(at: now) : nil, line: 0))
    let stale = playbook.channels.filter { future.stale[$0.id] != nil && state.stale[$0.id] == nil }
    if !stale.isEmpty {
      reaction.output.append(words.outOfDate(stale.map(\.title), variable: variable.id))
    }
    return reaction
  }

  // MARK: - Resolving

  /// `x`: never at once. Lists what is still open, then asks for a summary (typing it
  /// resolves) or, when one was given, for `yes`.
  mutating func askToResolve(summary: String?, at t: Double) -> Reaction {
    var lines: [String] = []
    let open = ObligationBoard(agenda: agenda).obligations(at: t).filter { $0.kind != .channel }
    if open.isEmpty {
      lines.append(words.nothingOpen)
    } else {
      lines.append(words.stillOpen(open.count))
      let text = ObligationText(agenda: agenda)
      for o in open.prefix(12) { lines.append("  " + text.line(o, at: t)) }
      if open.count > 12 { lines.append(words.andMore(open.count - 12)) }
    }
    if let summary, Self.isSummary(summary) {
      pending = .resolve(summary: summary)
      lines.append(words.confirmResolve(drill: isDrill, summary: summary))
    } else {
      pending = .resolve(summary: nil)
      lines.append(words.askSummary(drill: isDrill))
    }
    return Reaction(output: lines)
  }

  mutating func confirmResolve(summary: String?, line: String) -> Reaction {
    guard let summary else {
      if Self.refusals.contains(line.lowercased()) {
        pending = nil
        return Reaction(output: [words.notResolved])
      }
      guard Self.isSummary(line) else {
        return Reaction(hint: words.summaryPlease)
      }
      pending = nil
      return resolved(summary: line)
    }
    pending = nil
    guard ["yes", "y", "ja", "j"].contains(line.lowercased()) else {
      return Reaction(output: [words.notResolved])
    }
    return resolved(summary: summary)
  }

  private func resolved(summary: String) -> Reaction {
    Reaction(
      events: [EventDraft(.incidentResolved(IncidentResolved(summary: summary)))],
      ending: .resolved)
  }

  /// A summary says something: at least three letters, not a stray key or number (`x 1`),
  /// nor a yes or no meant for the question.
  static func isSummary(_ text: String) -> Bool {
    let lowered = text.lowercased()
    return text.unicodeScalars.filter { $0.properties.isAlphabetic }.count >= 3
      && !refusals.contains(lowered) && !["yes", "ja"].contains(lowered)
  }

  /// Answers that keep the incident open.
  static let refusals: Set<String> = ["no", "n", "nein", "abbrechen", "stop"]
}
