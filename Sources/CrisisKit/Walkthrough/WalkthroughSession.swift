/// The interactive walkthrough as a pure state machine. The terminal loop around it shows
/// `screen`, reads a line, passes it to `handle`, writes the returned events to the log and
/// hands each written event back through `record`. Nothing here touches the terminal or the
/// disk, and the incident state changes only through `record`: an event that could not be
/// written leaves the walkthrough exactly where it was.
public struct WalkthroughSession: Sendable {
  /// A question the next line answers instead of being read as a command.
  public enum Pending: Equatable, Sendable {
    case skipReason(step: String)
    case answer(step: String)
    case pickMessage(MessageAction)
    /// `x` asked for a summary (nil) or to confirm one (`yes`).
    case resolve(summary: String?)
    /// `sent N paste`: the lines of the text as posted, until a line with a single `.`.
    case paste(template: String, url: String?, lines: [String])
  }

  /// What to do with the message the operator picks.
  public enum MessageAction: Equatable, Sendable {
    case post(url: String?, text: OperatorCommand.PostedText)
    case copy
    case link(url: String)
    case approve(by: String?)
  }

  /// A message to open in the editor before it is recorded as posted.
  public struct EditRequest: Equatable, Sendable {
    public var template: String
    public var url: String?
    public var text: String
  }

  /// What `handle` wants done.
  public struct Reaction: Sendable {
    /// To append to the log, in order.
    public var events: [EventDraft] = []
    /// Lines to print (plain text; the loop sanitises and styles).
    public var output: [String] = []
    /// A one-line hint for unusable input: nothing is written.
    public var hint: String?
    /// Text for the clipboard.
    public var copy: String?
    /// Re-draw the step screen after the events are written.
    public var showScreen = false
    /// Leave the loop after the events are written.
    public var ending: Ending?
    /// Open this text in the editor; `posted(_:text:at:)` records what comes back.
    public var edit: EditRequest?
  }

  public enum Ending: Sendable { case paused, resolved }

  public let playbook: Playbook
  public private(set) var state: IncidentState
  public private(set) var clock: IncidentClock
  public let actor: String
  public internal(set) var pending: Pending?
  /// The step this console works on: the incident's current step as this console last saw
  /// it. Events from other consoles (`absorb`) do not move it, so a `d` typed while another
  /// operator finished the step is refused instead of finishing the next one.
  public private(set) var focus: String?
  /// The language this console speaks (`Language.chosen`); what it writes into the log by
  /// itself (reminders) is in this language too.
  public let language: Language

  public init(
    playbook: Playbook, state: IncidentState, clock: IncidentClock, actor: String,
    language: Language = .english
  ) {
    self.playbook = playbook
    self.state = state
    self.clock = clock
    self.actor = actor
    self.focus = state.currentStep
    self.language = language
  }

  public var agenda: Agenda { Agenda(playbook: playbook, state: state, language: language) }
  /// The words of this console's prompt.
  var words: any PromptWords { language.prompts }
  public var isDrill: Bool { state.mode == .drill }
  public var renderer: MessageRenderer { MessageRenderer(agenda: agenda, operatorName: actor) }

  /// T+ seconds at wall time `now`.
  public func elapsed(at now: Timestamp) -> Double { clock.elapsed(at: now) }

  // MARK: - Recording

  /// Folds an event that is now on disk into the state (and moves the drill clock).
  public mutating func record(_ event: IncidentEvent) {
    fold(event)
    focus = state.currentStep
  }

  /// Folds an event another terminal wrote (read by an `IncidentFollower`, or met by a
  /// checked append) and moves the drill clock as `record` does; the focus stays, unless
  /// this console had none. Events already folded (`seq` not after the last one: those this
  /// process wrote and recorded) are skipped. Returns whether the event was new.
  public mutating func absorb(_ event: IncidentEvent) -> Bool {
    guard event.seq > state.lastSeq else { return false }
    fold(event)
    if focus == nil || focus.flatMap({ playbook.step($0) }) == nil { focus = state.currentStep }
    return true
  }

