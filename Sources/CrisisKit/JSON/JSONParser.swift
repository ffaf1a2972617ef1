/// A strict JSON (RFC 8259) parser from UTF-8 bytes to `JSONValue`, hand-written because the
/// log reader parses every line of every log: resume, status, replay and export all fold over
/// the events, and a 100,000-line log must be read in a fraction of a second. So it works on an
/// `UnsafeRawBufferPointer`, builds strings straight from slices of the input with
/// `String(decoding:)` when they contain no escapes, and allocates only for the values it
/// returns.
///
/// Strict means the log is never read differently from how it was written: object keys keep
/// their order and must be unique; integers that fit in 64 bits become `.int`; other integers
/// keep their text as `.number`; fractions and exponents become `.double` (or `.number` when
/// they do not fit a finite double); strings must be valid UTF-8 without raw control characters,
/// with every escape of RFC 8259 including surrogate pairs (a lone surrogate is an error);
/// nothing but whitespace may follow the value; nesting deeper than `maximumDepth` is an
/// error, not a stack overflow.
public enum JSONParser {
  /// Arrays and objects nested deeper than this are rejected.
  public static let maximumDepth = 512

  /// Parses one JSON document held in `buffer`.
  public static func parse(_ buffer: UnsafeRawBufferPointer) throws(JSONParseError) -> JSONValue {
    guard let base = buffer.baseAddress, !buffer.isEmpty else {
      throw JSONParseError(
        "unexpected end of input, expected a JSON value", at: .start, truncated: true)
    }
    var reader = JSONReader(base: base.assumingMemoryBound(to: UInt8.self), count: buffer.count)
    return try reader.document()
  }

  /// Parses one JSON document from any byte collection (copied first if it is not contiguous).
  public static func parse(bytes: some Collection<UInt8>) throws(JSONParseError) -> JSONValue {
    let result: Result<JSONValue, JSONParseError>? = bytes.withContiguousStorageIfAvailable {
      buffer in
      Result { () throws(JSONParseError) in try parse(UnsafeRawBufferPointer(buffer)) }
    }
    if let result { return try result.get() }
    let copy = Array(bytes)
    return try copy.withUnsafeBytes { raw in
      Result { () throws(JSONParseError) in try parse(raw) }
    }.get()
  }

  /// Parses one JSON document from text.
  public static func parse(_ text: String) throws(JSONParseError) -> JSONValue {
    var text = text
    return try text.withUTF8 { buffer in
      Result { () throws(JSONParseError) in try parse(UnsafeRawBufferPointer(buffer)) }
    }.get()
  }
}

/// Why a JSON document was rejected, and where: line and column (1-based, the column counted in
/// Unicode scalars) and the byte offset into the input.
public struct JSONParseError: Error, Hashable, Sendable, CustomStringConvertible {
  public var message: String
  public var position: SourcePosition
  /// The input ended before the document did, and more input could have completed it (an
  /// unterminated string, object or number): what a write cut short by a crash looks like.
  public var isTruncated: Bool

  public init(_ message: String, at position: SourcePosition, truncated: Bool = false) {
    self.message = message
    self.position = position
    self.isTruncated = truncated
  }

  /// `LINE:COL: message`.
  public var description: String { "\(position): \(message)" }

  /// The error as `FILE:LINE:COL: error: message`; `line` replaces the line number when the
  /// document is one line of a larger file (a log line), so the place names the file's line.
  public func diagnostic(file: String, line: Int? = nil) -> Diagnostic {
    var place = position
    if let line { place.line = line }
    return Diagnostic(.error, file: file, at: place, message)
  }
}

/// The parser's cursor over the input. Every method leaves `index` just after what it read.
private struct JSONReader {
  /// The first input byte.
  let base: UnsafePointer<UInt8>
  /// The number of input bytes.
  let count: Int
  /// The next byte to read.
  var index = 0
  /// How many arrays and objects enclose the value being read.
  var depth = 0
  /// Reused buffer for strings that contain escapes (the slow path).
  var scratch: [UInt8] = []

  init(base: UnsafePointer<UInt8>, count: Int) {
    self.base = base
    self.count = count
  }

  mutating func document() throws(JSONParseError) -> JSONValue {
    skipWhitespace()
    let value = try value()
    skipWhitespace()
    if index < count {
      throw error("unexpected \(describe(base[index])) after the JSON value", at: index)
    }
    return value
  }

  // MARK: Values

  mutating func value() throws(JSONParseError) -> JSONValue {
    guard index < count else { throw error("unexpected end of input, expected a JSON value") }
    switch base[index] {
    case UInt8(ascii: "\""): return .string(try string())
    case UInt8(ascii: "{"): return try object()
    case UInt8(ascii: "["): return try array()
    case UInt8(ascii: "t"): return try literal("true", .bool(true))
    case UInt8(ascii: "f"): return try literal("false", .bool(false))
    case UInt8(ascii: "n"): return try literal("null", .null)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
    case let byte: throw error("unexpected \(describe(byte)), expected a JSON value", at: index)
    }
  }

