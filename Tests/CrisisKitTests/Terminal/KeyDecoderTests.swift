import Testing

@testable import CrisisKit

@Suite struct KeyDecoderTests {
  private static func decode(_ bytes: [UInt8]) -> [Key] {
    var decoder = KeyDecoder()
    return decoder.feed(bytes) + decoder.flush()
  }

  private static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

  @Test(arguments: [
    ("abc", [Key.text("abc")]),
    ("Grüße", [.text("Grüße")]),
    ("🚀", [.text("🚀")]),
    ("👩‍💻", [.text("👩‍💻")]),
    ("a\r", [.text("a"), .enter]),
    ("a\n", [.text("a"), .enter]),
    ("a\r\nb\r\r", [.text("a"), .enter, .text("b"), .enter, .enter]),
    ("x\u{7F}\u{08}", [.text("x"), .backspace, .backspace]),
    ("\u{1B}[3~", [.delete]),
    ("\u{1B}[A\u{1B}[B\u{1B}[C\u{1B}[D", [.up, .down, .right, .left]),
    ("\u{1B}OA\u{1B}OB\u{1B}OC\u{1B}OD", [.up, .down, .right, .left]),
    ("n\u{1B}OM\u{1B}[M", [.text("n"), .enter]),  // keypad Enter only in application mode
    (
      "\u{1B}[H\u{1B}[F\u{1B}[1~\u{1B}[4~\u{1B}OH\u{1B}OF\u{1B}[7~\u{1B}[8~",
      [.home, .end, .home, .end, .home, .end, .home, .end]
    ),
    ("\u{1B}[1;5C", [.right]),  // Ctrl-Right acts as Right
    (
      "\u{01}\u{05}\u{02}\u{06}\u{0B}\u{15}\u{17}\u{0C}\u{03}\u{04}",
      [
        .control("a"), .control("e"), .control("b"), .control("f"), .control("k"),
        .control("u"), .control("w"), .control("l"), .control("c"), .control("d"),
      ]
    ),
    ("\t", [.tab]),
    ("\u{1B}", [.escape]),  // a lone ESC, known after the pause
    ("\u{1B}\u{1B}[A", [.escape, .up]),
    (
      "\u{1B}\u{05}\u{1B}\r\u{1B}\u{7F}",
      [.escape, .control("e"), .escape, .enter, .escape, .backspace]
    ),
    // Unknown sequences vanish whole: F1, F5, Alt-b, a focus report, an OSC reply.
    ("a\u{1B}OPb\u{1B}[15~c\u{1B}bd\u{1B}[Ie\u{1B}]11;rgb:0/0/0\u{07}f", [.text("abcdef")]),
    ("\u{1B}[200~one\ntwo\r\nthree\tfour\u{1B}[201~", [.text("one two three four")]),
    // Nothing acts inside a paste: not an arrow, not Ctrl-C.
    ("\u{1B}[200~a\u{1B}[Ab\u{03}c\u{1B}[201~\r", [.text("abc"), .enter]),
    ("a\u{0}\u{1C}b", [.text("ab")]),
  ])
  func decodes(input: String, expected: [Key]) {
    #expect(Self.decode(Self.bytes(input)) == expected)
  }

  @Test func invalidUTF8BecomesReplacementCharacter() {
    #expect(Self.decode([0x61, 0xFF, 0x62]) == [.text("a\u{FFFD}b")])
    #expect(Self.decode([0xC3, 0x61]) == [.text("\u{FFFD}a")])  // cut short
    #expect(Self.decode([0x9B, 0x41]) == [.text("\u{FFFD}A")])  // 8-bit CSI from a Latin-1 terminal
    #expect(Self.decode([0xC2, 0x85]) == [])  // U+0085 is a C1 control: dropped
  }

  /// Every split point of a line with multi-byte characters and sequences gives the same keys.
  @Test func sequencesSplitAcrossReads() {
    let input = Self.bytes("ä🚀\u{1B}[3~x\u{1B}OA\u{1B}[200~p\nq\u{1B}[201~\r")
    let expected: [Key] = [.text("ä🚀"), .delete, .text("x"), .up, .text("p q"), .enter]
    for split in 0...input.count {
      var decoder = KeyDecoder()
      let keys = decoder.feed(input[..<split]) + decoder.feed(input[split...])
      #expect(merged(keys) == expected, "split at \(split)")
    }
  }

  @Test func byteByByte() {
    var decoder = KeyDecoder()
    var keys: [Key] = []
    for byte in Self.bytes("👩‍💻 ok\u{1B}[D") { keys += decoder.feed([byte]) }
    #expect(merged(keys) == [.text("👩‍💻 ok"), .left])
  }

  @Test func pendingStateIsReported() {
    var decoder = KeyDecoder()
    #expect(decoder.feed([0x1B]) == [])
    #expect(decoder.hasPendingInput)
    #expect(decoder.feed(Self.bytes("[")) == [])
    #expect(decoder.hasPendingEscape)
    #expect(decoder.feed(Self.bytes("A")) == [.up])
    #expect(!decoder.hasPendingInput)
    #expect(decoder.feed([0xF0, 0x9F]) == [])
    #expect(decoder.hasPendingInput)
    #expect(!decoder.hasPendingEscape)
    #expect(decoder.flush() == [])  // half a character is kept
    #expect(decoder.feed([0x9A, 0x80]) == [.text("🚀")])
  }

  @Test func flushDropsAnUnfinishedSequence() {
    var decoder = KeyDecoder()
    #expect(decoder.feed(Self.bytes("\u{1B}[1;")) == [])
    #expect(decoder.flush() == [])
    #expect(decoder.feed(Self.bytes("5C")) == [.text("5C")])
  }

  @Test func pasteIsReported() {
    var decoder = KeyDecoder()
    _ = decoder.feed(Self.bytes("\u{1B}[200~abc"))
    #expect(decoder.isPasting)
    _ = decoder.feed(Self.bytes("\u{1B}[201~"))
    #expect(!decoder.isPasting)
  }

  /// Joins neighbouring `.text` keys: where a read ends decides how text is chunked.
  private func merged(_ keys: [Key]) -> [Key] {
    var result: [Key] = []
    for key in keys {
      if case .text(let more) = key, case .text(let text)? = result.last {
        result[result.count - 1] = .text(text + more)
      } else {
        result.append(key)
      }
    }
    return result
  }
}
