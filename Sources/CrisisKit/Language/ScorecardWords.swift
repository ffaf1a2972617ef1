/// Words of the drill scorecard, on the facilitator's screen and in every export of a drill.
/// A scorecard teaches: it names the late and skipped steps and the broken promises, says
/// for each inject whether the expected action came and how fast, and ends with three
/// things to practise. One protocol, so neither language can lack a line.
public protocol ScorecardWords: Sendable {
  var headers: [String] { get }
  var stepsOnTime: String { get }
  var stepsLate: String { get }
  var stepsSkipped: String { get }
  var stepsNeverDone: String { get }
  var promisedUpdates: String { get }
  var firstStatement: String { get }
  var cadence: String { get }
  var decisions: String { get }
  var practise: String { get }
  /// `Confirm with IT: done T+10m, due T+4m`.
  func lateStep(title: String, finished: String?, due: String?) -> String
  func skippedStep(title: String, reason: String?) -> String
  func promises(kept: Int, broken: Int, open: Int) -> String
  func brokenPromise(channel: String, due: String) -> String
  func firstStatementValue(first: String?, deadline: String, outcome: String) -> String
  func cadenceValue(longest: String?, every: String?, kept: Bool?) -> String
  func injectLabel(tPlus: String, title: String) -> String
  /// The reaction to an inject that says what it expects.
  func expected(_ items: [String], after delay: String?) -> String
  /// The expected action was done before the inject came (`at` is its T+).
  func expectedAhead(_ items: [String], at: String) -> String
  /// The reaction to an inject without `expect:`: the first thing a person did.
  func firstReaction(after delay: String?, type: String?) -> String
  /// What people did between the inject and the expected action (or instead of it).
  func alsoDid(_ actions: [String]) -> String
  /// An expected template as people know it: its text on its channel.
  func template(_ id: String, on channel: String) -> String
  func practice(_ item: PracticeItem) -> String
  /// An event type as the team says it: `message.sent` is "message posted"; a type this
  /// version does not know as the log wrote it (the caller strips control characters).
  func action(_ type: String) -> String
}

/// One of the three things a drill's team should practise next time, most pressing first.
public enum PracticeItem: Sendable, Equatable {
  case firstStatement(deadline: String)
  case inject(title: String, expected: [String])
  case promises
  case step(title: String)
  case skippedStep(title: String)
  case approval
  case cadence(every: String)
  case faster
  case swapRoles
  case newInject
}

extension Language {
  /// The words of this language's drill scorecard.
  public var scorecard: any ScorecardWords {
    self == .german ? GermanScorecardWords() : EnglishScorecardWords()
  }
}

/// The scorecard in English.
struct EnglishScorecardWords: ScorecardWords {
  let headers = ["Check", "Result"]
  let stepsOnTime = "Steps on time"
  let stepsLate = "Steps late"
  let stepsSkipped = "Steps skipped"
  let stepsNeverDone = "Steps owed and never done"
  let promisedUpdates = "Promised updates"
  let firstStatement = "First public statement"
  let cadence = "Update cadence"
  let decisions = "Decisions"
  let practise = "Practise next time"
  func lateStep(title: String, finished: String?, due: String?) -> String {
    "\(title): " + (finished.map { "done \($0)" } ?? "not done") + (due.map { ", due \($0)" } ?? "")
  }
  func skippedStep(title: String, reason: String?) -> String {
    "\(title): " + (reason ?? "no reason given")
  }
  func promises(kept: Int, broken: Int, open: Int) -> String {
    "\(kept) kept, \(broken) broken" + (open > 0 ? ", \(open) still running at the end" : "")
  }
  func brokenPromise(channel: String, due: String) -> String { "broken: \(channel), due \(due)" }
  func firstStatementValue(first: String?, deadline: String, outcome: String) -> String {
    "\(first ?? "none") (deadline \(deadline)): \(outcome)"
  }
  func cadenceValue(longest: String?, every: String?, kept: Bool?) -> String {
    guard let longest else { return "no public update" }
    guard let every, let kept else { return "longest silence \(longest)" }
    return "\(kept ? "kept" : "broken"): longest silence \(longest), promised every \(every)"
  }
  func injectLabel(tPlus: String, title: String) -> String { "Inject at \(tPlus): \(title)" }
  func expected(_ items: [String], after delay: String?) -> String {
    let what = items.joined(separator: " or ")
    guard let delay else { return "expected \(what): NOT DONE" }
    return "expected \(what): done after \(delay)"
  }
  func expectedAhead(_ items: [String], at: String) -> String {
    "expected \(items.joined(separator: " or ")): already done before it, at \(at)"
  }
  func firstReaction(after delay: String?, type: String?) -> String {
    guard let delay else { return "no reaction (no expected action set)" }
    return "first reaction after \(delay)" + (type.map { " (\($0))" } ?? "")
      + " (no expected action set)"
  }
  func alsoDid(_ actions: [String]) -> String { "meanwhile: " + actions.joined(separator: ", ") }
  func template(_ id: String, on channel: String) -> String { "message “\(id)” on \(channel)" }
  func action(_ type: String) -> String {
    switch type {
    case "incident.resolved": "incident resolved"
    case "incident.paused": "walkthrough paused"
    case "incident.resumed": "walkthrough resumed"
    case "reminder": "reminder"
    case "inject": "inject"
    case "operator.joined": "someone joined"
    case "operator.left": "someone left"
    case "clock.paused", "clock.resumed", "clock.advanced": "drill clock moved"
    case "step.started": "step opened"
    case "step.done": "step done"
    case "step.skipped": "step skipped"
    case "message.sent": "message posted"
    case "message.approved": "message approved"
    case "message.linked": "link added"
    case "decision": "decision"
    case "note": "note"
    case "role.assigned": "role assigned"
    case "var.set": "fact changed"
    case "severity.changed": "severity changed"
    case "channel.state": "channel marked down or up"
    default: type
    }
  }
  func practice(_ item: PracticeItem) -> String {
    switch item {
    case .firstStatement(let deadline):
      "Get the first public statement out within \(deadline)."
    case .inject(let title, let expected):
      "When “\(title)” happens: \(expected.joined(separator: " or "))."
    case .promises: "Post every promised update on time, even when nothing changed."
    case .step(let title): "“\(title)” within its deadline."
    case .skippedStep(let title): "“\(title)”: do it, or agree beforehand when it may be skipped."
    case .approval: "Get the approval before a message that needs one goes out."
    case .cadence(let every): "Keep public updates coming every \(every)."
    case .faster: "Run the same drill faster (a higher --speed) to build routine."
    case .swapRoles: "Swap roles, so deputies practise too."
    case .newInject: "Add an inject the team has not seen yet."
    }
  }
}
