import Testing

@testable import CrisisKit

@Suite struct DisplayWidthTests {
  @Test(arguments: [
    ("", 0),
    ("hello", 5),
    ("Grüße", 5),
    ("a\u{0308}", 1),  // a + combining diaeresis
    ("日本語", 6),
    ("한국어", 6),
    ("ｆｕｌｌ", 8),  // fullwidth Latin
    ("🚀", 2),
    ("👩‍💻", 2),  // ZWJ sequence
    ("👍🏽", 2),  // skin tone modifier
    ("🇩🇪", 2),  // flag
    ("❤️", 2),  // text-default emoji made emoji by VS16
    ("❤", 1),
    ("a\u{200D}b", 2),  // a ZWJ outside emoji takes no column
    ("\u{200B}", 0),  // zero-width space
    ("\u{1B}[1mbold\u{1B}[22m", 4),  // style codes take no column
    ("tab\u{07}", 3),  // controls take no column
  ])
  func columns(text: String, width: Int) {
    #expect(DisplayWidth.of(text) == width)
  }

  @Test(arguments: [
    ("hello", 10, "hello"),
    ("hello", 5, "hello"),
    ("hello world", 8, "hello w…"),
    ("日本語テキスト", 7, "日本語…"),  // a wide char never half-fits
    ("Grüße aus Köln", 6, "Grüße…"),
    ("🚀🚀🚀", 4, "🚀…"),
    ("a\u{0308}bc", 2, "a\u{0308}…"),
    ("abc", 0, ""),
    ("abcdef", 1, "…"),
  ])
  func truncates(text: String, columns: Int, expected: String) {
    let result = DisplayWidth.truncate(text, toColumns: columns)
    #expect(result == expected)
    #expect(DisplayWidth.of(result) <= max(columns, 0))
  }

  @Test func truncateKeepsStyleCodes() {
    let styled = "\u{1B}[31mabcdef\u{1B}[39m"
    #expect(DisplayWidth.truncate(styled, toColumns: 4) == "\u{1B}[31mabc\u{1B}[39m…")
  }

  @Test(arguments: [
    ("", 10, [""]),
    ("short", 10, ["short"]),
    ("the quick brown fox", 10, ["the quick", "brown fox"]),
    ("the quick brown fox", 9, ["the quick", "brown fox"]),
    ("Grüße aus Köln, schöne Grüße", 12, ["Grüße aus", "Köln, schöne", "Grüße"]),
    ("abcdefghij", 4, ["abcd", "efgh", "ij"]),  // hard break of a long word
    ("go https://status.example.com/x", 10, ["go", "https://st", "atus.examp", "le.com/x"]),
    ("🚀🚀🚀 ok", 5, ["🚀🚀", "🚀 ok"]),
    ("日本語のテキスト", 5, ["日本", "語の", "テキ", "スト"]),
    ("a\u{0308}a\u{0308}a\u{0308}", 2, ["a\u{0308}a\u{0308}", "a\u{0308}"]),
    ("  - indented item here", 12, ["  - indented", "item here"]),
    ("line one\nline two", 20, ["line one", "line two"]),
    ("a  b", 10, ["a  b"]),
    ("word", 1, ["w", "o", "r", "d"]),
    ("日", 1, ["日"]),  // too wide for the line: alone on it rather than lost
  ])
  func wraps(text: String, width: Int, expected: [String]) {
    #expect(DisplayWidth.wrap(text, width: width) == expected)
  }

  @Test func wrappedLinesFitUnlessACharacterIsWiderThanTheLine() {
    let text = "Wir wissen, dass 🛒 Checkout ausgefallen ist 👩‍💻 und arbeiten daran. 日本語"
    for width in 2...40 {
      for line in DisplayWidth.wrap(text, width: width) {
        #expect(DisplayWidth.of(line) <= width, "width \(width): \(line)")
      }
    }
  }
}
