/// `incident.resolved`: the incident is over.
public struct IncidentResolved: EventPayload, Equatable {
  public static let type = EventType.incidentResolved
  public var summary: String?

  public init(summary: String?) { self.summary = summary }

  public func encode(into fields: inout EventFieldWriter) {
    fields.put("summary", summary)
  }

  public init(from fields: inout EventFieldReader) {
    summary = fields.string("summary")
  }
}
