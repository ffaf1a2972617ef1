import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// Where every reading of the time comes from, so tests run on fixed time and drills on a
/// simulated one. Never read the system time anywhere else.
public protocol Clock: Sendable {
  func now() -> Timestamp
}

/// The machine's wall clock in the local time zone (honours `TZ`).
public struct SystemClock: Clock {
  public init() {}

  public func now() -> Timestamp {
    var spec = timespec()
    clock_gettime(CLOCK_REALTIME, &spec)
    var seconds = spec.tv_sec
    var parts = tm()
    localtime_r(&seconds, &parts)
    let millis = Int64(spec.tv_sec) * 1000 + Int64(spec.tv_nsec / 1_000_000)
    return Timestamp(milliseconds: millis, utcOffset: Int(parts.tm_gmtoff))
  }
}

/// A clock that only moves when told to. For tests and for simulated drill time.
public final class ManualClock: Clock {
  private let current: Mutex<Timestamp>

  public init(_ start: Timestamp) { current = Mutex(start) }

  public func now() -> Timestamp { current.withLock { $0 } }

  public func advance(seconds: Double) {
    current.withLock { $0 = $0.adding(seconds: seconds) }
  }

  public func set(_ time: Timestamp) { current.withLock { $0 = time } }
}
