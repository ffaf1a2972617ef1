import CrisisKit

#if canImport(Glibc)
  import Glibc
#endif

/// Who is at the keyboard and what clock the commands read: the edges of the process.
enum Operator {
  /// `--as NAME`, else the login name (`$USER`, then the password database).
  /// A name given with `--as` is remembered (`RememberedName`: per user and machine) and used
  /// by the next command that has none, so one person does not become two actors.
  static func name(_ option: String?) -> String {
    let remembered = RememberedName.standard()
    if let option, !option.isEmpty {
      // Remembering is a convenience: a read-only home must not stop the command.
      try? remembered?.save(option)
      return option
    }
    if let saved = remembered?.read() { return saved }
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

  /// This console among the operators: a fresh session token, this process and host.
  static func seat() -> (joined: OperatorJoined, seat: OperatorSeat) {
    let liveness = OperatorLiveness.system
    let token =
      String(UInt32.random(in: .min ... .max), radix: 16)
      + String(UInt32.random(in: .min ... .max), radix: 16)
    let joined = OperatorJoined(
      session: token, pid: Int64(getpid()), host: liveness.host.isEmpty ? nil : liveness.host)
    return (joined, OperatorSeat(session: token, liveness: liveness))
  }

  /// Four random hex digits for incident ids.
  static func randomSuffix() -> UInt16 {
    UInt16.random(in: .min ... .max)
  }
}
