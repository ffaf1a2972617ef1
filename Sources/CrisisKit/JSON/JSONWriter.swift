/// Serialises `JSONValue` to UTF-8 bytes: compact (one line, for logs) or indented (for people).
/// Hand-written so key order is kept and output is byte-for-byte stable.
public struct JSONWriter {
  public var indent: Int
  public init(indent: Int = 0) { self.indent = indent }

  public func string(_ value: JSONValue) -> String {
    var out: [UInt8] = []
    write(value, into: &out, depth: 0)
    return String(decoding: out, as: UTF8.self)
  }

  public func bytes(_ value: JSONValue) -> [UInt8] {
    var out: [UInt8] = []
    write(value, into: &out, depth: 0)
    return out
  }

  public func write(_ value: JSONValue, into out: inout [UInt8], depth: Int) {
    switch value {
    case .null: out.append(contentsOf: "null".utf8)
    case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
    case .int(let i): out.append(contentsOf: String(i).utf8)
    case .number(let text): out.append(contentsOf: text.utf8)
    case .double(let d): out.append(contentsOf: Self.format(d).utf8)
    case .string(let s): Self.writeString(s, into: &out)
    case .array(let items):
      if items.isEmpty {
        out.append(contentsOf: "[]".utf8)
        return
      }
      out.append(UInt8(ascii: "["))
      for (i, item) in items.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        newline(&out, depth + 1)
        write(item, into: &out, depth: depth + 1)
      }
      newline(&out, depth)
      out.append(UInt8(ascii: "]"))
    case .object(let pairs):
      if pairs.isEmpty {
        out.append(contentsOf: "{}".utf8)
        return
      }
      out.append(UInt8(ascii: "{"))
      for (i, (key, item)) in pairs.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        newline(&out, depth + 1)
        Self.writeString(key, into: &out)
        out.append(UInt8(ascii: ":"))
        if indent > 0 { out.append(UInt8(ascii: " ")) }
        write(item, into: &out, depth: depth + 1)
      }
      newline(&out, depth)
      out.append(UInt8(ascii: "}"))
    }
  }

  private func newline(_ out: inout [UInt8], _ depth: Int) {
    guard indent > 0 else { return }
    out.append(UInt8(ascii: "\n"))
    out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * depth))
  }

  /// A finite double in the shortest form that reads back the same; JSON has no NaN or
  /// infinity, so those become strings (`".nan"`, `".inf"`, `"-.inf"`) as YAML writes them.
  public static func format(_ d: Double) -> String {
    if d.isNaN { return "\".nan\"" }
    if d.isInfinite { return d < 0 ? "\"-.inf\"" : "\".inf\"" }
    if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
    return "\(d)"
  }

  private static let hex = Array("0123456789abcdef".utf8)

  /// A JSON string literal: quotes, backslash and control characters escaped; all other
  /// characters (umlauts, emoji) written as UTF-8.
  public static func writeString(_ s: String, into out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    var s = s
    s.withUTF8 { bytes in
      out.reserveCapacity(out.count + bytes.count + bytes.count / 16 + 2)
      // Runs of bytes that need no escape are copied whole; most text is one long run
      // broken only by its line ends and quotes.
      var runStart = 0
      for i in 0..<bytes.count {
        let byte = bytes[i]
        guard byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F else { continue }
        if runStart < i {
          out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
        }
        runStart = i + 1
        out.append(0x5C)
        switch byte {
        case 0x22: out.append(0x22)
        case 0x5C: out.append(0x5C)
        case 0x0A: out.append(UInt8(ascii: "n"))
        case 0x0D: out.append(UInt8(ascii: "r"))
        case 0x09: out.append(UInt8(ascii: "t"))
        default:
          out.append(UInt8(ascii: "u"))
          out.append(0x30)
          out.append(0x30)
          out.append(hex[Int(byte >> 4)])
          out.append(hex[Int(byte & 0xF)])
        }
      }
      if runStart < bytes.count {
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
      }
    }
    out.append(UInt8(ascii: "\""))
  }
}