  /// Folds in what a poll of the incident's feed brought (other terminals, other machines):
  /// on top of the state, or, when a team incident's order changed, the whole incident again.
  /// Returns the events new to this session, to announce in order, and the conflicts they
  /// made (two machines' answers to one question), to tell the operator.
  public mutating func take(_ poll: IncidentFollower.Poll) -> (
    news: [IncidentEvent], conflicts: [IncidentState.DecisionConflict]
  ) {
    let conflictsBefore = state.conflicts.count
    var news: [IncidentEvent] = []
    if let all = poll.reordered {
      refold(all)
      news = poll.events
    } else {
      for event in poll.events where absorb(event) { news.append(event) }
    }
    return (news, Array(state.conflicts.dropFirst(conflictsBefore)))
  }

  /// Folds a team incident again from its first event, in the order that changed when a
  /// machine's events arrived late (see `TeamOrder`). A live clock follows the (possibly new)
  /// T0; a drill keeps its own.
  public mutating func refold(_ events: [IncidentEvent]) {
    // A console that was on the incident's current step stays on it, wherever the new order
    // puts it (an answer overruled by an earlier one from another machine changes the path).
    let followed = focus == state.currentStep
    var fresh = IncidentState(keepsTimeline: state.keepsTimeline)
    for event in events { fresh.apply(event) }
    state = fresh
    if state.mode == .live, let start = state.startedAt {
      clock = IncidentClock.resuming(state, at: start, running: true)
    }
    if followed || focus.flatMap({ playbook.step($0) }) == nil { focus = state.currentStep }
  }

  /// Moves this console's focus to the incident's current step (Enter does this too).
  public mutating func followIncident() { focus = state.currentStep }

  private mutating func fold(_ event: IncidentEvent) {
    state.apply(event)
    switch event.body {
    case .clockPaused: clock.hold(at: event.ts)
    case .clockResumed: clock.release(at: event.ts)
    case .clockAdvanced(let p): clock.advance(by: Double(p.seconds), at: event.ts)
    default: break
    }
  }

  // MARK: - Several operators

  /// Why `draft` may not be written now that `newer` (events other terminals appended after
  /// the last one this session knows) are in the log, or nil when it still makes sense: a
  /// step they finished, a question they answered, a step they opened, a reminder or inject
  /// they wrote, and anything at all after they resolved the incident (except the drill's
  /// scorecard). The recorder asks this under the log's lock (`IncidentRecorder.record(_:
  /// after:simulated:conflict:)`), so two consoles never both write the same answer.
  public func conflict(of draft: EventDraft, with newer: [IncidentEvent]) -> String? {
    for event in newer where event.seq > state.lastSeq {
      if let refusal = Self.clash(draft.body, with: event, playbook: playbook, words: words) {
        return refusal
      }
    }
    return nil
  }

  /// Why `draft` clashes with `event`, written by someone else in the meantime.
  static func clash(
    _ draft: EventBody, with event: IncidentEvent, playbook: Playbook,
    words: any PromptWords = Language.english.prompts
  ) -> String? {
    let who = words.who(event.actor, at: event.ts.clockTime)
    func title(_ id: String) -> String { playbook.step(id)?.title ?? id }
    switch (draft, event.body) {
    case (.scorecard, _):
      return nil
    case (_, .incidentResolved(let p)):
      return words.resolvedElsewhere(by: who, summary: p.summary)
    case (.stepDone(let mine), .stepDone(let theirs)) where mine.step == theirs.step:
      return words.alreadyFinished(title(theirs.step), skipped: false, by: who)
    default:
      break
    }
    switch (draft, event.body) {
    case (.stepDone(let mine), .stepSkipped(let theirs)) where mine.step == theirs.step:
      return words.alreadyFinished(title(theirs.step), skipped: true, by: who)
    case (.stepSkipped(let mine), .stepSkipped(let theirs)) where mine.step == theirs.step:
      return words.alreadyFinished(title(theirs.step), skipped: true, by: who)
    case (.stepSkipped(let mine), .stepDone(let theirs)) where mine.step == theirs.step:
      return words.alreadyFinished(title(theirs.step), skipped: false, by: who)
    case (.decision(let mine), .decision(let theirs)) where mine.step == theirs.step:
      return words.alreadyAnswered(by: who, answer: theirs.answer)
    case (.stepStarted(let mine), .stepStarted(let theirs)) where mine.step == theirs.step:
      return words.alreadyOpened(title(theirs.step), by: who)
    case (.reminder(let mine), .reminder(let theirs)) where mine == theirs:
      return words.reminderAlreadyGiven(by: who)
    case (.inject(let mine), .inject(let theirs)) where mine == theirs:
      return words.injectAlreadyGiven(by: who)
    default:
      return nil
    }
  }

