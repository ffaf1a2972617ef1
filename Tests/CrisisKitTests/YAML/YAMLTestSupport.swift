import Foundation

@testable import CrisisKit

/// Test helpers: locating the YAML test suite and comparing JSON by meaning.
enum YAMLTestSupport {
  /// The suite's `cases` folder: `$CRISIS_YAML_TEST_SUITE` (the suite folder or its `cases`),
  /// else the copy kept in `Fixtures/yaml-test-suite` beside this file (so a fresh clone
  /// runs it), else `../shared/yaml-test-suite` next to the package root.
  static func suiteDirectory(filePath: String = #filePath) -> (url: URL?, tried: [String]) {
    var tried: [String] = []
    let fm = FileManager.default
    func check(_ url: URL) -> URL? {
      for candidate in [url.appendingPathComponent("cases"), url] {
        tried.append(candidate.path)
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: candidate.path, isDirectory: &isDir), isDir.boolValue,
          candidate.lastPathComponent == "cases"
        {
          return candidate
        }
      }
      return nil
    }
    if let env = ProcessInfo.processInfo.environment["CRISIS_YAML_TEST_SUITE"], !env.isEmpty,
      let url = check(URL(fileURLWithPath: env))
    {
      return (url, tried)
    }
    let vendored = URL(fileURLWithPath: filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/yaml-test-suite")
    if let url = check(vendored) { return (url, tried) }
    // Tests/CrisisKitTests/YAML/<file> -> package root.
    var root = URL(fileURLWithPath: filePath)
    for _ in 0..<4 { root.deleteLastPathComponent() }
    let sibling = root.deletingLastPathComponent().appendingPathComponent("shared/yaml-test-suite")
    return (check(sibling), tried)
  }

  static func lines(_ url: URL) -> Set<String> {
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
    return Set(
      text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        .filter { !$0.isEmpty })
  }
}

/// JSON for comparison: numbers by value, objects without order.
indirect enum TestJSON: Equatable, CustomStringConvertible {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([TestJSON])
  case object([String: TestJSON])

  init(_ value: JSONValue) {
    switch value {
    case .null: self = .null
    case .bool(let b): self = .bool(b)
    case .int(let i): self = .number(Double(i))
    case .number(let text): self = .number(Double(text) ?? .nan)
    case .double(let d): self = .number(d)
    case .string(let s): self = .string(s)
    case .array(let items): self = .array(items.map(TestJSON.init))
    case .object(let pairs):
      var dict: [String: TestJSON] = [:]
      for (k, v) in pairs { dict[k] = TestJSON(v) }
      self = .object(dict)
    }
  }

  var description: String {
    switch self {
    case .null: return "null"
    case .bool(let b): return "\(b)"
    case .number(let d): return "\(d)"
    case .string(let s): return "\"\(s.debugDescription.dropFirst().dropLast())\""
    case .array(let a): return "[" + a.map(\.description).joined(separator: ", ") + "]"
    case .object(let o):
      return "{"
        + o.keys.sorted().map { "\"\($0)\": \(o[$0]?.description ?? "")" }
        .joined(separator: ", ") + "}"
    }
  }

  /// Reads a sequence of JSON values separated by whitespace (the suite's `in.json`).
  static func readAll(_ bytes: [UInt8]) throws -> [TestJSON] {
    var reader = Reader(bytes: bytes)
    var values: [TestJSON] = []
    reader.skipSpace()
    while reader.i < bytes.count {
      values.append(try reader.value())
      reader.skipSpace()
    }
    return values
  }

  struct BadJSON: Error { var offset: Int }

  private struct Reader {
    let bytes: [UInt8]
    var i = 0

    mutating func skipSpace() {
      while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
    }

    mutating func expect(_ word: String) throws {
      for b in word.utf8 {
        guard i < bytes.count, bytes[i] == b else { throw BadJSON(offset: i) }
        i += 1
      }
    }

    mutating func value() throws -> TestJSON {
      skipSpace()
      guard i < bytes.count else { throw BadJSON(offset: i) }
      switch bytes[i] {
      case UInt8(ascii: "n"):
        try expect("null")
        return .null
      case UInt8(ascii: "t"):
        try expect("true")
        return .bool(true)
      case UInt8(ascii: "f"):
        try expect("false")
        return .bool(false)
      case UInt8(ascii: "\""):
        return .string(try string())
      case UInt8(ascii: "["):
        i += 1
        var items: [TestJSON] = []
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "]") {
          i += 1
          return .array(items)
        }
        while true {
          items.append(try value())
          skipSpace()
          guard i < bytes.count else { throw BadJSON(offset: i) }
          if bytes[i] == UInt8(ascii: ",") {
            i += 1
          } else if bytes[i] == UInt8(ascii: "]") {
            i += 1
            return .array(items)
          } else {
            throw BadJSON(offset: i)
          }
        }
      case UInt8(ascii: "{"):
        i += 1
        var dict: [String: TestJSON] = [:]
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
          i += 1
          return .object(dict)
        }
        while true {
          skipSpace()
          let key = try string()
          skipSpace()
          try expect(":")
          dict[key] = try value()
          skipSpace()
          guard i < bytes.count else { throw BadJSON(offset: i) }
          if bytes[i] == UInt8(ascii: ",") {
            i += 1
          } else if bytes[i] == UInt8(ascii: "}") {
            i += 1
            return .object(dict)
          } else {
            throw BadJSON(offset: i)
          }
        }
      default:
        let start = i
        while i < bytes.count, "+-0123456789.eE".utf8.contains(bytes[i]) { i += 1 }
        guard i > start, let d = Double(String(decoding: bytes[start..<i], as: UTF8.self)) else {
          throw BadJSON(offset: start)
        }
        return .number(d)
      }
    }

    mutating func string() throws -> String {
      guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw BadJSON(offset: i) }
      i += 1
      var out: [UInt8] = []
      var pendingHigh: UInt32?
      func appendScalar(_ v: UInt32) {
        out.append(contentsOf: Array(String(Character(Unicode.Scalar(v) ?? "\u{FFFD}")).utf8))
      }
      while i < bytes.count {
        let b = bytes[i]
        i += 1
        if b == UInt8(ascii: "\"") { return String(decoding: out, as: UTF8.self) }
        guard b == UInt8(ascii: "\\") else {
          out.append(b)
          continue
        }
        guard i < bytes.count else { break }
        let e = bytes[i]
        i += 1
        switch e {
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "u"):
          guard i + 4 <= bytes.count,
            let v = UInt32(String(decoding: bytes[i..<i + 4], as: UTF8.self), radix: 16)
          else { throw BadJSON(offset: i) }
          i += 4
          if (0xD800...0xDBFF).contains(v) {
            pendingHigh = v
          } else if (0xDC00...0xDFFF).contains(v), let high = pendingHigh {
            appendScalar(0x10000 + ((high - 0xD800) << 10) + (v - 0xDC00))
            pendingHigh = nil
          } else {
            appendScalar(v)
          }
        default: out.append(e)
        }
      }
      throw BadJSON(offset: i)
    }
  }
}
