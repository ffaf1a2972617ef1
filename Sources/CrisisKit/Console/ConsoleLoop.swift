/// The full-screen console: the same session, commands and log writes as `WalkthroughLoop`,
/// on a screen that redraws itself every tick (the T+ clock and the countdowns move without a
/// keypress), after every key and event, and on resize, writing only the rows that changed.
///
/// Events are written exactly as in the line mode: the recorder appends and fsyncs, and only
/// then is the event folded into the session and shown as recorded; a failed write shows NOT
/// recorded and changes nothing. Ctrl-C and Ctrl-D (on an empty line) pause the incident.
///
/// Events written by other terminals come from `follow`, called every tick: each one newer
/// than the session's last is folded in and put in the ticker; an inject becomes a banner; a
/// resolve ends the console, saying who resolved.
public final class ConsoleLoop {
  public private(set) var session: WalkthroughSession
  public let recorder: IncidentRecorder
  public let terminal: any FullScreenTerminal
  public let clock: any WallClock
  public let editor: (any MessageEditor)?
  /// New events from the log written by others since the last call.
  public let follow: () -> [IncidentEvent]
  public private(set) var view = ConsoleView()
  /// The frame on screen, nil when the screen must be drawn afresh.
  public private(set) var shown: ScreenDiff.Screen?
  /// Lines written to the operator's own screen once the console has left the alternate one.
  public private(set) var farewell: [String] = []

  private var shownSize = (width: 0, height: 0)
  private var history: [String] = []
  private var scrollRows = 1
  private var maxScroll = 0
  /// Seconds between ticks.
  public static let tick = 1.0

  public init(
    session: WalkthroughSession, recorder: IncidentRecorder, terminal: any FullScreenTerminal,
    clock: any WallClock, editor: (any MessageEditor)? = nil,
    follow: @escaping () -> [IncidentEvent] = { [] }
  ) {
    self.session = session
    self.recorder = recorder
    self.terminal = terminal
    self.clock = clock
    self.editor = editor
    self.follow = follow
  }

  private var styles: TextStyles { terminal.styles }

  private enum Outcome { case goOn, ended, interrupted }

  /// Runs until the operator pauses or resolves, someone else resolves, or input ends;
  /// throws when Ctrl-C ended it. When the terminal cannot go full screen, runs the line mode.
  public func run() throws(CommandFailure) {
    guard terminal.enterFullScreen() else {
      return try WalkthroughLoop(
        session: session, recorder: recorder, terminal: terminal, clock: clock, editor: editor
      ).run()
    }
    recordDueEvents()
    draw()
    var outcome = Outcome.goOn
    while outcome == .goOn {
      switch terminal.nextInput(tick: Self.tick) {
      case .tick:
        outcome = followOthers()
        if outcome == .goOn { recordDueEvents() }
      case .resized:
        shown = nil
      case .endOfInput:
        outcome = pause(reason: "end of input")
      case .keys(let keys):
        for key in keys where outcome == .goOn { outcome = handle(key) }
      }
      if outcome == .goOn { draw() }
    }
    terminal.leaveFullScreen()
    for line in farewell { terminal.writeLine(line) }
    if outcome == .interrupted { throw .interrupted }
  }

  // MARK: - Keys

  private func handle(_ key: Key) -> Outcome {
    if view.input.edit(key) { return .goOn }
    switch key {
    case .enter:
      let line = view.input.text
      if !line.allSatisfy(\.isWhitespace), history.last != line { history.append(line) }
      view.input = LineBuffer(history: history)
      return submit(line)
    case .pageUp:
      view.scroll = max(0, min(view.scroll, maxScroll) - max(scrollRows - 1, 1))
    case .pageDown:
      view.scroll = min(view.scroll + max(scrollRows - 1, 1), maxScroll)
    case .escape:
      if view.page != nil {
        view.page = nil
        view.scroll = 0
      } else {
        acknowledgeInjects()
      }
    case .control("c"):
      _ = pause(reason: "interrupted")
      return .interrupted
    case .control("d"):
      if view.input.characters.isEmpty { return pause(reason: "end of input") }
      view.input.deleteForward()
    case .control("l"):
      shown = nil
    case .control("z"):
      terminal.suspend()
      shown = nil
    default:
      break
    }
    return .goOn
  }

  private func acknowledgeInjects() {
    guard !view.injects.isEmpty else { return }
    view.messages = [
      ConsoleView.Line("Acknowledged: \(view.injects.joined(separator: "; "))", tone: .dim)
    ]
    view.injects = []
  }

  // MARK: - Commands

  /// One line typed at the prompt: `ack` here, everything else through the session.
  private func submit(_ line: String) -> Outcome {
    view.messages = []
    if session.pending == nil, line.trimmingSpaces().lowercased() == "ack" {
      if view.injects.isEmpty {
        view.messages = [ConsoleView.Line("No inject to acknowledge.", tone: .warning)]
      }
      acknowledgeInjects()
      return .goOn
    }
    if line.trimmingSpaces().isEmpty, session.pending == nil {
      view.page = nil
      view.scroll = 0
    }
    return perform(session.handle(line, at: clock.now()))
  }

