/// A `Terminal` that plays a script and records what was written: for tests of the
/// walkthrough, without a terminal, a pipe or real time.
///
/// The transcript in `output` reads like a terminal session: each prompt is followed by the
/// line "typed" and a newline, and tick lines appear where the timer would have put them.
///
/// ```swift
/// let terminal = MemoryTerminal([.line("done"), .action { clock.advance(seconds: 300) },
///                                .tick, .line("note called IT")])
/// ```
public final class MemoryTerminal: FullScreenTerminal {
  /// One thing that happens while the walkthrough waits at a prompt.
  public enum Event {
    /// The operator enters this line.
    case line(String)
    /// The timer fires once: `onTick` is called and its lines are recorded.
    case tick
    /// Ctrl-C.
    case interrupt
    /// Ctrl-D (and every read after the script has run out).
    case endOfInput
    /// Keys pressed together (the console reads keys; `readLine` skips them).
    case keys([Key])
    /// The window takes this size (`readLine` just takes it too).
    case resize(width: Int, height: Int)
    /// Runs code between events: move a `ManualClock`, append to a log from "another
    /// terminal"…
    case action(() -> Void)
  }

  public let isInteractive: Bool
  public let styles: TextStyles
  public let errorStyles: TextStyles
  public var width: Int
  public var height: Int
  /// Whether the console has the (pretend) alternate screen now.
  public private(set) var isFullScreen = false
  /// How often the full screen was entered and left (the editor hand-over leaves and
  /// re-enters it).
  public private(set) var fullScreenEntered = 0
  public private(set) var fullScreenLeft = 0
  /// Whether `enterFullScreen` succeeds (false plays a terminal whose stdin is a pipe).
  public var canEnterFullScreen = true
  /// Everything written to stdout, prompts and echoed input included.
  public private(set) var output = ""
  /// Everything written to stderr.
  public private(set) var errorOutput = ""
  /// Texts given to `copyToClipboard`.
  public private(set) var clipboard: [String] = []
  /// The prompts shown, in order.
  public private(set) var prompts: [String] = []

  private var events: [Event]
  private var nextEvent = 0

  public init(
    _ events: [Event], isInteractive: Bool = false, styles: TextStyles = .plain, width: Int = 80,
    height: Int = 24
  ) {
    self.height = height
    self.events = events
    self.isInteractive = isInteractive
    self.styles = styles
    self.errorStyles = styles
    self.width = width
  }

  /// Adds events to the end of the script.
  public func append(_ more: [Event]) { events += more }

  /// Whether every scripted event has been used.
  public var isFinished: Bool { nextEvent >= events.count }

  /// `stopReading` was called during a tick.
  private var stopRequested = false

  public func stopReading() { stopRequested = true }

  public func write(_ text: String) { output += text }
  public func writeError(_ text: String) { errorOutput += text }

  public func readLine(prompt: String, tick: Double, onTick: () -> [String]) -> LineInput {
    prompts.append(prompt)
    output += prompt
    while nextEvent < events.count {
      let event = events[nextEvent]
      nextEvent += 1
      switch event {
      case .line(let text):
        output += text + "\n"
        return .line(text)
      case .tick:
        let lines = onTick()
        if !lines.isEmpty {
          output += "\n" + lines.map { $0 + "\n" }.joined() + prompt
        }
        if stopRequested {
          stopRequested = false
          output += "\n"
          return .endOfInput
        }
      case .interrupt:
        output += "^C\n"
        return .interrupted
      case .endOfInput:
        output += "\n"
        return .endOfInput
      case .action(let body):
        body()
      case .keys:
        break
      case .resize(let newWidth, let newHeight):
        width = newWidth
        height = newHeight
      }
    }
    output += "\n"
    return .endOfInput
  }

  public func enterFullScreen() -> Bool {
    guard canEnterFullScreen else { return false }
    isFullScreen = true
    fullScreenEntered += 1
    output += ControlSequence.alternateScreenOn
    return true
  }

  public func leaveFullScreen() {
    guard isFullScreen else { return }
    isFullScreen = false
    fullScreenLeft += 1
    output += ControlSequence.alternateScreenOff
  }

  /// The next scripted input: a line becomes its text and Enter, Ctrl-C and Ctrl-D their
  /// keys, an exhausted script the end of input.
  public func nextInput(tick: Double) -> ScreenInput {
    while nextEvent < events.count {
      let event = events[nextEvent]
      nextEvent += 1
      switch event {
      case .line(let text): return .keys(text.isEmpty ? [.enter] : [.text(text), .enter])
      case .keys(let keys) where !keys.isEmpty: return .keys(keys)
      case .keys: continue
      case .tick: return .tick
      case .interrupt: return .keys([.control("c")])
      case .endOfInput: return .endOfInput
      case .resize(let newWidth, let newHeight):
        width = newWidth
        height = newHeight
        return .resized
      case .action(let body): body()
      }
    }
    return .endOfInput
  }

  public func suspend() {
    leaveFullScreen()
    _ = enterFullScreen()
  }

  public func copyToClipboard(_ text: String) -> Bool {
    clipboard.append(text)
    return isInteractive
  }
}
