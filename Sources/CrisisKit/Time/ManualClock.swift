import Synchronization

/// A clock that only moves when told to. For tests and for simulated drill time.
public final class ManualClock: WallClock {
  private let current: Mutex<Timestamp>

  public init(_ start: Timestamp) { current = Mutex(start) }

  public func now() -> Timestamp { current.withLock { $0 } }

  public func advance(seconds: Double) {
    current.withLock { $0 = $0.adding(seconds: seconds) }
  }

  public func set(_ time: Timestamp) { current.withLock { $0 = time } }
}
