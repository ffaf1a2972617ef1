/// The YAML 1.2 core schema: how a plain scalar's text becomes null, a boolean, an integer,
/// a float or a string. Quoted and block scalars are always strings.
public enum CoreSchema {
  /// Hexadecimal and octal integers longer than this are refused by the parser, so turning
  /// them into exact decimal (quadratic in the digit count) stays cheap.
  public static let maxRadixDigits = 4096

  /// The JSON value of a scalar under the core schema.
  public static func resolve(_ scalar: YAMLScalar) -> JSONValue {
    guard scalar.style == .plain else { return .string(scalar.text) }
    return resolvePlain(scalar.text)
  }

  /// The JSON value of a plain scalar's text.
  public static func resolvePlain(_ text: String) -> JSONValue {
    var copy = text
    let resolved = copy.withUTF8 { bytes in resolve(bytes) }
    return resolved ?? .string(text)
  }

  /// Null, bool or number, or nil for a string.
  static func resolve(_ b: UnsafeBufferPointer<UInt8>) -> JSONValue? {
    guard let first = b.first else { return .null }
    switch first {
    case UInt8(ascii: "~"):
      return b.count == 1 ? .null : nil
    case UInt8(ascii: "n"), UInt8(ascii: "N"):
      return matches(b, "null", "Null", "NULL") ? .null : nil
    case UInt8(ascii: "t"), UInt8(ascii: "T"):
      return matches(b, "true", "True", "TRUE") ? .bool(true) : nil
    case UInt8(ascii: "f"), UInt8(ascii: "F"):
      return matches(b, "false", "False", "FALSE") ? .bool(false) : nil
    case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"),
      UInt8(ascii: "."):
      return number(b)
    default:
      return nil
    }
  }

  private static func matches(_ b: UnsafeBufferPointer<UInt8>, _ words: StaticString...) -> Bool {
    for word in words where word.utf8CodeUnitCount == b.count {
      if memcmpEqual(word, b) { return true }
    }
    return false
  }

  private static func memcmpEqual(_ word: StaticString, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    let w = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
    for i in 0..<w.count where w[i] != b[i] { return false }
    return true
  }

  @inline(__always) private static func isDigit(_ c: UInt8) -> Bool {
    c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")
  }

  /// Integers (decimal, `0o`, `0x`), floats, `.inf` and `.nan`; nil when the text is none.
  private static func number(_ b: UnsafeBufferPointer<UInt8>) -> JSONValue? {
    let n = b.count
    // 0o17, 0x1F (no sign in the core schema).
    if n > 2 && b[0] == UInt8(ascii: "0")
      && (b[1] == UInt8(ascii: "o") || b[1] == UInt8(ascii: "x"))
    {
      let radix: UInt32 = b[1] == UInt8(ascii: "o") ? 8 : 16
      var digits: [UInt32] = []
      digits.reserveCapacity(n - 2)
      for c in b[2...] {
        guard let d = digitValue(c), d < radix else { return nil }
        digits.append(d)
      }
      return radixInteger(digits, radix: radix)
    }
    var i = 0
    var negative = false
    if b[0] == UInt8(ascii: "+") || b[0] == UInt8(ascii: "-") {
      negative = b[0] == UInt8(ascii: "-")
      i = 1
    }
    guard i < n else { return nil }
    // .inf / .nan
    if b[i] == UInt8(ascii: ".") && n - i == 4 {
      let rest = UnsafeBufferPointer(rebasing: b[(i + 1)...])
      if matches(rest, "inf", "Inf", "INF") { return .double(negative ? -.infinity : .infinity) }
      if i == 0 && matches(rest, "nan", "NaN", "NAN") { return .double(.nan) }
    }
    let intStart = i
    while i < n && isDigit(b[i]) { i += 1 }
    let intEnd = i
    if intEnd == n && intEnd > intStart {
      return decimalInteger(b, from: intStart, negative: negative)
    }
    var fracStart = i
    var fracEnd = i
    if i < n && b[i] == UInt8(ascii: ".") {
      i += 1
      fracStart = i
      while i < n && isDigit(b[i]) { i += 1 }
      fracEnd = i
    }
    guard intEnd > intStart || fracEnd > fracStart else { return nil }
    var expText = ""
    if i < n && (b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E")) {
      i += 1
      var expNegative = false
      if i < n && (b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-")) {
        expNegative = b[i] == UInt8(ascii: "-")
        i += 1
      }
      let expStart = i
      while i < n && isDigit(b[i]) { i += 1 }
      guard i > expStart else { return nil }
      expText = "e" + (expNegative ? "-" : "") + text(b, expStart, i)
    }
    guard i == n else { return nil }
    // A JSON-shaped decimal: sign, at least one integer digit, a fraction only if it has digits.
    var json = negative ? "-" : ""
    json += intEnd > intStart ? text(b, intStart, intEnd) : "0"
    if fracEnd > fracStart { json += "." + text(b, fracStart, fracEnd) }
    json += expText
    guard let value = Double(json) else { return .number(json) }
    return value.isFinite ? .double(value) : .number(json)
  }

