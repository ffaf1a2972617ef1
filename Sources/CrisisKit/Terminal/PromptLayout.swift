/// Where a prompt and the operator's text land on screen when the line is longer than the
/// terminal is wide, so the editor can move the cursor back to the start of the prompt and
/// to the right cell inside the text.
///
/// Models how terminals wrap: a character that does not fit in the columns left on a row
/// (a wide one in the last column, for example) starts the next row; after a character that
/// ends exactly at the right margin the terminal waits ("pending wrap") and only moves down
/// with the next character, so the editor writes `\r\n` itself when the text ends there.
public struct PromptLayout: Equatable, Sendable {
  /// A cell position relative to the start of the prompt: row 0 is the prompt's first row.
  public struct Position: Equatable, Sendable {
    public var row: Int
    public var column: Int
    public init(row: Int, column: Int) {
      self.row = row
      self.column = column
    }
  }

  /// Where the cursor goes: the cell of the cluster at the cursor, or the end position.
  public let cursor: Position
  /// Where the terminal's cursor is after writing prompt and text, once the editor has
  /// resolved a pending wrap by writing `\r\n`.
  public let end: Position
  /// Whether the text ended exactly at the right margin, so the editor must write `\r\n`.
  public let endsAtMargin: Bool

  /// Lays out `prompt` followed by the clusters of `text`, with the cursor before
  /// `text[cursorIndex]` (or at the end), on a terminal `width` columns wide.
  public init(prompt: String, text: [Character], cursorIndex: Int, width: Int) {
    let width = max(width, 1)
    var row = 0
    var column = 0
    func place(_ columns: Int) -> Position {
      if columns > 0, column + columns > width {
        row += 1
        column = 0
      }
      let start = Position(row: row, column: column)
      column += columns
      return start
    }
    DisplayWidth.forEachCluster(prompt) { _, columns in _ = place(columns) }
    var cursorPosition: Position? = nil
    for (index, character) in text.enumerated() {
      let start = place(DisplayWidth.of(character))
      if index == cursorIndex { cursorPosition = start }
    }
    let atMargin = column >= width
    let end = atMargin ? Position(row: row + 1, column: 0) : Position(row: row, column: column)
    self.end = end
    self.endsAtMargin = atMargin
    if var position = cursorPosition {
      // A cursor cell at the margin means the cluster wraps: show it on the next row.
      if position.column >= width { position = Position(row: position.row + 1, column: 0) }
      cursor = position
    } else {
      cursor = end
    }
  }
}