  mutating func literal(_ word: StaticString, _ value: JSONValue) throws(JSONParseError)
    -> JSONValue
  {
    let start = index
    let length = word.utf8CodeUnitCount
    let text = word.utf8Start
    for k in 0..<length {
      guard index < count, base[index] == text[k] else {
        throw error("invalid literal, expected '\(word)'", at: start)
      }
      index += 1
    }
    return value
  }

  mutating func object() throws(JSONParseError) -> JSONValue {
    try enter()
    index += 1
    skipWhitespace()
    if index < count, base[index] == UInt8(ascii: "}") {
      index += 1
      depth -= 1
      return .object([])
    }
    // Room for a log line's members up front: growing 1, 2, 4, 8, 16 cost more than the
    // spare capacity (measured).
    var pairs: [(String, JSONValue)] = []
    pairs.reserveCapacity(16)
    var seen: Set<String> = []
    while true {
      guard index < count else { throw error("unterminated object, expected a string key") }
      guard base[index] == UInt8(ascii: "\"") else {
        throw error("unexpected \(describe(base[index])), expected a string key", at: index)
      }
      let keyStart = index
      let key = try string()
      if isDuplicate(key, in: pairs, seen: &seen) {
        throw error("duplicate key \"\(key)\"", at: keyStart, truncated: false)
      }
      skipWhitespace()
      try expect(UInt8(ascii: ":"), "expected ':' after the object key")
      skipWhitespace()
      let member = try value()
      pairs.append((key, member))
      skipWhitespace()
      guard index < count else { throw error("unterminated object, expected ',' or '}'") }
      switch base[index] {
      case UInt8(ascii: ","):
        index += 1
        skipWhitespace()
      case UInt8(ascii: "}"):
        index += 1
        depth -= 1
        return .object(pairs)
      case let byte:
        throw error("unexpected \(describe(byte)), expected ',' or '}'", at: index)
      }
    }
  }

  /// Whether the object's members so far already have `key`. Small objects (log lines)
  /// compare keys directly; big ones switch to a set.
  func isDuplicate(_ key: String, in members: [(String, JSONValue)], seen: inout Set<String>)
    -> Bool
  {
    if members.count < 16 { return members.contains { $0.0 == key } }
    if seen.isEmpty { seen = Set(members.map(\.0)) }
    return !seen.insert(key).inserted
  }

  mutating func array() throws(JSONParseError) -> JSONValue {
    try enter()
    index += 1
    skipWhitespace()
    if index < count, base[index] == UInt8(ascii: "]") {
      index += 1
      depth -= 1
      return .array([])
    }
    var items: [JSONValue] = []
    items.reserveCapacity(8)
    while true {
      let item = try value()
      items.append(item)
      skipWhitespace()
      guard index < count else { throw error("unterminated array, expected ',' or ']'") }
      switch base[index] {
      case UInt8(ascii: ","):
        index += 1
        skipWhitespace()
      case UInt8(ascii: "]"):
        index += 1
        depth -= 1
        return .array(items)
      case let byte:
        throw error("unexpected \(describe(byte)), expected ',' or ']'", at: index)
      }
    }
  }

  mutating func enter() throws(JSONParseError) {
    depth += 1
    if depth > JSONParser.maximumDepth {
      throw error("nesting deeper than \(JSONParser.maximumDepth) levels", at: index)
    }
  }

  // MARK: Numbers

  /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
  mutating func number() throws(JSONParseError) -> JSONValue {
    let start = index
    let negative = base[index] == UInt8(ascii: "-")
    if negative { index += 1 }
    guard index < count, isDigit(base[index]) else {
      throw error("invalid number, expected a digit after '-'", at: index)
    }
    // Accumulated as a negative number so that Int64.min fits.
    var magnitude: Int64 = 0
    var overflow = false
    if base[index] == UInt8(ascii: "0") {
      index += 1
      if index < count, isDigit(base[index]) {
        throw error("invalid number, leading zeros are not allowed", at: start)
      }
    } else {
      while index < count, isDigit(base[index]) {
        let digit = Int64(base[index] &- UInt8(ascii: "0"))
        let (times10, o1) = magnitude.multipliedReportingOverflow(by: 10)
        let (next, o2) = times10.subtractingReportingOverflow(digit)
        overflow = overflow || o1 || o2
        magnitude = next
        index += 1
      }
    }
    var isInteger = true
    if index < count, base[index] == UInt8(ascii: ".") {
      isInteger = false
      index += 1
      guard index < count, isDigit(base[index]) else {
        throw error("invalid number, expected a digit after '.'", at: index)
      }
      while index < count, isDigit(base[index]) { index += 1 }
    }
    if index < count, base[index] == UInt8(ascii: "e") || base[index] == UInt8(ascii: "E") {
      isInteger = false
      index += 1
      if index < count, base[index] == UInt8(ascii: "+") || base[index] == UInt8(ascii: "-") {
        index += 1
      }
      guard index < count, isDigit(base[index]) else {
        throw error("invalid number, expected a digit in the exponent", at: index)
      }
      while index < count, isDigit(base[index]) { index += 1 }
    }
    if isInteger, !overflow {
      if negative { return .int(magnitude) }
      if magnitude != .min { return .int(-magnitude) }
    }
    let text = String(
      decoding: UnsafeBufferPointer(start: base + start, count: index - start), as: UTF8.self)
    if !isInteger, let double = Double(text), double.isFinite { return .double(double) }
    return .number(text)
  }

