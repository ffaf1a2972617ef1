/// The lines the walkthrough prints around its screen, as pure functions of the session, the
/// colours and the width: the prompt, the confirmation that an event is on disk, the
/// announcement of what came due (a reminder, a deadline, an inject), and the warning that a
/// write failed. Everything from the playbook or the log is sanitised and wrapped to the
/// screen here, so the executable's loop only writes lines.
public struct WalkthroughTranscript: Sendable {
  public var styles: TextStyles
  /// Columns of the screen.
  public var width: Int

  public init(styles: TextStyles, width: Int) {
    self.styles = styles
    self.width = width
  }

  /// What the prompt asks for: a reason, an answer's number, a message's number, or the
  /// current step (no T+: the prompt stays on screen while time passes and would go stale).
  public func prompt(_ session: WalkthroughSession) -> String {
    let words = session.language.screen
    switch session.pending {
    case .skipReason?: return styles.bold(words.reasonPrompt)
    case .answer(let step)?:
      let count = session.playbook.step(step)?.decision?.choices.count ?? 0
      return styles.bold(words.answerPrompt(count))
    case .pickMessage?: return styles.bold(words.messagePrompt)
    case .resolve(let summary)?:
      return styles.bold(summary == nil ? words.summaryPrompt : words.resolvePrompt)
    case .paste?: return styles.dim(words.pastePrompt)
    case nil:
      let step = session.focus ?? "crisis"
      let drill = session.isDrill ? styles.yellow(words.drill + " ") : ""
      return drill + styles.bold("\(TerminalText.sanitize(step))> ")
    }
  }

  /// `✓ recorded 17:03:12 WHAT`, the mark in green, wrapped.
  public func recorded(
    _ event: IncidentEvent, playbook: Playbook, language: Language = .english
  ) -> [String] {
    let head = language.screen.recorded(at: event.ts.clockTimeWithSeconds)
    let lines = wrap(head + " " + language.events.line(event, playbook: playbook))
    guard let first = lines.first, first.hasPrefix(head) else { return lines }
    return [styles.green(head) + String(first.dropFirst(head.count))] + lines.dropFirst()
  }

  /// A due event as it appears above the prompt: `⏰ T+30m …` (reminder), `⚠` in red
  /// (a deadline passed), `📣` (an inject); other events without a mark.
  public func announcement(_ event: IncidentEvent, session: WalkthroughSession) -> [String] {
    let t = "T+\(SpanText.text(event.sim ?? session.elapsed(at: event.ts)))"
    let text = TerminalText.sanitize(
      session.language.events.line(event, playbook: session.playbook))
    let styles = self.styles
    let (mark, paint): (String, (String) -> String)
    switch event.body {
    case .reminder(let reminder) where reminder.kind == .deadline:
      (mark, paint) = ("⚠", { styles.red(styles.bold($0)) })
    case .reminder: (mark, paint) = ("⏰", { styles.yellow(styles.bold($0)) })
    case .inject: (mark, paint) = ("📣", { styles.magenta(styles.bold($0)) })
    default: (mark, paint) = ("", { $0 })
    }
    let plain = mark.isEmpty ? "\(t) \(text)" : "\(mark) \(t) \(text)"
    return DisplayWidth.wrap(plain, width: width).map(paint)
  }

  /// An event another terminal wrote, as it appears above the prompt:
  /// `↪ T+12m anna: note: called the host`, sanitised and wrapped.
  public func fromOthers(_ event: IncidentEvent, session: WalkthroughSession) -> [String] {
    let t = "T+\(SpanText.text(event.sim ?? session.state.tPlus(of: event)))"
    let text = session.language.events.line(event, playbook: session.playbook)
    return DisplayWidth.wrapHanging(
      TerminalText.sanitize("↪ \(t) \(event.actor): \(text)"), width: width)
  }

  /// A write failed: what failed, and that typing the command again is safe.
  public func notRecorded(
    _ error: LogError, words: any ScreenWords = Language.english.screen,
    errors: any ErrorWords = Language.english.errors
  ) -> [String] {
    [
      styles.red(styles.bold(words.notRecordedMark))
        + TerminalText.sanitize(error.message(errors)),
      words.nothingChanged,
    ]
  }

  /// Sanitised and wrapped to the screen, so the prompt's redraw stays clean.
  public func wrap(_ text: String) -> [String] {
    DisplayWidth.wrapHanging(TerminalText.sanitize(text), width: width)
  }
}
