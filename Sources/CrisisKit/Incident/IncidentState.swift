/// Where an incident stands, computed only from its events: `apply` folds one event in.
/// Resume, status, replay and export all build it the same way, so the log stays the single
/// source of truth and nothing is remembered anywhere else.
public struct IncidentState: Sendable {
  public enum Status: String, Sendable { case open, paused, resolved }

  public struct StepRecord: Sendable {
    public var startedAt: Double?
    public var doneAt: Double?
    public var skippedAt: Double?
    public var skipReason: String?
    /// Who marked it done or skipped.
    public var by: String?
    public var isFinished: Bool { doneAt != nil || skippedAt != nil }
  }

  public struct DecisionRecord: Sendable {
    public var step: String
    public var question: String
    public var answer: String
    public var next: String?
    public var elapsed: Double
    public var actor: String
  }

  public struct SentMessage: Sendable {
    public var step: String?
    public var template: String?
    public var channel: String
    public var text: String
    public var url: String?
    public var elapsed: Double
    public var time: Timestamp
    public var actor: String
  }

  public struct NoteRecord: Sendable {
    public var text: String
    public var elapsed: Double
    public var time: Timestamp
    public var actor: String
  }

  public struct ReminderRecord: Sendable {
    public var kind: String
    public var step: String?
    public var elapsed: Double
  }

  public struct InjectRecord: Sendable {
    /// `playbook` (or `log` for a drill made from a past incident) or `facilitator`.
    public var source: String
    /// Position in the scheduled injects, for scheduled ones.
    public var index: Int?
    public var title: String
    public var text: String
    public var role: String?
    public var elapsed: Double
  }

  public var id = ""
  public var mode = IncidentMode.live
  public var title = ""
  public var severity = Severity.high
  public var status = Status.open
  public var playbookPath = ""
  public var playbookSHA256 = ""
  public var playbookText = ""
  /// The playbook decoded from the copy embedded in the first event.
  public var playbook: Playbook?
  public var startedAt: Timestamp?
  public var startedBy = ""
  public var variables: [String: String] = [:]
  public var roleHolders: [String: String] = [:]
  /// The step on screen; nil before the first and after the last.
  public var currentStep: String?
  public var steps: [String: StepRecord] = [:]
  /// Recurring steps that have been reached: step id → T+ when they started.
  public var cadences: [String: Double] = [:]
  public var decisions: [DecisionRecord] = []
  public var messages: [SentMessage] = []
  public var notes: [NoteRecord] = []
  public var reminders: [ReminderRecord] = []
  public var injects: [InjectRecord] = []
  /// T+ of the last message on a public channel.
  public var lastPublicUpdate: Double?
  public var resolvedAt: Double?
  public var summary: String?
  public var lastSeq = 0
  public var lastTime: Timestamp?
  /// T+ of the most recent event (simulated time in drills).
  public var lastElapsed: Double = 0
  /// Drill clock stopped by the facilitator.
  public var clockPaused = false
  public var eventCount = 0
  /// Drills made from a past incident: the injects derived from its log, which replace the
  /// playbook's (`incident.started` field `injects`).
  public var scenarioInjects: [Inject]?
  /// Drills: how much faster than real time the simulated clock runs.
  public var speed: Double = 1
  /// Events that refer to something the playbook does not have; reported, not fatal.
  public var oddities: [String] = []

  public init() {}

  /// T+ seconds of an event: simulated time in drills, else time since the start.
  public func elapsed(of event: IncidentEvent) -> Double {
    if let sim = event.sim { return sim }
    guard let start = startedAt else { return 0 }
    return start.seconds(until: event.time)
  }

