/// Everything `crisis start` and `crisis drill` decide before the log exists, and the
/// `incident.started` event made from it: the first line of every log, which embeds the
/// playbook so the log is complete on its own. Kept apart from the terminal so the event's
/// fields are unit-tested, and in one file so the event can move to a typed payload.
public struct IncidentOpening: Sendable {
  public var playbook: Playbook
  /// The playbook as the operator named it, and its bytes exactly as read (hashed and
  /// embedded).
  public var playbookPath: String
  public var playbookBytes: [UInt8]
  public var mode: IncidentMode
  public var title: String
  public var severity: Severity
  /// The playbook's variables in playbook order, as given or answered.
  public var variables: [(String, String)]
  /// Drills: simulated seconds per real second.
  public var speed: Double
  /// Fields only some openings have (a rehearsal's `injects` and `rehearses`), written last.
  public var extraFields: [(String, JSONValue)]

  public init(
    playbook: Playbook, playbookPath: String, playbookBytes: [UInt8], mode: IncidentMode,
    title: String? = nil, severity: Severity? = nil, variables: [(String, String)] = [],
    speed: Double = 1, extraFields: [(String, JSONValue)] = []
  ) {
    self.playbook = playbook
    self.playbookPath = playbookPath
    self.playbookBytes = playbookBytes
    self.mode = mode
    self.title = title ?? playbook.title
    self.severity = severity ?? playbook.severity
    self.variables = variables
    self.speed = speed
    self.extraFields = extraFields
  }

  /// The `incident.started` event: title, severity, the embedded playbook (path, SHA-256,
  /// text), the variables, no role holders yet, a drill's speed, then the extra fields.
  public var draft: EventDraft {
    var fields: [(String, JSONValue)] = [
      ("title", .string(title)),
      ("severity", .string(severity.rawValue)),
      (
        "playbook",
        .object([
          ("path", .string(playbookPath)), ("sha256", .string(SHA256.hex(of: playbookBytes))),
          ("text", .string(String(decoding: playbookBytes, as: UTF8.self))),
        ])
      ),
      ("variables", .object(variables.map { ($0.0, .string($0.1)) })),
      ("roles", .object([])),
    ]
    if mode == .drill { fields.append(("speed", .double(speed))) }
    return EventDraft(.incidentStarted, fields + extraFields)
  }

  /// `--var NAME=VALUE` pairs checked against the playbook: each names one of its variables.
  public static func givenVariables(_ pairs: [String], playbook: Playbook) throws(UsageError)
    -> [String: String]
  {
    var given: [String: String] = [:]
    for pair in pairs {
      guard let eq = pair.firstIndex(of: "="), eq != pair.startIndex else {
        throw UsageError("--var takes NAME=VALUE, got '\(pair)'")
      }
      let name = String(pair[..<eq])
      guard playbook.variable(name) != nil else {
        let known = playbook.variables.map(\.id)
        let guess =
          EditDistance.suggestion(for: name, among: known).map { "; did you mean '\($0)'?" } ?? ""
        throw UsageError(
          "playbook \(playbook.id) has no variable '\(name)'\(guess) (variables: \(known.joined(separator: ", ")))"
        )
      }
      given[name] = String(pair[pair.index(after: eq)...])
    }
    return given
  }

  /// Creates the log in `directory` and writes the first event; the incident's id is made
  /// from the playbook, the clock's time and `random`. What it returns is what the walkthrough
  /// starts from.
  public func open(in directory: String, clock: any Clock, actor: String, random: UInt16)
    throws(LogError) -> OpenedIncident
  {
    let id = IncidentID.make(playbook: playbook.id, at: clock.now(), random: random)
    let path = IncidentLog.path(forIncident: id, in: directory)
    let log = try IncidentLog.create(at: path)
    let recorder = IncidentRecorder(log: log, incident: id, mode: mode, actor: actor, clock: clock)
    let first = try recorder.record(draft, simulated: { _ in 0 })
    var state = IncidentState()
    state.apply(first)
    state.playbook = playbook
    let incidentClock: IncidentClock =
      mode == .drill ? .drill(elapsed: 0, at: first.ts, speed: speed) : .live(startedAt: first.ts)
    return OpenedIncident(
      path: path, recorder: recorder, event: first,
      session: WalkthroughSession(
        playbook: playbook, state: state, clock: incidentClock, actor: actor))
  }
}
