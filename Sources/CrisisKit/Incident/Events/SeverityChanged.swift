/// `severity.changed`: the operator raised or lowered the severity.
public struct SeverityChanged: EventPayload, Equatable {
  public static let type = EventType.severityChanged
  /// As written; a value this version does not know reads as nil.
  public var from: String?
  public var to: String

  public init(from: Severity, to: Severity) {
    self.from = from.rawValue
    self.to = to.rawValue
  }

  /// The new severity, when it is one this version knows.
  public var severity: Severity? { Severity(rawValue: to) }

  public func encode(into fields: inout EventFieldWriter) {
    fields.put("from", from)
    fields.put("to", to)
  }

  public init(from fields: inout EventFieldReader) {
    from = fields.string("from")
    to = fields.text("to")
  }
}
