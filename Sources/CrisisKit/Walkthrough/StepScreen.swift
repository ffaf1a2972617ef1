/// The screen the operator sees for the open step: where the incident stands, what to do,
/// who owns it, the deadline, the question, and every message ready to copy with its
/// character count. Rendered to a string for any width; all text from the playbook, the log
/// or a person is sanitised here, at the last moment before the terminal.
public struct StepScreen: Sendable {
  public let session: WalkthroughSession
  public let styles: TextStyles
  public let width: Int

  public init(session: WalkthroughSession, styles: TextStyles, width: Int) {
    self.session = session
    self.styles = styles
    self.width = max(40, width)
  }

  private var state: IncidentState { session.state }
  private var playbook: Playbook { session.playbook }
  private var agenda: Agenda { session.agenda }
  private var words: any ScreenWords { session.language.screen }

  public func render(at now: Timestamp) -> String {
    let t = session.elapsed(at: now)
    var lines: [String] = []
    if session.isDrill {
      let label = words.drillBanner
      let side = max(0, (width - DisplayWidth.of(label)) / 2)
      lines.append(
        styles.yellow(
          styles.bold(
            String(repeating: "=", count: side) + label + String(repeating: "=", count: side))))
    }
    var header =
      "T+\(SpanText.text(t)) · \(words.severity(state.severity.rawValue.uppercased())) · \(clean(state.title))"
    if session.clock.isHeld { header += " · " + words.clockHeld }
    lines += wrap(header, indent: 0).map { styles.bold($0) }
    lines.append(styles.dim(clean(state.id)))
    lines.append(styles.dim(String(repeating: "─", count: width)))
    lines += stepPane(at: t)
    lines.append("")
    lines += updateLines(at: t)
    lines += wrap(words.keyLine, indent: 0).map { styles.dim($0) }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The part about the step: what to do, who owns it, the deadline, the question and the
  /// messages (or what to do when no step is open). The line mode shows it between its
  /// header and the board; the console shows it in its scrolling pane.
  public func stepPane(at now: Timestamp) -> [String] {
    stepPane(at: session.elapsed(at: now))
  }

  private func stepPane(at t: Double) -> [String] {
    var lines: [String] = []
    // This console's step: with several operators, one may still look at a step another
    // has finished; it says so, and Enter moves on to where the incident is.
    if let id = session.focus ?? state.currentStep, let step = playbook.step(id) {
      if id != state.currentStep, let record = state.steps[id], record.isFinished {
        lines.append(
          styles.green(clean(words.finishedHere(skipped: record.skippedAt != nil, by: record.by))))
      }
      lines += stepLines(step, at: t)
    } else if agenda.isPathComplete {
      lines.append(styles.green(words.pathComplete))
      lines.append(words.keepPosting)
      if let step = session.offeringStep() {
        lines.append("")
        lines += messageLines(session.renderer.messages(for: step, at: t), step: step)
      }
    } else {
      lines.append(words.noStepOpen)
    }
    return lines
  }

  private func stepLines(_ step: Step, at t: Double) -> [String] {
    var lines: [String] = []
    let number = (playbook.stepIndex(step.id) ?? 0) + 1
    let title = words.stepOf(number, of: playbook.steps.count, title: clean(step.title))
    lines += wrap(title, indent: 0).map { styles.bold(styles.cyan($0)) }
    lines.append(words.owner(clean(agenda.owner(of: step))))
    if let due = step.due?.secondsValue {
      let tPlus = "T+\(SpanText.text(due))"
      if state.steps[step.id]?.isFinished == true {
        lines.append(words.due(tPlus))
      } else if t >= due {
        lines.append(
          styles.red(styles.bold(words.overdueBy(SpanText.countdown(t - due))))
            + words.wasDue(tPlus))
      } else {
        let left = due - t
        let text = words.dueIn(tPlus, left: SpanText.countdown(left))
        lines.append(left < 120 ? styles.yellow(text) : text)
      }
    }
    if let every = step.every {
      lines.append(words.repeats(every: every.compact))
    }
    if !step.checklist.isEmpty {
      lines.append("")
      lines.append(styles.bold(words.toDo))
      for item in step.checklist { lines += wrap("• " + clean(item), indent: 2, hang: 4) }
    }
    if let decision = step.decision {
      lines.append("")
      let answered = state.decisions.last { $0.step == step.id }
      lines += wrap(words.question(clean(decision.question)), indent: 0).map { styles.bold($0) }
      for (i, choice) in decision.choices.enumerated() {
        let target =
          choice.target.id == Playbook.endTarget
          ? words.endOfPath : clean(playbook.step(choice.target.id)?.title ?? choice.target.id)
        var text = "\(i + 1)) \(clean(choice.answer)) → \(target)"
        let isAnswer = answered?.answer == choice.answer
        if isAnswer { text += "  " + words.answered }
        // Wrapped under the answer, so a long step title never breaks mid-word at the edge.
        let wrapped = wrap(text, indent: 2, hang: 5)
        lines += isAnswer ? wrapped.map { styles.green($0) } : wrapped
      }
      if answered == nil { lines.append(styles.dim("  " + words.answerHint)) }
    }
    let messages = session.renderer.messages(for: step, at: t)
    if !messages.isEmpty {
      lines.append("")
      lines += messageLines(messages, step: step)
    }
    return lines
  }

  private func messageLines(_ messages: [MessageRenderer.Message], step: Step) -> [String] {
    var lines = [styles.bold(words.messagesReady)]
    for (i, message) in messages.enumerated() {
      let channel = message.channel
      var head = "\(i + 1)) \(clean(channel?.title ?? message.template.channel.id))"
      if let audience = channel?.audience { head += " · " + words.audience(audience) }
      let count = words.characters(message.length, limit: message.limit)
      head +=
        " · "
        + (message.isOverLimit ? styles.red(styles.bold(count + " " + words.tooLong)) : count)
      if let sent = state.messages.last(where: {
        $0.template == message.template.id && $0.step == step.id
      }) {
        head += " · " + styles.green(words.posted(at: sent.time.clockTime))
      }
      lines.append("  " + head)
      for mark in marks(message) { lines += wrap(mark, indent: 5) }
      for paragraph in clean(message.text, keepNewlines: true).split(
        separator: "\n", omittingEmptySubsequences: false)
      {
        lines += wrap(String(paragraph), indent: 5)
      }
    }
    lines.append(styles.dim("  " + words.messageKeys))
    return lines
  }

  /// What to watch before posting: the approval it needs, a role nobody holds, a channel
  /// that is down, the update time it promises.
  private func marks(_ message: MessageRenderer.Message) -> [String] {
    var marks: [String] = []
    if message.isChannelUnavailable {
      marks.append(styles.red(clean(session.unavailableHint(message.template.channel.id))))
    }
    if let role = message.approver {
      if message.isApproved, let approval = state.pendingApprovals[message.template.id] {
        marks.append(styles.green(words.approvedBy(clean(approval.by))))
      } else {
        marks.append(styles.yellow(words.needsApproval(clean(agenda.owner(ofRole: role)))))
      }
    }
    if !message.unassignedRoles.isEmpty {
      let roles = message.unassignedRoles.map { clean(playbook.role($0)?.title ?? $0) }
      marks.append(
        styles.red(
          words.namesUnheldRole(
            roles.joined(separator: ", "), assignID: message.unassignedRoles[0])))
    }
    if !message.claimsUndone.isEmpty {
      let titles = message.claimsUndone.map { "'\(clean(playbook.step($0)?.title ?? $0))'" }
      marks.append(styles.red(words.claimsUndone(titles)))
    }
    if let promise = message.promise {
      marks.append(styles.dim(words.promisesUpdate(by: promise.clockTime)))
    }
    return marks
  }

  /// The open obligations other than the step on screen, most urgent first (at most
  /// `boardLimit`), and how long the public has waited.
  private func updateLines(at t: Double) -> [String] {
    var lines: [String] = []
    let open = ObligationBoard(agenda: agenda).obligations(at: t).filter {
      !($0.kind == .step && $0.step == (session.focus ?? state.currentStep))
    }
    if !open.isEmpty {
      lines.append(styles.bold(words.openCount(open.count)))
      let text = ObligationText(agenda: agenda)
      for o in open.prefix(Self.boardLimit) {
        let when = text.when(o, at: t)
        let paint: (String) -> String
        switch o.urgency(at: t) {
        case .overdue: paint = { styles.red(styles.bold($0)) }
        case .soon: paint = { styles.yellow($0) }
        default: paint = { $0 }
        }
        let wrapped = wrap(clean(when + " · " + text.what(o)), indent: 2, hang: 4)
        lines += wrapped.enumerated().map { $0.offset == 0 ? paint($0.element) : $0.element }
      }
      if open.count > Self.boardLimit {
        lines.append(styles.dim(words.moreOpen(open.count - Self.boardLimit)))
      }
    }
    if let last = state.lastPublicUpdate {
      lines.append(words.lastPublicUpdate(ago: SpanText.text(t - last)))
    } else {
      lines.append(words.noPublicUpdate)
    }
    return lines
  }

  /// Obligations listed under the step; `i` lists all.
  static let boardLimit = 6

  private func clean(_ text: String, keepNewlines: Bool = false) -> String {
    TerminalText.sanitize(text, keepNewlines: keepNewlines)
  }

  private func wrap(_ text: String, indent: Int, hang: Int? = nil) -> [String] {
    let first = String(repeating: " ", count: indent)
    let rest = String(repeating: " ", count: hang ?? indent)
    let wrapped = DisplayWidth.wrap(text, width: max(20, width - (hang ?? indent)))
    return wrapped.enumerated().map { ($0.offset == 0 ? first : rest) + $0.element }
  }
}
