/// What the console remembers between frames besides the incident: where the step pane is
/// scrolled, a page of long output shown in its place, the ticker of latest events, the
/// injects nobody has acknowledged yet, the last lines a command produced and the line being
/// typed. Plain data: the loop changes it, `ConsoleFrame` draws it.
///
/// Every text here is already sanitised (`TerminalText.sanitize`) when it is stored.
public struct ConsoleView: Sendable {
  /// How a line of the message area or of the ticker is coloured.
  public enum Tone: Sendable, Equatable {
    case plain, dim, good, warning, alarm, inject
  }

  /// One line of text and its colour.
  public struct Line: Sendable, Equatable {
    public var text: String
    public var tone: Tone
    public init(_ text: String, tone: Tone = .plain) {
      self.text = TerminalText.sanitize(text)
      self.tone = tone
    }
  }

  /// Long output (help, the step list, status, a text to copy) shown in the step pane until
  /// Esc or the next command that changes the step.
  public struct Page: Sendable, Equatable {
    public var title: String
    /// Unwrapped lines; the frame wraps only those on screen.
    public var lines: [String]
    public init(title: String, lines: [String]) {
      self.title = TerminalText.sanitize(title)
      self.lines = lines.map { TerminalText.sanitize($0) }
    }
  }

  /// Rows the step pane is scrolled down (for a page: lines).
  public var scroll = 0
  public var page: Page?
  /// Latest events, oldest first, at most `tickerKeep`.
  public private(set) var ticker: [Line] = []
  /// Injects not acknowledged yet, oldest first.
  public var injects: [String] = []
  /// What the last command said (recorded, a hint, NOT recorded, short output).
  public var messages: [Line] = []
  /// The line being typed.
  public var input = LineBuffer()
  /// A team incident: how many of this machine's events are not on the team's remote yet,
  /// and whether the last round could not reach it (the header says so). Nil otherwise.
  public var unshared: (count: Int, offline: Bool)?

  public init() {}

  /// How many ticker lines are kept; more than any screen shows.
  public static let tickerKeep = 40

  public mutating func addToTicker(_ line: Line) {
    ticker.append(line)
    if ticker.count > Self.tickerKeep { ticker.removeFirst(ticker.count - Self.tickerKeep) }
  }

  public mutating func addInject(_ title: String) {
    injects.append(TerminalText.sanitize(title))
  }
}
