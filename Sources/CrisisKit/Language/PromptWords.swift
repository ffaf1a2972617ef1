/// Words of the walkthrough's prompt: what the session answers to a command, the hints for
/// input it cannot use, the questions it asks back, and the command table `?` prints. The
/// command names themselves (`done`, `d`, `sent`…) are keys the operator types and stay the
/// same in every language, so a script or a habit works whatever the screen speaks.
public protocol PromptWords: Sendable {
  // MARK: Commands
  /// What a command of `OperatorCommand.table` does, by its name.
  func commandHelp(_ name: String) -> String
  /// A command's arguments as `?` shows them (`[REASON]`), by the table's English.
  func arguments(_ english: String) -> String
  var commandsTitle: String { get }
  var showStepAgain: String { get }
  /// `unknown command 'x'; did you mean 'y'? (type ? for the list)`.
  func unknownCommand(_ word: String, suggestion: String?) -> String
  func drillOnly(_ name: String) -> String
  var noteNeedsText: String { get }
  var injectNeedsText: String { get }
  func sentUsage(_ part: String) -> String
  var linkUsage: String { get }
  var downUsage: String { get }
  var upUsage: String { get }
  var setUsage: String { get }
  var assignUsage: String { get }
  var gotoUsage: String { get }
  var severityUsage: String { get }
  var waitUsage: String { get }

  // MARK: Steps and answers
  var asksQuestionFirst: String { get }
  func unpostedMessages(_ count: Int) -> String
  func whySkip(_ title: String) -> String
  var noQuestionTypeDone: String { get }
  var noQuestion: String { get }
  func answerWithNumber(_ count: Int) -> String
  var endsPath: String { get }
  var lastStep: String { get }
  var pathDone: String { get }
  var noStepOpen: String { get }
  var endTarget: String { get }
  /// `no variable 'x'; did you mean 'y'? (variables: a, b)`.
  func unknownVariable(_ name: String, suggestion: String?, known: [String]) -> String
  func unknownRole(_ name: String, suggestion: String?, known: [String]) -> String
  func unknownStep(_ name: String, suggestion: String?) -> String
  func unknownChannel(_ name: String, suggestion: String?, known: [String]) -> String
  var severityLevels: String { get }
  var clockAlreadyHeld: String { get }
  var clockHeld: String { get }
  var clockRunning: String { get }
  var cancelled: String { get }
  var reasonPlease: String { get }
  var orCancel: String { get }
  /// ` due T+15m` / ` every 30m` in the step list.
  func listDue(_ tPlus: String) -> String
  func listEvery(_ span: String) -> String

  // MARK: Others' work
  /// `anna at 17:03`.
  func who(_ actor: String, at time: String) -> String
  var someone: String { get }
  func resolvedElsewhere(by who: String, summary: String?) -> String
  func alreadyFinished(_ title: String, skipped: Bool, by who: String) -> String
  func alreadyAnswered(by who: String, answer: String) -> String
  func alreadyOpened(_ title: String, by who: String) -> String
  func reminderAlreadyGiven(by who: String) -> String
  func injectAlreadyGiven(by who: String) -> String
  var enterShowsNow: String { get }
  /// Two machines answered the same question at once: who answered what, which stands.
  func conflict(
    question: String, kept: (actor: String, answer: String),
    overruled: (actor: String, answer: String)
  ) -> String

  // MARK: Messages
  var noApprovalNeeded: String { get }
  var noPreparedMessage: String { get }
  func noMessage(_ which: String, count: Int) -> String
  var whichToCopy: String { get }
  var whichPosted: String { get }
  var whichLink: String { get }
  var whichApproved: String { get }
  func alreadyLinked(at time: String) -> String
  func linkAdded(postedAt time: String, number: Int) -> String
  func pasteAsPosted(on channel: String) -> String
  var noLongerOffered: String { get }
  var emptyText: String { get }
  func overLimit(_ count: Int, channel: String, limit: Int) -> String
  func promised(on channel: String, by time: String) -> String
  func noPromise(on channel: String) -> String
  func namesUnheldRole(_ titles: [String]) -> String
  func claimsUndone(_ titles: [String]) -> String
  func postedWithoutApproval(of owner: String) -> String
  var pasteTooLong: String { get }
  var notPostedYet: String { get }
  func unavailable(_ title: String, reason: String?, instead: String?, channel: String) -> String
  func alreadyInState(_ title: String, available: Bool) -> String
  func heldAndPaused(instead: String?) -> String
  func outOfDate(_ channels: [String], variable: String) -> String

