/// A crisis playbook, decoded from its file: who does what, on which channel, by when.
/// Everything here is plain data; `PlaybookDecoder` builds it and `PlaybookLinter` checks it.
/// Every element keeps the place it was written, so any later finding can point at the line.
public struct Playbook: Sendable {
  public var id: String
  public var title: String
  public var summary: String
  public var severity: Severity
  public var variables: [Variable]
  public var roles: [Role] { didSet { lookup = PlaybookLookup() } }
  public var channels: [Channel] { didSet { lookup = PlaybookLookup() } }
  public var templates: [Template] { didSet { lookup = PlaybookLookup() } }
  public var steps: [Step] { didSet { lookup = PlaybookLookup() } }
  public var injects: [Inject]
  /// Legal or contractual deadlines that run alongside the steps (`clocks:`): the GDPR's
  /// 72 hours to notify the authority, an SLA's notice period.
  public var clocks: [DeadlineClock] = []
  /// The language the playbook is written in (`language: de`): the interface speaks it
  /// unless `--lang` says otherwise. Nil when the playbook does not say.
  public var language: Language?
  /// The file it came from, as the user named it (for diagnostics).
  public var file: String
  /// Where the `playbook:` id is written.
  public var position: SourcePosition

  /// Id → position tables, so a look-up costs the same in a playbook of 20,000 steps as in
  /// one of 20 (the screens look steps up on every tick). Built on the first look-up, not
  /// before (`crisis lint` never needs them), and replaced whenever a list is assigned.
  private var lookup = PlaybookLookup()

  public init(
    id: String, title: String, summary: String = "", severity: Severity = .high,
    variables: [Variable] = [], roles: [Role] = [], channels: [Channel] = [],
    templates: [Template] = [], steps: [Step] = [], injects: [Inject] = [], file: String = "",
    position: SourcePosition = .start
  ) {
    self.id = id
    self.title = title
    self.summary = summary
    self.severity = severity
    self.variables = variables
    self.roles = roles
    self.channels = channels
    self.templates = templates
    self.steps = steps
    self.injects = injects
    self.file = file
    self.position = position
  }

  public func role(_ id: String) -> Role? {
    lookup.read(self) { $0.roles[id] }.map { roles[$0] }
  }
  public func channel(_ id: String) -> Channel? {
    lookup.read(self) { $0.channels[id] }.map { channels[$0] }
  }
  public func template(_ id: String) -> Template? {
    lookup.read(self) { $0.templates[id] }.map { templates[$0] }
  }
  public func step(_ id: String) -> Step? { stepIndex(id).map { steps[$0] } }
  public func stepIndex(_ id: String) -> Int? { lookup.read(self) { $0.steps[id] } }
  public func variable(_ id: String) -> Variable? { variables.first { $0.id == id } }
}

/// How bad it is. Playbooks give a default; the operator may change it during the incident.
public enum Severity: String, CaseIterable, Sendable, Comparable {
  case low, medium, high, critical

  public static func < (a: Severity, b: Severity) -> Bool {
    allCases.firstIndex(of: a) ?? 0 < allCases.firstIndex(of: b) ?? 0
  }
}

/// A value asked at the start (`product`, `eta`) and used in message templates.
public struct Variable: Sendable {
  public var id: String
  public var prompt: String
  public var defaultValue: String?
  /// `time` when the answer is a moment (a clock may start from it); else free text.
  public var type: VariableType = .text
  /// The role whose word this fact needs (`set_by: it`): a fact on the incident's fact sheet
  /// that only IT or finance can confirm ("orders placed are safe"). Its default is the safe
  /// wording; the screen says whose fact it is. Nil for facts anyone may set.
  public var setBy: Reference?
  public var position: SourcePosition
}

/// What kind of answer a variable takes.
public enum VariableType: String, CaseIterable, Sendable {
  /// Any text, used as written.
  case text
  /// A moment, written as `note --at` takes it (16:52, -20m, RFC 3339) and stored as
  /// RFC 3339, so a declared clock can count from it.
  case time
}

