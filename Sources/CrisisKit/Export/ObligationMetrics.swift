/// What became of the team's obligations by the end: every promised update kept or broken
/// (per channel), the steps that were owed and never done, the declared clocks, the messages
/// that went out without the approval they needed, and channels left saying something no
/// longer true. Read from the same fold and board as the live screen, so the report and the
/// screen never disagree.
public struct ObligationMetrics: Sendable {
  public enum PromiseResult: String, Sendable {
    /// The channel's next message came by the end of the promised minute.
    case kept
    /// It came later, or never and the promised time has passed.
    case broken
    /// Not due yet at the end (a running incident).
    case open
    /// The channel was unavailable when it fell due: paused, not broken.
    case paused
  }

  public struct PromiseOutcome: Sendable {
    public var channel: String
    public var title: String
    /// The time the posted text promised.
    public var promised: Timestamp
    /// T+ by which it was due (the end of the promised minute).
    public var due: Double
    public var made: IncidentMoment
    /// The next message on the channel.
    public var closed: IncidentMoment?
    public var result: PromiseResult
  }

  /// Promise counts for one channel.
  public struct ChannelPromises: Sendable {
    public var channel: String
    public var title: String
    public var kept = 0
    public var broken = 0
    public var open = 0
    public var paused = 0
  }

  public struct ClockOutcome: Sendable {
    public var id: String
    public var title: String
    public var role: String?
    /// T+ by which it had to be met; nil when its start was never set.
    public var due: Double?
    public var met: Double?
    public var outcome: IncidentMetrics.Outcome
  }

  public var promises: [PromiseOutcome]
  public var promisesByChannel: [ChannelPromises]
  /// Steps owed (opened, passed over, or on the chosen path) and not done by the end.
  public var stepsNeverDone: [String]
  public var clocks: [ClockOutcome]
  /// `message.sent` that needed an approval and had none, in log order.
  public var unapproved: [IncidentState.SentMessage]
  /// Channels whose latest message was out of date at the end.
  public var staleChannels: [String]

  public var promisesKept: Int { promises.filter { $0.result == .kept }.count }
  public var promisesBroken: Int { promises.filter { $0.result == .broken }.count }

  /// At T+`end` (the resolution, or the last event of a running incident).
  public init(playbook: Playbook, state: IncidentState, end: Double) {
    let board = ObligationBoard(playbook: playbook, state: state)
    promises = state.promises.map { p in
      let due = p.due + IncidentState.PromiseRecord.grace
      let result: PromiseResult
      if let kept = p.kept {
        result = kept ? .kept : (state.wasUnavailable(p.channel, at: due) ? .paused : .broken)
      } else if state.wasUnavailable(p.channel, at: min(due, end)) {
        result = .paused
      } else {
        result = end >= due ? .broken : .open
      }
      return PromiseOutcome(
        channel: p.channel, title: playbook.channel(p.channel)?.title ?? p.channel,
        promised: p.promised, due: due, made: p.made, closed: p.closed, result: result)
    }
    var byChannel: [ChannelPromises] = []
    for p in promises {
      var index = byChannel.firstIndex { $0.channel == p.channel }
      if index == nil {
        byChannel.append(ChannelPromises(channel: p.channel, title: p.title))
        index = byChannel.count - 1
      }
      guard let i = index else { continue }
      switch p.result {
      case .kept: byChannel[i].kept += 1
      case .broken: byChannel[i].broken += 1
      case .open: byChannel[i].open += 1
      case .paused: byChannel[i].paused += 1
      }
    }
    promisesByChannel = byChannel
    stepsNeverDone = board.stepsNeverDone().map(\.id)
    clocks = playbook.clocks.map { clock in
      let start = board.clockStart(clock)
      let due = start.map { $0 + clock.within.secondsValue }
      let met = board.metAt(clock)
      let outcome: IncidentMetrics.Outcome
      if let met {
        outcome = due.map { met <= $0 } ?? true ? .met : .missed
      } else if board.isWaived(clock) {
        outcome = .notNeeded
      } else if let due, end >= due {
        outcome = .missed
      } else {
        outcome = state.isResolved ? .notNeeded : .pending
      }
      return ClockOutcome(
        id: clock.id, title: clock.title, role: clock.role?.id, due: due, met: met,
        outcome: outcome)
    }
    unapproved = state.messages.filter(\.isUnapproved)
    staleChannels = playbook.channels.map(\.id).filter { state.stale[$0] != nil }
  }
}
