/// `incident.started`, always the first event: what the incident is, the playbook it runs
/// (embedded whole, so the log needs nothing else), the answers given at the start and, for
/// drills, the clock's speed and any injects made from a past incident.
public struct IncidentStarted: EventPayload, Equatable {
  public static let type = EventType.incidentStarted

  /// The playbook as it was when the incident started.
  public struct EmbeddedPlaybook: Sendable, Equatable {
    public var path: String
    public var sha256: String
    public var text: String

    public init(path: String, sha256: String, text: String) {
      self.path = path
      self.sha256 = sha256
      self.text = text
    }
  }

  /// An inject of a drill made from a past incident, at its original T+.
  public struct ScenarioInject: Sendable, Equatable {
    public var at: Duration
    public var title: String
    public var text: String
    public var role: String?

    public init(at: Duration, title: String, text: String, role: String? = nil) {
      self.at = at
      self.title = title
      self.text = text
      self.role = role
    }

    var json: JSONValue {
      var fields = EventFieldWriter()
      fields.put("at", at.compact)
      fields.put("title", title)
      fields.put("text", text)
      fields.put("role", role)
      return .object(fields.fields)
    }

    init?(json: JSONValue, line: Int) {
      guard case .object(let members) = json else { return nil }
      var fields = EventFieldReader(members, line: line)
      guard let at = fields.string("at").flatMap(Duration.parse), let title = fields.string("title")
      else { return nil }
      self.at = at
      self.title = title
      text = fields.string("text") ?? title
      role = fields.string("role")
    }

    /// As the drill schedules it.
    public var inject: Inject {
      Inject(
        at: at, title: title, text: text, role: role.map { Reference($0, at: .start) },
        channel: nil, position: .start)
    }
  }

  public var title: String
  /// As written; a severity this version does not know reads as nil.
  public var severity: String?
  public var playbook: EmbeddedPlaybook
  /// Answers to the playbook's variables, in the order asked.
  public var variables: [(String, String)]
  /// Role → who holds it, as given at the start.
  public var roles: [(String, String)]
  /// Drills: how much faster than real time the simulated clock runs.
  public var speed: Double?
  /// Drills made from a past incident: the injects that replace the playbook's.
  public var injects: [ScenarioInject]?
  /// Drills made from a past incident: that incident's id.
  public var rehearses: String?
  /// T0: when the incident became known, when that was before `crisis start` (`--since`).
  /// Every deadline and clock counts from it; the event's `ts` keeps when it was opened.
  public var since: Timestamp?
  /// A log made by `crisis merge`: the logs it was made from.
  public var mergedFrom: [MergeSource]?

  /// One log a merged log was made from.
  public struct MergeSource: Sendable, Equatable {
    public var path: String
    public var sha256: String

    public init(path: String, sha256: String) {
      self.path = path
      self.sha256 = sha256
    }
  }

  /// The drill clock speeds a log may hold (and `--speed` accepts).
  public static let speedRange: ClosedRange<Double> = 0.001...1_000_000

  public init(
    title: String, severity: Severity, playbook: EmbeddedPlaybook, variables: [(String, String)],
    roles: [(String, String)] = [], speed: Double? = nil, injects: [ScenarioInject]? = nil,
    rehearses: String? = nil, since: Timestamp? = nil
  ) {
    self.title = title
    self.severity = severity.rawValue
    self.playbook = playbook
    self.variables = variables
    self.roles = roles
    self.speed = speed
    self.injects = injects
    self.rehearses = rehearses
    self.since = since
  }

  public static func == (a: Self, b: Self) -> Bool {
    a.title == b.title && a.severity == b.severity && a.playbook == b.playbook
      && a.variables.elementsEqual(b.variables, by: ==) && a.roles.elementsEqual(b.roles, by: ==)
      && a.speed == b.speed && a.injects == b.injects && a.rehearses == b.rehearses
      && a.mergedFrom == b.mergedFrom && a.since == b.since
  }

  public func encode(into fields: inout EventFieldWriter) {
    encode(into: &fields, playbookText: true)
  }

  /// The fields without the embedded playbook's text (its path and hash stay): what an
  /// export shows, where the text would only repeat the playbook.
  public var fieldsWithoutPlaybookText: [(String, JSONValue)] {
    var writer = EventFieldWriter()
    encode(into: &writer, playbookText: false)
    return writer.fields
  }

  private func encode(into fields: inout EventFieldWriter, playbookText: Bool) {
    fields.put("title", title)
    fields.put("severity", severity)
    var embedded: [(String, JSONValue)] = [
      ("path", .string(playbook.path)), ("sha256", .string(playbook.sha256)),
    ]
    if playbookText { embedded.append(("text", .string(playbook.text))) }
    fields.put("playbook", JSONValue.object(embedded))
    fields.put("variables", pairs: variables)
    fields.put("roles", pairs: roles)
    fields.put("speed", speed)
    fields.put("since", since)
    fields.put("injects", injects.map { JSONValue.array($0.map(\.json)) })
    fields.put("rehearses", rehearses)
    fields.put(
      "merged_from",
      mergedFrom.map { sources in
        JSONValue.array(
          sources.map { .object([("path", .string($0.path)), ("sha256", .string($0.sha256))]) })
      })
  }

  public init(from fields: inout EventFieldReader) throws(EventFormatError) {
    title = fields.text("title")
    severity = fields.string("severity")
    var embedded = EmbeddedPlaybook(path: "", sha256: "", text: "")
    if case .object(let members)? = fields.take("playbook") {
      var inner = EventFieldReader(members, line: fields.line)
      embedded = EmbeddedPlaybook(
        path: inner.text("path"), sha256: inner.text("sha256"), text: inner.text("text"))
    }
    playbook = embedded
    variables = fields.pairs("variables")
    roles = fields.pairs("roles")
    speed = try fields.number("speed", in: Self.speedRange)
    since = try fields.time("since")
    if case .array(let items)? = fields.take("injects") {
      let line = fields.line
      injects = items.compactMap { ScenarioInject(json: $0, line: line) }
    }
    rehearses = fields.string("rehearses")
    if case .array(let items)? = fields.take("merged_from") {
      mergedFrom = items.map { item in
        MergeSource(
          path: item["path"]?.stringValue ?? "", sha256: item["sha256"]?.stringValue ?? "")
      }
    }
  }
}
