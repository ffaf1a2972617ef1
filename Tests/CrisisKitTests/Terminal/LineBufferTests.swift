import Testing

@testable import CrisisKit

@Suite struct LineBufferTests {
  /// One editing operation, named for the test table.
  enum Edit: CustomStringConvertible, Sendable {
    case insert(String)
    case backspace, delete, left, right, home, end, killStart, killEnd, word

    var description: String {
      switch self {
      case .insert(let text): "insert(\(text))"
      case .backspace: "⌫"
      case .delete: "⌦"
      case .left: "←"
      case .right: "→"
      case .home: "home"
      case .end: "end"
      case .killStart: "^U"
      case .killEnd: "^K"
      case .word: "^W"
      }
    }

    func apply(to buffer: inout LineBuffer) {
      switch self {
      case .insert(let text): buffer.insert(text)
      case .backspace: buffer.deleteBackward()
      case .delete: buffer.deleteForward()
      case .left: buffer.moveLeft()
      case .right: buffer.moveRight()
      case .home: buffer.moveToStart()
      case .end: buffer.moveToEnd()
      case .killStart: buffer.deleteToStart()
      case .killEnd: buffer.deleteToEnd()
      case .word: buffer.deleteWordBackward()
      }
    }
  }

  @Test(arguments: [
    ([Edit.insert("abc")], "abc", 3),
    ([.insert("Grüße"), .backspace], "Grüß", 4),
    ([.insert("a"), .insert("\u{0308}")], "a\u{0308}", 1),  // combining mark joins its letter
    ([.insert("a\u{0308}b"), .left, .backspace], "b", 0),  // decomposed ä is one Backspace
    ([.insert("x👩‍💻y"), .left, .backspace], "xy", 1),  // ZWJ emoji is one Backspace
    ([.insert("🇩🇪🇫🇷"), .backspace], "🇩🇪", 1),
    ([.insert("🚀"), .backspace, .backspace], "", 0),
    ([.insert("abc"), .home, .delete], "bc", 0),
    ([.insert("abc"), .delete], "abc", 3),
    ([.insert("ac"), .left, .insert("b")], "abc", 2),
    ([.insert("ab"), .home, .left, .end, .right], "ab", 2),
    ([.insert("hello world"), .left, .left, .killStart], "ld", 0),
    ([.insert("hello world"), .home, .right, .killEnd], "h", 1),
    ([.insert("note called  IT "), .word], "note called  ", 13),
    ([.insert("note called IT"), .word, .word], "note ", 5),
    ([.insert("one two"), .left, .left, .left, .word], "two", 0),
    ([.insert("日本"), .left, .insert("語")], "日語本", 2),
    ([.insert("x💻"), .left, .insert("👩\u{200D}")], "x👩‍💻", 2),  // joins the next cluster
  ])
  func edits(edits: [Edit], text: String, cursor: Int) {
    var buffer = LineBuffer()
    for edit in edits { edit.apply(to: &buffer) }
    #expect(buffer.text == text)
    #expect(buffer.cursor == cursor)
  }

  @Test func historyKeepsTheDraft() {
    var buffer = LineBuffer("dra", history: ["first", "second"])
    buffer.historyNext()
    #expect(buffer.text == "dra")
    buffer.historyPrevious()
    #expect(buffer.text == "second")
    #expect(buffer.cursor == 6)
    buffer.historyPrevious()
    #expect(buffer.text == "first")
    buffer.historyPrevious()
    #expect(buffer.text == "first")
    buffer.historyNext()
    #expect(buffer.text == "second")
    buffer.historyNext()
    #expect(buffer.text == "dra")
    buffer.historyNext()
    #expect(buffer.text == "dra")
  }

  @Test func noHistory() {
    var buffer = LineBuffer("x")
    buffer.historyPrevious()
    #expect(buffer.text == "x")
  }

  @Test func textBeforeCursor() {
    var buffer = LineBuffer("Grüße")
    buffer.moveLeft()
    #expect(buffer.textBeforeCursor == "Grüß")
  }
}