/// A responsibility with exactly one holder during an incident.
public struct Role: Sendable {
  public var id: String
  public var title: String
  public var duties: String?
  /// The role that stands in when nobody holds this one (`deputy:`).
  public var deputy: Reference? = nil
  public var position: SourcePosition
}

/// Who reads a channel. Public channels count for "time to first public statement".
public enum ChannelAudience: String, CaseIterable, Sendable {
  case `public`, customers, `internal`
}

/// Where messages go: a status page, X, a support macro, the team chat.
public struct Channel: Sendable {
  public var id: String
  public var title: String
  public var audience: ChannelAudience
  /// Maximum characters a post may have (X: 280), if the channel has one.
  public var limit: Int?
  /// Every message on this channel needs this role's approval before it goes out.
  public var approve: Reference? = nil
  public var position: SourcePosition
}

/// A message written in advance, with `{{variable}}` placeholders filled at send time.
public struct Template: Sendable {
  public var id: String
  public var channel: Reference
  public var text: String
  /// This message needs this role's approval before it goes out (`approve:`); a channel's
  /// `approve:` applies when the template names none.
  public var approve: Reference? = nil
  /// Steps whose completion the text states as fact ("paid traffic is paused"): while one of
  /// them is not done, the message is marked and posting it warns (`after:`).
  public var after: [Reference] = []
  public var position: SourcePosition
  /// Where the text starts, for placeholder diagnostics.
  public var textPosition: SourcePosition
}

/// A name that must refer to something else in the playbook, with where it was written.
public struct Reference: Sendable, Hashable {
  public var id: String
  public var position: SourcePosition
  public init(_ id: String, at position: SourcePosition) {
    self.id = id
    self.position = position
  }
}

/// One thing to do, owned by one role, optionally by a deadline.
public struct Step: Sendable {
  public var id: String
  public var title: String
  public var role: Reference
  /// Deadline measured from the incident's start (T+).
  public var due: Duration?
  public var checklist: [String]
  public var decision: Decision?
  /// Templates rendered and offered for copying on this step.
  public var send: [Reference]
  /// A recurring step reminds on this cadence until the incident is resolved.
  public var every: Duration?
  /// Where to go after this step; nil means the next step in the list.
  public var next: Reference?
  public var position: SourcePosition
}

/// A question on a step whose answer chooses the next step.
public struct Decision: Sendable {
  public var question: String
  public var choices: [Choice]
  public var position: SourcePosition

  public struct Choice: Sendable {
    public var answer: String
    /// A step id, or `end`.
    public var target: Reference
  }
}

/// A deadline the playbook declares beside its steps (`clocks:`), e.g. 72 hours from when a
/// breach became known to notify the data-protection authority. It runs from T0 or from the
/// moment a `type: time` variable holds, and is met when its `done_by` step is done or its
/// `done_by` template is posted.
public struct DeadlineClock: Sendable {
  public var id: String
  public var title: String
  public var within: Duration
  /// The `type: time` variable it counts from; nil counts from T0 (`from: start`).
  public var from: Reference?
  /// Who owns meeting it.
  public var role: Reference?
  /// The step whose completion, or the template whose posting, meets it.
  public var doneBy: Reference
  public var position: SourcePosition

  public init(
    id: String, title: String, within: Duration, from: Reference? = nil, role: Reference? = nil,
    doneBy: Reference, position: SourcePosition = .start
  ) {
    self.id = id
    self.title = title
    self.within = within
    self.from = from
    self.role = role
    self.doneBy = doneBy
    self.position = position
  }

  /// `from: start`: the clock counts from T0.
  public static let startSource = "start"
}

/// A drill event: at T+`at`, something happens that the team must react to.
public struct Inject: Sendable {
  public var at: Duration
  public var title: String
  public var text: String
  public var role: Reference?
  public var channel: Reference?
  /// What the players are expected to do about it (`expect:`): steps, templates or channels,
  /// as a tabletop exercise's expected player action. The reaction time of the inject is the
  /// time to the first event that acts on one of them; empty when the inject does not say.
  public var expect: [Reference] = []
  public var position: SourcePosition
}

extension Playbook {
  /// The branch target that ends the walkthrough.
  public static let endTarget = "end"
}