  /// Why a command on the focused step is refused because another console finished or
  /// answered it (the step is finished and the incident has moved on from it), or nil.
  func finishedElsewhere(_ step: Step) -> String? {
    // Answered since the step was last opened, by whoever: asking again is a second answer.
    if let decision = state.decisions.last(where: { $0.step == step.id }),
      decision.moment.seq > (state.steps[step.id]?.openedSeq ?? 0)
    {
      return words.alreadyAnswered(
        by: words.who(decision.actor, at: decision.moment.time.clockTime),
        answer: decision.answer) + words.enterShowsNow
    }
    guard state.currentStep != step.id, let record = state.steps[step.id], record.isFinished
    else { return nil }
    let name = record.by ?? words.someone
    let who = record.finishedTime.map { words.who(name, at: $0.clockTime) } ?? name
    if let decision = state.decisions.last(where: { $0.step == step.id }) {
      return words.alreadyAnswered(
        by: words.who(decision.actor, at: decision.moment.time.clockTime),
        answer: decision.answer) + words.enterShowsNow
    }
    return words.alreadyFinished(step.title, skipped: record.skippedAt != nil, by: who)
      + words.enterShowsNow
  }

  /// Events owed without any input: the next step to open, deadlines passed, updates due,
  /// drill injects. The loop calls this on every tick and before each prompt.
  public func dueEvents(at now: Timestamp) -> [EventDraft] {
    guard !state.isResolved else { return [] }
    let t = elapsed(at: now)
    var drafts: [EventDraft] = []
    if let open = agenda.stepToOpen() { drafts.append(Self.stepStarted(open)) }
    drafts += agenda.dueInjects(at: t)
    drafts += ObligationBoard(agenda: agenda).dueReminders(at: t)
    return drafts
  }

  /// Appends `draft` through `recorder`'s checked append: under the log's lock, what other
  /// terminals wrote since this session's last event comes back (to fold in first), and the
  /// draft is refused when it no longer makes sense after them (`conflict(of:with:)`).
  public func append(_ draft: EventDraft, with recorder: IncidentRecorder) throws(LogError)
    -> IncidentRecorder.Checked
  {
    let clockCopy = clock
    let known = self
    return try recorder.record(
      draft, after: state.lastSeq, simulated: { clockCopy.elapsed(at: $0) },
      conflict: { known.conflict(of: draft, with: $0) })
  }

  // MARK: - Input

  /// Reacts to one line typed at the prompt.
  public mutating func handle(_ line: String, at now: Timestamp) -> Reaction {
    if case .paste? = pending, !Self.cancelWords.contains(line.trimmingSpaces().lowercased()) {
      // A pasted post keeps its spaces and empty lines exactly.
      return answerPending(pending ?? .resolve(summary: nil), line: line, at: now)
    }
    if let pending {
      return answerPending(pending, line: line.trimmingSpaces(), at: now)
    }
    switch OperatorCommand.parse(line, drill: isDrill, words: words) {
    case .failure(let hint): return Reaction(hint: hint.text)
    case .success(let command): return perform(command, at: now)
    }
  }

