/// Turns the frame on screen and the next one into what to write: only the rows that
/// changed, each cleared and rewritten, then the cursor to its cell in the prompt. With no
/// frame on screen (the first one, after a resize, after another program had the terminal)
/// the screen is cleared and every row drawn. Nothing changed, cursor included: nothing is
/// written.
///
/// Each changed row is cleared before it is written (`ESC [2K`), never after: a row exactly as
/// wide as the screen leaves the cursor in the last column, where clearing to the end of the
/// line would erase its last character. With styles on, every row ends with a style reset, so
/// a colour cut off by truncation never runs into the next row.
public enum ScreenDiff {
  /// Rows of text and the cursor's cell, both from 0.
  public struct Screen: Equatable, Sendable {
    public var lines: [String]
    public var cursorRow: Int
    public var cursorColumn: Int
    public init(lines: [String], cursorRow: Int, cursorColumn: Int) {
      self.lines = lines
      self.cursorRow = cursorRow
      self.cursorColumn = cursorColumn
    }
  }

  public static func update(from previous: Screen?, to next: Screen, styled: Bool) -> String {
    let rows = changedRows(from: previous?.lines, to: next.lines)
    let full = previous?.lines.count != next.lines.count
    let cursorMoved =
      previous?.cursorRow != next.cursorRow || previous?.cursorColumn != next.cursorColumn
    guard full || !rows.isEmpty || cursorMoved else { return "" }
    var out = ControlSequence.hideCursor
    if full { out += ControlSequence.clearScreen }
    for row in rows {
      out += ControlSequence.moveTo(row: row, column: 0)
      if !full { out += ControlSequence.clearLine }
      out += next.lines[row]
      if styled { out += ControlSequence.resetStyle }
    }
    return out + ControlSequence.moveTo(row: next.cursorRow, column: next.cursorColumn)
      + ControlSequence.showCursor
  }

  /// The rows `update` rewrites: all of them when the row count differs or nothing is shown.
  public static func changedRows(from previous: [String]?, to next: [String]) -> [Int] {
    guard let previous, previous.count == next.count else { return Array(next.indices) }
    return next.indices.filter { previous[$0] != next[$0] }
  }
}
