/// Several responders kept their own logs of the same incident (support on one laptop, comms
/// on another): one timeline from all of them. Events are ordered by when they were written,
/// each keeps its actor, exact duplicates (a log copied and continued elsewhere) appear once,
/// and the result is a new log with fresh `seq` numbers and a fresh hash chain. Inputs are
/// only read.
public enum LogMerge {
  public struct Source: Sendable {
    public var path: String
    public var sha256: String
    public var events: [IncidentEvent]
    public init(path: String, sha256: String, events: [IncidentEvent]) {
      self.path = path
      self.sha256 = sha256
      self.events = events
    }
  }

  public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
    case differentIncidents([(String, String)])
    case noEvents(String)

    public static func == (a: Failure, b: Failure) -> Bool { a.description == b.description }

    public var description: String {
      switch self {
      case .differentIncidents(let pairs):
        let list = pairs.map { "\($0.0) is \($0.1)" }.joined(separator: ", ")
        return "these logs belong to different incidents (\(list)); merge only logs of one incident"
      case .noEvents(let path):
        return "\(path) has no events"
      }
    }
  }

  /// The merged events, in order, ready to append; the first carries `merged_from`.
  public static func merge(_ sources: [Source]) -> Result<[IncidentEvent], Failure> {
    for source in sources where source.events.isEmpty { return .failure(.noEvents(source.path)) }
    let ids = sources.map { ($0.path, $0.events[0].incident) }
    if Set(ids.map(\.1)).count > 1 { return .failure(.differentIncidents(ids)) }

    var all: [(IncidentEvent, Int)] = []
    var order = 0
    for source in sources {
      for event in source.events {
        all.append((event, order))
        order += 1
      }
    }
    // The start first, then by time of writing; ties keep input order.
    all.sort { a, b in
      let aStart = a.0.type == .incidentStarted
      let bStart = b.0.type == .incidentStarted
      if aStart != bStart { return aStart }
      return a.0.ts != b.0.ts ? a.0.ts < b.0.ts : a.1 < b.1
    }
    var seen: Set<String> = []
    var merged: [IncidentEvent] = []
    for (event, _) in all {
      let key = identity(event)
      guard seen.insert(key).inserted else { continue }
      if event.type == .incidentStarted, !merged.isEmpty { continue }
      merged.append(event)
    }
    if var first = merged.first, case .incidentStarted(var started) = first.body {
      started.mergedFrom = sources.map {
        IncidentStarted.MergeSource(path: $0.path, sha256: $0.sha256)
      }
      first.body = .incidentStarted(started)
      merged[0] = first
    }
    return .success(merged)
  }

  /// Everything that makes an event what it is, except its place in a file (`seq`, `prev`).
  static func identity(_ event: IncidentEvent) -> String {
    let draft = EventDraft(copying: event)
    let fields = draft.line(
      ts: event.ts, incident: event.incident, mode: event.mode, actor: event.actor, sim: event.sim)
    return JSONWriter().string(.object(fields))
  }
}

extension LogMerge {
  /// Writes the merged events as a new log at `output`, each with the time it was first
  /// written. The log is built under a temporary name and linked into place only when every
  /// event is on disk (see `NewFile`): a full disk leaves no half or empty output behind to
  /// block the retry, and an existing `output` (a file, or a symbolic link to one) is never
  /// touched or written through.
  public static func write(_ events: [IncidentEvent], to output: String) throws(LogError) {
    do {
      try NewFile.publish(at: output, replace: false) { (temporary: String) throws(LogError) in
        let log = try IncidentLog.create(at: temporary)
        let clock = ManualClock(events.first?.ts ?? Timestamp(milliseconds: 0))
        for event in events {
          clock.set(event.ts)
          let draft = EventDraft(copying: event)
          try log.append(clock: clock) { _, now in
            draft.line(
              ts: now, incident: event.incident, mode: event.mode, actor: event.actor,
              sim: event.sim)
          }
        }
      }
    } catch {
      switch error {
      case .fill(let error): throw error
      case .file(let failure) where failure.exists:
        throw .refused(
          path: output, "already exists; merge writes a new file, pick another -o FILE")
      case .file(let failure): throw .refused(path: output, failure.reason)
      }
    }
  }
}
