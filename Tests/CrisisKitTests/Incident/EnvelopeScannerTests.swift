import Testing

@testable import CrisisKit

/// The scanner behind `crisis verify` may leave any line to the parser, but a line it accepts
/// must be one the parser accepts, with the same seq, ts and prev.
@Suite struct EnvelopeScannerTests {
  static let good =
    #"{"v":1,"seq":12,"ts":"2026-11-21T17:03:12.345+01:00","incident":"x","mode":"live","type":"note","actor":"Zoë","text":"a \"quote\" \u00e4 \n","n":-1.5e3,"ok":true,"none":null,"prev":"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"}"#

  static func scan(_ text: String) -> EnvelopeScanner.Envelope? {
    var scanner = EnvelopeScanner()
    var text = text
    return text.withUTF8 { scanner.scan(UnsafeRawBufferPointer($0)) }
  }

  static func text(_ line: String, _ range: Range<Int>?) -> String? {
    range.map { String(decoding: Array(line.utf8)[$0], as: UTF8.self) }
  }

  @Test func readsTheEnvelopeOfAWrittenLine() throws {
    let envelope = try #require(Self.scan(Self.good))
    let parsed = try JSONParser.parse(Self.good)
    #expect(envelope.seq == 12)
    #expect(Self.text(Self.good, envelope.ts) == parsed["ts"]?.stringValue)
    #expect(Self.text(Self.good, envelope.prev) == parsed["prev"]?.stringValue)
  }

  /// Lines the scanner must leave to the parser: errors, and forms it does not handle.
  @Test(arguments: [
    #"{"v":1,"seq":1,"a":1,"a":2}"#,  // duplicate key
    #"{"v":1,"seq":1,"v":1}"#,  // "v" again
    #"{"v":1,"seq":01,"a":1}"#,  // leading zero
    #"{"v":1,"seq":0,"a":1}"#,  // seq 0
    #"{"v":2,"seq":1,"a":1}"#,  // version
    #"{"v":1, "seq":1,"a":1}"#,  // whitespace
    #"{"v":1,"seq":1,"a":1} "#,  // trailing whitespace
    #"{"v":1,"seq":1,"a":{"b":1}}"#,  // nested
    #"{"v":1,"seq":1,"a":[1]}"#,  // nested
    #"{"v":1,"seq":1,"a":"\ud800\udc00"}"#,  // surrogate escape
    #"{"v":1,"seq":1,"a":"\x"}"#,  // bad escape
    #"{"v":1,"seq":1,"a":"x"#,  // torn
    #"{"v":1,"seq":1,"a":tru}"#,  // bad literal
    #"{"v":1,"seq":1,"a":1.}"#,  // bad number
    #"{"v":1,"seq":1,"a":-}"#,  // bad number
    #"{"v":1,"seq":1,"ts":5}"#,  // ts not a string
    #"{"v":1,"seq":1,"prev":"\u0061"}"#,  // escaped prev
    #"{"v":1,"seq":1,"é":1}"#,  // non-ASCII key
    #"{"v":1,"seq":1,"a":1,}"#,  // trailing comma
    #"{"v":1,"seq":1}"#,  // no members after seq
  ])
  func leavesToTheParser(_ line: String) {
    #expect(Self.scan(line) == nil)
  }

  @Test func rejectsInvalidUTF8AndControls() {
    for bad: [UInt8] in [
      [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x01], [0xE2, 0x82],
    ] {
      let line = Array(#"{"v":1,"seq":1,"a":""#.utf8) + bad + Array(#""}"#.utf8)
      var scanner = EnvelopeScanner()
      #expect(line.withUnsafeBytes { scanner.scan($0) } == nil)
      #expect((try? JSONParser.parse(bytes: line)) == nil)
    }
  }

  @Test func digestHexRoundTrips() {
    let digest = Array("abc".utf8).withUnsafeBytes { SHA256.Digest(hashing: $0) }
    #expect(digest.hex == SHA256.hex(of: Array("abc".utf8)))
    var hex = digest.hex
    #expect(hex.withUTF8 { SHA256.Digest(hex: $0) } == digest)
    var upper = digest.hex.uppercased()
    #expect(upper.withUTF8 { SHA256.Digest(hex: $0) } == nil)
  }

  @Test(arguments: [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000])
  func oneShotMatchesTheStreamingHasher(length: Int) {
    let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
    let oneShot = bytes.withUnsafeBytes { SHA256.Digest(hashing: $0) }
    #expect(oneShot.hex == SHA256.hex(of: bytes))
  }
}
