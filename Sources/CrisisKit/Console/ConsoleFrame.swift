/// One frame of the full-screen console, as a pure function of the incident, the time, the
/// screen size and the console's own state (`ConsoleView`): exactly `height` rows, none wider
/// than `width` columns.
///
/// From the top: the header (DRILL banner in drills, T+ with seconds, severity, title; then who
/// is at this terminal, their roles and the incident's id), the board (unacknowledged injects
/// as banners, then what is owed, most urgent first, with countdowns: overdue red, due soon
/// yellow), the step pane (the step as `StepScreen` shows it, its first lines pinned and the
/// rest scrolling; or a page of long output), the ticker of latest events, what the last
/// command said, the key-hint line and the prompt. Header, board and prompt never move; on a
/// small screen the board, ticker and message area shrink first.
///
/// Cost: the board's one walk along the path (`ObligationBoard`), the open step's lines, and
/// the rows on screen. Nothing here reads the ticker's history beyond what shows, or the
/// playbook's other steps.
public struct ConsoleFrame {
  public let session: WalkthroughSession
  public let view: ConsoleView
  public let width: Int
  public let height: Int
  public let styles: TextStyles

  public init(
    session: WalkthroughSession, view: ConsoleView, width: Int, height: Int, styles: TextStyles
  ) {
    self.session = session
    self.view = view
    self.width = max(width, 1)
    self.height = max(height, 1)
    self.styles = styles
  }

  /// A frame and what the loop needs to scroll it.
  public struct Rendered: Sendable {
    public var screen: ScreenDiff.Screen
    /// Rows of the pane that scroll.
    public var scrollRows: Int
    /// The largest useful `ConsoleView.scroll`.
    public var maxScroll: Int
    public var lines: [String] { screen.lines }
  }

  /// Rows the parts get at this height.
  struct Budget {
    var header: Int
    var board: Int
    var rule: Int
    var ticker: Int
    var messages: Int
    var hint: Int

    init(height: Int, messages: Int) {
      header = height >= 14 ? 2 : height >= 2 ? 1 : 0
      board = height >= 40 ? 10 : height >= 24 ? 6 : height >= 14 ? 3 : height >= 8 ? 1 : 0
      rule = height >= 14 ? 1 : 0
      ticker = height >= 40 ? 6 : height >= 24 ? 3 : height >= 14 ? 2 : 0
      self.messages = min(messages, height >= 40 ? 6 : height >= 20 ? 3 : height >= 8 ? 1 : 0)
      hint = height >= 6 ? 1 : 0
    }
  }

  private var words: any ScreenWords { session.language.screen }

  public func render(at now: Timestamp) -> Rendered {
    let t = session.elapsed(at: now)
    let messageRows = view.messages.flatMap { wrapped($0.text).map { _ in 0 } }.count
    var budget = Budget(height: height, messages: messageRows)

    var top = header(at: t).prefix(budget.header).map { $0 }
    var board = boardLines(at: t, rows: budget.board)
    budget.board = board.count
    if budget.rule > 0 { board.append(rule(label: nil)) }
    top += board

    var bottom: [String] = []
    let tickerLines = view.ticker.suffix(budget.ticker).map { paint($0) }
    if !tickerLines.isEmpty {
      bottom.append(rule(label: words.latest))
      bottom += tickerLines
    }
    let messages = view.messages.flatMap { line in wrapped(line.text).map { paint(line.tone, $0) } }
    bottom += messages.suffix(budget.messages)
    let paneRows = max(0, height - 1 - budget.hint - top.count - bottom.count)

    var pane: [String]
    var scrollRows = 0
    var maxScroll = 0
    if let page = view.page {
      (pane, scrollRows, maxScroll) = pageLines(page, rows: paneRows)
      // A short page (a question's choices, a short list) leaves the step visible below it.
      if maxScroll == 0, pane.count + 2 < paneRows {
        pane.append("")
        pane += stepLines(at: now, rows: paneRows - pane.count).lines
      }
    } else {
      (pane, scrollRows, maxScroll) = stepLines(at: now, rows: paneRows)
    }
    while pane.count < paneRows { pane.append("") }
    var lines = top + pane + bottom
    if budget.hint > 0 { lines.append(hintLine()) }
    let (prompt, cursor) = promptLine()
    lines = Array(lines.prefix(height - 1))
    while lines.count < height - 1 { lines.append("") }
    lines.append(prompt)
    lines = lines.map { fit($0) }
    return Rendered(
      screen: ScreenDiff.Screen(lines: lines, cursorRow: height - 1, cursorColumn: cursor),
      scrollRows: scrollRows, maxScroll: maxScroll)
  }

