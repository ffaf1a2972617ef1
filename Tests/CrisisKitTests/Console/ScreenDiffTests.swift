import Testing

@testable import CrisisKit

@Suite struct ScreenDiffTests {
  func screen(_ lines: [String], cursor: Int = 0) -> ScreenDiff.Screen {
    ScreenDiff.Screen(lines: lines, cursorRow: lines.count - 1, cursorColumn: cursor)
  }

  @Test func firstFrameClearsAndDrawsEverything() {
    let out = ScreenDiff.update(from: nil, to: screen(["a", "b", "> "], cursor: 2), styled: false)
    #expect(
      out
        == "\u{1B}[?25l\u{1B}[H\u{1B}[2J\u{1B}[1;1Ha\u{1B}[2;1Hb\u{1B}[3;1H> \u{1B}[3;3H\u{1B}[?25h"
    )
  }

  @Test func onlyChangedRowsAreWritten() {
    let before = screen(["T+00:01", "board", "step", "> "], cursor: 2)
    let after = screen(["T+00:02", "board", "step", "> "], cursor: 2)
    let out = ScreenDiff.update(from: before, to: after, styled: false)
    #expect(out == "\u{1B}[?25l\u{1B}[1;1H\u{1B}[2KT+00:02\u{1B}[4;3H\u{1B}[?25h")
    #expect(!out.contains("board"))
    #expect(ScreenDiff.changedRows(from: before.lines, to: after.lines) == [0])
  }

  @Test func nothingChangedWritesNothing() {
    let same = screen(["x", "> "], cursor: 2)
    #expect(ScreenDiff.update(from: same, to: same, styled: true) == "")
  }

  @Test func aCursorMoveAloneMovesTheCursor() {
    let out = ScreenDiff.update(
      from: screen(["x", "> ab"], cursor: 4), to: screen(["x", "> ab"], cursor: 3), styled: false)
    #expect(out == "\u{1B}[?25l\u{1B}[2;4H\u{1B}[?25h")
  }

  @Test func aResizeRedrawsEverything() {
    let before = screen(["a", "> "])
    let after = screen(["a", "b", "> "])
    let out = ScreenDiff.update(from: before, to: after, styled: true)
    #expect(out.contains(ControlSequence.clearScreen))
    #expect(ScreenDiff.changedRows(from: before.lines, to: after.lines) == [0, 1, 2])
    #expect(out.components(separatedBy: ControlSequence.resetStyle).count == 4)
  }

  @Test func noStyleCodesWithoutStyles() {
    let out = ScreenDiff.update(from: nil, to: screen(["a", "> "]), styled: false)
    #expect(!out.contains(ControlSequence.resetStyle))
  }
}
