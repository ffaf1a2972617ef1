#if canImport(Glibc)
  import Glibc
#endif

/// The machine's wall clock in the local time zone (honours `TZ`).
public struct SystemClock: WallClock {
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