  // MARK: - Header

  private func header(at t: Double) -> [String] {
    let state = session.state
    var first = ""
    if session.isDrill {
      first += styles.inverse(styles.yellow(styles.bold(" \(words.drill) "))) + " "
    }
    first += styles.bold("T+" + clockText(t))
    let severity = words.severity(state.severity.rawValue.uppercased())
    switch state.severity {
    case .critical: first += " · " + styles.red(styles.bold(severity))
    case .high: first += " · " + styles.red(severity)
    case .medium: first += " · " + styles.yellow(severity)
    case .low: first += " · " + severity
    }
    if session.clock.isHeld { first += " · " + styles.yellow(words.clockHeld) }
    if state.isResolved { first += " · " + styles.green(words.resolved) }
    first += " · " + styles.bold(clean(state.title))
    let roles = session.playbook.roles.filter { state.roleHolders[$0.id] == session.actor }
      .map { clean($0.title) }
    var second = words.you(clean(session.actor))
    second += roles.isEmpty ? words.noRole : " · " + roles.joined(separator: ", ")
    let id = " · " + clean(state.id)
    guard let unshared = view.unshared, unshared.count > 0 || unshared.offline else {
      return [first, styles.dim(second + id)]
    }
    // Offline is normal; the operator only needs to know that some events wait. It comes
    // before the incident id, so a narrow terminal cuts the id, not this.
    let note = words.notShared(unshared.count, offline: unshared.offline)
    return [first, styles.dim(second + " · ") + styles.yellow(note) + styles.dim(id)]
  }

  /// `12:04` under an hour, `1:02:04` after: ticks every second.
  private func clockText(_ t: Double) -> String {
    let total = t.isFinite ? Int(min(max(t, 0), SpanText.largest)) : 0
    let h = total / 3600
    let m = total % 3600 / 60
    let s = total % 60
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return h > 0 ? "\(h):\(two(m)):\(two(s))" : "\(two(m)):\(two(s))"
  }

  // MARK: - Board

  private func boardLines(at t: Double, rows: Int) -> [String] {
    guard rows > 0 else { return [] }
    var lines: [String] = []
    for inject in view.injects.suffix(max(1, rows / 2)) {
      lines.append(
        styles.inverse(styles.magenta(styles.bold(words.injectBanner))) + " "
          + styles.magenta(styles.bold(inject)) + styles.dim(words.injectAck))
    }
    let left = rows - lines.count
    guard left > 0 else { return lines }
    let agenda = session.agenda
    let open = ObligationBoard(agenda: agenda).obligations(at: t)
    if open.isEmpty {
      lines.append(styles.dim(words.nothingOwed))
      return lines
    }
    let text = ObligationText(agenda: agenda)
    let shown = open.count <= left ? open.count : max(left - 1, 0)
    for o in open.prefix(shown) {
      let when = text.when(o, at: t)
      let line = clean(when) + " · " + clean(text.what(o))
      switch o.urgency(at: t) {
      case .overdue: lines.append(styles.red(styles.bold(line)))
      case .soon: lines.append(styles.yellow(line))
      default: lines.append(line)
      }
    }
    if shown < open.count {
      lines.append(styles.dim(words.moreOwed(open.count - shown)))
    }
    return lines
  }

  // MARK: - Pane

