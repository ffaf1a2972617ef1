/// What one `Terminal.readLine` produced.
public enum LineInput: Equatable, Sendable {
  /// A line, without its line ending.
  case line(String)
  /// No more input: Ctrl-D on an empty line, end of a pipe or file, or the terminal went
  /// away (hang-up). The walkthrough pauses the incident rather than ending it.
  case endOfInput
  /// Ctrl-C while the prompt waited.
  case interrupted
}

/// Everything the walkthrough needs from the screen and keyboard, passed in so that the
/// same code runs on a real terminal (`SystemTerminal` in the executable), on pipes and
/// files, and in tests (`MemoryTerminal`).
///
/// Text given to `write` must already be sanitized (`TerminalText.sanitize`) and styled with
/// `styles`; the terminal adds nothing but line editing and, on a real terminal, the codes
/// that move the cursor.
public protocol Terminal: AnyObject {
  /// Whether stdin and stdout are both terminals: the operator edits lines with the keys
  /// they know and the timer redraws the prompt. When false, input is read line by line
  /// and output has no cursor codes: safe for scripts, logs and screen readers.
  var isInteractive: Bool { get }
  /// Colours for stdout, decided once (`TextStyles.decide`).
  var styles: TextStyles { get }
  /// Colours for stderr, decided once for that stream.
  var errorStyles: TextStyles { get }
  /// Columns of the screen; 80 when unknown (not a terminal and no `COLUMNS`).
  var width: Int { get }

  /// Writes `text` to stdout as is, immediately (no buffering).
  func write(_ text: String)
  /// Writes `text` to stderr as is, immediately.
  func writeError(_ text: String)

  /// Shows `prompt` (one line, may be styled) and reads one line.
  ///
  /// While it waits, `onTick` is called every `tick` seconds (never when `tick <= 0`), also
  /// without any keypress. Lines it returns are printed above the prompt, and the prompt
  /// and whatever the operator has typed so far are drawn again below them. Lines must be
  /// sanitized and must not be wider than the screen for the redraw to be clean (use
  /// `DisplayWidth.wrap`).
  ///
  /// When not interactive, the prompt is written as is and, once the line (or the end)
  /// arrives, followed by a newline, so every prompt ends its own line in a transcript;
  /// tick lines then start on a new line and the prompt is written again after them.
  func readLine(prompt: String, tick: Double, onTick: () -> [String]) -> LineInput

  /// Asks a `readLine` in progress to return `.endOfInput` once the current `onTick` call
  /// has returned (its lines are still shown): the walkthrough ends without input when the
  /// incident was resolved elsewhere. The caller knows why; the request is used up by that
  /// return.
  func stopReading()

  /// Asks the terminal to put `text` on the clipboard (OSC 52). Returns false when stdout
  /// is not a terminal; true means the request was sent, not that the terminal honoured it.
  func copyToClipboard(_ text: String) -> Bool
}

extension Terminal {
  /// Reads one line without a timer.
  public func readLine(prompt: String) -> LineInput {
    readLine(prompt: prompt, tick: 0, onTick: { [] })
  }

  /// Writes `text` and a newline.
  public func writeLine(_ text: String = "") { write(text + "\n") }
}
