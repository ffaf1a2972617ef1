/// `clock.advanced`: the drill facilitator moved the simulated clock forward (`wait 10m`).
public struct ClockAdvanced: EventPayload, Equatable {
  public static let type = EventType.clockAdvanced
  public var seconds: Int64

  /// The longest jump a log may hold: ten years. More is a damaged log, and bounding it keeps
  /// every sum of jumps far from overflowing.
  public static let maximumSeconds: Int64 = 10 * 366 * 24 * 3600

  public init(seconds: Int64) { self.seconds = seconds }

  public func encode(into fields: inout EventFieldWriter) {
    fields.put("seconds", seconds)
  }

  public init(from fields: inout EventFieldReader) throws(EventFormatError) {
    seconds = try fields.integer("seconds", in: 0...Self.maximumSeconds) ?? 0
  }
}
