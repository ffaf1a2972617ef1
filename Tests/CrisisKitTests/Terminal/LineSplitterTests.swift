import Testing

@testable import CrisisKit

@Suite struct LineSplitterTests {
  @Test(
    arguments: [
      ("a\nb\n", ["a", "b"], nil),
      ("a\r\nb", ["a"], "b"),
      ("\n\n", ["", ""], nil),
      ("note Grüße 🚀\n", ["note Grüße 🚀"], nil),
      ("a\rb\n", ["a\rb"], nil),  // only a CR right before LF is a line ending
      ("", [], nil),
    ] as [(String, [String], String?)])
  func splits(input: String, lines: [String], rest: String?) {
    var splitter = LineSplitter()
    #expect(splitter.feed(Array(input.utf8)) == lines)
    #expect(splitter.finish() == rest)
    #expect(splitter.finish() == nil)
  }

  @Test func linesSplitAcrossReads() {
    let input = Array("sent https://x.example/ü\r\nnote 🚀\n".utf8)
    for split in 0...input.count {
      var splitter = LineSplitter()
      let lines = splitter.feed(input[..<split]) + splitter.feed(input[split...])
      #expect(lines == ["sent https://x.example/ü", "note 🚀"], "split at \(split)")
    }
  }

  @Test func invalidUTF8IsReplaced() {
    var splitter = LineSplitter()
    #expect(splitter.feed([0x61, 0xFF, 0x0A]) == ["a\u{FFFD}"])
  }
}
