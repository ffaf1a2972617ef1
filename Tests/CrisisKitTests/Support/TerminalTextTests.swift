import Testing

@testable import CrisisKit

@Suite struct TerminalTextTests {
  @Test func stripsEscapeSequences() {
    #expect(TerminalText.sanitize("a\u{1B}[31mred\u{1B}]0;title\u{07}b") == "a[31mred]0;titleb")
    #expect(TerminalText.sanitize("Grüße 🚀") == "Grüße 🚀")
    #expect(TerminalText.sanitize("a\nb", keepNewlines: true) == "a\nb")
    #expect(TerminalText.sanitize("a\nb") == "ab")
    #expect(TerminalText.sanitize("\u{9B}2J") == "2J")
  }
}
