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
public final class MemoryTerminal: Terminal {
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
    /// Runs code between events: move a `ManualClock`, append to a log from "another
    /// terminal"…
    case action(() -> Void)
  }

  public let isInteractive: Bool
  public let styles: TextStyles
  public let errorStyles: TextStyles
  public var width: Int
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
    _ events: [Event], isInteractive: Bool = false, styles: TextStyles = .plain, width: Int = 80
  ) {
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
      }
    }
    output += "\n"
    return .endOfInput
  }

  public func copyToClipboard(_ text: String) -> Bool {
    clipboard.append(text)
    return isInteractive
  }
}
