/// The part of the fold that keeps promises, approvals, stale facts and channel states.
/// Each event costs O(channels) at most: nothing here walks the events already applied.
extension IncidentState {
  /// `message.sent`: ends the channel's open promise, starts the one it made, uses up an
  /// approval, and makes the channel current again.
  mutating func foldMessage(_ p: MessageSent, at moment: IncidentMoment) {
    let channel = p.channel
    if let open = openPromise[channel] {
      promises[open].closed = moment
      openPromise[channel] = nil
    }
    if let promised = p.promise, let start = startedAt {
      promises.append(
        PromiseRecord(
          channel: channel, promised: promised, due: start.seconds(until: promised),
          made: moment))
      openPromise[channel] = promises.count - 1
      if var round, round.promised == promised, round.step == p.step,
        !round.channels.contains(channel)
      {
        round.channels.append(channel)
        self.round = round
      } else {
        round = PromiseRound(step: p.step, promised: promised, channels: [channel])
      }
    }
    stale[channel] = nil
    lastMessage[channel] = messages.count - 1
    if let template = p.template, let role = approver(ofTemplate: template) {
      let approval = pendingApprovals.removeValue(forKey: template)
      messages[messages.count - 1].approval = approval
      messages[messages.count - 1].neededApproval = role
    }
  }

  /// `message.linked`: the link belongs to the message it names, else to the latest message
  /// on that channel from that template.
  mutating func foldLink(_ p: MessageLinked) {
    let index: Int?
    if let seq = p.message {
      index = messages.lastIndex { $0.moment.seq == Int(seq) }
    } else {
      index = messages.lastIndex {
        $0.channel == p.channel && (p.template == nil || $0.template == p.template)
      }
    }
    guard let index else {
      oddities.append("a link for a message that is not in the log (\(p.channel))")
      return
    }
    messages[index].url = p.url
  }

  mutating func foldApproval(_ p: MessageApproved, at moment: IncidentMoment) {
    guard !p.template.isEmpty else { return }
    pendingApprovals[p.template] = ApprovalRecord(
      template: p.template, role: p.role, by: p.by, moment: moment)
  }

  /// `var.set`: every channel whose latest message used the variable now says something
  /// that is no longer true.
  mutating func foldFact(_ name: String, changedFrom old: String?, at t: Double) {
    guard let playbook, old != variables[name] else { return }
    for (channel, index) in lastMessage {
      guard let id = messages[index].template else { continue }
      let names: [String]
      if let known = placeholdersByTemplate[id] {
        names = known
      } else {
        // Parsed once per template: a long incident sets variables thousands of times.
        names = playbook.template(id).map { TemplateText.placeholderNames(in: $0.text) } ?? []
        placeholdersByTemplate[id] = names
      }
      guard names.contains(name) else { continue }
      var record = stale[channel] ?? StaleRecord(channel: channel, variables: [], since: t)
      if !record.variables.contains(name) { record.variables.append(name) }
      stale[channel] = record
    }
  }

  mutating func foldChannelState(_ p: ChannelStateChanged, at moment: IncidentMoment) {
    guard !p.channel.isEmpty else { return }
    let record = ChannelStateRecord(
      channel: p.channel, available: p.available, reason: p.reason, moment: moment)
    channelStates[p.channel] = record
    channelHistory[p.channel, default: []].append(record)
  }

  /// The role whose approval a template needs: its own `approve:`, else its channel's.
  public func approver(ofTemplate id: String) -> String? {
    guard let template = playbook?.template(id) else { return nil }
    return template.approve?.id ?? playbook?.channel(template.channel.id)?.approve?.id
  }

  /// Whether a channel is down or compromised now.
  public func isUnavailable(_ channel: String) -> Bool {
    channelStates[channel].map { !$0.available } ?? false
  }

  /// Whether the channel was unavailable at T+`t` (a promise that fell due then is paused,
  /// not broken).
  public func wasUnavailable(_ channel: String, at t: Double) -> Bool {
    guard let history = channelHistory[channel] else { return false }
    return history.last { $0.moment.tPlus <= t }.map { !$0.available } ?? false
  }

  /// The promise still open on each channel, in channel order of the playbook.
  public var openPromises: [PromiseRecord] {
    openPromise.values.sorted().map { promises[$0] }
  }
}
