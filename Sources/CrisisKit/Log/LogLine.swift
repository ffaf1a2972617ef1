/// One event line of an incident log as the reader hands it out.
public struct LogLine: Sendable {
  /// 1-based line number in the file (torn lines count, so this is what an editor shows).
  public var number: Int
  /// Byte offset of the line's first byte in the file.
  public var offset: Int
  /// The line's `seq` field.
  public var seq: Int
  /// The whole event: a JSON object, keys in file order.
  public var event: JSONValue
  /// SHA-256 (hex) of the line's bytes without its newline, when the reader was asked to hash.
  public var sha256: String?
}

/// What the bytes of one line are. Shared by the forward reader and the appender's backward
/// look at the tail, so both sides agree on what counts as an event and what as a torn write.
enum LineContent {
  /// A well-formed event: a JSON object whose first fields are `"v":1` and `"seq":N`.
  case event(JSONValue, seq: Int)
  /// JSON cut short (optionally followed by NUL bytes, which some file systems leave after a
  /// crash): a write that was interrupted. Skipped by readers; never rewritten.
  case torn(JSONParseError)
  /// Anything else: an edit, a wrong file, a bug. The message and 1-based column.
  case invalid(String, column: Int)

  /// Classifies one line (without its newline).
  static func of(_ bytes: UnsafeRawBufferPointer) -> LineContent {
    guard !bytes.isEmpty else { return .invalid("empty line, expected an event", column: 1) }
    let value: JSONValue
    do {
      value = try JSONParser.parse(bytes)
    } catch {
      if error.isTruncated { return .torn(error) }
      // Cut short, then padded with zeros by the file system?
      var end = bytes.count
      while end > 0, bytes[end - 1] == 0 { end -= 1 }
      if end < bytes.count {
        do {
          _ = try JSONParser.parse(UnsafeRawBufferPointer(rebasing: bytes[..<end]))
        } catch let inner where inner.isTruncated {
          return .torn(inner)
        } catch {}
      }
      return .invalid(error.message, column: error.position.column)
    }
    return event(value)
  }

  /// Checks the envelope every event has: an object starting with `"v":1,"seq":N` (N ≥ 1).
  static func event(_ value: JSONValue) -> LineContent {
    guard case .object(let fields) = value else {
      return .invalid("not an event: expected a JSON object", column: 1)
    }
    guard let version = fields.first, version.0 == "v" else {
      return .invalid("not an event: the first field must be \"v\"", column: 1)
    }
    guard version.1 == .int(1) else {
      return .invalid(
        "unsupported log format version \(JSONWriter().string(version.1)) (this crisis reads 1)",
        column: 1)
    }
    guard fields.count > 1, fields[1].0 == "seq", case .int(let seq) = fields[1].1, seq >= 1,
      seq <= IncidentEvent.maximumSeq
    else {
      return .invalid(
        "not an event: the second field must be \"seq\", a whole number from 1 to \(IncidentEvent.maximumSeq)",
        column: 1)
    }
    return .event(value, seq: Int(seq))
  }
}
