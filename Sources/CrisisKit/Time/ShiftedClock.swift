/// A clock that reads `start` at the moment it is created and then runs with `real`: with
/// `$CRISIS_NOW`, tests and demos get logs with predictable dates that still tick.
public struct ShiftedClock: WallClock {
  public let start: Timestamp
  public let real: any WallClock
  /// `real`'s time when this clock was made.
  public let origin: Timestamp

  public init(start: Timestamp, real: any WallClock) {
    self.start = start
    self.real = real
    self.origin = real.now()
  }

  public func now() -> Timestamp {
    let t = start.adding(seconds: origin.seconds(until: real.now()))
    return Timestamp(milliseconds: t.milliseconds, utcOffset: start.utcOffset)
  }
}
