/// What `crisis replay` prints, line by line: a header, each event of a `ReplayScript` with
/// its T+, time, who and what (coloured by kind), the message bodies indented, and how the
/// recording ends. Pure, so the executable only paces the lines and reads Enter.
public struct ReplayScreen: Sendable {
  public var styles: TextStyles
  /// Columns of the screen, for wrapping message bodies.
  public var width: Int
  /// The language of the lines around the events.
  public var language: Language

  public init(styles: TextStyles, width: Int, language: Language = .english) {
    self.styles = styles
    self.width = width
    self.language = language
  }

  private var words: any ScreenWords { language.screen }

  /// `Replay of TITLE [DRILL] (ID, N events, 60× speed)`, or with the keys of `--step`.
  public func header(state: IncidentState, eventCount: Int, speed: Double, stepping: Bool)
    -> String
  {
    let mode = state.mode == .drill ? styles.yellow(" [\(words.drill)]") : ""
    // The title in bold with the drill mark after it, inside the sentence.
    return words.replayOf(
      styles.bold(TerminalText.sanitize(state.title)) + mode,
      id: TerminalText.sanitize(state.id), events: eventCount,
      pace: stepping ? nil : Self.format(speed))
  }

  /// The note for a long wait before an item: the incident time it stands for, and whether
  /// the replay skipped ahead (the wait was cut to `ReplayScript.maximumDelay`); nil when the
  /// gap is under five minutes of incident time and was not cut.
  public func gap(before item: ReplayScript.Item) -> String? {
    guard item.gap >= 300 || item.shortened else { return nil }
    return styles.dim(words.later(SpanText.text(item.gap), skipped: item.shortened))
  }

  /// One event: `T+12m  17:15  anna (Incident lead)  SUMMARY`, then the body wrapped under
  /// a bar.
  public func lines(for item: ReplayScript.Item) -> [String] {
    let who = item.role.map { "\(item.actor) (\($0))" } ?? item.actor
    let head =
      Self.padded(SpanText.tPlus(item.elapsed), to: 8)
      + " \(item.time.clockTime)  \(TerminalText.sanitize(who))  "
    let summary = TerminalText.sanitize(item.summary)
    let styled: String
    switch item.type {
    case .messageSent: styled = styles.green(summary)
    case .inject: styled = styles.magenta(summary)
    case .reminder: styled = styles.yellow(summary)
    case .decision: styled = styles.cyan(summary)
    default: styled = summary
    }
    var lines = [styles.dim(head) + styled]
    if let body = item.body {
      for part in TerminalText.sanitize(body, keepNewlines: true).split(
        separator: "\n", omittingEmptySubsequences: false)
      {
        for wrapped in DisplayWidth.wrap(String(part), width: max(20, width - 6)) {
          lines.append("      │ " + wrapped)
        }
      }
    }
    return lines
  }

  /// The last line: where a damaged log stopped the replay, else the end (noting a torn
  /// last line).
  public func ending(damage: String?, tornLastLine: Int?) -> [String] {
    if let damage {
      return [
        styles.red(words.replayDamaged)
          + TerminalText.sanitize(damage)
      ]
    }
    var lines: [String] = []
    if let tornLastLine {
      lines.append(
        styles.yellow(words.tornLine(tornLastLine)))
    }
    return lines + [styles.dim(words.replayEnd)]
  }

  /// `60`, `2.5`: a whole speed without its `.0`.
  static func format(_ speed: Double) -> String {
    if speed == speed.rounded(), let whole = Int(exactly: speed) { return String(whole) }
    return String(speed)
  }

  static func padded(_ text: String, to width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
  }
}
