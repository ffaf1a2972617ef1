/// The thin loop around `WalkthroughSession`: show the screen, wait at the prompt (with a
/// timer that writes reminders, deadlines and injects above it), turn each line into events,
/// write them durably, and only then say they are recorded. A write that fails is reported
/// as NOT recorded and the session stays where it was, so retrying is safe.
///
/// It talks only to a `Terminal`, so `crisis start`, `resume` and `drill` run it on the real
/// one and tests on a `MemoryTerminal` with a `ManualClock`.
public final class WalkthroughLoop {
  public private(set) var session: WalkthroughSession
  public let recorder: IncidentRecorder
  public let terminal: any Terminal
  public let clock: any WallClock
  /// Opens a message in `$EDITOR` for `sent N edit`; nil where there is none (then the
  /// operator pastes the text instead).
  public let editor: (any MessageEditor)?
  /// Reads what other terminals append; nil follows nothing (tests of one console).
  public let follower: (any IncidentFeed)?
  /// This console's place among the operators (the session token of its `operator.joined`);
  /// nil when it wrote none. Leaving writes `operator.left`, and pauses the incident only
  /// when no other console is still on it.
  public let seat: OperatorSeat?
  /// The resolution another terminal wrote: the loop ends with it.
  public private(set) var resolvedElsewhere: IncidentEvent?
  /// Whether following the log failed once (said once, then the loop goes on without it).
  private var followFailed = false

  public init(
    session: WalkthroughSession, recorder: IncidentRecorder, terminal: any Terminal,
    clock: any WallClock, editor: (any MessageEditor)? = nil, follower: (any IncidentFeed)? = nil,
    seat: OperatorSeat? = nil
  ) {
    self.session = session
    self.recorder = recorder
    self.terminal = terminal
    self.clock = clock
    self.editor = editor
    self.follower = follower
    self.seat = seat
  }

  private var styles: TextStyles { terminal.styles }
  private var words: any ScreenWords { session.language.screen }

  /// The lines around the screen, at the terminal's width now (it may have been resized).
  private var transcript: WalkthroughTranscript {
    WalkthroughTranscript(styles: terminal.styles, width: terminal.width)
  }

  /// Runs until the operator pauses, resolves, or input ends; throws when Ctrl-C ended it.
  public func run() throws(CommandFailure) {
    let opening = news() + recordDueEvents(showingScreen: false)
    showScreen()
    for line in opening { terminal.writeLine(line) }
    while true {
      for line in news() + recordDueEvents() { terminal.writeLine(line) }
      if resolvedElsewhere != nil { return endResolvedElsewhere() }
      let input = terminal.readLine(prompt: transcript.prompt(session), tick: 1) {
        let lines = self.news() + self.recordDueEvents()
        if self.resolvedElsewhere != nil { self.terminal.stopReading() }
        return lines
      }
      if resolvedElsewhere != nil { return endResolvedElsewhere() }
      switch input {
      case .endOfInput:
        return leave(reason: "end of input")
      case .interrupted:
        leave(reason: "interrupted")
        throw .interrupted
      case .line(let line):
        for news in news() { terminal.writeLine(news) }
        if resolvedElsewhere != nil { return endResolvedElsewhere() }
        if handle(line) { return }
        if resolvedElsewhere != nil { return endResolvedElsewhere() }
      }
    }
  }

  // MARK: - Other terminals

  /// Reads what other terminals appended since the last look, folds it in and returns the
  /// lines that announce it. Costs one `fstat` when nothing changed.
  private func news() -> [String] {
    guard let follower else { return [] }
    let poll: IncidentFollower.Poll
    do {
      poll = try follower.poll()
    } catch {
      guard !followFailed else { return [] }
      followFailed = true
      return transcript.wrap(words.cannotFollow("\(error)")).map(styles.yellow)
    }
    if poll.events.isEmpty, poll.problems.isEmpty, poll.reordered == nil { return [] }
    var lines: [String] = []
    for problem in poll.problems {
      lines += transcript.wrap(words.warning("\(problem)")).map(styles.yellow)
    }
    return lines + announce(session.take(poll))
  }

  /// The lines announcing what others wrote (once) and the conflicts it made; notes a
  /// resolution.
  private func announce(
    _ taken: (news: [IncidentEvent], conflicts: [IncidentState.DecisionConflict])
  ) -> [String] {
    var lines: [String] = []
    for event in taken.news {
      if case .incidentResolved = event.body, resolvedElsewhere == nil { resolvedElsewhere = event }
      lines += transcript.fromOthers(event, session: session)
    }
    // Answers given on two machines at once: both operators are told who answered what.
    for conflict in taken.conflicts {
      lines += transcript.wrap(session.describe(conflict)).map(styles.yellow)
    }
    return lines
  }

