/// One moment of the incident that a record or a metric points at: when, at which T+, by whom,
/// and the event's `seq` (which breaks every tie, so the same log always gives the same answer).
public struct IncidentMoment: Sendable, Equatable {
  public var tPlus: Double
  public var time: Timestamp
  public var actor: String
  public var seq: Int

  public init(tPlus: Double, time: Timestamp, actor: String, seq: Int) {
    self.tPlus = tPlus
    self.time = time
    self.actor = actor
    self.seq = seq
  }
}
