/// The line the operator is editing: its text, the cursor, and the way back through the
/// lines entered earlier in this session.
///
/// Everything moves by grapheme cluster (Swift's `Character`), never by byte or scalar: an
/// `ä` typed as `a` + U+0308, a flag, or a family emoji joined with ZWJ is one step for the
/// arrows and one Backspace, as the operator sees one character.
public struct LineBuffer: Equatable, Sendable {
  /// The clusters of the line.
  public private(set) var characters: [Character]
  /// Position of the cursor, in clusters from the start: `0...characters.count`.
  public private(set) var cursor: Int

  /// Earlier lines, oldest first.
  private let history: [String]
  /// Which history entry is shown: `history.count` means the line being written.
  private var historyIndex: Int
  /// The line being written, kept while the operator looks through history.
  private var draft: [Character] = []

  public init(_ text: String = "", history: [String] = []) {
    characters = Array(text)
    cursor = characters.count
    self.history = history
    historyIndex = history.count
  }

  /// The whole line.
  public var text: String { String(characters) }

  /// The text left of the cursor.
  public var textBeforeCursor: String { String(characters[..<cursor]) }

  /// Inserts `text` at the cursor and moves the cursor behind it. Text that joins the
  /// cluster before it (a combining mark typed after its letter, a ZWJ continuation) becomes
  /// part of that cluster.
  public mutating func insert(_ text: String) {
    guard !text.isEmpty else { return }
    let before = String(characters[..<cursor]) + text
    let after = String(characters[cursor...])
    characters = Array(before + after)
    cursor = min(before.count, characters.count)
  }

  /// Removes the cluster before the cursor (Backspace).
  public mutating func deleteBackward() {
    guard cursor > 0 else { return }
    characters.remove(at: cursor - 1)
    cursor -= 1
  }

  /// Removes the cluster under the cursor (Delete, Ctrl-D on a non-empty line).
  public mutating func deleteForward() {
    guard cursor < characters.count else { return }
    characters.remove(at: cursor)
  }

  public mutating func moveLeft() { cursor = max(cursor - 1, 0) }
  public mutating func moveRight() { cursor = min(cursor + 1, characters.count) }
  public mutating func moveToStart() { cursor = 0 }
  public mutating func moveToEnd() { cursor = characters.count }

  /// Ctrl-U: removes everything before the cursor.
  public mutating func deleteToStart() {
    characters.removeSubrange(0..<cursor)
    cursor = 0
  }

  /// Ctrl-K: removes everything from the cursor on.
  public mutating func deleteToEnd() {
    characters.removeSubrange(cursor...)
  }

  /// Ctrl-W: removes the word before the cursor and the spaces between it and the cursor.
  public mutating func deleteWordBackward() {
    var start = cursor
    while start > 0, characters[start - 1].isWhitespace { start -= 1 }
    while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
    characters.removeSubrange(start..<cursor)
    cursor = start
  }

  /// Applies one of the editing keys the line editor and the console share: characters,
  /// Backspace, Delete, the arrows, Home and End, Up and Down through history, and Ctrl-A, E,
  /// B, F, K, U, W, P, N. Returns false (and changes nothing) for any other key: Enter, Tab,
  /// Esc, the page keys and the Ctrl keys that end, clear or suspend are the caller's.
  public mutating func edit(_ key: Key) -> Bool {
    switch key {
    case .text(let text): insert(text)
    case .backspace: deleteBackward()
    case .delete: deleteForward()
    case .left: moveLeft()
    case .right: moveRight()
    case .home: moveToStart()
    case .end: moveToEnd()
    case .up: historyPrevious()
    case .down: historyNext()
    case .control(let letter):
      switch letter {
      case "a": moveToStart()
      case "e": moveToEnd()
      case "b": moveLeft()
      case "f": moveRight()
      case "k": deleteToEnd()
      case "u": deleteToStart()
      case "w": deleteWordBackward()
      case "p": historyPrevious()
      case "n": historyNext()
      default: return false
      }
    case .enter, .tab, .escape, .pageUp, .pageDown: return false
    }
    return true
  }

  /// Up: shows the previous history entry; the line being written is kept for `historyNext`.
  public mutating func historyPrevious() {
    guard historyIndex > 0 else { return }
    if historyIndex == history.count { draft = characters }
    historyIndex -= 1
    show(Array(history[historyIndex]))
  }

  /// Down: shows the next history entry, or the line that was being written.
  public mutating func historyNext() {
    guard historyIndex < history.count else { return }
    historyIndex += 1
    show(historyIndex == history.count ? draft : Array(history[historyIndex]))
  }

  private mutating func show(_ line: [Character]) {
    characters = line
    cursor = line.count
  }
}
