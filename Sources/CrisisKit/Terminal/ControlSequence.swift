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
