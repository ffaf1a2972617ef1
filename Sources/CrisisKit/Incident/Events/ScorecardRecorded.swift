/// `scorecard`: the figures a drill ended with, as docs/export-json.md's `scorecard` object.
/// Kept as JSON: the log records them for people, the metrics are always worked out again
/// from the events.
public struct ScorecardRecorded: EventPayload, Equatable {
  public static let type = EventType.scorecard
  public var figures: [(String, JSONValue)]

  public init(figures: [(String, JSONValue)]) { self.figures = figures }

  /// Equal when they write the same JSON: `2.0` and `2` are one number in a log.
  public static func == (a: Self, b: Self) -> Bool {
    JSONWriter().string(.object(a.figures)) == JSONWriter().string(.object(b.figures))
  }

  public func encode(into fields: inout EventFieldWriter) {
    for (key, value) in figures { fields.put(key, value) }
  }

  public init(from fields: inout EventFieldReader) {
    figures = fields.remaining
    // Taken whole: nothing is left over as unknown.
    for (key, _) in figures { _ = fields.take(key) }
  }
}