  /// The step's lines: the first ones (title, owner, deadline: up to the first blank line,
  /// at most a third of the pane) stay, the rest scrolls.
  private func stepLines(at now: Timestamp, rows: Int) -> (
    lines: [String], scrollRows: Int, maxScroll: Int
  ) {
    guard rows > 0 else { return ([], 0, 0) }
    let all = StepScreen(session: session, styles: styles, width: width).stepPane(at: now)
    let blank = all.firstIndex(where: \.isEmpty) ?? all.count
    let pinned = min(blank, max(1, rows / 3))
    let scrollRows = rows - pinned
    let rest = all.dropFirst(pinned)
    let maxScroll = max(0, rest.count - scrollRows)
    let scroll = min(max(view.scroll, 0), maxScroll)
    var lines = Array(all.prefix(pinned))
    var body = Array(rest.dropFirst(scroll).prefix(scrollRows))
    if scroll > 0, !body.isEmpty, scrollRows > 1 {
      body[0] = styles.dim(words.moreAbove(scroll))
    }
    let below = rest.count - scroll - scrollRows
    if below > 0, scrollRows > 1 {
      body[body.count - 1] = styles.dim(words.moreBelow(below + 1))
    }
    lines += body
    return (lines, scrollRows, maxScroll)
  }

  /// A page: its title, then its lines from `scroll`, wrapped as they come.
  private func pageLines(_ page: ConsoleView.Page, rows: Int) -> ([String], Int, Int) {
    guard rows > 0 else { return ([], 0, 0) }
    var lines = [styles.bold(styles.cyan(page.title)) + styles.dim(words.backToStep)]
    let maxScroll = max(0, page.lines.count - 1)
    let scroll = min(max(view.scroll, 0), maxScroll)
    var index = scroll
    while lines.count < rows, index < page.lines.count {
      for row in DisplayWidth.wrapHanging(page.lines[index], width: width) where lines.count < rows
      {
        lines.append(row)
      }
      index += 1
    }
    if index < page.lines.count, rows > 2 {
      lines[lines.count - 1] = styles.dim(words.moreLines(page.lines.count - index + 1))
    }
    return (lines, rows - 1, index < page.lines.count || scroll > 0 ? maxScroll : 0)
  }

  // MARK: - Bottom

  private func rule(label: String?) -> String {
    guard let label else { return styles.dim(String(repeating: "─", count: width)) }
    let head = "── \(label) "
    return styles.dim(head + String(repeating: "─", count: max(0, width - DisplayWidth.of(head))))
  }

  private func paint(_ line: ConsoleView.Line) -> String { paint(line.tone, line.text) }

  private func paint(_ tone: ConsoleView.Tone, _ text: String) -> String {
    switch tone {
    case .plain: text
    case .dim: styles.dim(text)
    case .good: styles.green(text)
    case .warning: styles.yellow(text)
    case .alarm: styles.red(styles.bold(text))
    case .inject: styles.magenta(styles.bold(text))
    }
  }

  private func hintLine() -> String {
    let escape: HintEscape? =
      view.page != nil ? .back : view.injects.isEmpty ? nil : .acknowledge
    var keys = words.hintLine(escape: escape)
    if DisplayWidth.of(keys) > width {
      // Narrow: the keys alone.
      keys = words.narrowHintLine(escape: escape != nil)
    }
    return styles.dim(keys)
  }

  /// The prompt and the text typed, scrolled sideways so the cursor is always on screen;
  /// returns the row and the cursor's column.
  private func promptLine() -> (String, Int) {
    var prompt = WalkthroughTranscript(styles: styles, width: width).prompt(session)
    if DisplayWidth.of(prompt) > width / 2 { prompt = "> " }
    let promptWidth = DisplayWidth.of(prompt)
    let room = max(width - promptWidth - 1, 1)
    let characters = view.input.characters.map { TerminalText.sanitize(String($0)) }
    let cursor = min(view.input.cursor, characters.count)
    // From the cursor back as far as fits, then forward from it.
    var start = cursor
    var before = 0
    while start > 0 {
      let w = DisplayWidth.of(characters[start - 1])
      if before + w > room { break }
      before += w
      start -= 1
    }
    var text = ""
    var used = 0
    for character in characters[start...] {
      let w = DisplayWidth.of(character)
      if used + w > room { break }
      text += character
      used += w
    }
    return (prompt + text, min(promptWidth + before, width - 1))
  }

  // MARK: - Helpers

  private func wrapped(_ text: String) -> [String] { DisplayWidth.wrapHanging(text, width: width) }

  private func clean(_ text: String) -> String { TerminalText.sanitize(text) }

  /// Never wider than the screen, whatever a part produced.
  private func fit(_ line: String) -> String {
    DisplayWidth.of(line) <= width ? line : DisplayWidth.truncate(line, toColumns: width)
  }
}
