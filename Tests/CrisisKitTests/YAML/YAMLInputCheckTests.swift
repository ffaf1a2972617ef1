import Testing

@testable import CrisisKit

/// The input check skips printable ASCII eight bytes at a time; a bad byte must be found at its
/// exact offset wherever it falls in such a block.
@Suite struct YAMLInputCheckTests {
  static func check(_ bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { YAMLInputCheck.firstProblem($0)?.offset }
  }

  @Test(arguments: [0x00, 0x01, 0x1F, 0x7F, 0x80, 0xBF, 0xFF] as [UInt8])
  func badByteFoundAtEveryOffset(_ bad: UInt8) {
    for offset in 0..<24 {
      var bytes = Array("title: Störung im Shop, alle Kanäle".utf8.prefix(24))
      bytes = bytes.map { $0 >= 0x80 ? UInt8(ascii: "x") : $0 }
      bytes[offset] = bad
      #expect(Self.check(bytes) == offset, "byte \(bad) at \(offset)")
    }
  }

  @Test func printableTabsLineEndsAndUTF8Pass() {
    #expect(Self.check(Array("a: b\tc\r\nä: „ü“ 🚨 ~}|{\n".utf8)) == nil)
    #expect(Self.check(Array(String(repeating: "~ !", count: 40).utf8)) == nil)
  }

  /// The first problem by the plain definition, one scalar at a time: Swift's own UTF-8
  /// decoding, then the characters YAML refuses.
  static func reference(_ bytes: [UInt8]) -> Int? {
    var offset = 0
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    while true {
      switch decoder.decode(&iterator) {
      case .emptyInput: return nil
      case .error: return offset
      case .scalarValue(let scalar):
        let v = scalar.value
        let allowed =
          v == 0x09 || v == 0x0A || v == 0x0D || (0x20...0x7E).contains(v) || v == 0x85
          || (0xA0...0x10FFFF).contains(v) && v != 0xFFFE && v != 0xFFFF
        if !allowed { return offset }
        offset += String(scalar).utf8.count
      }
    }
  }

  /// A character or bad byte at every position of 8- and 16-byte blocks, after ASCII or
  /// multi-byte text: the fast path must stop exactly where the byte-wise definition does.
  @Test func agreesWithTheDefinitionAtEveryPosition() {
    let inserts: [[UInt8]] = [
      [0x09], [0x0A], [0x0D], [0x0D, 0x0A], [0x00], [0x1F], [0x7F], [0x7E], [0x20],
      Array("ä".utf8), Array("€".utf8), Array("🚨".utf8), [0xC2, 0x85], [0xC2, 0x80], [0xC2, 0xA0],
      [0xEF, 0xBF, 0xBE], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80],
      [0x80], [0xC3], [0xE2, 0x82], [0xF0, 0x9F, 0x9A], [0xFF], [0xC3, 0x41],
    ]
    let fillers: [[UInt8]] = [
      Array("abcdefghijklmnopqrstuvwxyz012345".utf8), Array("ääääääääääääääää".utf8),
    ]
    for filler in fillers {
      for insert in inserts {
        for position in 0...24 {
          var bytes = Array(filler.prefix(position))
          // Keep the prefix whole characters (the 2-byte filler cut at an odd position).
          if position % 2 == 1 && filler[0] >= 0x80 { bytes.removeLast() }
          bytes += insert + filler.prefix(16)
          #expect(Self.check(bytes) == Self.reference(bytes), "\(insert) at \(position)")
        }
      }
    }
  }

  @Test func printableASCIIPrefixCountsBytesBeforeTheFirstOther() {
    func word(_ bytes: [UInt8]) -> UInt64 {
      bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
    }
    #expect(YAMLInputCheck.printableASCIIPrefix(word(Array("abcdefgh".utf8))) == 8)
    #expect(YAMLInputCheck.printableASCIIPrefix(word(Array("abc\ndefg".utf8))) == 3)
    #expect(
      YAMLInputCheck.printableASCIIPrefix(word([0x41, 0x00, 0x00, 0x7F, 0x80, 0x41, 0x41, 0x41]))
        == 1)
    #expect(
      YAMLInputCheck.printableASCIIPrefix(word([0x41, 0x41, 0x41, 0x41, 0x41, 0x41, 0x41, 0x7F]))
        == 7)
    #expect(
      YAMLInputCheck.printableASCIIPrefix(word([0xC3, 0xA4, 0x41, 0x41, 0x41, 0x41, 0x41, 0x41]))
        == 0)
  }
}