  /// The incident was resolved elsewhere: say by whom, and end (nothing more is written).
  private func endResolvedElsewhere() {
    guard let event = resolvedElsewhere else { return }
    var text = words.resolvedBy(event.actor, at: event.ts.clockTime)
    if case .incidentResolved(let p) = event.body, let summary = p.summary, !summary.isEmpty {
      text += ": \(summary)"
    }
    terminal.writeLine("")
    for line in transcript.wrap(text) { terminal.writeLine(styles.green(line)) }
    terminal.writeLine(TerminalText.sanitize(words.exportHint(session.state.id)))
  }

  /// What became of one draft.
  private enum Outcome {
    case written(IncidentEvent)
    case refused(String)
    case failed(LogError)
  }

  /// Writes one draft unless what others appended meanwhile makes it wrong (checked under
  /// the log's lock); their events are folded in first. Returns the lines announcing them.
  private func write(_ draft: EventDraft) -> (Outcome, [String]) {
    do {
      let checked = try session.append(draft, with: recorder)
      var lines: [String] = []
      lines += announce(session.take(IncidentFollower.Poll(events: checked.newer)))
      if let event = checked.event {
        session.record(event)
        return (.written(event), lines)
      }
      return (.refused(checked.refusal ?? words.someoneWroteFirst), lines)
    } catch {
      return (.failed(error), [])
    }
  }

  /// Handles one line; returns true when the walkthrough ends.
  private func handle(_ line: String) -> Bool {
    let now = clock.now()
    return perform(session.handle(line, at: now))
  }

  /// Writes a reaction's events, then shows what they mean; returns true when the
  /// walkthrough ends.
  private func perform(_ reaction: WalkthroughSession.Reaction) -> Bool {
    if let edit = reaction.edit {
      guard let editor else {
        terminal.writeLine(styles.yellow(words.noEditor))
        return false
      }
      switch editor.edit(edit.text) {
      case .cancelled(let reason):
        for line in transcript.wrap(words.nothingRecorded(reason)) {
          terminal.writeLine(styles.yellow(line))
        }
        return false
      case .saved(let text):
        return perform(
          session.posted(template: edit.template, text: text, url: edit.url, at: clock.now()))
      }
    }
    if let hint = reaction.hint {
      for line in transcript.wrap(hint) { terminal.writeLine(styles.yellow(line)) }
      return false
    }
    if reaction.ending == .paused {
      leave(reason: nil)
      return true
    }
    // What happened first (recorded, or NOT), then what it means.
    for draft in reaction.events {
      guard record(draft) else { return false }
    }
    for text in reaction.output {
      for part in text.split(separator: "\n", omittingEmptySubsequences: false) {
        terminal.writeLine(transcript.wrap(String(part)).joined(separator: "\n"))
      }
    }
    if let text = reaction.copy {
      if terminal.copyToClipboard(text) {
        terminal.writeLine(styles.green(words.copied))
        terminal.writeLine(styles.dim(words.clipboardBlocked))
      } else {
        terminal.writeLine(words.noClipboard)
      }
      terminal.writeLine(TerminalText.sanitize(text, keepNewlines: true))
    }
    switch reaction.ending {
    case .paused?:
      terminal.writeLine(words.paused)
      return true
    case .resolved?:
      if session.isDrill { showScorecard() }
      let resolved = words.resolvedWord
      let text = TerminalText.sanitize(resolved + " " + words.exportHint(session.state.id))
      for (i, line) in DisplayWidth.wrap(text, width: terminal.width).enumerated() {
        // "Resolved." in green, at the start of the first line.
        terminal.writeLine(
          i == 0 && line.hasPrefix(resolved)
            ? styles.green(resolved) + line.dropFirst(resolved.count) : line)
      }
      return true
    case nil:
      break
    }
    if reaction.showScreen { showScreen() }
    return false
  }

  /// Writes one event; says so on screen only once it is on disk.
  @discardableResult
  private func record(_ draft: EventDraft) -> Bool {
    let (outcome, news) = write(draft)
    for line in news { terminal.writeLine(line) }
    switch outcome {
    case .written(let event):
      for line in transcript.recorded(event, playbook: session.playbook, language: session.language)
      {
        terminal.writeLine(line)
      }
      return true
    case .refused where draft.type == .stepStarted:
      // Another console opened the same step a moment earlier: what was wanted is done.
      session.followIncident()
      return true
    case .refused(let why):
      for line in transcript.wrap(words.notRecorded(why)) {
        terminal.writeLine(styles.yellow(line))
      }
      return false
    case .failed(let error):
      notRecorded(error)
      return false
    }
  }

