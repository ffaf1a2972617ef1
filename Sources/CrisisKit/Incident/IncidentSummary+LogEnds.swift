extension IncidentSummary {
  /// The summary of the log at `path` from its two ends: the first event says what the
  /// incident is, the last pause, resume or resolution (read backwards from the end) says
  /// where it stands. Nil when the ends do not tell (a first line that is not a readable
  /// `incident.started`, a damaged line at the end, a playbook without an id): the caller then
  /// reads the whole log, whose error names the place.
  ///
  /// This agrees with the fold (`IncidentState.status`) for every log the program writes; a
  /// pause recorded after the resolution (by a terminal that had not seen it yet) would show
  /// as paused here, and as resolved once the log is read.
  init?(endsOf path: String) {
    guard let ends = try? LogEnds(path: path),
      let firstLine = try? ends.firstLine(),
      let first = Self.event(firstLine), first.type == .incidentStarted,
      let playbook = Self.playbookID(first)
    else { return nil }
    var status: IncidentState.Status? = nil
    var damaged = false
    do {
      try ends.linesBackward { line in
        switch line.withUnsafeBytes({ LineContent.of($0) }) {
        case .torn:
          return false
        case .invalid:
          damaged = true
          return true
        case .event(let json, _):
          guard let event = try? IncidentEvent(json: json, line: 0) else {
            damaged = true
            return true
          }
          switch event.type {
          case .incidentResolved: status = .resolved
          case .incidentPaused: status = .paused
          case .incidentResumed, .incidentStarted: status = .open
          default: return false
          }
          return true
        }
      }
    } catch {
      return nil
    }
    guard !damaged, let status else { return nil }
    self.init(
      id: first.incident, path: path, mode: first.mode, status: status,
      startedAt: Self.since(first) ?? first.time,
      title: Self.title(first), playbook: playbook)
  }

  /// The `playbook:` id of the playbook text embedded in `incident.started`. Only the YAML
  /// is parsed: the full check of the playbook is for the commands that run it.
  private static func playbookID(_ started: IncidentEvent) -> String? {
    guard case .incidentStarted(let p) = started.body,
      let document = try? YAMLParser.parse(p.playbook.text)
    else { return nil }
    return document["playbook"]?.scalar?.text
  }

  /// T0 when the incident was opened after it became known (`--since`), as the fold's
  /// `startedAt` has it.
  private static func since(_ started: IncidentEvent) -> Timestamp? {
    guard case .incidentStarted(let p) = started.body else { return nil }
    return p.since
  }

  private static func title(_ started: IncidentEvent) -> String {
    guard case .incidentStarted(let p) = started.body else { return "" }
    return p.title
  }

  /// The event on a line, when it is one.
  private static func event(_ line: [UInt8]) -> IncidentEvent? {
    guard case .event(let json, _) = line.withUnsafeBytes({ LineContent.of($0) }) else {
      return nil
    }
    return try? IncidentEvent(json: json, line: 1)
  }
}
