/// One event type's own fields, typed. Each conforming type is the only place where its JSON
/// keys are spelled: writers build the payload, readers get it back from `IncidentEvent.body`,
/// so a field cannot be written under one name and read under another.
public protocol EventPayload: Sendable {
  /// The `type` the log writes for it.
  static var type: EventType { get }
  /// Writes the fields in the order the log keeps them.
  func encode(into fields: inout EventFieldWriter)
  /// Reads the fields back. Missing text reads as empty (an old or hand-made log stays
  /// readable; the fold notes what it could not place); a number out of its range throws,
  /// because no later arithmetic may trap on it.
  init(from fields: inout EventFieldReader) throws(EventFormatError)
}

extension EventPayload {
  /// The fields as the log writes them.
  public var fields: [(String, JSONValue)] {
    var writer = EventFieldWriter()
    encode(into: &writer)
    return writer.fields
  }
}

/// Collects a payload's fields in order; optional values that are nil are left out.
public struct EventFieldWriter: Sendable {
  public private(set) var fields: [(String, JSONValue)] = []

  public init() {}

  public mutating func put(_ key: String, _ value: String) {
    fields.append((key, .string(value)))
  }

  public mutating func put(_ key: String, _ value: String?) {
    if let value { fields.append((key, .string(value))) }
  }

  public mutating func put(_ key: String, _ value: Int64?) {
    if let value { fields.append((key, .int(value))) }
  }

  public mutating func put(_ key: String, _ value: Double?) {
    if let value { fields.append((key, .double(value))) }
  }

  public mutating func put(_ key: String, _ value: JSONValue?) {
    if let value { fields.append((key, value)) }
  }

  public mutating func put(_ key: String, _ value: Bool?) {
    if let value { fields.append((key, .bool(value))) }
  }

  /// A moment as RFC 3339 with milliseconds and its offset, as `ts` is written.
  public mutating func put(_ key: String, _ value: Timestamp?) {
    if let value { fields.append((key, .string(value.rfc3339))) }
  }

  /// Name → text pairs as one JSON object (`variables`, `roles`).
  public mutating func put(_ key: String, pairs: [(String, String)]) {
    fields.append((key, .object(pairs.map { ($0.0, .string($0.1)) })))
  }
}

/// Reads a payload's fields from a log line and remembers which it used: the rest stay with
/// the event (`IncidentEvent.extra`), so fields a newer version wrote survive a merge and
/// show in the JSON export.
public struct EventFieldReader: Sendable {
  private let pairs: [(String, JSONValue)]
  /// Which of the first 64 fields were used, one bit each: reading an event allocates
  /// nothing for the bookkeeping (an event has a handful of fields).
  private var takenBits: UInt64 = 0
  /// The same for fields past the 64th, in the rare event that has them.
  private var takenBeyond: Set<Int> = []
  /// The line read, for errors.
  public let line: Int

  public init(_ pairs: [(String, JSONValue)], line: Int) {
    self.pairs = pairs
    self.line = line
  }

  /// A reader over a whole line whose envelope members count as read already: those at the
  /// bits of `mask` (positions below 64) and at `beyond`.
  init(_ pairs: [(String, JSONValue)], line: Int, skipping mask: UInt64, andBeyond beyond: [Int]) {
    self.pairs = pairs
    self.line = line
    takenBits = mask
    for i in beyond { markTaken(i) }
  }

  private func isTaken(_ i: Int) -> Bool {
    i < 64 ? takenBits & (1 << UInt64(i)) != 0 : takenBeyond.contains(i)
  }

  private mutating func markTaken(_ i: Int) {
    if i < 64 { takenBits |= 1 << UInt64(i) } else { takenBeyond.insert(i) }
  }

  /// The value of `key`, marked as used. Keys are unique (the JSON parser refuses
  /// duplicates), so the first match is the only one.
  public mutating func take(_ key: String) -> JSONValue? {
    let length = key.utf8.count
    // Lengths first: most fields are not the one asked for, and comparing two counts is far
    // cheaper than comparing two Strings.
    for i in pairs.indices
    where pairs[i].0.utf8.count == length && pairs[i].0 == key && !isTaken(i) {
      markTaken(i)
      return pairs[i].1
    }
    return nil
  }

  /// A text field; nil when absent, null or not a string.
  public mutating func string(_ key: String) -> String? {
    take(key)?.stringValue
  }

  /// A text field that is always written; empty when absent.
  public mutating func text(_ key: String) -> String {
    string(key) ?? ""
  }

  /// A whole number within `range`; nil when absent or null.
  public mutating func integer(_ key: String, in range: ClosedRange<Int64>) throws(EventFormatError)
    -> Int64?
  {
    guard let value = take(key), value != .null else { return nil }
    guard let number = value.intValue, range.contains(number) else {
      throw EventFormatError(
        line: line,
        message:
          "\"\(key)\" must be a whole number from \(range.lowerBound) to \(range.upperBound)")
    }
    return number
  }

  /// A finite number within `range`; nil when absent or null.
  public mutating func number(_ key: String, in range: ClosedRange<Double>) throws(EventFormatError)
    -> Double?
  {
    guard let value = take(key), value != .null else { return nil }
    let number: Double?
    switch value {
    case .int(let i): number = Double(i)
    case .double(let d): number = d
    case .number(let text): number = Double(text)
    default: number = nil
    }
    guard let number, number.isFinite, range.contains(number) else {
      throw EventFormatError(
        line: line,
        message:
          "\"\(key)\" must be a number from \(JSONWriter.format(range.lowerBound)) to \(JSONWriter.format(range.upperBound))"
      )
    }
    return number
  }

  /// A moment written as RFC 3339; nil when absent or null. Anything else is refused with
  /// the field's name, like a number out of range: no later arithmetic may work on a guess.
  public mutating func time(_ key: String) throws(EventFormatError) -> Timestamp? {
    guard let value = take(key), value != .null else { return nil }
    guard let text = value.stringValue, let time = Timestamp.parse(text) else {
      throw EventFormatError(
        line: line, message: "\"\(key)\" must be a time like 2026-11-21T17:03:12.345+01:00")
    }
    return time
  }

  /// True or false; nil when absent, null or not a boolean.
  public mutating func flag(_ key: String) -> Bool? {
    guard case .bool(let value)? = take(key) else { return nil }
    return value
  }

  /// Name → text pairs of a JSON object (`variables`, `roles`); values that are not text
  /// read as empty.
  public mutating func pairs(_ key: String) -> [(String, String)] {
    guard case .object(let members)? = take(key) else { return [] }
    return members.map { ($0.0, $0.1.stringValue ?? "") }
  }

  /// The fields no payload asked for, in the order written.
  public var remaining: [(String, JSONValue)] {
    var out: [(String, JSONValue)] = []
    for i in pairs.indices where !isTaken(i) { out.append(pairs[i]) }
    return out
  }
}
