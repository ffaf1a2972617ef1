import CrisisKit

#if canImport(Glibc)
  import Glibc
#endif

/// Who is at the keyboard and what clock the commands read: the edges of the process.
enum Operator {
  /// `--as NAME`, else the login name (`$USER`, then the password database).
  static func name(_ option: String?) -> String {
    if let option, !option.isEmpty { return option }
    if let user = FileSystem.environment("USER") { return user }
    if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name {
      return String(cString: name)
    }
    return "operator"
  }

  /// The wall clock, or for tests and demos a clock that starts at `$CRISIS_NOW` (RFC 3339)
  /// and runs at real speed from there, so logs get predictable dates.
  static func clock() -> any WallClock {
    if let text = FileSystem.environment("CRISIS_NOW"), let start = Timestamp.parse(text) {
      return ShiftedClock(start: start, real: SystemClock())
    }
    return SystemClock()
  }

  /// Four random hex digits for incident ids.
  static func randomSuffix() -> UInt16 {
    UInt16.random(in: .min ... .max)
  }
}