  @inline(__always)
  func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

  // MARK: Strings

  /// Reads a string starting at its opening quote. The fast path scans to the closing quote
  /// and decodes the slice in place; the first backslash hands over to `escapedString`.
  mutating func string() throws(JSONParseError) -> String {
    let open = index
    index += 1
    let start = index
    while index < count {
      skipPlainWords()
      guard index < count else { break }
      let byte = base[index]
      if byte == UInt8(ascii: "\"") {
        let text = String(
          decoding: UnsafeBufferPointer(start: base + start, count: index - start), as: UTF8.self)
        index += 1
        return text
      }
      if byte == UInt8(ascii: "\\") { return try escapedString(from: start, open: open) }
      if byte < 0x20 { throw controlCharacter(byte) }
      if byte < 0x80 {
        index += 1
      } else {
        try skipUTF8Sequence()
      }
    }
    throw error("unterminated string", at: open)
  }

  /// Steps over 8 bytes at a time while none of them is a quote, a backslash, a control
  /// character or part of a multi-byte sequence (SWAR: "does this word contain a byte …").
  @inline(__always)
  mutating func skipPlainWords() {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    while index &+ 8 <= count {
      let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
      let quote = word ^ (ones &* 0x22)
      let backslash = word ^ (ones &* 0x5C)
      let special =
        ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)
        | (word &- ones &* 0x20) | word
      if special & highs != 0 { return }
      index &+= 8
    }
  }

  /// The slow path: copies what was scanned so far into `scratch` and decodes escapes.
  mutating func escapedString(from start: Int, open: Int) throws(JSONParseError) -> String {
    scratch.removeAll(keepingCapacity: true)
    scratch.append(contentsOf: UnsafeBufferPointer(start: base + start, count: index - start))
    while index < count {
      let byte = base[index]
      switch byte {
      case UInt8(ascii: "\""):
        index += 1
        return String(decoding: scratch, as: UTF8.self)
      case UInt8(ascii: "\\"):
        try escape()
      case 0..<0x20:
        throw controlCharacter(byte)
      case 0..<0x80:
        // A run of plain ASCII up to the next quote, escape, control or non-ASCII byte,
        // copied whole: long texts with many escapes (a playbook's line ends) stay linear
        // with a small constant.
        let from = index
        index += 1
        while index < count {
          let next = base[index]
          if next == UInt8(ascii: "\"") || next == UInt8(ascii: "\\") || next < 0x20
            || next >= 0x80
          {
            break
          }
          index += 1
        }
        scratch.append(contentsOf: UnsafeBufferPointer(start: base + from, count: index - from))
      default:
        let from = index
        try skipUTF8Sequence()
        scratch.append(contentsOf: UnsafeBufferPointer(start: base + from, count: index - from))
      }
    }
    throw error("unterminated string", at: open)
  }

  /// Decodes one escape sequence at `index` (a backslash) into `scratch`.
  mutating func escape() throws(JSONParseError) {
    let at = index
    index += 1
    guard index < count else { throw error("unterminated string") }
    let letter = base[index]
    index += 1
    switch letter {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(letter)
    case UInt8(ascii: "b"): scratch.append(0x08)
    case UInt8(ascii: "f"): scratch.append(0x0C)
    case UInt8(ascii: "n"): scratch.append(0x0A)
    case UInt8(ascii: "r"): scratch.append(0x0D)
    case UInt8(ascii: "t"): scratch.append(0x09)
    case UInt8(ascii: "u"):
      var scalar = try hex4(escapeAt: at)
      if (0xDC00...0xDFFF).contains(scalar) {
        throw error(
          "invalid escape, lone low surrogate \\u\(hexText(scalar))", at: at, truncated: false)
      }
      if (0xD800...0xDBFF).contains(scalar) {
        let lowAt = index
        guard index + 1 < count, base[index] == UInt8(ascii: "\\"),
          base[index + 1] == UInt8(ascii: "u")
        else {
          // `"\ud800` or `"\ud800\` cut short could still be completed: a torn write.
          let cut = index >= count || (index + 1 >= count && base[index] == UInt8(ascii: "\\"))
          throw error(
            "invalid escape, high surrogate \\u\(hexText(scalar)) not followed by a low one",
            at: at, truncated: cut)
        }
        index += 2
        let low = try hex4(escapeAt: lowAt)
        guard (0xDC00...0xDFFF).contains(low) else {
          throw error(
            "invalid escape, high surrogate \\u\(hexText(scalar)) not followed by a low one",
            at: at, truncated: false)
        }
        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
      }
      appendUTF8(scalar)
    default:
      throw error("invalid escape '\\\(describeRaw(letter))'", at: at, truncated: false)
    }
  }

  /// Four hex digits after `\u`.
  mutating func hex4(escapeAt at: Int) throws(JSONParseError) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard index < count else { throw error("invalid \\u escape, expected 4 hex digits", at: at) }
      let byte = base[index]
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: throw error("invalid \\u escape, expected 4 hex digits", at: at)
      }
      value = value << 4 | UInt32(digit)
      index += 1
    }
    return value
  }

  mutating func appendUTF8(_ scalar: UInt32) {
    switch scalar {
    case 0..<0x80:
      scratch.append(UInt8(scalar))
    case 0x80..<0x800:
      scratch.append(UInt8(0xC0 | scalar >> 6))
      scratch.append(UInt8(0x80 | scalar & 0x3F))
    case 0x800..<0x10000:
      scratch.append(UInt8(0xE0 | scalar >> 12))
      scratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
      scratch.append(UInt8(0x80 | scalar & 0x3F))
    default:
      scratch.append(UInt8(0xF0 | scalar >> 18))
      scratch.append(UInt8(0x80 | scalar >> 12 & 0x3F))
      scratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
      scratch.append(UInt8(0x80 | scalar & 0x3F))
    }
  }

  /// Checks one multi-byte UTF-8 sequence at `index` (its lead byte is ≥ 0x80) and steps over
  /// it: no stray continuation bytes, no overlong forms, no surrogates, nothing past U+10FFFF
  /// (Unicode Table 3-7).
  mutating func skipUTF8Sequence() throws(JSONParseError) {
    switch UTF8Sequence.check(base, count: count, at: index) {
    case .wellFormed(let length): index += length
    case .invalidByte(let at): throw error("invalid UTF-8 byte 0x\(hexByte(base[at]))", at: at)
    case .truncated: throw error("truncated UTF-8 sequence", at: index, truncated: true)
    }
  }

  func controlCharacter(_ byte: UInt8) -> JSONParseError {
    error("control character U+00\(hexByte(byte)) in a string must be escaped", at: index)
  }

  // MARK: Helpers

  mutating func skipWhitespace() {
    while index < count {
      switch base[index] {
      case 0x20, 0x0A, 0x0D, 0x09: index += 1
      default: return
      }
    }
  }

  mutating func expect(_ byte: UInt8, _ message: String) throws(JSONParseError) {
    guard index < count else { throw error("unexpected end of input, \(message)") }
    guard base[index] == byte else {
      throw error("unexpected \(describe(base[index])), \(message)", at: index)
    }
    index += 1
  }

  /// An error at byte `offset` (default: the current position). Line and column are worked
  /// out only now, so the happy path never counts them. The input counts as cut short when the
  /// cursor has reached its end, unless `truncated` says otherwise.
  func error(_ message: String, at offset: Int? = nil, truncated: Bool? = nil) -> JSONParseError {
    let offset = min(offset ?? index, count)
    var line = 1
    var column = 1
    for k in 0..<offset {
      let byte = base[k]
      if byte == 0x0A {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
    }
    return JSONParseError(
      message, at: SourcePosition(line: line, column: column, offset: offset),
      truncated: truncated ?? (index >= count))
  }

  /// A byte as a reader would name it: `'x'` when printable ASCII (`"'"` for the apostrophe),
  /// else `byte 0x1F`.
  func describe(_ byte: UInt8) -> String {
    if byte == UInt8(ascii: "'") { return "\"'\"" }
    return (0x21..<0x7F).contains(byte) ? "'\(describeRaw(byte))'" : "byte 0x\(hexByte(byte))"
  }

  func describeRaw(_ byte: UInt8) -> String {
    (0x21..<0x7F).contains(byte) ? String(UnicodeScalar(byte)) : "x\(hexByte(byte))"
  }

  func hexByte(_ byte: UInt8) -> String { SHA256.hex(CollectionOfOne(byte)).uppercased() }

  func hexText(_ value: UInt32) -> String {
    let text = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - text.count)) + text
  }
}
