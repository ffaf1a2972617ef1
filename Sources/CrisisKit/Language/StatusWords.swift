/// Words of `crisis status` and of `i` at the prompt: where an incident stands, in a few
/// lines. The `--json` form keeps its English keys whatever the language: scripts read it.
public protocol StatusWords: Sendable {
  var drill: String { get }
  /// `open`, `paused`, `resolved`: the incident's status as a word.
  func status(_ raw: String) -> String
  func severity(_ raw: String) -> String
  func knownSince(_ start: String, opened: String, by: String) -> String
  func started(_ time: String, by: String) -> String
  func resolvedAt(_ tPlus: String) -> String
  func now(_ tPlus: String) -> String
  func currentStep(_ text: String) -> String
  var noCurrentStepDone: String { get }
  var noCurrentStep: String { get }
  func openObligations(_ count: Int) -> String
  var next: String { get }
  func dueAt(_ tPlus: String) -> String
  func lastUpdate(ago: String, at tPlus: String) -> String
  var noUpdateYet: String { get }
  func nextUpdateDue(_ tPlus: String, when: String) -> String
  func overdueBy(_ span: String) -> String
  func dueIn(_ span: String) -> String
  /// `, due T+15m (in 4:59)` after the current step.
  func stepDue(_ tPlus: String, in span: String) -> String
  var unassigned: String { get }
  var roles: String { get }
  func since(_ time: String) -> String
  var onItNow: String { get }
  var nobody: String { get }
  var allShared: String { get }
  func notShared(_ count: Int) -> String
}

struct EnglishStatusWords: StatusWords {
  let drill = "DRILL, "
  func status(_ raw: String) -> String { raw }
  func severity(_ raw: String) -> String { "severity \(raw)" }
  func knownSince(_ start: String, opened: String, by: String) -> String {
    "known since \(start) (T0), opened \(opened) by \(by)"
  }
  func started(_ time: String, by: String) -> String { "started \(time) by \(by)" }
  func resolvedAt(_ tPlus: String) -> String { "resolved at \(tPlus)" }
  func now(_ tPlus: String) -> String { "now \(tPlus)" }
  func currentStep(_ text: String) -> String { "Current step: \(text)" }
  let noCurrentStepDone = "Current step: none, all steps done"
  let noCurrentStep = "Current step: none"
  func openObligations(_ count: Int) -> String {
    "Open obligations (\(count)), most urgent first:"
  }
  let next = "Next: "
  func dueAt(_ tPlus: String) -> String { " (due \(tPlus))" }
  func lastUpdate(ago: String, at tPlus: String) -> String {
    "Last public update: \(ago) ago (\(tPlus))"
  }
  let noUpdateYet = "Last public update: none yet"
  func nextUpdateDue(_ tPlus: String, when: String) -> String {
    "Next public update due: \(tPlus), \(when)"
  }
  func overdueBy(_ span: String) -> String { "OVERDUE by \(span)" }
  func dueIn(_ span: String) -> String { "in \(span)" }
  func stepDue(_ tPlus: String, in span: String) -> String { ", due \(tPlus) (in \(span))" }
  let unassigned = "unassigned"
  let roles = "Roles: "
  func since(_ time: String) -> String { "since \(time)" }
  let onItNow = "On it now: "
  let nobody = "nobody"
  let allShared = "Shared: every event of this machine is on the team's remote"
  func notShared(_ count: Int) -> String {
    "Not shared yet: \(count) event(s) of this machine (`crisis sync` sends them)"
  }
}

extension Language {
  /// The words of `status` in this language.
  public var status: any StatusWords {
    self == .german ? GermanStatusWords() : EnglishStatusWords()
  }
}
