/// The few terminal control sequences `crisis` writes, named, so screen code never spells
/// out escape codes. All are ECMA-48 / xterm sequences every current terminal understands.
/// Only ever written when stdout is a terminal.
public enum ControlSequence {
  /// Clears from the cursor to the end of the screen (the rest of a wrapped prompt).
  public static let clearToEndOfScreen = "\u{1B}[J"
  /// Clears the screen and puts the cursor top left (Ctrl-L).
  public static let clearScreen = "\u{1B}[H\u{1B}[2J"
  /// Asks the terminal to mark pasted text (`ESC [200~ … ESC [201~`), so a paste with
  /// newlines is not taken as several commands.
  public static let bracketedPasteOn = "\u{1B}[?2004h"
  public static let bracketedPasteOff = "\u{1B}[?2004l"

  /// The alternate screen (xterm 1049): the console draws there, and leaving it gives the
  /// operator back the shell's screen and scrollback as they were.
  public static let alternateScreenOn = "\u{1B}[?1049h"
  public static let alternateScreenOff = "\u{1B}[?1049l"
  /// Hides and shows the cursor, so a redraw does not flicker it across the screen.
  public static let hideCursor = "\u{1B}[?25l"
  public static let showCursor = "\u{1B}[?25h"
  /// Clears the whole row the cursor is on.
  public static let clearLine = "\u{1B}[2K"
  /// Ends every text attribute (colour, bold…): only written when styles are on.
  public static let resetStyle = "\u{1B}[m"

  /// Cursor to `row`, `column`, both counted from 0 (the sequence counts from 1).
  public static func moveTo(row: Int, column: Int) -> String {
    "\u{1B}[\(max(row, 0) + 1);\(max(column, 0) + 1)H"
  }

  /// Cursor up `count` rows; "" for 0.
  public static func up(_ count: Int) -> String { count > 0 ? "\u{1B}[\(count)A" : "" }
  /// Cursor down `count` rows; "" for 0.
  public static func down(_ count: Int) -> String { count > 0 ? "\u{1B}[\(count)B" : "" }
  /// Cursor right `count` columns; "" for 0.
  public static func right(_ count: Int) -> String { count > 0 ? "\u{1B}[\(count)C" : "" }

  /// OSC 52: asks the terminal to put `text` on the system clipboard. Works in xterm (with
  /// `allowWindowOps`/`disallowedWindowOps` permitting it), kitty, iTerm2, WezTerm, Windows
  /// Terminal, foot, Alacritty, and through SSH; inside tmux when tmux's `set-clipboard` is
  /// `on` (or `external`). Terminals that do not support it ignore it silently.
  public static func copyToClipboard(_ text: String) -> String {
    "\u{1B}]52;c;\(Base64.encode(Array(text.utf8)))\u{07}"
  }
}
