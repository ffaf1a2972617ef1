#if canImport(Glibc)
  import Glibc
#endif

/// Whether a console listed on an incident (`IncidentState.operators`) still runs. One that
/// ended without writing `operator.left` (killed, crashed, its window closed hard) would
/// otherwise count as present forever: on this machine its process is asked with
/// `kill(pid, 0)`, and `ESRCH` (no such process) means it is gone. A console on another host,
/// or one without a pid, cannot be checked and counts as present.
public struct OperatorLiveness: Sendable {
  /// This machine's host name.
  public var host: String
  /// Whether a process with this id runs on this machine.
  public var isRunning: @Sendable (Int64) -> Bool

  public init(host: String, isRunning: @escaping @Sendable (Int64) -> Bool) {
    self.host = host
    self.isRunning = isRunning
  }

  /// The real machine: `gethostname` and `kill(pid, 0)`.
  public static let system = OperatorLiveness(
    host: hostName(),
    isRunning: { pid in
      guard let id = pid_t(exactly: pid), id > 0 else { return false }
      // EPERM: it runs, as another user.
      return kill(id, 0) == 0 || errno != ESRCH
    })

  /// This machine's host name (empty when it has none).
  public static func hostName() -> String {
    var buffer = [CChar](repeating: 0, count: 256)
    guard gethostname(&buffer, buffer.count - 1) == 0 else { return "" }
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// Whether `record` is still on the incident.
  public func isPresent(_ record: IncidentState.OperatorRecord) -> Bool {
    guard let pid = record.pid, let other = record.host, other == host else { return true }
    return isRunning(pid)
  }

  /// The consoles on the incident other than `session`, still running.
  public func others(in state: IncidentState, than session: String?) -> [IncidentState
    .OperatorRecord]
  {
    state.operators.filter { $0.session != session && isPresent($0) }
  }
}
