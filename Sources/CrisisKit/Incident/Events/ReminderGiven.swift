/// `reminder`: crisis itself reminded the team: a step's deadline passed (`deadline`), or a
/// public update is owed (`update`).
public struct ReminderGiven: EventPayload, Equatable {
  public static let type = EventType.reminder

  public enum Kind: String, Sendable {
    /// An update is owed on the promised cadence.
    case update
    /// A step's `due` has passed.
    case deadline
  }

  /// A kind this version does not know reads as `update`.
  public var kind: Kind
  public var step: String?
  /// The deadline as shown (`T+15m`).
  public var due: String?
  /// Seconds since the last public message, for `update`.
  public var sincePublicUpdate: Int64?
  public var text: String

  public init(
    kind: Kind, step: String?, due: String? = nil, sincePublicUpdate: Int64? = nil, text: String
  ) {
    self.kind = kind
    self.step = step
    self.due = due
    self.sincePublicUpdate = sincePublicUpdate
    self.text = text
  }

  public func encode(into fields: inout EventFieldWriter) {
    fields.put("kind", kind.rawValue)
    fields.put("step", step)
    fields.put("due", due)
    fields.put("since_public_update", sincePublicUpdate)
    fields.put("text", text)
  }

  public init(from fields: inout EventFieldReader) throws(EventFormatError) {
    kind = fields.string("kind").flatMap(Kind.init(rawValue:)) ?? .update
    step = fields.string("step")
    due = fields.string("due")
    sincePublicUpdate = try fields.integer("since_public_update", in: 0...Int64(Int32.max))
    text = fields.text("text")
  }
}
