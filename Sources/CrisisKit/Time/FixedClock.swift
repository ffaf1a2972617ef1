/// A clock stopped at one instant: a merged log's events keep the time they were first
/// written, and tests get a time that does not move.
public struct FixedClock: WallClock {
  public let time: Timestamp
  public init(_ time: Timestamp) { self.time = time }
  public func now() -> Timestamp { time }
}
