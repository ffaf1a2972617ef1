/// What the fold remembers about what the team owes beyond the steps: promises made to
/// customers, approvals given, facts that changed under a posted message, channels that are
/// down. `ObligationBoard` turns these into the open obligations at a moment.
extension IncidentState {
  /// A next update promised in a posted message ("Next update by 14:30").
  public struct PromiseRecord: Sendable {
    public var channel: String
    /// The promised time exactly as the posted text said it.
    public var promised: Timestamp
    /// The same moment in incident time (T+ seconds; simulated in drills).
    public var due: Double
    /// The message that made it.
    public var made: IncidentMoment
    /// The next message on the channel, which ends the promise.
    public var closed: IncidentMoment?

    /// Whether the channel's next message came in time: by the end of the promised minute
    /// ("by 14:30" holds until 14:30:59). Nil while it is still open.
    public var kept: Bool? { closed.map { $0.tPlus < due + PromiseRecord.grace } }

    /// A promise names a minute; it holds through that minute.
    public static let grace: Double = 60
  }

  /// The messages of one step's round share one promised time.
  public struct PromiseRound: Sendable {
    public var step: String?
    public var promised: Timestamp
    public var channels: [String]
  }

  /// An approval given and not yet used by a post of its template.
  public struct ApprovalRecord: Sendable {
    public var template: String
    public var role: String
    public var by: String
    public var moment: IncidentMoment
  }

  /// A channel whose last message used a fact that has changed since.
  public struct StaleRecord: Sendable {
    public var channel: String
    /// The variables that changed, in order.
    public var variables: [String]
    /// T+ of the first change after the message.
    public var since: Double
  }

  /// A channel that is down or compromised, or back.
  public struct ChannelStateRecord: Sendable {
    public var channel: String
    public var available: Bool
    public var reason: String?
    public var moment: IncidentMoment
  }
}
