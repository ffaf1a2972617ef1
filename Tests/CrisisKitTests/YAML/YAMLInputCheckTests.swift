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
}