  public mutating func apply(_ event: IncidentEvent) {
    eventCount += 1
    lastSeq = event.seq
    let t = event.type == .incidentStarted ? 0 : elapsed(of: event)
    if lastTime.map({ event.ts > $0 }) ?? true { lastTime = event.ts }
    lastElapsed = max(lastElapsed, t)
    switch event.type {
    case .incidentStarted:
      id = event.incident
      mode = event.mode
      startedAt = event.time
      startedBy = event.actor
      title = event.string("title") ?? ""
      switch event.value("speed") {
      case .double(let d)? where d > 0: speed = d
      case .int(let i)? where i > 0: speed = Double(i)
      default: break
      }
      if let s = event.string("severity").flatMap(Severity.init(rawValue:)) { severity = s }
      if case .array(let items)? = event.value("injects") {
        scenarioInjects = items.compactMap(Self.inject(from:))
      }
      if case .object(let pairs)? = event.value("variables") {
        for (k, v) in pairs { variables[k] = v.stringValue ?? "" }
      }
      if case .object(let pairs)? = event.value("roles") {
        for (k, v) in pairs { roleHolders[k] = v.stringValue ?? "" }
      }
      if let embedded = event.value("playbook") {
        playbookPath = embedded["path"]?.stringValue ?? ""
        playbookSHA256 = embedded["sha256"]?.stringValue ?? ""
        playbookText = embedded["text"]?.stringValue ?? ""
        playbook = PlaybookLoader.load(bytes: Array(playbookText.utf8), file: playbookPath).playbook
      }
    case .stepStarted:
      guard let step = stepID(event) else { return }
      steps[step, default: StepRecord()].startedAt = t
      currentStep = step
      if let every = playbook?.step(step)?.every, every > .zero, cadences[step] == nil {
        cadences[step] = t
      }
    case .stepDone:
      guard let step = stepID(event) else { return }
      steps[step, default: StepRecord()].doneAt = t
      steps[step, default: StepRecord()].by = event.actor
      if currentStep == step { currentStep = nil }
    case .stepSkipped:
      guard let step = stepID(event) else { return }
      steps[step, default: StepRecord()].skippedAt = t
      steps[step, default: StepRecord()].skipReason = event.string("reason")
      steps[step, default: StepRecord()].by = event.actor
      if currentStep == step { currentStep = nil }
    case .decision:
      decisions.append(
        DecisionRecord(
          step: event.string("step") ?? "", question: event.string("question") ?? "",
          answer: event.string("answer") ?? "", next: event.string("next"), elapsed: t,
          actor: event.actor))
    case .messageSent:
      let channel = event.string("channel") ?? ""
      messages.append(
        SentMessage(
          step: event.string("step"), template: event.string("template"), channel: channel,
          text: event.string("text") ?? "", url: event.string("url"), elapsed: t, time: event.time,
          actor: event.actor))
      if playbook?.channel(channel)?.audience == .public {
        lastPublicUpdate = max(lastPublicUpdate ?? t, t)
      }
    case .varSet:
      if let name = event.string("name") { variables[name] = event.string("value") ?? "" }
    case .roleAssigned:
      if let role = event.string("role") { roleHolders[role] = event.string("name") ?? "" }
    case .note:
      notes.append(
        NoteRecord(
          text: event.string("text") ?? "", elapsed: t, time: event.time, actor: event.actor))
    case .reminder:
      reminders.append(
        ReminderRecord(
          kind: event.string("kind") ?? "update", step: event.string("step"), elapsed: t))
    case .inject:
      injects.append(
        InjectRecord(
          source: event.string("source") ?? "playbook",
          index: event.value("index")?.intValue.map { Int($0) },
          title: event.string("title") ?? "", text: event.string("text") ?? "",
          role: event.string("role"), elapsed: t))
    case .severityChanged:
      if let s = event.string("to").flatMap(Severity.init(rawValue:)) { severity = s }
    case .incidentPaused:
      if status != .resolved { status = .paused }
    case .incidentResumed:
      if status != .resolved { status = .open }
    case .incidentResolved:
      status = .resolved
      resolvedAt = t
      summary = event.string("summary")
      currentStep = nil
    case .clockPaused:
      clockPaused = true
    case .clockResumed:
      clockPaused = false
    case .clockAdvanced, .scorecard, .other:
      break
    }
  }

  /// The event's `step`, noted as odd when the playbook has no such step.
  private mutating func stepID(_ event: IncidentEvent) -> String? {
    guard let step = event.string("step") else {
      oddities.append("line \(event.line): \(event.type) without \"step\"")
      return nil
    }
    if let playbook, playbook.step(step) == nil {
      oddities.append("line \(event.line): unknown step '\(step)'")
    }
    return step
  }

  /// An inject as `incident.started` stores it: `{at: "8m", title, text, role?, channel?}`.
  static func inject(from value: JSONValue) -> Inject? {
    guard let at = value["at"]?.stringValue.flatMap(Duration.parse),
      let title = value["title"]?.stringValue
    else {
      return nil
    }
    return Inject(
      at: at, title: title, text: value["text"]?.stringValue ?? title,
      role: value["role"]?.stringValue.map { Reference($0, at: .start) },
      channel: value["channel"]?.stringValue.map { Reference($0, at: .start) }, position: .start)
  }

  /// The state after all `events`.
  public static func fold(_ events: some Sequence<IncidentEvent>) -> IncidentState {
    var state = IncidentState()
    for event in events { state.apply(event) }
    return state
  }

  public var isResolved: Bool { status == .resolved }
}
