/// `message.linked`: the link to a post that was recorded earlier without one. It amends that
/// message (the one with `seq` `message`, else the latest on the channel from that template);
/// it is not a second post, so the metrics never count it as one.
public struct MessageLinked: EventPayload, Equatable {
  public static let type = EventType.messageLinked
  /// `seq` of the `message.sent` it amends.
  public var message: Int64?
  /// Team logs: the device whose chain holds that `message.sent` (`message` is then its `seq`
  /// in that chain); absent when it is the writer's own chain or a single-file log.
  public var messageDevice: String? = nil
  public var template: String?
  public var channel: String
  public var url: String

  public init(message: Int64?, template: String?, channel: String, url: String) {
    self.message = message
    self.template = template
    self.channel = channel
    self.url = url
  }

  public func encode(into fields: inout EventFieldWriter) {
    fields.put("message", message)
    fields.put("message_device", messageDevice)
    fields.put("template", template)
    fields.put("channel", channel)
    fields.put("url", url)
  }

  public init(from fields: inout EventFieldReader) throws(EventFormatError) {
    message = try fields.integer("message", in: 1...Int64(Int32.max))
    messageDevice = fields.string("message_device").flatMap {
      IncidentEvent.isDeviceID($0) ? $0 : nil
    }
    template = fields.string("template")
    channel = fields.text("channel")
    url = fields.text("url")
  }
}
