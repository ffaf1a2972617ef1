#if canImport(Glibc)
  import Glibc
#endif

/// `{{placeholder}}` substitution in message templates. Deliberately tiny: no logic, no
/// loops, so that every message reads the same in the playbook as on the channel.
public enum TemplateText {
  /// A `{{name}}` occurrence; `name` is trimmed of spaces.
  public struct Placeholder: Hashable, Sendable {
    public var name: String
    /// Offset of the opening `{{` in the text, in Unicode scalars.
    public var offset: Int
  }

  /// Every placeholder in order of appearance.
  public static func placeholders(in text: String) -> [Placeholder] {
    var result: [Placeholder] = []
    var text = text
    text.withUTF8 { bytes in
      var scalarOffset = 0
      var counted = 0
      scan(bytes) { range, name in
        // Offsets are in Unicode scalars: count the scalars (non-continuation bytes) up to here.
        for k in counted..<range.lowerBound where bytes[k] & 0xC0 != 0x80 { scalarOffset += 1 }
        counted = range.lowerBound
        result.append(
          Placeholder(name: String(decoding: bytes[name], as: UTF8.self), offset: scalarOffset))
      }
    }
    return result
  }

  /// The names of the placeholders in order of appearance: `placeholders(in:)` without the
  /// offsets, which cost a count of the scalars before each (the linter needs only names).
  public static func placeholderNames(in text: String) -> [String] {
    var result: [String] = []
    var text = text
    text.withUTF8 { bytes in
      scan(bytes) { _, name in result.append(String(decoding: bytes[name], as: UTF8.self)) }
    }
    return result
  }

  /// The text with each placeholder replaced by its value. A placeholder without a value is
  /// left as written (`{{eta}}`), so a missing value is visible instead of silently empty.
  public static func render(_ text: String, values: [String: String]) -> String {
    var text = text
    return text.withUTF8 { bytes in
      var out: [UInt8] = []
      out.reserveCapacity(bytes.count)
      var copied = 0
      scan(bytes) { range, name in
        guard let value = values[String(decoding: bytes[name], as: UTF8.self)] else { return }
        out.append(contentsOf: bytes[copied..<range.lowerBound])
        out.append(contentsOf: value.utf8)
        copied = range.upperBound
      }
      if copied == 0 { return String(decoding: bytes, as: UTF8.self) }
      out.append(contentsOf: bytes[copied...])
      return String(decoding: out, as: UTF8.self)
    }
  }

  /// Calls `found` with the byte range of each placeholder (`{{` to `}}`) and of its name
  /// (trimmed of spaces and tabs), in order. Works on UTF-8 bytes: the delimiters are ASCII,
  /// which never occurs inside a multi-byte character.
  private static func scan(
    _ bytes: UnsafeBufferPointer<UInt8>, _ found: (Range<Int>, Range<Int>) -> Void
  ) {
    let open = UInt8(ascii: "{")
    guard let base = bytes.baseAddress else { return }
    var i = 0
    while i + 1 < bytes.count {
      // Jump to the next `{`: most of a template is text without placeholders.
      guard let hit = memchr(base + i, Int32(open), bytes.count - i) else { return }
      i = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
      if i + 1 < bytes.count, bytes[i + 1] == open, let end = closing(bytes, from: i + 2) {
        var first = i + 2
        var last = end
        while first < last, bytes[first] == 0x20 || bytes[first] == 0x09 { first += 1 }
        while last > first, bytes[last - 1] == 0x20 || bytes[last - 1] == 0x09 { last -= 1 }
        if isName(bytes[first..<last]) {
          found(i..<(end + 2), first..<last)
          i = end + 2
          continue
        }
      }
      i += 1
    }
  }

  /// Index of the `}}` closing a placeholder opened before `from`, on the same line.
  private static func closing(_ s: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
    var j = from
    while j + 1 < s.count {
      if s[j] == 0x0A || s[j] == UInt8(ascii: "{") { return nil }
      if s[j] == UInt8(ascii: "}"), s[j + 1] == UInt8(ascii: "}") { return j }
      j += 1
    }
    return nil
  }

  /// Placeholder names as bytes: ASCII letters, digits, `_`, `-` and `.`.
  private static func isName(_ name: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
    !name.isEmpty
      && name.allSatisfy { byte in
        (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte) || (0x30...0x39).contains(byte)
          || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
      }
  }

  /// Placeholder names: letters, digits, `_`, `-` and `.` (for `role.lead`).
  static func isName(_ name: String) -> Bool {
    !name.isEmpty
      && name.unicodeScalars.allSatisfy {
        ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
          || $0 == "_" || $0 == "-" || $0 == "."
      }
  }
}

extension String {
  /// The string without leading and trailing spaces and tabs.
  func trimmingSpaces() -> String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
      let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })
    else { return "" }
    return String(scalars[first...last])
  }
}
