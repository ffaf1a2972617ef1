/// What the full-screen console reads while it waits: keys, a tick of its timer, a new
/// window size, or the end of input.
public enum ScreenInput: Equatable, Sendable {
  /// Keys decoded from what arrived (never empty).
  case keys([Key])
  /// `tick` seconds passed since the last tick: time to redraw the clock.
  case tick
  /// The window changed size (SIGWINCH): `width` and `height` have the new values.
  case resized
  /// The terminal is gone (hang-up, end of file): the console pauses.
  case endOfInput
}

/// A terminal the console can own: the alternate screen, raw keys without a line editor,
/// the height, and a timer. `SystemTerminal` (executable) is one; `MemoryTerminal` plays a
/// script of keys, ticks and resizes for tests.
public protocol FullScreenTerminal: Terminal {
  /// Rows of the screen; 24 when unknown.
  var height: Int { get }
  /// Raw mode, bracketed paste, the alternate screen. Returns false when that is impossible
  /// (stdin is not a terminal): the caller then keeps the line mode.
  func enterFullScreen() -> Bool
  /// Back to the operator's screen and the terminal as their shell left it. Safe to call
  /// when not in full screen.
  func leaveFullScreen()
  /// Waits for the next input. `.tick` comes every `tick` seconds whatever else arrives.
  func nextInput(tick: Double) -> ScreenInput
  /// Ctrl-Z: gives the shell its terminal, stops the process, and once continued takes the
  /// full screen again. The caller redraws everything afterwards.
  func suspend()
}
