import Testing

@testable import CrisisKit

@Suite struct LineEditorTests {
  private let clear = "\r\u{1B}[J"

  /// An editor whose first drawing of the prompt has been taken.
  private func editor(width: Int = 10, history: [String] = []) -> LineEditor {
    var editor = LineEditor(prompt: "> ", width: width, history: history)
    #expect(editor.takeOutput() == "\r\u{1B}[J> ")
    return editor
  }

  @Test func typingRedrawsOncePerBatch() {
    var editor = editor()
    #expect(editor.handle(.text("ab")) == nil)
    #expect(editor.handle(.text("c")) == nil)
    #expect(editor.takeOutput() == clear + "> abc")
    #expect(editor.takeOutput() == "")
  }

  @Test func cursorIsPlacedInsideTheText() {
    var editor = editor()
    _ = editor.handle(.text("ab🚀c"))
    _ = editor.handle(.left)
    _ = editor.handle(.left)
    // "> ab🚀c": the rocket starts at column 4.
    #expect(editor.takeOutput() == clear + "> ab🚀c\r\u{1B}[4C")
    _ = editor.handle(.backspace)
    #expect(editor.takeOutput() == clear + "> a🚀c\r\u{1B}[3C")
  }

  @Test func tickLinesGoAboveAHalfTypedPrompt() {
    var editor = editor(width: 80)
    _ = editor.handle(.text("note cal"))
    _ = editor.handle(.left)
    _ = editor.takeOutput()
    editor.printAbove(["⏰ 15m: first public statement is due"])
    #expect(
      editor.takeOutput()
        == clear + "⏰ 15m: first public statement is due\r\n" + clear + "> note cal\r\u{1B}[9C")
    #expect(editor.handle(.enter) == .line("note cal"))
  }

  @Test func wrappedPromptIsClearedFromItsFirstRow() {
    var editor = editor()
    _ = editor.handle(.text("abcdefghijk"))  // "> abcdefgh" + "ijk" on the second row
    #expect(editor.takeOutput() == clear + "> abcdefghijk")
    editor.printAbove(["one", "two\nthree"])
    #expect(
      editor.takeOutput()
        == "\u{1B}[1A" + clear + "one\r\ntwo\r\nthree\r\n" + clear + "> abcdefghijk")
    _ = editor.handle(.home)
    #expect(editor.takeOutput() == "\u{1B}[1A" + clear + "> abcdefghijk\u{1B}[1A\r\u{1B}[2C")
    _ = editor.handle(.end)
    // The cursor was on row 0 now, so no move up before clearing.
    #expect(editor.takeOutput() == clear + "> abcdefghijk")
  }

  @Test func textEndingAtTheMarginMovesToTheNextRow() {
    var editor = editor()
    _ = editor.handle(.text("abcdefgh"))
    #expect(editor.takeOutput() == clear + "> abcdefgh\r\n")
    _ = editor.handle(.left)
    #expect(
      editor.takeOutput() == "\u{1B}[1A" + clear + "> abcdefgh\r\n\u{1B}[1A\r\u{1B}[9C")
    #expect(editor.handle(.enter) == .line("abcdefgh"))
    #expect(editor.takeOutput() == clear + "> abcdefgh\r\n")  // no second newline
  }

  @Test(arguments: [
    (Key.enter, LineEditor.Outcome.line("hi"), "\r\n"),
    (.control("c"), .interrupted, "^C\r\n"),
    (.control("z"), .suspend, "\r\n"),
  ])
  func finishing(key: Key, outcome: LineEditor.Outcome, tail: String) {
    var editor = editor()
    _ = editor.handle(.text("hi"))
    _ = editor.handle(.home)
    _ = editor.takeOutput()
    #expect(editor.handle(key) == outcome)
    #expect(editor.takeOutput() == clear + "> hi" + tail)
  }

  @Test func controlDEndsInputOnlyOnAnEmptyLine() {
    var editor = editor()
    _ = editor.handle(.text("ab"))
    _ = editor.handle(.home)
    #expect(editor.handle(.control("d")) == nil)
    #expect(editor.buffer.text == "b")
    _ = editor.handle(.backspace)
    #expect(editor.handle(.control("d")) == nil)
    #expect(editor.buffer.text == "")
    #expect(editor.handle(.control("d")) == .endOfInput)
  }

  @Test(arguments: [
    ([Key.text("hello world"), .control("w")], "hello ", 6),
    ([.text("hello world"), .control("a"), .control("f"), .control("k")], "h", 1),
    ([.text("hello"), .control("b"), .control("u")], "o", 0),
    ([.text("hello"), .control("a"), .control("e"), .text("!")], "hello!", 6),
    ([.text("x"), .delete, .left, .delete], "", 0),
    ([.text("x"), .tab, .escape, .control("g")], "x", 1),
    ([.up], "sent https://a", 14),
    ([.text("dr"), .up, .up, .control("n"), .down], "dr", 2),
    ([.control("p"), .control("p"), .text("!")], "done!", 5),
  ])
  func keys(keys: [Key], text: String, cursor: Int) {
    var editor = editor(history: ["done", "sent https://a"])
    for key in keys { #expect(editor.handle(key) == nil) }
    #expect(editor.buffer.text == text)
    #expect(editor.buffer.cursor == cursor)
  }

  @Test func controlLClearsTheScreen() {
    var editor = editor()
    _ = editor.handle(.text("a"))
    _ = editor.handle(.control("l"))
    #expect(editor.takeOutput() == "\u{1B}[H\u{1B}[2J" + clear + "> a")
  }

  @Test func resizeRedrawsWithTheNewWidth() {
    var editor = editor(width: 20)
    _ = editor.handle(.text("abcdefghijk"))
    _ = editor.takeOutput()
    editor.resize(width: 10)
    #expect(editor.width == 10)
    #expect(editor.takeOutput() == clear + "> abcdefghijk")
    editor.printAbove(["x"])
    #expect(editor.takeOutput().hasPrefix("\u{1B}[1A"))  // now two rows
    editor.resize(width: 10)
    #expect(editor.takeOutput() == "")
  }

  @Test func redrawOnNewLineForgetsTheOldRows() {
    var editor = editor()
    _ = editor.handle(.text("abcdefghijk"))
    _ = editor.takeOutput()
    editor.redrawOnNewLine()
    #expect(editor.takeOutput() == clear + "> abcdefghijk")
  }

  @Test func decodedBytesEndToEnd() {
    var decoder = KeyDecoder()
    var editor = editor(width: 80)
    var outcome: LineEditor.Outcome? = nil
    for key in decoder.feed(Array("nte\u{1B}[D\u{1B}[Do\u{1B}[F Grüße 🚀x\u{7F}\r".utf8)) {
      outcome = editor.handle(key)
    }
    #expect(outcome == .line("note Grüße 🚀"))
  }
}
