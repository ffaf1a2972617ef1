/// The interactive prompt as a pure state machine: keys in, screen output out.
///
/// The real terminal only moves bytes: it decodes keys with `KeyDecoder`, hands them to
/// `handle(_:)`, writes `takeOutput()`, and calls `printAbove(_:)` when a timer fires. All
/// decisions about what the screen shows live here, so they are tested without a terminal.
///
/// Every change redraws the whole prompt: back to its first row, clear to the end of the
/// screen, prompt and text again, cursor to its cell. The prompt is a line or three at most,
/// so this costs nothing and stays correct when the text wraps or contains wide characters.
/// Redraws are batched: keys handled one after another produce one redraw in `takeOutput()`.
///
/// The prompt must be a single line; it may carry `TextStyles` codes. The text typed is free
/// of control characters (the decoder drops them), so it is written as is.
public struct LineEditor: Sendable {
  /// How reading the line ended.
  public enum Outcome: Equatable, Sendable {
    /// Enter: the line as typed (without a newline).
    case line(String)
    /// Ctrl-D on an empty line.
    case endOfInput
    /// Ctrl-C.
    case interrupted
    /// Ctrl-Z: the caller should stop the process (SIGTSTP) and, once continued, call
    /// `redrawOnNewLine()` and go on reading.
    case suspend
  }

  public let prompt: String
  /// The line being edited.
  public private(set) var buffer: LineBuffer
  /// Terminal columns.
  public private(set) var width: Int

  /// Row of the terminal's cursor, counted from the prompt's first row.
  private var cursorRow = 0
  private var output = ""
  private var needsRender = false

  public init(prompt: String, width: Int, history: [String] = []) {
    self.prompt = prompt
    self.width = max(width, 1)
    buffer = LineBuffer(history: history)
    needsRender = true
  }

  /// Applies one key. Returns an outcome when the line is finished (or the operator
  /// suspends); the screen then shows the whole line and the cursor is at the start of the
  /// next row.
  public mutating func handle(_ key: Key) -> Outcome? {
    if buffer.edit(key) {
      needsRender = true
      return nil
    }
    switch key {
    case .enter: return finish(.line(buffer.text))
    case .control(let letter): return control(letter)
    default: return nil
    }
  }

  /// Prints `lines` above the prompt (a reminder, a deadline) and draws the prompt and the
  /// text typed so far again below them, cursor where it was.
  public mutating func printAbove(_ lines: [String]) {
    guard !lines.isEmpty else { return }
    output += ControlSequence.up(cursorRow) + "\r" + ControlSequence.clearToEndOfScreen
    for line in lines {
      let rows = line.split(separator: "\n", omittingEmptySubsequences: false)
      output += rows.joined(separator: "\r\n") + "\r\n"
    }
    cursorRow = 0
    render()
  }

  /// The terminal changed its width (SIGWINCH). Best effort: the old layout is used to find
  /// the prompt's first row, which is right for terminals that do not reflow text.
  public mutating func resize(width newWidth: Int) {
    let newWidth = max(newWidth, 1)
    guard newWidth != width else { return }
    width = newWidth
    needsRender = true
  }

  /// Draws the prompt afresh on the current row, forgetting where the old one was: after
  /// the process was stopped and continued, or anything else wrote to the screen.
  public mutating func redrawOnNewLine() {
    cursorRow = 0
    needsRender = true
  }

  /// Everything to write to the terminal since the last call, including a pending redraw.
  public mutating func takeOutput() -> String {
    if needsRender { render() }
    defer { output = "" }
    return output
  }

  // MARK: - Internals

  /// The Ctrl keys that are not editing (`LineBuffer.edit` has those).
  private mutating func control(_ letter: Character) -> Outcome? {
    switch letter {
    case "l":
      output += ControlSequence.clearScreen
      cursorRow = 0
    case "c": return finish(.interrupted, marker: "^C")
    case "z": return finish(.suspend)
    case "d":
      if buffer.characters.isEmpty { return finish(.endOfInput) }
      buffer.deleteForward()
    default: return nil
    }
    needsRender = true
    return nil
  }

  /// Shows the whole line with the cursor after it, then moves to the next row.
  private mutating func finish(_ outcome: Outcome, marker: String = "") -> Outcome {
    let layout = render(cursorAtEnd: true)
    output += marker
    if !layout.endsAtMargin || !marker.isEmpty { output += "\r\n" }
    cursorRow = 0
    return outcome
  }

  @discardableResult
  private mutating func render(cursorAtEnd: Bool = false) -> PromptLayout {
    let cursorIndex = cursorAtEnd ? buffer.characters.count : buffer.cursor
    let layout = PromptLayout(
      prompt: prompt, text: buffer.characters, cursorIndex: cursorIndex, width: width)
    output += ControlSequence.up(cursorRow) + "\r" + ControlSequence.clearToEndOfScreen
    output += prompt + buffer.text
    if layout.endsAtMargin { output += "\r\n" }
    if layout.cursor != layout.end {
      output += ControlSequence.up(layout.end.row - layout.cursor.row)
      output += "\r" + ControlSequence.right(layout.cursor.column)
    }
    cursorRow = layout.cursor.row
    needsRender = false
    return layout
  }
}