  private mutating func perform(_ command: OperatorCommand, at now: Timestamp) -> Reaction {
    let t = elapsed(at: now)
    switch command {
    case .refresh:
      followIncident()
      return Reaction(showScreen: true)
    case .help:
      return Reaction(output: helpLines())
    case .done:
      guard let step = currentStep() else { return noStep() }
      if let refusal = finishedElsewhere(step) { return Reaction(hint: refusal) }
      if step.decision != nil, state.decisions.last(where: { $0.step == step.id }) == nil {
        pending = .answer(step: step.id)
        return Reaction(output: [words.asksQuestionFirst] + choiceMenu(step))
      }
      var reaction = Reaction(events: [EventDraft(.stepDone(StepDone(step: step.id)))])
      let unsent = step.send.filter { ref in
        !state.messages.contains { $0.template == ref.id && $0.step == step.id }
      }
      if !unsent.isEmpty, step.every == nil {
        reaction.output.append(words.unpostedMessages(unsent.count))
      }
      return followedByNextStep(reaction, finishing: step.id, showScreen: true)
    case .skip(let reason):
      guard let step = currentStep() else { return noStep() }
      if let refusal = finishedElsewhere(step) { return Reaction(hint: refusal) }
      guard let reason, !reason.isEmpty else {
        pending = .skipReason(step: step.id)
        return Reaction(output: [words.whySkip(step.title)])
      }
      return skip(step, reason: reason)
    case .answer(let answer):
      guard let step = currentStep() else { return noStep() }
      guard step.decision != nil else {
        return Reaction(hint: words.noQuestionTypeDone)
      }
      if let refusal = finishedElsewhere(step) { return Reaction(hint: refusal) }
      guard let answer else {
        pending = .answer(step: step.id)
        return Reaction(output: choiceMenu(step))
      }
      return decide(step, answer)
    case .sent(let which, let url, let text):
      return pickMessage(which, .post(url: url, text: text), at: now)
    case .copy(let which):
      return pickMessage(which, .copy, at: now)
    case .link(let which, let url):
      return pickMessage(which, .link(url: url), at: now)
    case .approve(let which, let by):
      return pickMessage(which, .approve(by: by), at: now)
    case .channelDown(let channel, let reason):
      return setChannel(channel, available: false, reason: reason)
    case .channelUp(let channel):
      return setChannel(channel, available: true, reason: nil)
    case .note(let text):
      return Reaction(events: [EventDraft(.note(NoteAdded(text: text)))])
    case .set(let name, let value):
      guard let variable = playbook.variable(name) else {
        let names = playbook.variables.map(\.id)
        let guess = EditDistance.suggestion(for: name, among: names)
        return Reaction(hint: words.unknownVariable(name, suggestion: guess, known: names))
      }
      return setVariable(variable, to: value, at: now)
    case .assign(let role, let name):
      guard playbook.role(role) != nil else {
        let ids = playbook.roles.map(\.id)
        let guess = EditDistance.suggestion(for: role, among: ids)
        return Reaction(hint: words.unknownRole(role, suggestion: guess, known: ids))
      }
      return Reaction(events: [
        EventDraft(.roleAssigned(RoleAssigned(role: role, name: name)))
      ])
    case .goto(let target):
      guard
        let step = playbook.step(target)
          ?? Int(target).flatMap({ n in
            n >= 1 && n <= playbook.steps.count ? playbook.steps[n - 1] : nil
          })
      else {
        let guess = EditDistance.suggestion(for: target, among: playbook.steps.map(\.id))
        return Reaction(hint: words.unknownStep(target, suggestion: guess))
      }
      return Reaction(events: [Self.stepStarted(step.id)], showScreen: true)
    case .list:
      return Reaction(output: stepList(at: t))
    case .status:
      return Reaction(output: StatusReport(agenda: agenda, elapsed: t).lines())
    case .severity(let level):
      guard let severity = Severity(rawValue: level.lowercased()) else {
        return Reaction(hint: words.severityLevels)
      }
      return Reaction(
        events: [
          EventDraft(.severityChanged(SeverityChanged(from: state.severity, to: severity)))
        ])
    case .pause:
      return Reaction(events: [EventDraft(.incidentPaused(IncidentPaused()))], ending: .paused)
    case .resolve(let summary):
      return askToResolve(summary: summary, at: t)
    case .inject(let text):
      return Reaction(
        events: [
          EventDraft(.inject(InjectGiven(source: .facilitator, title: text, text: text)))
        ])
    case .hold:
      guard !clock.isHeld else {
        return Reaction(hint: words.clockAlreadyHeld)
      }
      return Reaction(events: [EventDraft(.clockPaused)], output: [words.clockHeld])
    case .release:
      guard clock.isHeld else { return Reaction(hint: words.clockRunning) }
      return Reaction(events: [EventDraft(.clockResumed)])
    case .wait(let duration):
      return Reaction(events: [
        EventDraft(.clockAdvanced(ClockAdvanced(seconds: duration.wholeSeconds)))
      ])
    }
  }

