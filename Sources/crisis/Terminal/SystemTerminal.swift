import CrisisKit

#if canImport(Glibc)
  import Glibc
#endif

/// The real `Terminal`: stdin, stdout and stderr of the process.
///
/// Interactive (stdin and stdout are terminals, `TERM` is not `dumb`): each `readLine` puts
/// the terminal in raw mode, edits the line with `LineEditor`, and waits with `poll` so the
/// timer's lines appear above the prompt without a keypress. Raw mode ends with the line;
/// signal handlers (`TerminalModes`) restore the terminal if the process is killed, hung up
/// or stopped meanwhile.
///
/// Otherwise (a pipe, a file, a screen reader's plain terminal with stdout redirected): input
/// is read line by line, still with `poll` so ticks fire while a pipe is open but idle, and
/// nothing but the text itself is written: no cursor codes, no colour unless stdout is a
/// terminal.
///
/// Everything goes straight to the file descriptors, unbuffered: nothing else in the program
/// may use `print` for stdout, or the two would interleave out of order.
final class SystemTerminal: FullScreenTerminal {
  let isInteractive: Bool
  let styles: TextStyles
  let errorStyles: TextStyles

  private let stdoutIsTerminal: Bool
  private var cachedWidth: Int
  private var cachedHeight: Int
  /// When the console's next tick is due (monotonic seconds).
  private var nextScreenTick: Double?
  /// Keys decoded but not yet used: typed ahead, after the Enter that ended the last line.
  private var pendingKeys: [Key] = []
  private var decoder = KeyDecoder()
  /// Lines read but not yet returned, when not interactive.
  private var pendingLines: [String] = []
  /// `stopReading` was called during a tick.
  private var stopRequested = false

  func stopReading() { stopRequested = true }
  private var splitter = LineSplitter()
  private var inputEnded = false
  /// Lines entered in this session, for Up and Down.
  private var history: [String] = []

  /// How long a lone ESC waits for the rest of a sequence; terminals send sequences in one
  /// write, so anything later is a key of its own.
  private static let escapeTimeout = 0.05

  init() {
    let stdinIsTerminal = isatty(0) == 1
    stdoutIsTerminal = isatty(1) == 1
    var environment: [String: String] = [:]
    for name in ["TERM", "NO_COLOR", "COLUMNS"] {
      environment[name] = SystemIO.environment(name)
    }
    isInteractive = stdinIsTerminal && stdoutIsTerminal && environment["TERM"] != "dumb"
    styles = TextStyles.decide(isTerminal: stdoutIsTerminal, environment: environment)
    errorStyles = TextStyles.decide(isTerminal: isatty(2) == 1, environment: environment)
    cachedWidth = Self.queryWidth(stdoutIsTerminal: stdoutIsTerminal)
    cachedHeight = Self.queryHeight(stdoutIsTerminal: stdoutIsTerminal)
    if isInteractive { TerminalModes.installSignalHandlers() }
  }

  var width: Int {
    refreshSize()
    return cachedWidth
  }

  var height: Int {
    refreshSize()
    return cachedHeight
  }

  /// Reads the size again after SIGWINCH; true when it did.
  @discardableResult
  private func refreshSize() -> Bool {
    guard TerminalModes.resized.exchange(false, ordering: .sequentiallyConsistent) else {
      return false
    }
    cachedWidth = Self.queryWidth(stdoutIsTerminal: stdoutIsTerminal)
    cachedHeight = Self.queryHeight(stdoutIsTerminal: stdoutIsTerminal)
    return true
  }

  func write(_ text: String) { SystemIO.writeAll(1, text) }

  func writeError(_ text: String) { SystemIO.writeAll(2, text) }

  func readLine(prompt: String, tick: Double, onTick: () -> [String]) -> LineInput {
    if isInteractive, TerminalModes.enterRawMode() {
      defer { TerminalModes.leaveRawMode() }
      return readEdited(prompt: prompt, tick: tick, onTick: onTick)
    }
    return readPlain(prompt: prompt, tick: tick, onTick: onTick)
  }

