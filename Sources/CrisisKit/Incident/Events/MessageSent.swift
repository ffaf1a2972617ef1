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
  /// The next update the text promised ("Next update by 14:30"), exactly as posted: one time
  /// for every message of a round, so the status page and X never promise different times.
  public var promise: Timestamp?
  /// True when the text was changed (edited or pasted) before it was posted.
  public var edited: Bool

  public init(
    step: String?, template: String?, channel: String, text: String, url: String?,
    promise: Timestamp? = nil, edited: Bool = false
  ) {
    self.step = step
    self.template = template
    self.channel = channel
    self.text = text
    self.url = url
    self.promise = promise
    self.edited = edited
  }

  public func encode(into fields: inout EventFieldWriter) {
    fields.put("step", step)
    fields.put("template", template)
    fields.put("channel", channel)
    fields.put("text", text)
    fields.put("url", url)
    fields.put("promise", promise)
    if edited { fields.put("edited", true) }
  }

  public init(from fields: inout EventFieldReader) throws(EventFormatError) {
    step = fields.string("step")
    template = fields.string("template")
    channel = fields.text("channel")
    text = fields.text("text")
    url = fields.string("url")
    promise = try fields.time("promise")
    edited = fields.flag("edited") ?? false
  }
}
