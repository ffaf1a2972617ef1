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

  public init(
    session: WalkthroughSession, recorder: IncidentRecorder, terminal: any Terminal,
    clock: any WallClock, editor: (any MessageEditor)? = nil
  ) {
    self.session = session
    self.recorder = recorder
    self.terminal = terminal
    self.clock = clock
    self.editor = editor
  }

  private var styles: TextStyles { terminal.styles }

  /// The lines around the screen, at the terminal's width now (it may have been resized).
  private var transcript: WalkthroughTranscript {
    WalkthroughTranscript(styles: terminal.styles, width: terminal.width)
  }

  /// Runs until the operator pauses, resolves, or input ends; throws when Ctrl-C ended it.
  public func run() throws(CommandFailure) {
    let opening = recordDueEvents(showingScreen: false)
    showScreen()
    for line in opening { terminal.writeLine(line) }
    while true {
      for line in recordDueEvents() { terminal.writeLine(line) }
      let input = terminal.readLine(prompt: transcript.prompt(session), tick: 1) {
        self.recordDueEvents()
      }
      switch input {
      case .endOfInput:
        return leave(reason: "end of input")
      case .interrupted:
        leave(reason: "interrupted")
        throw .interrupted
      case .line(let line):
        if handle(line) { return }
      }
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
        terminal.writeLine(
          styles.yellow("No editor here; `sent N paste` records the text as you paste it."))
        return false
      }
      switch editor.edit(edit.text) {
      case .cancelled(let reason):
        for line in transcript.wrap("Nothing recorded: \(reason)") {
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
        terminal.writeLine(
          styles.green("Copied to the clipboard (OSC 52): paste it into the channel."))
        terminal.writeLine(
          styles.dim(
            "If nothing arrives, your terminal blocks clipboard access; copy it from here:"))
      } else {
        terminal.writeLine("Not a terminal, so no clipboard; the text:")
      }
      terminal.writeLine(TerminalText.sanitize(text, keepNewlines: true))
    }
    switch reaction.ending {
    case .paused?:
      terminal.writeLine("Paused. `crisis resume` continues where you left off.")
      return true
    case .resolved?:
      if session.isDrill { showScorecard() }
      let text = TerminalText.sanitize(
        "Resolved. `crisis export \(session.state.id)` writes the timeline and the review.")
      for (i, line) in DisplayWidth.wrap(text, width: terminal.width).enumerated() {
        // "Resolved." in green, at the start of the first line.
        terminal.writeLine(
          i == 0 && line.hasPrefix("Resolved.")
            ? styles.green("Resolved.") + line.dropFirst("Resolved.".count) : line)
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
    let clockCopy = session.clock
    do {
      let event = try recorder.record(draft, simulated: { clockCopy.elapsed(at: $0) })
      session.record(event)
      for line in transcript.recorded(event, playbook: session.playbook) {
        terminal.writeLine(line)
      }
      return true
    } catch {
      notRecorded(error)
      return false
    }
  }

  /// Says that a write failed and that retrying is safe.
  private func notRecorded(_ error: LogError) {
    for line in transcript.notRecorded(error) { terminal.writeLine(line) }
  }

  /// Records what is due now (next step, deadlines, updates owed, injects); returns the lines
  /// to show.
  private func recordDueEvents(showingScreen: Bool = true) -> [String] {
    var lines: [String] = []
    var openedStep = false
    for draft in session.dueEvents(at: clock.now()) {
      let clockCopy = session.clock
      do {
        let event = try recorder.record(draft, simulated: { clockCopy.elapsed(at: $0) })
        session.record(event)
        if event.type == .stepStarted {
          openedStep = true
        } else {
          lines += transcript.announcement(event, session: session)
        }
      } catch {
        lines.append(transcript.notRecorded(error)[0])
        break
      }
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
        with: recorder, playbook: session.playbook, simulated: { clockCopy.elapsed(at: $0) })
    } catch {
      return notRecorded(error)
    }
    guard let (event, scorecard) = recorded else { return }
    session.record(event)
    for line in transcript.recorded(event, playbook: session.playbook) { terminal.writeLine(line) }
    terminal.writeLine("")
    terminal.writeLine(styles.bold("Drill scorecard"))
    for line in scorecard.lines(width: terminal.width - 2) {
      terminal.writeLine("  " + TerminalText.sanitize(line))
    }
    terminal.writeLine("")
  }

  private func leave(reason: String) {
    terminal.writeLine("")
    if !session.state.isResolved {
      record(EventDraft(.incidentPaused(IncidentPaused(reason: reason))))
    }
    terminal.writeLine("Paused. `crisis resume` continues where you left off.")
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