  /// Runs `body` (another program that takes over the terminal: the message editor) with the
  /// terminal as the operator's shell left it: raw mode and bracketed paste off if they were
  /// on, and back on afterwards. The width is read again afterwards, since the window may
  /// have been resized while the other program had it (SIGWINCH reaches us too, but only
  /// as a flag).
  func handingOver<T>(_ body: () throws -> T) rethrows -> T {
    let wasRaw = TerminalModes.rawActive.load(ordering: .sequentiallyConsistent)
    if wasRaw { TerminalModes.leaveRawMode() }
    defer {
      if wasRaw { _ = TerminalModes.enterRawMode() }
      TerminalModes.resized.store(true, ordering: .sequentiallyConsistent)
    }
    return try body()
  }

  /// OSC 52. Inside tmux this reaches the outer terminal when tmux's `set-clipboard` option
  /// is `on` (or `external`, the default, passes it on only for some terminals).
  func copyToClipboard(_ text: String) -> Bool {
    guard stdoutIsTerminal else { return false }
    return SystemIO.writeAll(1, ControlSequence.copyToClipboard(text))
  }

  // MARK: - Full screen

  func enterFullScreen() -> Bool {
    guard isInteractive else { return false }
    if TerminalModes.fullScreen.load(ordering: .sequentiallyConsistent) { return true }
    guard TerminalModes.enterRawMode() else { return false }
    TerminalModes.fullScreen.store(true, ordering: .sequentiallyConsistent)
    write(ControlSequence.alternateScreenOn)
    TerminalModes.resized.store(true, ordering: .sequentiallyConsistent)
    return true
  }

  func leaveFullScreen() {
    guard TerminalModes.fullScreen.exchange(false, ordering: .sequentiallyConsistent) else {
      return
    }
    write(ControlSequence.showCursor + ControlSequence.alternateScreenOff)
    TerminalModes.leaveRawMode()
  }

  func suspend() {
    leaveFullScreen()
    raise(SIGTSTP)  // returns once the operator has typed `fg`
    _ = enterFullScreen()
  }

  func nextInput(tick: Double) -> ScreenInput {
    if nextScreenTick == nil { nextScreenTick = SystemIO.monotonicSeconds() + tick }
    while true {
      if !pendingKeys.isEmpty {
        defer { pendingKeys.removeAll() }
        return .keys(pendingKeys)
      }
      if TerminalModes.hungUp.load(ordering: .sequentiallyConsistent) { return .endOfInput }
      if refreshSize() { return .resized }
      if TerminalModes.continued.exchange(false, ordering: .sequentiallyConsistent) {
        return .resized
      }
      let due = nextScreenTick ?? SystemIO.monotonicSeconds()
      var wait = max(due - SystemIO.monotonicSeconds(), 0)
      if decoder.hasPendingEscape { wait = min(wait, Self.escapeTimeout) }
      switch SystemIO.waitForInput(0, seconds: wait) {
      case .interrupted:
        continue
      case .readable:
        switch SystemIO.read(0) {
        case .bytes(let bytes): pendingKeys += decoder.feed(bytes)
        case .nothing: continue
        case .end: return .endOfInput
        }
      case .timedOut:
        if decoder.hasPendingEscape { pendingKeys += decoder.flush() }
        if SystemIO.monotonicSeconds() >= due {
          nextScreenTick = Self.following(due, every: tick)
          return .tick
        }
      }
    }
  }

  // MARK: - Interactive

