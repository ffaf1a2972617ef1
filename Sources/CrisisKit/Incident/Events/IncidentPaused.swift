/// `incident.paused`: the walkthrough was left (`p`, Ctrl-D, a closed terminal); `crisis
/// resume` continues it.
public struct IncidentPaused: EventPayload, Equatable {
  public static let type = EventType.incidentPaused
  /// Why, when it was not the operator's choice (`terminal closed`).
  public var reason: String?

  public init(reason: String? = nil) { self.reason = reason }

  public func encode(into fields: inout EventFieldWriter) {
    fields.put("reason", reason)
  }

  public init(from fields: inout EventFieldReader) {
    reason = fields.string("reason")
  }
}