  private func perform(_ reaction: WalkthroughSession.Reaction) -> Outcome {
    if let edit = reaction.edit {
      guard let editor else {
        say("No editor here; `sent N paste` records the text as you paste it.", tone: .warning)
        return .goOn
      }
      terminal.leaveFullScreen()
      let result = editor.edit(edit.text)
      _ = terminal.enterFullScreen()
      shown = nil
      switch result {
      case .cancelled(let reason):
        say("Nothing recorded: \(reason)", tone: .warning)
        return .goOn
      case .saved(let text):
        return perform(
          session.posted(template: edit.template, text: text, url: edit.url, at: clock.now()))
      }
    }
    if let hint = reaction.hint {
      say(hint, tone: .warning)
      return .goOn
    }
    for draft in reaction.events {
      guard record(draft) else { return .goOn }
    }
    let output = reaction.output.flatMap {
      $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
    if output.count > 2 {
      view.page = ConsoleView.Page(title: output[0], lines: Array(output.dropFirst()))
      view.scroll = 0
    } else {
      for line in output { say(line) }
    }
    if let text = reaction.copy {
      if terminal.copyToClipboard(text) {
        say("Copied to the clipboard (OSC 52): paste it into the channel.", tone: .good)
      } else {
        say("No clipboard here; the text is shown above.", tone: .warning)
      }
      view.page = ConsoleView.Page(
        title: "The text to post (if the clipboard stays empty, copy it from here)",
        lines: text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
      view.scroll = 0
    }
    switch reaction.ending {
    case .paused?:
      farewell.append("Paused. `crisis resume` continues where you left off.")
      return .ended
    case .resolved?:
      if session.isDrill { recordScorecard() }
      farewell.append(
        styles.green("Resolved.")
          + TerminalText.sanitize(
            " `crisis export \(session.state.id)` writes the timeline and the review."))
      return .ended
    case nil:
      break
    }
    if reaction.showScreen {
      view.page = nil
      view.scroll = 0
    }
    return .goOn
  }

  private func say(_ text: String, tone: ConsoleView.Tone = .plain) {
    view.messages.append(ConsoleView.Line(text, tone: tone))
  }

  // MARK: - Events

  /// Writes one event; says so only once it is on disk.
  @discardableResult
  private func record(_ draft: EventDraft) -> Bool {
    let clockCopy = session.clock
    do {
      let event = try recorder.record(draft, simulated: { clockCopy.elapsed(at: $0) })
      session.record(event)
      say(
        "✓ recorded \(event.ts.clockTimeWithSeconds) "
          + EventDescription.text(event, playbook: session.playbook), tone: .good)
      show(event)
      return true
    } catch {
      notRecorded(error)
      return false
    }
  }

  private func notRecorded(_ error: LogError) {
    say("NOT recorded: " + error.description, tone: .alarm)
    say("Nothing changed. Fix the cause (disk space, permissions) and type the command again.")
  }

  /// Records what is due now: the next step, deadlines, updates owed, injects.
  private func recordDueEvents() {
    for draft in session.dueEvents(at: clock.now()) {
      let clockCopy = session.clock
      do {
        let event = try recorder.record(draft, simulated: { clockCopy.elapsed(at: $0) })
        session.record(event)
        if event.type == .stepStarted, view.page == nil { view.scroll = 0 }
        show(event)
      } catch {
        notRecorded(error)
        break
      }
    }
  }

  /// Folds in what other terminals wrote.
  private func followOthers() -> Outcome {
    for event in follow() where event.seq > session.state.lastSeq {
      session.record(event)
      show(event)
      if session.state.isResolved {
        farewell.append(
          TerminalText.sanitize(
            "Resolved by \(event.actor) at \(event.ts.clockTime). `crisis export \(session.state.id)` writes the timeline and the review."
          ))
        return .ended
      }
    }
    return .goOn
  }

  /// An event in the ticker (and an inject on the board).
  private func show(_ event: IncidentEvent) {
    let text = EventDescription.text(event, playbook: session.playbook)
    let tone: ConsoleView.Tone
    switch event.body {
    case .reminder(let reminder) where reminder.kind == .deadline: tone = .alarm
    case .reminder: tone = .warning
    case .inject(let inject):
      tone = .inject
      view.addInject(inject.title)
    default: tone = .plain
    }
    view.addToTicker(
      ConsoleView.Line("\(event.ts.clockTimeWithSeconds) \(event.actor) · \(text)", tone: tone))
  }

  /// Ends a drill: the scorecard from everything in the log, logged, shown after the console.
  private func recordScorecard() {
    let clockCopy = session.clock
    do {
      guard
        let (event, scorecard) = try DrillScorecard.record(
          with: recorder, playbook: session.playbook, simulated: { clockCopy.elapsed(at: $0) })
      else { return }
      session.record(event)
      farewell.append(styles.bold("Drill scorecard"))
      for line in scorecard.lines(width: terminal.width - 2) {
        farewell.append("  " + TerminalText.sanitize(line))
      }
      farewell.append("")
    } catch {
      farewell.append(styles.red("NOT recorded: ") + TerminalText.sanitize(error.description))
    }
  }

  private func pause(reason: String) -> Outcome {
    if !session.state.isResolved {
      record(EventDraft(.incidentPaused(IncidentPaused(reason: reason))))
    }
    farewell.append("Paused. `crisis resume` continues where you left off.")
    return .ended
  }

  // MARK: - Drawing

  /// Renders the frame for now and writes what changed.
  public func draw() {
    let size = (width: terminal.width, height: terminal.height)
    if size != shownSize { shown = nil }
    let frame = ConsoleFrame(
      session: session, view: view, width: size.width, height: size.height, styles: styles
    ).render(at: clock.now())
    scrollRows = frame.scrollRows
    maxScroll = frame.maxScroll
    view.scroll = min(view.scroll, maxScroll)
    let output = ScreenDiff.update(from: shown, to: frame.screen, styled: styles.isEnabled)
    if !output.isEmpty { terminal.write(output) }
    shown = frame.screen
    shownSize = size
  }
}
