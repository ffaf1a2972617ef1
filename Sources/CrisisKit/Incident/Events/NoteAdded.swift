/// `note`: free text for the timeline, from the walkthrough or `crisis note`.
public struct NoteAdded: EventPayload, Equatable {
  public static let type = EventType.note
  public var text: String

  public init(text: String) { self.text = text }

  public func encode(into fields: inout EventFieldWriter) {
    fields.put("text", text)
  }

  public init(from fields: inout EventFieldReader) {
    text = fields.text("text")
  }
}