  private mutating func answerPending(_ pending: Pending, line: String, at now: Timestamp)
    -> Reaction
  {
    if Self.cancelWords.contains(line.lowercased()) {
      self.pending = nil
      return Reaction(output: [words.cancelled])
    }
    switch pending {
    case .skipReason(let id):
      guard !line.isEmpty else { return Reaction(hint: words.reasonPlease) }
      self.pending = nil
      guard let step = playbook.step(id) else { return noStep() }
      return skip(step, reason: line)
    case .answer(let id):
      guard let step = playbook.step(id) else {
        self.pending = nil
        return noStep()
      }
      if let refusal = finishedElsewhere(step) {
        self.pending = nil
        return Reaction(hint: refusal)
      }
      let reaction = decide(step, line)
      if reaction.hint == nil { self.pending = nil }
      return reaction
    case .pickMessage(let action):
      var reaction = pickMessage(line, action, at: now)
      if reaction.hint == nil {
        if self.pending == pending { self.pending = nil }
      } else {
        reaction.hint = (reaction.hint ?? "") + words.orCancel
      }
      return reaction
    case .resolve(let summary):
      return confirmResolve(summary: summary, line: line)
    case .paste(let template, let url, let lines):
      return pasteLine(line, template: template, url: url, lines: lines, at: now)
    }
  }

  // MARK: - Steps

  func currentStep() -> Step? { focus.flatMap { playbook.step($0) } }

  private func noStep() -> Reaction {
    if agenda.isPathComplete {
      return Reaction(hint: words.pathDone)
    }
    return Reaction(hint: words.noStepOpen)
  }

  private mutating func skip(_ step: Step, reason: String) -> Reaction {
    let reaction = Reaction(events: [
      EventDraft(.stepSkipped(StepSkipped(step: step.id, reason: reason)))
    ])
    return followedByNextStep(reaction, finishing: step.id, showScreen: true)
  }

  private mutating func decide(_ step: Step, _ answer: String) -> Reaction {
    guard let decision = step.decision else { return Reaction(hint: words.noQuestion) }
    let choice: Decision.Choice?
    if let n = Int(answer), n >= 1, n <= decision.choices.count {
      choice = decision.choices[n - 1]
    } else {
      choice = decision.choices.first { $0.answer.lowercased() == answer.lowercased() }
    }
    guard let choice else {
      return Reaction(hint: words.answerWithNumber(decision.choices.count))
    }
    var reaction = Reaction(events: [
      EventDraft(
        .decision(
          DecisionTaken(
            step: step.id, question: decision.question, answer: choice.answer,
            next: choice.target.id))),
      EventDraft(.stepDone(StepDone(step: step.id))),
    ])
    if choice.target.id == Playbook.endTarget {
      reaction.output.append(words.endsPath)
      return reaction
    }
    reaction.events.append(Self.stepStarted(choice.target.id))
    reaction.showScreen = true
    return reaction
  }

