import Testing

@testable import CrisisKit

@Suite struct JSONParserTests {
  @Test func keepsKeyOrderAndTypes() throws {
    let value = try JSONParser.parse(
      #" {"z":1,"a":[true,false,null],"m":{"x":-2.5e3,"y":"s"},"big":123456789012345678901} "#)
    #expect(
      value
        == .object([
          ("z", .int(1)),
          ("a", .array([.bool(true), .bool(false), .null])),
          ("m", .object([("x", .double(-2500)), ("y", .string("s"))])),
          ("big", .number("123456789012345678901")),
        ]))
  }

  @Test(arguments: [
    ("0", JSONValue.int(0)),
    ("-0", .int(0)),
    ("9223372036854775807", .int(.max)),
    ("-9223372036854775808", .int(.min)),
    ("9223372036854775808", .number("9223372036854775808")),
    ("-9223372036854775809", .number("-9223372036854775809")),
    ("1.5", .double(1.5)),
    ("1E2", .double(100)),
    ("1e-2", .double(0.01)),
    ("1e400", .number("1e400")),
    ("[]", .array([])),
    ("{}", .object([])),
    ("\"\"", .string("")),
  ])
  func scalars(text: String, expected: JSONValue) throws {
    #expect(try JSONParser.parse(text) == expected)
  }

