#if canImport(Glibc)
  import Glibc
#endif

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
    guard let scan = Self.lastStatus(ends), let (_, status) = scan else { return nil }
    self.init(
      id: first.incident, path: path, mode: first.mode, status: status,
      startedAt: Self.since(first) ?? first.time,
      title: Self.title(first), playbook: playbook)
  }

  /// A team incident's summary from the ends of its chains: the `incident.started` that comes
  /// first in the one order says what it is, and the last pause, resume or resolution of any
  /// chain in that order where it stands. So `list` and `start` never read a whole team
  /// incident, as they never read a whole single-file log. Nil when the ends do not tell.
  init?(teamFolder folder: String) {
    var first: IncidentEvent?
    var last: (event: IncidentEvent, status: IncidentState.Status)?
    for chain in TeamChains.chains(in: folder) {
      guard let ends = try? LogEnds(path: chain.path) else { return nil }
      if let line = try? ends.firstLine(), let event = Self.event(line),
        event.type == .incidentStarted, event.device == chain.device,
        first.map({ TeamOrder.precedes(event, $0) }) ?? true
      {
        first = event
      }
      // A chain without a pause, resume or resolution (a laptop that only added notes) says
      // nothing about the status; a damaged end makes the caller read the whole incident.
      guard let scan = Self.lastStatus(ends, onlyStatusLines: true) else { return nil }
      if let found = scan, last.map({ TeamOrder.precedes($0.event, found.event) }) ?? true {
        last = found
      }
    }
    guard let first, let last, let playbook = Self.playbookID(first) else { return nil }
    self.init(
      id: first.incident, path: folder, mode: first.mode, status: last.status,
      startedAt: Self.since(first) ?? first.time, title: Self.title(first), playbook: playbook)
  }

  /// The last pause, resume, resolution or start of a log, read backwards from its end, and
  /// the status it leaves: `.some(nil)` when there is none, nil when a damaged line comes
  /// first. `onlyStatusLines` parses only lines that hold `"type":"incident.` (as crisis
  /// writes them): a team chain of notes has no status line at all, and is then searched at
  /// the speed of a byte scan instead of parsed whole; its damage is for the full reading.
  private static func lastStatus(_ ends: borrowing LogEnds, onlyStatusLines: Bool = false) -> (
    event: IncidentEvent, status: IncidentState.Status
  )?? {
    var found: (event: IncidentEvent, status: IncidentState.Status)?
    var damaged = false
    do {
      try ends.linesBackward { line in
        if onlyStatusLines, !Self.holdsStatusType(line) { return false }
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
          case .incidentResolved: found = (event, .resolved)
          case .incidentPaused: found = (event, .paused)
          case .incidentResumed, .incidentStarted: found = (event, .open)
          default: return false
          }
          return true
        }
      }
    } catch {
      return nil
    }
    return damaged ? nil : .some(found)
  }

  private static let statusType = Array(#""type":"incident."#.utf8)

  /// Whether `line` holds `"type":"incident.`: `memchr` to each `t` and `memcmp`, so a
  /// chain of notes is skipped at the speed of a byte scan.
  static func holdsStatusType(_ line: ArraySlice<UInt8>) -> Bool {
    line.withUnsafeBytes { haystack in
      statusType.withUnsafeBytes { needle in
        guard let base = haystack.baseAddress, let first = needle.baseAddress,
          haystack.count >= needle.count
        else { return false }
        // `"type":"incident.` begins with a quote; its 2nd byte `t` is rarer in a line.
        var offset = 1
        let end = haystack.count - needle.count + 1
        while offset < end + 1 {
          guard let hit = memchr(base + offset, 0x74, end + 1 - offset) else { return false }
          let at = base.distance(to: UnsafeRawPointer(hit)) - 1
          if memcmp(base + at, first, needle.count) == 0 { return true }
          offset = at + 2
        }
        return false
      }
    }
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