  // MARK: Variables given with --var
  func varTakesPair(_ given: String) -> String
  /// `playbook X has no variable 'y'…`: `unknownVariable` naming the playbook.
  func playbookHasNoVariable(_ playbook: String, _ unknown: String) -> String
  func varRefused(_ explanation: String) -> String

  // MARK: Times typed for a variable
  /// Why an answer for the time variable `variable` is refused, with the accepted forms.
  func timeRefused(_ failure: PastTime.Failure, variable: String) -> String
  func needsTime(_ variable: String) -> String

  // MARK: Approvals
  func nothingToApprove(_ id: String) -> String
  func noTemplate(_ template: String, in playbook: String, suggestion: String?) -> String
  func needsNoApproval(_ template: String) -> String
  /// `(templates that need approval: a, b)`, or that none of `playbook` does.
  func needingApproval(_ templates: [String], playbook: String) -> String

  // MARK: Menu
  var whichPlaybook: String { get }
  var numberOrName: String { get }
  func pickNumber(_ count: Int) -> String

  // MARK: Resolving
  var nothingOpen: String { get }
  func stillOpen(_ count: Int) -> String
  func andMore(_ count: Int) -> String
  func confirmResolve(drill: Bool, summary: String) -> String
  func askSummary(drill: Bool) -> String
  var notResolved: String { get }
  var summaryPlease: String { get }
}

struct EnglishPromptWords: PromptWords {
  func commandHelp(_ name: String) -> String {
    switch name {
    case "done": "mark this step done and go on"
    case "skip": "skip this step (asks why)"
    case "answer": "answer this step's question"
    case "sent": "message N was posted (edit: change first)"
    case "link": "add the link to message N posted earlier"
    case "approve": "message N is approved (by NAME)"
    case "copy": "copy message N to the clipboard"
    case "note": "add a note to the timeline"
    case "set": "change a variable; messages update"
    case "assign": "give a role to a person"
    case "goto": "jump to a step"
    case "list": "all steps with their state"
    case "status": "where the incident stands"
    case "down": "a channel is down or hacked: hold its posts"
    case "up": "the channel is back"
    case "severity": "change severity (low, medium, high, critical)"
    case "pause": "leave; `crisis resume` continues"
    case "resolve": "the incident is over (asks to confirm)"
    case "end": "end the drill and show the scorecard"
    case "inject": "give the team an ad-hoc inject"
    case "hold": "stop the drill clock"
    case "go": "restart the drill clock"
    case "wait": "jump the drill clock ahead (e.g. wait 10m)"
    case "help": "this list"
    default: name
    }
  }
  func arguments(_ english: String) -> String { english }
  let commandsTitle = "Commands (a shortcut on the left does the same):"
  let showStepAgain = "show the current step again"
  func unknownCommand(_ word: String, suggestion: String?) -> String {
    "unknown command '\(word)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
      + " (type ? for the list)"
  }
  func drillOnly(_ name: String) -> String { "'\(name)' is for drills only" }
  let noteNeedsText = "a note needs text: note TEXT"
  let injectNeedsText = "an inject needs text: inject TEXT"
  func sentUsage(_ part: String) -> String {
    "usage: sent [N] [URL] [edit|paste] ('\(part)' is none of these)"
  }
  let linkUsage = "usage: link [N] URL (the post's address)"
  let downUsage = "usage: down CHANNEL REASON (e.g. down x account hacked)"
  let upUsage = "usage: up CHANNEL"
  let setUsage = "usage: set VAR VALUE"
  let assignUsage = "usage: assign ROLE NAME"
  let gotoUsage = "usage: goto STEP (type l for the steps)"
  let severityUsage = "usage: severity low|medium|high|critical"
  let waitUsage = "usage: wait DURATION (e.g. wait 10m)"