  @Test(arguments: [
    (#""a\"b\\c\/d\b\f\n\r\t""#, "a\"b\\c/d\u{8}\u{C}\n\r\t"),
    (#""\u00e4\u20AC""#, "ä€"),
    (#""\ud83d\ude00 smile""#, "😀 smile"),
    ("\"äöü 😀 plain\"", "äöü 😀 plain"),
    (#""ä\n😀""#, "ä\n😀"),
    ("\"\u{7F}\"", "\u{7F}"),
  ])
  func strings(text: String, expected: String) throws {
    #expect(try JSONParser.parse(text) == .string(expected))
  }

  /// Input, expected column (the input is one line), and the exact message.
  @Test(arguments: [
    ("", 1, "unexpected end of input, expected a JSON value"),
    ("   ", 4, "unexpected end of input, expected a JSON value"),
    ("{\"a\":1} x", 9, "unexpected 'x' after the JSON value"),
    ("{\"a\":1}}", 8, "unexpected '}' after the JSON value"),
    ("{\"a\" 1}", 6, "unexpected '1', expected ':' after the object key"),
    ("{\"a\":1,}", 8, "unexpected '}', expected a string key"),
    ("{\"a\":1 \"b\":2}", 8, "unexpected '\"', expected ',' or '}'"),
    ("{\"a\":1,\"a\":2}", 8, "duplicate key \"a\""),
    ("[1,]", 4, "unexpected ']', expected a JSON value"),
    ("[1 2]", 4, "unexpected '2', expected ',' or ']'"),
    ("[1", 3, "unterminated array, expected ',' or ']'"),
    ("{'a':1}", 2, "unexpected \"'\", expected a string key"),
    ("tru", 1, "invalid literal, expected 'true'"),
    ("nul", 1, "invalid literal, expected 'null'"),
    ("01", 1, "invalid number, leading zeros are not allowed"),
    ("-", 2, "invalid number, expected a digit after '-'"),
    ("1.", 3, "invalid number, expected a digit after '.'"),
    ("1e+", 4, "invalid number, expected a digit in the exponent"),
    (".5", 1, "unexpected '.', expected a JSON value"),
    ("\"abc", 1, "unterminated string"),
    ("\"a\tb\"", 3, "control character U+0009 in a string must be escaped"),
    ("\"ä\nb\"", 3, "control character U+000A in a string must be escaped"),
    (#""\x""#, 2, "invalid escape '\\x'"),
    (#""\u12g4""#, 2, "invalid \\u escape, expected 4 hex digits"),
    (#""\ud800""#, 2, "invalid escape, high surrogate \\uD800 not followed by a low one"),
    (#""\ud800\u0041""#, 2, "invalid escape, high surrogate \\uD800 not followed by a low one"),
    (#""\udc00""#, 2, "invalid escape, lone low surrogate \\uDC00"),
    ("\u{FEFF}{}", 1, "unexpected byte 0xEF, expected a JSON value"),
  ])
  func errors(text: String, column: Int, message: String) {
    do {
      _ = try JSONParser.parse(text)
      Issue.record("accepted invalid JSON")
    } catch {
      #expect(error.message == message)
      let offset = offsetOf(column, in: text)
      #expect(error.position == SourcePosition(line: 1, column: column, offset: offset))
    }
  }

  /// A document cut short anywhere is reported as truncated (a torn write); other errors,
  /// even at the very end, are not.
  @Test func truncationIsTellable() throws {
    let line =
      #"{"v":1,"seq":12,"t":"a\"ä😀\u00e4\ud83d\ude00","n":-1.5e3,"ok":true,"x":null,"a":[]}"#
    let bytes = Array(line.utf8)
    _ = try JSONParser.parse(bytes: bytes)
    for cut in 0..<bytes.count {
      do {
        _ = try JSONParser.parse(bytes: bytes[..<cut])
        Issue.record("prefix of \(cut) bytes parsed")
      } catch {
        #expect(error.isTruncated, "cut at \(cut): \(error)")
      }
    }
    for text in [#"{"a":1]"#, #"{"a":1,"a":2}"#, #""\x"#, #""\ud800\u0041"#, "[1}", "{} {"] {
      do {
        _ = try JSONParser.parse(text)
        Issue.record("accepted \(text)")
      } catch {
        #expect(!error.isTruncated, "\(text): \(error)")
      }
    }
  }

  /// Byte offset of a 1-based scalar column on a one-line text.
  private func offsetOf(_ column: Int, in text: String) -> Int {
    text.unicodeScalars.prefix(column - 1).reduce(0) { $0 + String($1).utf8.count }
  }

  @Test(arguments: [
    ([0x22, 0xFF, 0x22], 2, "invalid UTF-8 byte 0xFF"),
    ([0x22, 0xC0, 0xAF, 0x22], 2, "invalid UTF-8 byte 0xC0"),  // overlong '/'
    ([0x22, 0xE0, 0x80, 0xAF, 0x22], 3, "invalid UTF-8 byte 0x80"),  // overlong
    ([0x22, 0xED, 0xA0, 0x80, 0x22], 3, "invalid UTF-8 byte 0xA0"),  // encoded surrogate
    ([0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], 3, "invalid UTF-8 byte 0x90"),  // > U+10FFFF
    ([0x22, 0x80, 0x22], 2, "invalid UTF-8 byte 0x80"),  // stray continuation
    ([0x22, 0xC3], 2, "truncated UTF-8 sequence"),
    ([0x22, 0x5C, 0x6E, 0xFF, 0x22], 4, "invalid UTF-8 byte 0xFF"),  // after an escape
  ])
  func invalidUTF8(bytes: [UInt8], offset: Int, message: String) {
    do {
      _ = try JSONParser.parse(bytes: bytes)
      Issue.record("accepted invalid UTF-8")
    } catch {
      #expect(error.message == message)
      #expect(error.position.offset == offset - 1)
    }
  }

  @Test func errorOnLaterLineNamesLineAndColumn() {
    do {
      _ = try JSONParser.parse("{\n  \"ä\": [1,\n  x]}")
      Issue.record("accepted invalid JSON")
    } catch {
      #expect(error.position.line == 3)
      #expect(error.position.column == 3)
      #expect(error.description == "3:3: unexpected 'x', expected a JSON value")
      #expect(
        error.diagnostic(file: "a.jsonl", line: 7).description
          == "a.jsonl:7:3: error: unexpected 'x', expected a JSON value")
    }
  }

  @Test func nestingAtTheLimitParsesAndBeyondIsAnError() throws {
    let limit = JSONParser.maximumDepth
    let ok = String(repeating: "[", count: limit) + String(repeating: "]", count: limit)
    _ = try JSONParser.parse(ok)
    let deep = String(repeating: "[", count: 100_000)
    #expect(throws: JSONParseError.self) { try JSONParser.parse(deep) }
    do {
      _ = try JSONParser.parse(String(repeating: "{\"a\":", count: limit + 1))
    } catch {
      #expect(error.message == "nesting deeper than 512 levels")
    }
  }

  @Test func roundTripsWithTheWriter() throws {
    let value = JSONValue.object([
      ("text", .string("line\nbreak \"quoted\" \u{1} tab\t ä 😀 \u{7F}")),
      ("n", .int(-42)), ("d", .double(0.1)), ("list", .array([.null, .object([])])),
    ])
    let bytes = JSONWriter().bytes(value)
    #expect(try JSONParser.parse(bytes: bytes) == value)
    #expect(try JSONParser.parse(JSONWriter(indent: 2).string(value)) == value)
  }

  @Test func manyKeysStillRejectDuplicates() {
    var text = "{"
    for k in 0..<40 { text += "\"k\(k)\":\(k)," }
    text += "\"k3\":0}"
    #expect(throws: JSONParseError.self) { try JSONParser.parse(text) }
  }
}
