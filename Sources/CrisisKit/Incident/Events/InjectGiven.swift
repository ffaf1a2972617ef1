/// `inject`: something a drill throws at the team (a journalist calls), scheduled by the
/// playbook or by a past incident's log, or typed by the facilitator.
public struct InjectGiven: EventPayload, Equatable {
  public static let type = EventType.inject

  /// Where an inject comes from.
  public enum Source: String, Sendable {
    /// The playbook's `drill.injects`.
    case playbook
    /// A drill made from a past incident (`drill --from-log`).
    case log
    /// Typed by the facilitator (`inject TEXT`).
    case facilitator
  }

  /// A source this version does not know reads as `playbook`.
  public var source: Source
  /// Position among the scheduled injects; nil for the facilitator's.
  public var index: Int64?
  public var title: String
  public var text: String
  /// When it was scheduled (`T+8m`).
  public var due: String?
  public var role: String?
  public var channel: String?

  public init(
    source: Source, index: Int64? = nil, title: String, text: String, due: String? = nil,
    role: String? = nil, channel: String? = nil
  ) {
    self.source = source
    self.index = index
    self.title = title
    self.text = text
    self.due = due
    self.role = role
    self.channel = channel
  }

  public func encode(into fields: inout EventFieldWriter) {
    fields.put("source", source.rawValue)
    fields.put("index", index)
    fields.put("title", title)
    fields.put("text", text)
    fields.put("due", due)
    fields.put("role", role)
    fields.put("channel", channel)
  }

  public init(from fields: inout EventFieldReader) throws(EventFormatError) {
    source = fields.string("source").flatMap(Source.init(rawValue:)) ?? .playbook
    index = try fields.integer("index", in: 0...Int64(Int32.max))
    title = fields.text("title")
    text = fields.text("text")
    due = fields.string("due")
    role = fields.string("role")
    channel = fields.string("channel")
  }
}
