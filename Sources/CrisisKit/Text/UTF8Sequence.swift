/// One multi-byte UTF-8 sequence, checked as Unicode's Table 3-7 defines well-formed: no stray
/// continuation bytes, no overlong forms, no surrogates, nothing past U+10FFFF. The JSON parser
/// and the log's envelope scanner both read raw bytes and must agree on what is valid UTF-8.
enum UTF8Sequence {
  enum Check: Equatable {
    /// The sequence is well-formed and `length` bytes long (lead byte included).
    case wellFormed(length: Int)
    /// The byte at this offset cannot be where it is.
    case invalidByte(at: Int)
    /// The bytes end before the sequence does.
    case truncated
  }

  /// Checks the sequence whose lead byte (≥ 0x80) is at `index` of `count` bytes at `base`.
  @inline(__always)
  static func check(_ base: UnsafePointer<UInt8>, count: Int, at index: Int) -> Check {
    let continuations: Int
    var low: UInt8 = 0x80
    var high: UInt8 = 0xBF
    switch base[index] {
    case 0xC2...0xDF: continuations = 1
    case 0xE0:
      continuations = 2
      low = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: continuations = 2
    case 0xED:
      continuations = 2
      high = 0x9F
    case 0xF0:
      continuations = 3
      low = 0x90
    case 0xF1...0xF3: continuations = 3
    case 0xF4:
      continuations = 3
      high = 0x8F
    default: return .invalidByte(at: index)
    }
    for k in 1...continuations {
      let at = index + k
      guard at < count else { return .truncated }
      guard base[at] >= low, base[at] <= high else { return .invalidByte(at: at) }
      low = 0x80
      high = 0xBF
    }
    return .wellFormed(length: 1 + continuations)
  }
}
