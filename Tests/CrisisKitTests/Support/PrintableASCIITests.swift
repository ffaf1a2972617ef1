import Testing

@testable import CrisisKit

/// The word-at-a-time skip must stop at every byte that is not printable ASCII, wherever it
/// sits in the word, and pass over every word that has none.
@Suite struct PrintableASCIITests {
  @Test func stopsAtEveryOtherByteInEveryPosition() {
    for value in 0...255 {
      let printable = value >= 0x20 && value <= 0x7E
      for position in 0..<8 {
        var bytes = [UInt8](repeating: UInt8(ascii: "A"), count: 19)
        bytes[position] = UInt8(value)
        let stop = bytes.withUnsafeBufferPointer { PrintableASCII.skipWords($0, from: 0) }
        // Two whole words, then three bytes left for the byte-by-byte scan.
        #expect(stop == (printable ? 16 : 0), "byte \(value) at \(position)")
      }
    }
  }

  @Test func startsWhereItIsTold() {
    let bytes: [UInt8] = Array("\u{1}abcdefghijklmnop".utf8)
    #expect(bytes.withUnsafeBufferPointer { PrintableASCII.skipWords($0, from: 1) } == 17)
    #expect(bytes.withUnsafeBufferPointer { PrintableASCII.skipWords($0, from: 0) } == 0)
  }
}
