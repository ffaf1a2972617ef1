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
  /// New events from the log written by others since the last call (tests); a real
  /// console follows the log through `follower`.
  public let follow: () -> [IncidentEvent]
  /// Reads what other terminals append to the log, without reading it again.
  public let follower: (any IncidentFeed)?
  /// This console as an operator on the incident: it leaves with `operator.left`, and pauses
  /// the incident only when no other console is still on it.
  public let seat: OperatorSeat?
  /// A follower that failed once is not asked again (said once).
  private var followFailed = false
  /// Lines to show when the console opens ("joining: anna is on this incident since 17:05"),
  /// which the alternate screen would otherwise hide.
  public var notice: [String] = []
  /// The incident's last events before this console opened (`resume`): the ticker starts
  /// with them, so whoever joins sees what just happened, not an empty ticker.
  public var recent: [IncidentEvent] = []
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
    follow: @escaping () -> [IncidentEvent] = { [] }, follower: (any IncidentFeed)? = nil,
    seat: OperatorSeat? = nil
  ) {
    self.session = session
    self.recorder = recorder
    self.terminal = terminal
    self.clock = clock
    self.editor = editor
    self.follow = follow
    self.follower = follower
    self.seat = seat
  }

  private var styles: TextStyles { terminal.styles }
  private var words: any ScreenWords { session.language.screen }

  private enum Outcome { case goOn, ended, interrupted }

  /// Runs until the operator pauses or resolves, someone else resolves, or input ends;
  /// throws when Ctrl-C ended it. When the terminal cannot go full screen, runs the line mode.
  public func run() throws(CommandFailure) {
    guard terminal.enterFullScreen() else {
      return try WalkthroughLoop(
        session: session, recorder: recorder, terminal: terminal, clock: clock, editor: editor,
        follower: follower, seat: seat
      ).run()
    }
    for event in recent { show(event, onBoard: false) }
    for line in notice { say(line) }
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
    for line in farewell {
      // Plain lines are wrapped at a word; a styled one is short and written as it is.
      guard !line.contains("\u{1B}") else {
        terminal.writeLine(line)
        continue
      }
      for part in DisplayWidth.wrap(line, width: terminal.width) { terminal.writeLine(part) }
    }
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
      ConsoleView.Line(words.acknowledged(view.injects.joined(separator: "; ")), tone: .dim)
    ]
    view.injects = []
  }

  // MARK: - Commands

  /// One line typed at the prompt: `ack` here, everything else through the session.
  private func submit(_ line: String) -> Outcome {
    view.messages = []
    if session.pending == nil, line.trimmingSpaces().lowercased() == "ack" {
      if view.injects.isEmpty {
        view.messages = [ConsoleView.Line(words.noInjectToAcknowledge, tone: .warning)]
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
        say(words.noEditor, tone: .warning)
        return .goOn
      }
      terminal.leaveFullScreen()
      let result = editor.edit(edit.text)
      _ = terminal.enterFullScreen()
      shown = nil
      switch result {
      case .cancelled(let reason):
        say(words.nothingRecorded(reason), tone: .warning)
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
    if reaction.ending == .paused {
      // `p`: this console leaves; the incident pauses only when nobody else is on it.
      return pause(reason: "paused")
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
        say(words.copied, tone: .good)
      } else {
        say(words.noClipboardHere, tone: .warning)
      }
      view.page = ConsoleView.Page(
        title: words.textToPost,
        lines: text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
      view.scroll = 0
    }
    switch reaction.ending {
    case .paused?:
      farewell.append(words.paused)
      return .ended
    case .resolved?:
      if session.isDrill { recordScorecard() }
      farewell.append(
        styles.green(words.resolvedWord)
          + TerminalText.sanitize(" " + words.exportHint(session.state.id)))
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

  /// Writes one event; says so only once it is on disk. What other terminals appended
  /// meanwhile is read under the log's lock and folded in first; a draft it makes wrong (a
  /// question they answered, a step they finished) is not written, and the hint says who.
  @discardableResult
  private func record(_ draft: EventDraft) -> Bool {
    guard let event = write(draft, announce: true) else { return false }
    say(
      words.recorded(at: event.ts.clockTimeWithSeconds) + " "
        + session.language.events.line(event, playbook: session.playbook), tone: .good)
    return true
  }

  /// The checked append shared by commands and the events crisis writes by itself.
  private func write(_ draft: EventDraft, announce: Bool) -> IncidentEvent? {
    do {
      let checked = try session.append(draft, with: recorder)
      self.announce(session.take(IncidentFollower.Poll(events: checked.newer)))
      guard let event = checked.event else {
        if announce, let refusal = checked.refusal { say(refusal, tone: .warning) }
        return nil
      }
      session.record(event)
      show(event)
      return event
    } catch {
      notRecorded(error)
      return nil
    }
  }

  private func notRecorded(_ error: LogError) {
    say(words.notRecordedMark + error.message(session.language.errors), tone: .alarm)
    say(words.nothingChanged)
  }

  /// Records what is due now: the next step, deadlines, updates owed, injects.
  private func recordDueEvents() {
    for draft in session.dueEvents(at: clock.now()) {
      guard let event = write(draft, announce: false) else { break }
      if event.type == .stepStarted, view.page == nil { view.scroll = 0 }
    }
  }

  /// Folds in what other terminals wrote: from the follower (one `fstat` when nothing
  /// changed), and from `follow` (tests).
  private func followOthers() -> Outcome {
    announce(session.take(IncidentFollower.Poll(events: follow())))
    if let follower, !followFailed {
      do {
        let poll = try follower.poll()
        for problem in poll.problems { say(words.warning("\(problem)"), tone: .warning) }
        announce(session.take(poll))
      } catch {
        followFailed = true
        say(words.cannotFollow("\(error)"), tone: .warning)
      }
    }
    if let team = follower as? TeamFollower { view.unshared = team.unshared }
    return endedElsewhere()
  }

  /// Shows what others wrote (once) and the conflicts it made; notes a resolution.
  private func announce(
    _ taken: (news: [IncidentEvent], conflicts: [IncidentState.DecisionConflict])
  ) {
    for event in taken.news {
      show(event)
      if case .incidentResolved = event.body, resolvedElsewhere == nil { resolvedElsewhere = event }
    }
    // Answers given on two machines at once: both operators are told who answered what.
    for conflict in taken.conflicts { say(session.describe(conflict), tone: .warning) }
  }

  /// The resolve another terminal wrote, if any: ends this console, saying who and when.
  private var resolvedElsewhere: IncidentEvent?

  private func endedElsewhere() -> Outcome {
    guard let event = resolvedElsewhere else { return .goOn }
    var text = words.resolvedBy(event.actor, at: event.ts.clockTime)
    if case .incidentResolved(let p) = event.body, let summary = p.summary, !summary.isEmpty {
      text += ": \(summary)"
    }
    farewell.append(
      TerminalText.sanitize(
        text + ". " + words.exportHint(session.state.id)))
    return .ended
  }

  /// An event in the ticker (and an inject on the board, unless it is history).
  private func show(_ event: IncidentEvent, onBoard: Bool = true) {
    let text = session.language.events.line(event, playbook: session.playbook)
    let tone: ConsoleView.Tone
    switch event.body {
    case .reminder(let reminder) where reminder.kind == .deadline: tone = .alarm
    case .reminder: tone = .warning
    case .inject(let inject):
      tone = .inject
      if onBoard { view.addInject(inject.title) }
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
          with: recorder, playbook: session.playbook, language: session.language,
          simulated: { clockCopy.elapsed(at: $0) })
      else { return }
      session.record(event)
      farewell.append(styles.bold(words.scorecardTitle))
      for line in scorecard.lines(width: terminal.width - 2) {
        farewell.append("  " + TerminalText.sanitize(line))
      }
      farewell.append("")
    } catch {
      farewell.append(
        styles.red(words.notRecordedMark)
          + TerminalText.sanitize(error.message(session.language.errors)))
    }
  }

  /// Leaves the incident: `operator.left`, and `incident.paused` only when no other console
  /// is still on it (then it keeps running for them).
  private func pause(reason: String) -> Outcome {
    guard !session.state.isResolved else {
      farewell.append(words.paused)
      return .ended
    }
    if let seat {
      record(EventDraft(.operatorLeft(OperatorLeft(session: seat.session, reason: reason))))
      if resolvedElsewhere != nil { return endedElsewhere() }
      if let stillOn = seat.othersStillOn(session.state, words: words) {
        farewell.append(TerminalText.sanitize(stillOn))
        return .ended
      }
    }
    view.messages = []
    guard record(EventDraft(.incidentPaused(IncidentPaused(reason: reason)))) else {
      // The screen is about to go: what failed must be said where the operator still reads.
      farewell += view.messages.map(\.text)
      farewell.append(words.notMarkedPaused)
      return .ended
    }
    if resolvedElsewhere != nil { return endedElsewhere() }
    farewell.append(words.paused)
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
