/// Everything `crisis start` and `crisis drill` decide before the log exists, and the
/// `incident.started` event made from it: the first line of every log, which embeds the
/// playbook so the log is complete on its own. Kept apart from the terminal so the event is
/// unit-tested.
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
  /// A rehearsal of a past incident (`drill --from-log`): its injects and its id.
  public var rehearsal: (injects: [IncidentStarted.ScenarioInject], of: String)?
  /// T0, when the incident became known, if before the opening (`--since`, read with
  /// `IncidentSince.read`). Every deadline counts from it; a drill's clock starts at the time
  /// since then, as if the scenario had begun that long ago.
  public var since: Timestamp?
  /// The language the walkthrough speaks (`Language.chosen`); not in the log: whoever
  /// resumes chooses their own.
  public var language: Language = .english

  public init(
    playbook: Playbook, playbookPath: String, playbookBytes: [UInt8], mode: IncidentMode,
    title: String? = nil, severity: Severity? = nil, variables: [(String, String)] = [],
    speed: Double = 1, rehearsal: (injects: [IncidentStarted.ScenarioInject], of: String)? = nil,
    since: Timestamp? = nil
  ) {
    self.playbook = playbook
    self.playbookPath = playbookPath
    self.playbookBytes = playbookBytes
    self.mode = mode
    self.title = title ?? playbook.title
    self.severity = severity ?? playbook.severity
    self.variables = variables
    self.speed = speed
    self.rehearsal = rehearsal
    self.since = since
  }

  /// The `incident.started` event: title, severity, the embedded playbook (path, SHA-256,
  /// text), the variables, no role holders yet, a drill's speed, a rehearsal's injects, T0.
  public var started: IncidentStarted {
    IncidentStarted(
      title: title, severity: severity,
      playbook: IncidentStarted.EmbeddedPlaybook(
        path: playbookPath, sha256: SHA256.hex(of: playbookBytes),
        text: String(decoding: playbookBytes, as: UTF8.self)),
      variables: variables, speed: mode == .drill ? speed : nil, injects: rehearsal?.injects,
      rehearses: rehearsal?.of, since: since)
  }

  public var draft: EventDraft { EventDraft(.incidentStarted(started)) }

  /// `--var NAME=VALUE` pairs checked against the playbook: each names one of its variables,
  /// and a `type: time` variable's value is a time (read relative to `now` and stored as
  /// RFC 3339, `Variable.value(from:now:)`).
  public static func givenVariables(
    _ pairs: [String], playbook: Playbook, now: Timestamp,
    words: any PromptWords = Language.english.prompts
  ) throws(UsageError) -> [String: String] {
    var given: [String: String] = [:]
    for pair in pairs {
      guard let eq = pair.firstIndex(of: "="), eq != pair.startIndex else {
        throw UsageError(words.varTakesPair(pair))
      }
      let name = String(pair[..<eq])
      guard let variable = playbook.variable(name) else {
        let known = playbook.variables.map(\.id)
        let guess = EditDistance.suggestion(for: name, among: known)
        throw UsageError(
          words.playbookHasNoVariable(
            playbook.id, words.unknownVariable(name, suggestion: guess, known: known)))
      }
      switch variable.value(from: String(pair[pair.index(after: eq)...]), now: now) {
      case .success(let value): given[name] = value
      case .failure(let failure):
        throw UsageError(words.varRefused(variable.explanation(of: failure, words: words)))
      }
    }
    return given
  }

  /// `open` with one id suffix (tests; a taken name then fails after the retries).
  public func open(in directory: String, clock: any WallClock, actor: String, random: UInt16)
    throws(LogError) -> OpenedIncident
  {
    try open(in: directory, clock: clock, actor: actor, random: { random })
  }

  /// Creates the log in `directory` with its first event in it (`IncidentRecorder.start`:
  /// a new id if the first one is taken); the incident's id is made from the playbook, the
  /// clock's time and `random`. What it returns is what the walkthrough starts from.
  ///
  /// With `since`, a live incident's clock runs from T0, and a drill's starts at the time
  /// from T0 to the opening (its first event's `sim`), then runs at `speed`.
  public func open(
    in directory: String, clock: any WallClock, actor: String, random: () -> UInt16
  ) throws(LogError) -> OpenedIncident {
    let since = since
    let (recorder, first) = try IncidentRecorder.start(
      in: directory, playbook: playbook.id, mode: mode, actor: actor, clock: clock,
      random: random, first: draft,
      simulated: { now in since.map { max(0, $0.seconds(until: now)) } ?? 0 })
    var state = IncidentState(playbook: playbook)
    state.apply(first)
    let incidentClock: IncidentClock =
      mode == .drill
      ? .drill(elapsed: state.openedAfter, at: first.ts, speed: speed)
      : .live(startedAt: state.startedAt ?? first.ts)
    return OpenedIncident(
      path: recorder.incidentPath, recorder: recorder, event: first,
      session: WalkthroughSession(
        playbook: playbook, state: state, clock: incidentClock, actor: actor,
        language: language))
  }
}
