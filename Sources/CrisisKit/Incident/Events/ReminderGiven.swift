/// `reminder`: crisis itself reminded the team: a step's deadline passed (`deadline`), or a
/// public update is owed (`update`).
public struct ReminderGiven: EventPayload, Equatable {
  public static let type = EventType.reminder

  public enum Kind: String, Sendable {
    /// An update is owed on the promised cadence.
    case update
    /// A deadline (a step's `due`, a promised update, a declared clock) has passed.
    case deadline
    /// A deadline is near: the warning comes before it, not only after.
    case soon
  }

  /// A kind this version does not know reads as `update`.
  public var kind: Kind
  public var step: String?
  /// The obligation it is about (`Obligation.id`: `step:confirm`, `promise:x:…`,
  /// `clock:authority`), so each warning is given once.
  public var obligation: String?
  /// The deadline as shown (`T+15m`).
  public var due: String?
  /// Seconds since the last public message, for `update`.
  public var sincePublicUpdate: Int64?
  public var text: String

  public init(
    kind: Kind, step: String?, obligation: String? = nil, due: String? = nil,
    sincePublicUpdate: Int64? = nil, text: String
  ) {
    self.kind = kind
    self.step = step
    self.obligation = obligation
    self.due = due
    self.sincePublicUpdate = sincePublicUpdate
    self.text = text
  }

  public func encode(into fields: inout EventFieldWriter) {
    fields.put("kind", kind.rawValue)
    fields.put("step", step)
    fields.put("obligation", obligation)
    fields.put("due", due)
    fields.put("since_public_update", sincePublicUpdate)
    fields.put("text", text)
  }

  public init(from fields: inout EventFieldReader) throws(EventFormatError) {
    kind = fields.string("kind").flatMap(Kind.init(rawValue:)) ?? .update
    step = fields.string("step")
    obligation = fields.string("obligation")
    due = fields.string("due")
    sincePublicUpdate = try fields.integer("since_public_update", in: 0...Int64(Int32.max))
    text = fields.text("text")
  }
}
