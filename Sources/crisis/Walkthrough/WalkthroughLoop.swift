import CrisisKit

/// The thin loop around `WalkthroughSession`: show the screen, wait at the prompt (with a
/// timer that writes reminders, deadlines and injects above it), turn each line into events,
/// write them durably, and only then say they are recorded. A write that fails is reported
/// as NOT recorded and the session stays where it was, so retrying is safe.
final class WalkthroughLoop {
  private(set) var session: WalkthroughSession
  let recorder: IncidentRecorder
  let terminal: any Terminal
  let clock: any Clock

  init(
    session: WalkthroughSession, recorder: IncidentRecorder, terminal: any Terminal,
    clock: any Clock
  ) {
    self.session = session
    self.recorder = recorder
    self.terminal = terminal
    self.clock = clock
  }

  private var styles: TextStyles { terminal.styles }

  /// Runs until the operator pauses, resolves, or input ends; throws when Ctrl-C ended it.
  func run() throws(CommandFailure) {
    let opening = recordDueEvents(showingScreen: false)
    showScreen()
    for line in opening { terminal.writeLine(line) }
    while true {
      for line in recordDueEvents() { terminal.writeLine(line) }
      let input = terminal.readLine(prompt: prompt(), tick: 1) { self.recordDueEvents() }
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
    let reaction = session.handle(line, at: now)
    if let hint = reaction.hint {
      for line in wrapLines(clean(hint)) { terminal.writeLine(styles.yellow(line)) }
      return false
    }
    // What happened first (recorded, or NOT), then what it means.
    for draft in reaction.events {
      guard record(draft) else { return false }
    }
    for text in reaction.output {
      for part in text.split(separator: "\n", omittingEmptySubsequences: false) {
        terminal.writeLine(wrapLines(clean(String(part))).joined(separator: "\n"))
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
      terminal.writeLine(clean(text, keepNewlines: true))
    }
    switch reaction.ending {
    case .paused?:
      terminal.writeLine("Paused. `crisis resume` continues where you left off.")
      return true
    case .resolved?:
      if session.isDrill { showScorecard() }
      terminal.writeLine(
        styles.green("Resolved.")
          + " `crisis export \(clean(session.state.id))` writes the timeline and the review.")
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
      for line in confirmation(event) { terminal.writeLine(line) }
      return true
    } catch {
      notRecorded(error)
      return false
    }
  }

  /// Says that a write failed and that retrying is safe.
  private func notRecorded(_ error: LogError) {
    terminal.writeLine(styles.red(styles.bold("NOT recorded: ")) + clean(error.description))
    terminal.writeLine(
      "Nothing changed. Fix the cause (disk space, permissions) and type the command again.")
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
        if event.type == .stepStarted { openedStep = true } else { lines += announcement(event) }
      } catch {
        lines.append(styles.red("NOT recorded: ") + clean(error.description))
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
    for line in confirmation(event) { terminal.writeLine(line) }
    terminal.writeLine("")
    terminal.writeLine(styles.bold("Drill scorecard"))
    for line in scorecard.lines { terminal.writeLine("  " + clean(line)) }
    terminal.writeLine("")
  }

  private func leave(reason: String) {
    terminal.writeLine("")
    if !session.state.isResolved {
      record(EventDraft(.incidentPaused, [("reason", .string(reason))]))
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

  private func prompt() -> String {
    switch session.pending {
    case .skipReason?: return styles.bold("reason> ")
    case .answer(let step)?:
      let count = session.playbook.step(step)?.decision?.choices.count ?? 0
      return styles.bold("answer 1-\(count)> ")
    case .pickMessage?: return styles.bold("message number> ")
    case nil:
      // No T+ here: the prompt stays on screen while time passes and would go stale.
      let step = session.state.currentStep ?? "crisis"
      let drill = session.isDrill ? styles.yellow("DRILL ") : ""
      return drill + styles.bold("\(clean(step))> ")
    }
  }

  private func confirmation(_ event: IncidentEvent) -> [String] {
    let head = "✓ recorded \(event.ts.clockTimeWithSeconds)"
    let lines = wrapLines(
      head + " " + clean(EventDescription.text(event, playbook: session.playbook)))
    guard let first = lines.first, first.hasPrefix(head) else { return lines }
    return [styles.green(head) + String(first.dropFirst(head.count))] + lines.dropFirst()
  }

  private func announcement(_ event: IncidentEvent) -> [String] {
    let t = "T+\(Elapsed.label(event.sim ?? session.elapsed(at: event.ts)))"
    let text = clean(EventDescription.text(event, playbook: session.playbook))
    let styles = self.styles
    let (mark, paint): (String, (String) -> String)
    switch event.type {
    case .reminder where event.string("kind") == "deadline":
      (mark, paint) = ("⚠", { styles.red(styles.bold($0)) })
    case .reminder: (mark, paint) = ("⏰", { styles.yellow(styles.bold($0)) })
    case .inject: (mark, paint) = ("📣", { styles.magenta(styles.bold($0)) })
    default: (mark, paint) = ("", { $0 })
    }
    let plain = mark.isEmpty ? "\(t) \(text)" : "\(mark) \(t) \(text)"
    return DisplayWidth.wrap(plain, width: terminal.width).map(paint)
  }

  /// Wraps plain text to the screen, so the prompt's redraw stays clean.
  private func wrapLines(_ text: String) -> [String] {
    DisplayWidth.wrap(text, width: terminal.width)
  }

  private func clean(_ text: String, keepNewlines: Bool = false) -> String {
    TerminalText.sanitize(text, keepNewlines: keepNewlines)
  }
}