  private func readEdited(prompt: String, tick: Double, onTick: () -> [String]) -> LineInput {
    var editor = LineEditor(prompt: prompt, width: width, history: history)
    var nextTick = tick > 0 ? SystemIO.monotonicSeconds() + tick : nil
    while true {
      if TerminalModes.hungUp.load(ordering: .sequentiallyConsistent) { return .endOfInput }
      while !pendingKeys.isEmpty {
        let key = pendingKeys.removeFirst()
        guard let outcome = editor.handle(key) else { continue }
        write(editor.takeOutput())
        switch outcome {
        case .line(let line):
          remember(line)
          return .line(line)
        case .endOfInput: return .endOfInput
        case .interrupted: return .interrupted
        case .suspend:
          // Our SIGTSTP handler restores the terminal, stops, and SIGCONT's handler brings
          // raw mode back; this call returns once the operator has typed `fg`.
          raise(SIGTSTP)
          editor.redrawOnNewLine()
        }
      }
      if TerminalModes.continued.exchange(false, ordering: .sequentiallyConsistent) {
        editor.redrawOnNewLine()
      }
      editor.resize(width: width)
      write(editor.takeOutput())

      var wait = nextTick.map { max($0 - SystemIO.monotonicSeconds(), 0) }
      if decoder.hasPendingEscape { wait = min(wait ?? Self.escapeTimeout, Self.escapeTimeout) }
      switch SystemIO.waitForInput(0, seconds: wait) {
      case .interrupted:
        continue
      case .readable:
        switch SystemIO.read(0) {
        case .bytes(let bytes): pendingKeys += decoder.feed(bytes)
        case .nothing: continue
        case .end: return .endOfInput  // the terminal is gone
        }
      case .timedOut:
        if decoder.hasPendingEscape { pendingKeys += decoder.flush() }
        if let due = nextTick, SystemIO.monotonicSeconds() >= due {
          editor.printAbove(onTick())
          nextTick = Self.following(due, every: tick)
          if stopRequested {
            stopRequested = false
            write("\r\n")
            return .endOfInput
          }
        }
      }
    }
  }

  private func remember(_ line: String) {
    guard !line.allSatisfy(\.isWhitespace), history.last != line else { return }
    history.append(line)
  }

  // MARK: - Lines from a pipe or file

  private func readPlain(prompt: String, tick: Double, onTick: () -> [String]) -> LineInput {
    write(prompt)
    let endPrompt = prompt.isEmpty ? "" : "\n"
    var nextTick = tick > 0 ? SystemIO.monotonicSeconds() + tick : nil
    while true {
      if !pendingLines.isEmpty {
        write(endPrompt)
        return .line(pendingLines.removeFirst())
      }
      if inputEnded || TerminalModes.hungUp.load(ordering: .sequentiallyConsistent) {
        write(endPrompt)
        return .endOfInput
      }
      let wait = nextTick.map { max($0 - SystemIO.monotonicSeconds(), 0) }
      switch SystemIO.waitForInput(0, seconds: wait) {
      case .interrupted:
        continue
      case .readable:
        switch SystemIO.read(0) {
        case .bytes(let bytes): pendingLines += splitter.feed(bytes)
        case .nothing: continue
        case .end:
          inputEnded = true
          if let last = splitter.finish() { pendingLines.append(last) }
        }
      case .timedOut:
        if let due = nextTick, SystemIO.monotonicSeconds() >= due {
          let lines = onTick()
          if !lines.isEmpty {
            write(endPrompt + lines.map { $0 + "\n" }.joined() + prompt)
          }
          nextTick = Self.following(due, every: tick)
          if stopRequested {
            stopRequested = false
            write(endPrompt)
            return .endOfInput
          }
        }
      }
    }
  }

  // MARK: - Helpers

  /// The tick after `due`; when the program fell behind (stopped, busy), the next one from
  /// now rather than a burst of missed ones.
  private static func following(_ due: Double, every tick: Double) -> Double {
    let next = due + tick
    let now = SystemIO.monotonicSeconds()
    return next > now ? next : now + tick
  }

  /// Rows from the terminal driver, else `LINES`, else 24.
  private static func queryHeight(stdoutIsTerminal: Bool) -> Int {
    querySize(stdoutIsTerminal: stdoutIsTerminal, field: \.ws_row, variable: "LINES") ?? 24
  }

  /// Columns from the terminal driver, else `COLUMNS`, else 80.
  private static func queryWidth(stdoutIsTerminal: Bool) -> Int {
    querySize(stdoutIsTerminal: stdoutIsTerminal, field: \.ws_col, variable: "COLUMNS") ?? 80
  }

  /// One dimension of the screen: the driver's, else the environment variable's.
  private static func querySize(
    stdoutIsTerminal: Bool, field: KeyPath<winsize, UInt16>, variable: String
  ) -> Int? {
    if stdoutIsTerminal {
      var size = winsize()
      if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size[keyPath: field] > 0 {
        return Int(size[keyPath: field])
      }
    }
    if let value = SystemIO.environment(variable).flatMap({ Int($0) }), value > 0 { return value }
    return nil
  }
}
