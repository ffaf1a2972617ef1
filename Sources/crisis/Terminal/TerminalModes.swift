import CrisisKit
import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// Raw mode for the terminal on stdin, and the signal handlers that make sure the operator
/// never gets a terminal back without echo, whatever ends or stops the process.
///
/// Raw mode is on only inside `SystemTerminal.readLine`; everywhere else the terminal is as
/// the operator's shell left it. The handlers share state with the main code only through
/// memory that needs no locks and no allocation (atomics and two preallocated `termios`), and
/// call only async-signal-safe functions (`tcsetattr`, `write`, `sigaction`, `raise`).
enum TerminalModes {
  /// The settings before raw mode, restored after every line and by every handler.
  nonisolated(unsafe) private static let saved = UnsafeMutablePointer<termios>.allocate(
    capacity: 1)
  /// The raw settings, applied again when the process is continued after a stop.
  nonisolated(unsafe) private static let raw = UnsafeMutablePointer<termios>.allocate(
    capacity: 1)
  /// Whether raw mode is on (so `saved` holds what to restore).
  static let rawActive = Atomic<Bool>(false)
  /// Whether the console has the alternate screen: every handler leaves it.
  static let fullScreen = Atomic<Bool>(false)
  /// Set by SIGWINCH: the width must be read again.
  static let resized = Atomic<Bool>(false)
  /// Set by SIGHUP: the terminal is gone; every read ends.
  static let hungUp = Atomic<Bool>(false)
  /// Set by SIGCONT while raw mode was on: the screen needs the prompt again.
  static let continued = Atomic<Bool>(false)
  private static let installed = Atomic<Bool>(false)

  /// Installs the handlers (once). Touches every shared value first, so no handler is the
  /// first to initialise a global (which would take a lock inside a signal handler).
  static func installSignalHandlers() {
    guard !installed.exchange(true, ordering: .sequentiallyConsistent) else { return }
    saved.initialize(to: termios())
    raw.initialize(to: termios())
    _ = rawActive.load(ordering: .relaxed)
    _ = resized.load(ordering: .relaxed)
    _ = hungUp.load(ordering: .relaxed)
    _ = continued.load(ordering: .relaxed)
    _ = fullScreen.load(ordering: .relaxed)
    for signal in [SIGTERM, SIGINT, SIGQUIT] {
      install(signal, flags: Int32(truncatingIfNeeded: SA_RESETHAND)) { signal in
        TerminalModes.restoreFromHandler()
        raise(signal)  // the default action now: the exit status names the signal
      }
    }
    install(SIGHUP, flags: 0) { _ in
      TerminalModes.restoreFromHandler()
      TerminalModes.hungUp.store(true, ordering: .sequentiallyConsistent)
    }
    install(SIGWINCH, flags: Int32(truncatingIfNeeded: SA_RESTART)) { _ in
      TerminalModes.resized.store(true, ordering: .sequentiallyConsistent)
    }
    install(SIGTSTP, flags: Int32(truncatingIfNeeded: SA_NODEFER)) { _ in
      TerminalModes.stopFromHandler()
    }
    install(SIGCONT, flags: Int32(truncatingIfNeeded: SA_RESTART)) { _ in
      guard TerminalModes.rawActive.load(ordering: .sequentiallyConsistent) else { return }
      tcsetattr(0, TCSANOW, TerminalModes.raw)
      TerminalModes.writeStatic("\u{1B}[?2004h")
      if TerminalModes.fullScreen.load(ordering: .sequentiallyConsistent) {
        TerminalModes.writeStatic("\u{1B}[?1049h")
      }
      TerminalModes.continued.store(true, ordering: .sequentiallyConsistent)
    }
  }

  /// Switches stdin's terminal to raw mode: no line buffering, no echo, no signals from
  /// Ctrl-C/Ctrl-Z/Ctrl-\ (they arrive as bytes), no XON/XOFF (Ctrl-S, Ctrl-Q), no CR-to-LF
  /// translation, no Ctrl-V literal-next. Output processing stays on, so `\n` still returns
  /// the carriage. Turns on bracketed paste. Returns false when stdin is not a terminal.
  static func enterRawMode() -> Bool {
    var settings = termios()
    guard tcgetattr(0, &settings) == 0 else { return false }
    saved.pointee = settings
    settings.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG | IEXTEN)
    settings.c_iflag &= ~tcflag_t(IXON | ICRNL | INLCR | IGNCR)
    withUnsafeMutableBytes(of: &settings.c_cc) { cc in
      cc[Int(VMIN)] = 1
      cc[Int(VTIME)] = 0
    }
    raw.pointee = settings
    rawActive.store(true, ordering: .sequentiallyConsistent)
    // TCSANOW, not TCSAFLUSH: keys typed ahead while the program worked are kept.
    guard tcsetattr(0, TCSANOW, &settings) == 0 else {
      rawActive.store(false, ordering: .sequentiallyConsistent)
      return false
    }
    SystemIO.writeAll(1, ControlSequence.bracketedPasteOn)
    return true
  }

  /// Back to the settings saved by `enterRawMode`, bracketed paste off.
  static func leaveRawMode() {
    guard rawActive.load(ordering: .sequentiallyConsistent) else { return }
    SystemIO.writeAll(1, ControlSequence.bracketedPasteOff)
    tcsetattr(0, TCSANOW, saved)
    rawActive.store(false, ordering: .sequentiallyConsistent)
  }

  // MARK: - Inside signal handlers: async-signal-safe calls only

  private static func restoreFromHandler() {
    if fullScreen.load(ordering: .sequentiallyConsistent) {
      writeStatic("\u{1B}[?25h\u{1B}[?1049l")
    }
    guard rawActive.load(ordering: .sequentiallyConsistent) else { return }
    writeStatic("\u{1B}[?2004l")
    tcsetattr(0, TCSANOW, saved)
  }

  /// SIGTSTP (Ctrl-Z is a byte in raw mode; `SystemTerminal` raises SIGTSTP for it, and
  /// `kill -TSTP` arrives here directly): give the shell a normal terminal, stop for real,
  /// and once continued install this handler again. SIGCONT's handler restores raw mode.
  private static func stopFromHandler() {
    restoreFromHandler()
    signal(SIGTSTP, SIG_DFL)
    raise(SIGTSTP)  // SA_NODEFER: delivered now; the process stops inside this call
    install(SIGTSTP, flags: Int32(truncatingIfNeeded: SA_NODEFER)) { _ in
      TerminalModes.stopFromHandler()
    }
  }

  /// `write` of a literal: no allocation, so safe in a handler.
  private static func writeStatic(_ text: StaticString) {
    _ = Glibc.write(1, text.utf8Start, text.utf8CodeUnitCount)
  }

  private static func install(
    _ signal: Int32, flags: Int32, _ handler: @convention(c) (Int32) -> Void
  ) {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = handler
    sigemptyset(&action.sa_mask)
    action.sa_flags = flags
    sigaction(signal, &action, nil)
  }
}