  let asksQuestionFirst = "This step asks a question first."
  func unpostedMessages(_ count: Int) -> String {
    "Note: \(count) message(s) of this step not marked as posted (m N URL records a post)."
  }
  func whySkip(_ title: String) -> String { "Why skip '\(title)'? (one line; `cancel` to go back)" }
  let noQuestionTypeDone = "this step asks no question; type d when it is done"
  let noQuestion = "this step asks no question"
  func answerWithNumber(_ count: Int) -> String { "answer with a number from 1 to \(count)" }
  let endsPath = "That ends the playbook's path. Keep any update cadence; x resolves the incident."
  let lastStep = "That was the last step. Keep the update cadence; x resolves the incident."
  let pathDone =
    "every step is done; keep the update cadence and type x to resolve when it is over"
  let noStepOpen = "no step is open; type l for the steps or goto STEP"
  let endTarget = "end"
  func unknownVariable(_ name: String, suggestion: String?, known: [String]) -> String {
    "no variable '\(name)'\(mean(suggestion)) (variables: \(known.joined(separator: ", ")))"
  }
  func unknownRole(_ name: String, suggestion: String?, known: [String]) -> String {
    "no role '\(name)'\(mean(suggestion)) (roles: \(known.joined(separator: ", ")))"
  }
  func unknownStep(_ name: String, suggestion: String?) -> String {
    "no step '\(name)'\(mean(suggestion)) (l lists them)"
  }
  func unknownChannel(_ name: String, suggestion: String?, known: [String]) -> String {
    "no channel '\(name)'\(mean(suggestion)) (channels: \(known.joined(separator: ", ")))"
  }
  private func mean(_ suggestion: String?) -> String {
    suggestion.map { "; did you mean '\($0)'?" } ?? ""
  }
  let severityLevels = "severity is one of low, medium, high, critical"
  let clockAlreadyHeld = "the drill clock is already held; `go` restarts it"
  let clockHeld = "Drill clock held. Deadlines stop too; `go` restarts it."
  let clockRunning = "the drill clock is running"
  let cancelled = "Cancelled."
  let reasonPlease = "a reason, please (or `cancel`)"
  let orCancel = " (or `cancel`)"
  func listDue(_ tPlus: String) -> String { "  due \(tPlus)" }
  func listEvery(_ span: String) -> String { "  every \(span)" }

  func who(_ actor: String, at time: String) -> String { "\(actor) at \(time)" }
  let someone = "someone"
  func resolvedElsewhere(by who: String, summary: String?) -> String {
    "the incident was resolved by \(who)" + (summary.map { ": \($0)" } ?? "")
  }
  func alreadyFinished(_ title: String, skipped: Bool, by who: String) -> String {
    "'\(title)' was already \(skipped ? "skipped" : "done") by \(who)"
  }
  func alreadyAnswered(by who: String, answer: String) -> String {
    "already answered by \(who): \(answer)"
  }
  func alreadyOpened(_ title: String, by who: String) -> String {
    "'\(title)' was already opened by \(who)"
  }
  func reminderAlreadyGiven(by who: String) -> String {
    "the reminder was already given by \(who)"
  }
  func injectAlreadyGiven(by who: String) -> String { "the inject was already given by \(who)" }
  let enterShowsNow = " (Enter shows where the incident is now)"
  func conflict(
    question: String, kept: (actor: String, answer: String),
    overruled: (actor: String, answer: String)
  ) -> String {
    "conflict: \(kept.actor) answered '\(kept.answer)' and \(overruled.actor) answered "
      + "'\(overruled.answer)' to \"\(question)\" at the same time; "
      + "'\(kept.answer)' (\(kept.actor), first) stands"
  }

