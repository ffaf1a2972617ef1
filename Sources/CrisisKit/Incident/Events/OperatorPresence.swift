/// `operator.joined`: a console (`start`, `drill`, `resume`) began running this incident. Who
/// it is stands in the event's `actor`; `session` tells two consoles of the same person apart,
/// and `pid` with `host` let another console on the same machine see that it is gone when it
/// ended without `operator.left` (a crash, a closed window).
public struct OperatorJoined: EventPayload, Equatable {
  public static let type = EventType.operatorJoined
  /// A token made once per console run.
  public var session: String
  /// The console's process id.
  public var pid: Int64?
  /// The machine's host name.
  public var host: String?

  /// Process ids a log may hold (Linux caps them at 2^22; any `pid_t` fits).
  public static let pidRange: ClosedRange<Int64> = 1...Int64(Int32.max)

  public init(session: String, pid: Int64? = nil, host: String? = nil) {
    self.session = session
    self.pid = pid
    self.host = host
  }

  public func encode(into fields: inout EventFieldWriter) {
    fields.put("session", session)
    fields.put("pid", pid)
    fields.put("host", host)
  }

  public init(from fields: inout EventFieldReader) throws(EventFormatError) {
    session = fields.text("session")
    pid = try fields.integer("pid", in: Self.pidRange)
    host = fields.string("host")
  }
}

/// `operator.left`: the console of `session` stopped (`p`, Ctrl-D, Ctrl-C, the end of its
/// input, or the incident was resolved).
public struct OperatorLeft: EventPayload, Equatable {
  public static let type = EventType.operatorLeft
  public var session: String
  /// Why, in a few words (`paused`, `end of input`, `interrupted`).
  public var reason: String?

  public init(session: String, reason: String? = nil) {
    self.session = session
    self.reason = reason
  }

  public func encode(into fields: inout EventFieldWriter) {
    fields.put("session", session)
    fields.put("reason", reason)
  }

  public init(from fields: inout EventFieldReader) {
    session = fields.text("session")
    reason = fields.string("reason")
  }
}
