#if canImport(Glibc)
  import Glibc
#endif

/// Checks a log line the way `crisis verify` needs it, without building a `JSONValue`: is it
/// a well-formed event, what is its `seq`, and where are its `ts` and `prev` strings. Verify
/// used to parse every line in full and throw the values away; this scan validates the
/// same grammar over the bytes and allocates nothing.
///
/// It answers only for lines in the form crisis writes (`{"v":1,"seq":N,` then members with
/// no whitespace, ASCII keys without escapes, flat string/number/literal values); for
/// anything else (nested values, whitespace, a `\u` surrogate escape, an error of any kind)
/// it returns nil and the caller parses the line with `JSONParser`, which then says exactly
/// what is wrong. So it may be stricter than the parser, never looser: every line it accepts
/// the parser accepts too, with the same `seq`, `ts` and `prev`.
struct EnvelopeScanner {
  /// What the scan found in a well-formed event line. Ranges are byte offsets into the line
  /// of a string's contents (without quotes); such strings have no escapes, so their bytes
  /// are their text.
  struct Envelope: Equatable {
    var seq: Int
    var ts: Range<Int>?
    var prev: Range<Int>?
  }

  /// Key ranges of the line being scanned, kept between lines to avoid allocating.
  private var keys: [Range<Int>] = []

  init() {
    keys.reserveCapacity(Self.maximumKeys)
  }

  /// More members than this go to the parser (which switches to a set to find duplicates).
  static let maximumKeys = 15

  private static let prefix: StaticString = #"{"v":1,"seq":"#

  mutating func scan(_ line: UnsafeRawBufferPointer) -> Envelope? {
    guard let base = line.baseAddress else { return nil }
    let bytes = UnsafeBufferPointer(
      start: base.assumingMemoryBound(to: UInt8.self), count: line.count)
    return scan(bytes)
  }

  mutating func scan(_ b: UnsafeBufferPointer<UInt8>) -> Envelope? {
    let count = b.count
    let prefixCount = Self.prefix.utf8CodeUnitCount
    guard let p = b.baseAddress, count > prefixCount,
      memcmp(p, Self.prefix.utf8Start, prefixCount) == 0
    else { return nil }
    // seq: 1 to 18 digits without a leading zero, so it is ≥ 1 and fits in an Int.
    var i = prefixCount
    var seq = 0
    guard b[i] >= UInt8(ascii: "1"), b[i] <= UInt8(ascii: "9") else { return nil }
    while i < count, isDigit(b[i]) {
      guard i - prefixCount < 18 else { return nil }
      seq = seq * 10 + Int(b[i] &- UInt8(ascii: "0"))
      i += 1
    }
    guard i < count, b[i] == UInt8(ascii: ","), seq <= IncidentEvent.maximumSeq else { return nil }
    i += 1

    var envelope = Envelope(seq: seq)
    keys.removeAll(keepingCapacity: true)
    while true {
      // A key: printable ASCII without a backslash, so its bytes are its text and equal
      // keys are equal bytes (the parser compares Strings, by canonical equivalence, which
      // for ASCII is the same thing).
      guard i < count, b[i] == UInt8(ascii: "\"") else { return nil }
      i += 1
      let keyStart = i
      while i < count, b[i] != UInt8(ascii: "\"") {
        let byte = b[i]
        guard byte >= 0x20, byte < 0x7F, byte != UInt8(ascii: "\\") else { return nil }
        i += 1
      }
      guard i < count else { return nil }
      let key = keyStart..<i
      i += 1
      guard !isKnown(key, in: p), keys.count < Self.maximumKeys else { return nil }
      keys.append(key)
      let isTS = equals(key, "ts", in: p)
      let isPrev = equals(key, "prev", in: p)
      guard i < count, b[i] == UInt8(ascii: ":") else { return nil }
      i += 1

      // The value.
      guard i < count else { return nil }
      switch b[i] {
      case UInt8(ascii: "\""):
        guard let (contents, escaped) = string(b, from: &i) else { return nil }
        // An escaped `ts` or `prev` is left to the parser, which decodes it.
        if isTS || isPrev, escaped { return nil }
        if isTS { envelope.ts = contents }
        if isPrev { envelope.prev = contents }
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
        guard !isTS, !isPrev, number(b, from: &i) else { return nil }
      case UInt8(ascii: "t"):
        guard !isTS, !isPrev, literal("true", b, p, from: &i) else { return nil }
      case UInt8(ascii: "f"):
        guard !isTS, !isPrev, literal("false", b, p, from: &i) else { return nil }
      case UInt8(ascii: "n"):
        guard !isTS, !isPrev, literal("null", b, p, from: &i) else { return nil }
      default:
        return nil  // objects, arrays, errors: the parser's business
      }

      guard i < count else { return nil }
      if b[i] == UInt8(ascii: ",") {
        i += 1
        continue
      }
      guard b[i] == UInt8(ascii: "}"), i + 1 == count else { return nil }
      return envelope
    }
  }