  let noApprovalNeeded = "no message here needs an approval"
  let noPreparedMessage = "this step has no prepared message; use `note` to record what was said"
  func noMessage(_ which: String, count: Int) -> String {
    "no message '\(which)'; pick 1 to \(count)"
  }
  let whichToCopy = "Which message to copy?"
  let whichPosted = "Which message was posted?"
  let whichLink = "Which message is the link for?"
  let whichApproved = "Which message is approved?"
  func alreadyLinked(at time: String) -> String {
    "that post (\(time)) is already recorded with this link"
  }
  func linkAdded(postedAt time: String, number: Int) -> String {
    "That message was already posted at \(time): the link is added to it "
      + "(`sent \(number) edit` records a new post)."
  }
  func pasteAsPosted(on channel: String) -> String {
    "Paste the text as it was posted on \(channel); end with a line holding only a dot (.)."
  }
  let noLongerOffered = "that message is no longer offered; nothing recorded"
  let emptyText = "the text is empty; nothing recorded"
  func overLimit(_ count: Int, channel: String, limit: Int) -> String {
    "Warning: \(count) characters, \(channel) allows \(limit)."
  }
  func promised(on channel: String, by time: String) -> String {
    "Promised on \(channel): next update by \(time). crisis reminds you before then."
  }
  func noPromise(on channel: String) -> String {
    "The text names no time for the next update, so no promise is recorded on \(channel)."
  }
  func namesUnheldRole(_ titles: [String]) -> String {
    "Warning: the text names a role nobody holds (\(titles.joined(separator: ", "))); "
      + "assign ROLE NAME and post a correction."
  }
  func claimsUndone(_ titles: [String]) -> String {
    "Warning: the text says \(titles.joined(separator: ", ")) \(titles.count == 1 ? "is" : "are") done, which the log does not show; post a correction if that is not true."
  }
  func postedWithoutApproval(of owner: String) -> String {
    "Warning: posted without the approval of \(owner); the review will list it."
  }
  let pasteTooLong = "more than 500 lines pasted; nothing recorded (end a paste with .)"
  let notPostedYet =
    "that message was not posted yet; `sent N URL` records the post with its link"
  func unavailable(_ title: String, reason: String?, instead: String?, channel: String) -> String {
    var text = "\(title) is unavailable"
    if let reason { text += " (\(reason))" }
    if let instead { text += "; post on \(instead) instead" }
    return text + "; `up \(channel)` when it is back"
  }
  func alreadyInState(_ title: String, available: Bool) -> String {
    "\(title) is already \(available ? "available" : "marked unavailable")"
  }
  func heldAndPaused(instead: String?) -> String {
    "Its messages are held and its promises paused."
      + (instead.map { " Post on \($0) instead." } ?? "")
  }
  func outOfDate(_ channels: [String], variable: String) -> String {
    "Now out of date: \(channels.joined(separator: ", ")) said the old \(variable); post a correction there."
  }

  func varTakesPair(_ given: String) -> String { "--var takes NAME=VALUE, got '\(given)'" }
  func playbookHasNoVariable(_ playbook: String, _ unknown: String) -> String {
    "playbook \(playbook) has \(unknown)"
  }
  func varRefused(_ explanation: String) -> String { "--var: \(explanation)" }

  private static var timeForms: String { Variable.timeForms }
  func timeRefused(_ failure: PastTime.Failure, variable: String) -> String {
    switch failure {
    case .malformed(let text):
      return "'\(text)' is not a time for \(variable); write \(Self.timeForms)"
    case .future(let text, let now):
      return "'\(text)' is in the future for \(variable) (now is \(now.clockTime)); "
        + "give when it happened: \(Self.timeForms)"
    case .tooEarly(let text):
      return "'\(text)' is before 1970-01-01 for \(variable); write \(Self.timeForms)"
    }
  }
  func needsTime(_ variable: String) -> String { "\(variable) needs a time: \(Self.timeForms)" }

  func nothingToApprove(_ id: String) -> String { "\(id) is resolved; there is nothing to approve" }
  func noTemplate(_ template: String, in playbook: String, suggestion: String?) -> String {
    "playbook \(playbook) has no template '\(template)'" + mean(suggestion)
  }
  func needsNoApproval(_ template: String) -> String { "template '\(template)' needs no approval" }
  func needingApproval(_ templates: [String], playbook: String) -> String {
    templates.isEmpty
      ? "(no template of playbook \(playbook) needs approval)"
      : "(templates that need approval: \(templates.joined(separator: ", ")))"
  }

  let whichPlaybook = "Which playbook?"
  let numberOrName = "number or name> "
  func pickNumber(_ count: Int) -> String {
    "Type a number from 1 to \(count), or a playbook's name."
  }

  let nothingOpen = "Nothing is open."
  func stillOpen(_ count: Int) -> String { "Still open (\(count)):" }
  func andMore(_ count: Int) -> String { "  … and \(count) more (i lists them)" }
  func confirmResolve(drill: Bool, summary: String) -> String {
    "Resolve \(drill ? "the drill" : "the incident") with the summary \"\(summary)\"? Type yes to resolve, anything else keeps it open."
  }
  func askSummary(drill: Bool) -> String {
    "To resolve \(drill ? "the drill" : "the incident"), type a one-line summary (what happened, what fixed it); `cancel` keeps it open."
  }
  let notResolved = "Not resolved; the incident stays open."
  let summaryPlease = "a summary in words, please (or `cancel`)"
}

extension Language {
  /// The words of the walkthrough's prompt in this language.
  public var prompts: any PromptWords {
    self == .german ? GermanPromptWords() : EnglishPromptWords()
  }
}
