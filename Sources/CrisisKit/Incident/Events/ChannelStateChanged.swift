/// `channel.state`: a channel went down or was compromised (a hacked account), or came back.
/// While it is unavailable its promises pause and its messages are not offered.
public struct ChannelStateChanged: EventPayload, Equatable {
  public static let type = EventType.channelState
  public var channel: String
  public var available: Bool
  /// Why it is unavailable ("account hacked", "status page host down").
  public var reason: String?

  public init(channel: String, available: Bool, reason: String? = nil) {
    self.channel = channel
    self.available = available
    self.reason = reason
  }

  public func encode(into fields: inout EventFieldWriter) {
    fields.put("channel", channel)
    fields.put("state", available ? "available" : "unavailable")
    fields.put("reason", reason)
  }

  /// A state this version does not know reads as available: a channel is only held back on
  /// an explicit word.
  public init(from fields: inout EventFieldReader) {
    channel = fields.text("channel")
    available = fields.string("state") != "unavailable"
    reason = fields.string("reason")
  }
}
