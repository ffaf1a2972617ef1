/// `message.sent`: a message was posted on a channel, with the text as posted and, when the
/// operator gave one, the link to the post.
public struct MessageSent: EventPayload, Equatable {
  public static let type = EventType.messageSent
  /// The step on screen (or the recurring step) when it was posted.
  public var step: String?
  public var template: String?
  public var channel: String
  public var text: String
  public var url: String?

  public init(step: String?, template: String?, channel: String, text: String, url: String?) {
    self.step = step
    self.template = template
    self.channel = channel
    self.text = text
    self.url = url
  }

  public func encode(into fields: inout EventFieldWriter) {
    fields.put("step", step)
    fields.put("template", template)
    fields.put("channel", channel)
    fields.put("text", text)
    fields.put("url", url)
  }

  public init(from fields: inout EventFieldReader) {
    step = fields.string("step")
    template = fields.string("template")
    channel = fields.text("channel")
    text = fields.text("text")
    url = fields.string("url")
  }
}