  /// Says that a write failed and that retrying is safe.
  private func notRecorded(_ error: LogError) {
    for line in transcript.notRecorded(error, words: words, errors: session.language.errors) {
      terminal.writeLine(line)
    }
  }

  /// Records what is due now (next step, deadlines, updates owed, injects); returns the lines
  /// to show.
  private func recordDueEvents(showingScreen: Bool = true) -> [String] {
    var lines: [String] = []
    var openedStep = false
    for draft in session.dueEvents(at: clock.now()) {
      let (outcome, news) = write(draft)
      lines += news
      switch outcome {
      case .written(let event):
        if event.type == .stepStarted {
          openedStep = true
        } else {
          lines += transcript.announcement(event, session: session)
        }
      case .refused:
        // Another console wrote it first: nothing owed any more.
        continue
      case .failed(let error):
        lines.append(
          transcript.notRecorded(error, words: words, errors: session.language.errors)[0])
      }
      if case .failed = outcome { break }
    }
    if openedStep && showingScreen {
      lines.append(contentsOf: screenLines())
    }
    return lines
  }

  /// Ends a drill: the scorecard from everything in the log, logged and shown.
  private func showScorecard() {
    let clockCopy = session.clock
    let recorded: (event: IncidentEvent, scorecard: DrillScorecard)?
    do {
      recorded = try DrillScorecard.record(
        with: recorder, playbook: session.playbook, language: session.language,
        simulated: { clockCopy.elapsed(at: $0) })
    } catch {
      return notRecorded(error)
    }
    guard let (event, scorecard) = recorded else { return }
    session.record(event)
    for line in transcript.recorded(event, playbook: session.playbook, language: session.language) {
      terminal.writeLine(line)
    }
    terminal.writeLine("")
    terminal.writeLine(styles.bold(words.scorecardTitle))
    for line in scorecard.lines(width: terminal.width - 2) {
      terminal.writeLine("  " + TerminalText.sanitize(line))
    }
    terminal.writeLine("")
  }

  /// Leaves the incident (`p`, Ctrl-D, Ctrl-C, the end of input; `reason` nil for `p`):
  /// writes `operator.left`, and pauses the incident only when no other console is on it.
  private func leave(reason: String?) {
    if reason != nil { terminal.writeLine("") }
    guard !session.state.isResolved else {
      terminal.writeLine(words.paused)
      return
    }
    var stillOn: String?
    if let seat {
      record(
        EventDraft(.operatorLeft(OperatorLeft(session: seat.session, reason: reason ?? "paused"))))
      if resolvedElsewhere != nil { return endResolvedElsewhere() }
      stillOn = seat.othersStillOn(session.state, words: words)
    }
    if let stillOn {
      for line in transcript.wrap(stillOn) { terminal.writeLine(line) }
      return
    }
    record(EventDraft(.incidentPaused(IncidentPaused(reason: reason))))
    if resolvedElsewhere != nil { return endResolvedElsewhere() }
    terminal.writeLine(words.paused)
  }

  // MARK: - Output

  private func showScreen() {
    terminal.write(
      StepScreen(session: session, styles: styles, width: terminal.width).render(at: clock.now()))
  }

  private func screenLines() -> [String] {
    StepScreen(session: session, styles: styles, width: terminal.width).render(at: clock.now())
      .split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
  }
}

/// A console's place among the operators of an incident: the token its `operator.joined`
/// carries, and how to tell whether the other consoles still run.
public struct OperatorSeat: Sendable {
  public var session: String
  public var liveness: OperatorLiveness

  public init(session: String, liveness: OperatorLiveness = .system) {
    self.session = session
    self.liveness = liveness
  }

  /// When other consoles are still on the incident, the sentence saying so (this one left,
  /// the incident keeps running); nil when this was the last, and the incident pauses.
  public func othersStillOn(
    _ state: IncidentState, words: any ScreenWords = Language.english.screen
  ) -> String? {
    let others = liveness.others(in: state, than: session)
    guard !others.isEmpty else { return nil }
    var names: [String] = []
    for other in others where !names.contains(other.actor) { names.append(other.actor) }
    return words.stillOn(names)
  }
}
