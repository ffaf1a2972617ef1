import Testing

@testable import CrisisKit

@Suite struct ControlSequenceTests {
  @Test(arguments: [
    ("", ""),
    ("f", "Zg=="),
    ("fo", "Zm8="),
    ("foo", "Zm9v"),
    ("foob", "Zm9vYg=="),
    ("foobar", "Zm9vYmFy"),
    ("Grüße 🚀", "R3LDvMOfZSDwn5qA"),
  ])
  func base64(text: String, encoded: String) {
    #expect(Base64.encode(Array(text.utf8)) == encoded)
  }

  @Test func base64AllByteValues() {
    let encoded = Base64.encode((0...255).map { UInt8($0) })
    #expect(encoded.count == 344)
    #expect(encoded.hasPrefix("AAECAwQFBgcICQoL"))
    #expect(encoded.hasSuffix("+/w=="))
  }

  @Test func clipboard() {
    #expect(ControlSequence.copyToClipboard("hi") == "\u{1B}]52;c;aGk=\u{07}")
  }

  @Test func movesOmitZero() {
    #expect(ControlSequence.up(0) == "")
    #expect(ControlSequence.up(2) == "\u{1B}[2A")
    #expect(ControlSequence.right(0) == "")
    #expect(ControlSequence.right(7) == "\u{1B}[7C")
  }
}
