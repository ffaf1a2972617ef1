import Testing

@testable import CrisisKit

@Suite struct SHA256Tests {
  /// FIPS 180-4 example vectors (NIST CSRC "SHA256.pdf", "SHA2_Additional.pdf") and the empty
  /// message.
  @Test(arguments: [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    (
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    ),
    (
      "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
      "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
    ),
  ])
  func nistVectors(message: String, expected: String) {
    #expect(SHA256.hex(of: Array(message.utf8)) == expected)
    #expect(SHA256.hex(of: message.utf8) == expected)
  }

  @Test func oneMillionA() {
    let message = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
    #expect(
      SHA256.hex(of: message) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  /// Lengths around the padding boundaries (55, 56, 63, 64, 65 bytes) hashed in pieces of every
  /// odd size agree with the one-shot digest.
  @Test(arguments: [1, 3, 7, 13, 63, 65, 127])
  func streamingInOddChunksEqualsOneShot(chunk: Int) {
    for length in [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000, 4099] {
      let message = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
      var hasher = SHA256()
      var start = 0
      while start < message.count {
        let end = min(start + chunk, message.count)
        hasher.update(bytes: message[start..<end])
        start = end
      }
      #expect(hasher.finalizeHex() == SHA256.hex(of: message), "length \(length)")
    }
  }

  @Test func nonContiguousInputAndRunningDigest() {
    let message = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
    var hasher = SHA256()
    hasher.update(bytes: message.utf8.lazy.map { $0 })  // not contiguous: the copying path
    #expect(hasher.finalizeHex() == SHA256.hex(of: Array(message.utf8)))
    // finalize does not consume: more bytes may follow.
    var running = SHA256()
    running.update(bytes: Array("ab".utf8))
    _ = running.finalize()
    running.update(bytes: Array("c".utf8))
    #expect(running.finalizeHex() == SHA256.hex(of: Array("abc".utf8)))
    #expect(SHA256.digest(of: Array("abc".utf8)).count == 32)
  }
}