  private static func text(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: b[from..<to]), as: UTF8.self)
  }

  private static func digitValue(_ c: UInt8) -> UInt32? {
    switch c {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(c - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(c - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(c - UInt8(ascii: "A") + 10)
    default: return nil
    }
  }

  /// A decimal integer: Int64 when it fits, else its exact decimal text without `+` and
  /// leading zeros.
  private static func decimalInteger(_ b: UnsafeBufferPointer<UInt8>, from: Int, negative: Bool)
    -> JSONValue
  {
    var value: Int64 = 0
    var overflow = false
    for k in from..<b.count {
      let d = Int64(b[k] - UInt8(ascii: "0"))
      let (m, o1) = value.multipliedReportingOverflow(by: 10)
      let (s, o2) = negative ? m.subtractingReportingOverflow(d) : m.addingReportingOverflow(d)
      if o1 || o2 {
        overflow = true
        break
      }
      value = s
    }
    if !overflow { return .int(value) }
    var k = from
    while k < b.count - 1 && b[k] == UInt8(ascii: "0") { k += 1 }
    return .number((negative ? "-" : "") + text(b, k, b.count))
  }

  /// An octal or hexadecimal integer: Int64 when it fits, else exact decimal text.
  private static func radixInteger(_ digits: [UInt32], radix: UInt32) -> JSONValue {
    var value: UInt64 = 0
    var fits = true
    for d in digits {
      let (m, o1) = value.multipliedReportingOverflow(by: UInt64(radix))
      let (s, o2) = m.addingReportingOverflow(UInt64(d))
      if o1 || o2 || s > UInt64(Int64.max) {
        fits = false
        break
      }
      value = s
    }
    if fits { return .int(Int64(value)) }
    // Little-endian limbs in base 10^9.
    var limbs: [UInt32] = [0]
    for d in digits {
      var carry = UInt64(d)
      for j in 0..<limbs.count {
        let v = UInt64(limbs[j]) * UInt64(radix) + carry
        limbs[j] = UInt32(v % 1_000_000_000)
        carry = v / 1_000_000_000
      }
      while carry > 0 {
        limbs.append(UInt32(carry % 1_000_000_000))
        carry /= 1_000_000_000
      }
    }
    var out = String(limbs[limbs.count - 1])
    for j in stride(from: limbs.count - 2, through: 0, by: -1) {
      let part = String(limbs[j])
      out += String(repeating: "0", count: 9 - part.count) + part
    }
    return .number(out)
  }

  /// Whether a plain scalar is a `0o`/`0x` integer with more than `maxRadixDigits` digits.
  static func isOversizedRadixInteger(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
    guard u.count > maxRadixDigits + 2, u[0] == UInt8(ascii: "0") else { return false }
    let second = u[1]
    guard second == UInt8(ascii: "o") || second == UInt8(ascii: "x") else { return false }
    return u.dropFirst(2).allSatisfy { digitValue($0) != nil }
  }
}

extension YAMLNode {
  /// The node as JSON under the YAML 1.2 core schema, keys in document order. Mapping keys
  /// are the key scalars' text (the parser only accepts scalar keys).
  public var jsonValue: JSONValue {
    switch content {
    case .scalar(let scalar):
      return CoreSchema.resolve(scalar)
    case .sequence(let items):
      return .array(items.map(\.jsonValue))
    case .mapping(let pairs):
      return .object(
        pairs.map { pair in
          (pair.key.scalar?.text ?? JSONWriter().string(pair.key.jsonValue), pair.value.jsonValue)
        })
    }
  }
}
