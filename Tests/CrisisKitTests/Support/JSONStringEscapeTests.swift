import Testing

@testable import CrisisKit

/// The string writer copies runs of plain bytes whole; it must write exactly what the
/// byte-at-a-time rule says, for every byte value and at every position in a run.
@Suite struct JSONStringEscapeTests {
  /// The rule, one byte at a time: quote, backslash and the control characters escaped.
  static func reference(_ s: String) -> [UInt8] {
    let hex = Array("0123456789abcdef".utf8)
    var out: [UInt8] = [0x22]
    for byte in s.utf8 {
      switch byte {
      case 0x22: out += [0x5C, 0x22]
      case 0x5C: out += [0x5C, 0x5C]
      case 0x0A: out += [0x5C, UInt8(ascii: "n")]
      case 0x0D: out += [0x5C, UInt8(ascii: "r")]
      case 0x09: out += [0x5C, UInt8(ascii: "t")]
      case 0..<0x20, 0x7F:
        out += [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
      default: out.append(byte)
      }
    }
    out.append(0x22)
    return out
  }

  @Test func everyASCIIByteAloneAndInsideARun() {
    for value in UInt8(0)...UInt8(0x7F) {
      let c = String(UnicodeScalar(value))
      for s in [c, "ab" + c, c + "cd", "Grüße " + c + " 🚀" + c + c] {
        var out: [UInt8] = []
        JSONWriter.writeString(s, into: &out)
        #expect(out == Self.reference(s), "byte \(value)")
      }
    }
  }

  @Test func emptyLongAndAppendedToExistingBytes() {
    var out: [UInt8] = [0x41]
    JSONWriter.writeString("", into: &out)
    #expect(out == [0x41, 0x22, 0x22])
    let long = String(repeating: "Zeile mit \"Anführung\"\n\tund Tab\\ ", count: 2000)
    var written: [UInt8] = []
    JSONWriter.writeString(long, into: &written)
    #expect(written == Self.reference(long))
  }
}