  // MARK: Pieces

  @inline(__always)
  private func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

  /// Whether `key` is "v", "seq" or a key seen earlier on the line (a duplicate).
  private func isKnown(_ key: Range<Int>, in p: UnsafePointer<UInt8>) -> Bool {
    if equals(key, "v", in: p) || equals(key, "seq", in: p) { return true }
    for other in keys where other.count == key.count {
      if memcmp(p + other.lowerBound, p + key.lowerBound, key.count) == 0 { return true }
    }
    return false
  }

  /// Whether the bytes at `range` of the line starting at `p` are `word`.
  private func equals(_ range: Range<Int>, _ word: StaticString, in p: UnsafePointer<UInt8>)
    -> Bool
  {
    range.count == word.utf8CodeUnitCount
      && memcmp(p + range.lowerBound, word.utf8Start, range.count) == 0
  }

  /// A string from its opening quote at `i`; leaves `i` after the closing quote. Returns the
  /// range of its contents and whether it has escapes, or nil where the parser would object
  /// (or might: a `\u` surrogate).
  private func string(_ b: UnsafeBufferPointer<UInt8>, from i: inout Int)
    -> (Range<Int>, Bool)?
  {
    let count = b.count
    i += 1
    let start = i
    var escaped = false
    while i < count {
      let byte = b[i]
      if byte == UInt8(ascii: "\"") {
        i += 1
        return (start..<(i - 1), escaped)
      }
      if byte < 0x20 { return nil }
      if byte < 0x80 {
        if byte == UInt8(ascii: "\\") {
          escaped = true
          guard i + 1 < count else { return nil }
          switch b[i + 1] {
          case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
            UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            i += 2
          case UInt8(ascii: "u"):
            guard i + 5 < count else { return nil }
            var scalar: UInt32 = 0
            for k in 2...5 {
              guard let digit = hexDigit(b[i + k]) else { return nil }
              scalar = scalar << 4 | digit
            }
            if scalar >= 0xD800, scalar <= 0xDFFF { return nil }
            i += 6
          default:
            return nil
          }
        } else {
          i += 1
        }
        continue
      }
      guard let base = b.baseAddress,
        case .wellFormed(let length) = UTF8Sequence.check(base, count: b.count, at: i)
      else { return nil }
      i += length
    }
    return nil
  }

  private func hexDigit(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
    default: nil
    }
  }

  /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, as the parser reads it.
  private func number(_ b: UnsafeBufferPointer<UInt8>, from i: inout Int) -> Bool {
    let count = b.count
    if b[i] == UInt8(ascii: "-") { i += 1 }
    guard i < count, isDigit(b[i]) else { return false }
    if b[i] == UInt8(ascii: "0") {
      i += 1
      if i < count, isDigit(b[i]) { return false }
    } else {
      while i < count, isDigit(b[i]) { i += 1 }
    }
    if i < count, b[i] == UInt8(ascii: ".") {
      i += 1
      guard i < count, isDigit(b[i]) else { return false }
      while i < count, isDigit(b[i]) { i += 1 }
    }
    if i < count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
      i += 1
      if i < count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
      guard i < count, isDigit(b[i]) else { return false }
      while i < count, isDigit(b[i]) { i += 1 }
    }
    return true
  }

  private func literal(
    _ word: StaticString, _ b: UnsafeBufferPointer<UInt8>, _ p: UnsafePointer<UInt8>,
    from i: inout Int
  ) -> Bool {
    let length = word.utf8CodeUnitCount
    guard i + length <= b.count, memcmp(p + i, word.utf8Start, length) == 0 else {
      return false
    }
    i += length
    return true
  }
}