  /// Adds the `step.started` of whatever follows once `finishing` is finished.
  private func followedByNextStep(_ reaction: Reaction, finishing id: String, showScreen: Bool)
    -> Reaction
  {
    var reaction = reaction
    var future = state
    future.steps[id, default: IncidentState.StepRecord()].doneAt = state.lastElapsed
    future.steps[id, default: IncidentState.StepRecord()].finishedSeq = state.lastSeq + 1
    if future.currentStep == id { future.currentStep = nil }
    if let next = Agenda(playbook: playbook, state: future).stepToOpen() {
      reaction.events.append(Self.stepStarted(next))
      reaction.showScreen = showScreen
    } else {
      reaction.output.append(words.lastStep)
    }
    return reaction
  }

  /// A conflict between two machines' answers, in this console's words.
  public func describe(_ conflict: IncidentState.DecisionConflict) -> String {
    words.conflict(
      question: conflict.kept.question,
      kept: (conflict.kept.actor, conflict.kept.answer),
      overruled: (conflict.overruled.actor, conflict.overruled.answer))
  }

  /// What backs out of a question, in either language.
  static let cancelWords: Set<String> = ["cancel", "abbrechen"]

  static func stepStarted(_ id: String) -> EventDraft {
    EventDraft(.stepStarted(StepStarted(step: id)))
  }

  // MARK: - Lists

  func choiceMenu(_ step: Step) -> [String] {
    guard let decision = step.decision else { return [] }
    var lines = [decision.question]
    for (i, choice) in decision.choices.enumerated() {
      let target =
        choice.target.id == Playbook.endTarget
        ? words.endTarget : (playbook.step(choice.target.id)?.title ?? choice.target.id)
      lines.append("  \(i + 1)) \(choice.answer)  → \(target)")
    }
    return lines
  }

  /// The command table in three columns: shortcut, command with its arguments, what it
  /// does. A shortcut that is the name itself (`down`) is not repeated.
  func helpLines() -> [String] {
    let specs = OperatorCommand.table.filter { isDrill || !$0.drillOnly }
    let key = { (spec: OperatorCommand.Spec) in spec.shortcut == spec.name ? "" : spec.shortcut }
    let keyWidth = specs.map { key($0).count }.max() ?? 1
    let usage = { [words] (spec: OperatorCommand.Spec) in
      spec.arguments.isEmpty ? spec.name : "\(spec.name) \(words.arguments(spec.arguments))"
    }
    let usageWidth = specs.map { usage($0).count }.max() ?? 10
    func pad(_ text: String, _ width: Int) -> String {
      text + String(repeating: " ", count: max(0, width - text.count))
    }
    var lines = [words.commandsTitle]
    for spec in specs {
      lines.append(
        "  \(pad(key(spec), keyWidth))  \(pad(usage(spec), usageWidth))  \(words.commandHelp(spec.name))"
      )
    }
    lines.append("  \(pad("", keyWidth))  \(pad("Enter", usageWidth))  \(words.showStepAgain)")
    return lines
  }

  func stepList(at t: Double) -> [String] {
    playbook.steps.enumerated().map { index, step in
      let record = state.steps[step.id]
      let mark: String
      if state.currentStep == step.id {
        mark = ">"
      } else if record?.doneAt != nil {
        mark = "✓"
      } else if record?.skippedAt != nil {
        mark = "-"
      } else {
        mark = " "
      }
      var line = "\(mark) \(index + 1). \(step.title) [\(step.id)]"
      if let due = step.due { line += words.listDue("T+\(due.compact)") }
      if let every = step.every { line += words.listEvery(every.compact) }
      line += "  (\(agenda.owner(of: step)))"
      return line
    }
  }
}
