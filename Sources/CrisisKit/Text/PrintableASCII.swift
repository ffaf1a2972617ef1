/// Skips printable ASCII (0x20…0x7E) eight bytes at a time. The byte scans for line breaks
/// and control characters look only for bytes below 0x20, DEL, and the lead bytes of
/// multi-byte sequences, so a word with none of them can be passed over whole; most text
/// in a log (times, names, German sentences between their umlauts) is such words.
enum PrintableASCII {
  /// The first offset at or after `start` where a word of eight bytes is not all printable
  /// ASCII, or where fewer than eight bytes remain. Scans continue byte by byte from there.
  @inline(__always)
  static func skipWords(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    guard let base = bytes.baseAddress else { return start }
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    var i = start
    while i &+ 8 <= bytes.count {
      let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
      // A high bit in `special` for a byte < 0x20 (the subtraction wraps), a byte ≥ 0x80
      // (its own high bit) or DEL (zero after the XOR). Borrows only follow a byte that is
      // flagged already, so "any flagged" is exact.
      let del = word ^ (ones &* 0x7F)
      let special = (word &- ones &* 0x20) | word | ((del &- ones) & ~del)
      if special & highs != 0 { return i }
      i &+= 8
    }
    return i
  }
}
