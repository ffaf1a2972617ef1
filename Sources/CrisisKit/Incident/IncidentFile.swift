/// A log read back into events and state: what resume, status, note, export and replay start
/// from. Reading streams the file (one line at a time) and folds as it goes.
public struct IncidentFile: Sendable {
  public var path: String
  public var state: IncidentState
  /// Torn lines skipped, as warnings with their place.
  public var warnings: [Diagnostic]
  /// The line number of a torn last line, if any.
  public var tornLastLine: Int?
  /// Every event in file order, when asked for (export, replay); empty otherwise.
  public var events: [IncidentEvent] { state.timeline.map(\.event) }
  /// With `upToDamage`: why reading stopped early (a damaged line), naming the place.
  public var damage: String?

  /// Why a log could not be used.
  public enum Failure: Error, Sendable, CustomStringConvertible {
    /// The file could not be opened or read, or a line of it is damaged.
    case log(LogError)
    /// The file reads, but is not an incident (no events, no start, no playbook), at the place
    /// that shows it.
    case content(Diagnostic)
    /// The file is empty: an incident whose start was interrupted before its first event
    /// (logs made before `crisis start` wrote them in one step). Not an error for commands
    /// that look through the log directory; they skip it with a warning.
    case notStarted(path: String)

    public var description: String {
      switch self {
      case .log(let error): return error.description
      case .content(let diagnostic): return diagnostic.description
      case .notStarted(let path):
        return "\(path): warning: the log is empty: this incident was never started "
          + "(its start was interrupted before the first event); it is skipped, and can be "
          + "deleted"
      }
    }

    /// One line for the user; the same as `description`.
    public var message: String { description }

    /// Whether the log is empty (an incident that never started).
    public var notStarted: Bool {
      if case .notStarted = self { return true }
      return false
    }
  }

  /// Reads and folds the log at `path`. `keepEvents` keeps every event (export, replay).
  /// With `upToDamage`, a damaged line ends the reading instead of failing it: what came
  /// before is returned and `damage` says where it stopped (replay and export show what
  /// survived).
  public static func read(path: String, keepEvents: Bool = false, upToDamage: Bool = false)
    throws(Failure)
    -> IncidentFile
  {
    var state = IncidentState(keepsTimeline: keepEvents)
    var incidentID: String?
    var damage: String?
    var summary = LogReadSummary(eventCount: 0, warnings: [], tornLastLine: nil)
    do {
      summary = try IncidentLog.read(path: path) { line in
        var event = try IncidentEvent(json: line.event, line: line.number)
        // Every event repeats the incident's id: share the first one's storage rather than
        // keep a copy per event.
        if let first = incidentID, event.incident == first {
          event.incident = first
        } else if incidentID == nil {
          incidentID = event.incident
        }
        if state.eventCount == 0, event.type != .incidentStarted {
          throw EventFormatError(
            line: line.number,
            message: "the first event must be incident.started, not \(event.type)")
        }
        state.apply(event)
      }
    } catch let error as LogError {
      guard upToDamage, state.eventCount > 0, case .damaged = error else {
        throw .log(error)
      }
      damage = error.description
    } catch let error as EventFormatError {
      let problem = Diagnostic(
        .error, file: path, at: SourcePosition(line: error.line, column: 1), error.message)
      guard upToDamage, state.eventCount > 0 else { throw .content(problem) }
      damage = problem.description
    } catch {
      throw .content(Diagnostic(.error, file: path, at: nil, "\(error)"))
    }
    guard state.eventCount > 0 else {
      if summary.warnings.isEmpty, summary.tornLastLine == nil {
        throw .notStarted(path: path)
      }
      throw .content(Diagnostic(.error, file: path, at: nil, "the log has no events"))
    }
    if state.playbook == nil {
      throw .content(
        Diagnostic(
          .error, file: path, at: SourcePosition(line: 1, column: 1),
          "the playbook embedded in the first event cannot be read"))
    }
    return IncidentFile(
      path: path, state: state, warnings: summary.warnings, tornLastLine: summary.tornLastLine,
      damage: damage)
  }
}

/// Writes events of one incident: stamps them (`ts`, `incident`, `mode`, `actor`, drills'
/// `sim`) and appends them durably. What it returns is exactly what is on disk.
public struct IncidentRecorder: Sendable {
  public let log: IncidentLog
  public let incident: String
  public let mode: IncidentMode
  public let actor: String
  public let clock: any Clock

  public init(
    log: IncidentLog, incident: String, mode: IncidentMode, actor: String, clock: any Clock
  ) {
    self.log = log
    self.incident = incident
    self.mode = mode
    self.actor = actor
    self.clock = clock
  }

  /// How many ids `start` tries before it gives up: with four random hex digits, sixteen
  /// collisions in a row mean something other than chance (a full directory of planted names).
  public static let startAttempts = 16

  /// Starts a new incident: makes its id (the local date, the playbook, `random()` as four hex
  /// digits) and creates its log with `first` as the first event, all at once (see
  /// `IncidentLog.create(at:clock:fields:)`). When the id is taken (another incident started
  /// the same day got the same four digits, or a file or link already has the name) it
  /// draws a new one, up to `startAttempts` times, rather than fail the start of a crisis.
  public static func start(
    in directory: String, playbook: String, mode: IncidentMode, actor: String, clock: any Clock,
    random: () -> UInt16, first: EventDraft
  ) throws(LogError) -> (IncidentRecorder, IncidentEvent) {
    var lastError = LogError.incidentExists(path: directory)
    for _ in 0..<startAttempts {
      let id = IncidentID.make(playbook: playbook, at: clock.now(), random: random())
      let path = IncidentLog.path(forIncident: id, in: directory)
      let sim: Double? = mode == .drill ? 0 : nil
      do {
        let line = try IncidentLog.create(at: path, clock: AnyClock(clock)) { now in
          first.line(ts: now, incident: id, mode: mode, actor: actor, sim: sim)
        }
        let recorder = IncidentRecorder(
          log: IncidentLog(path: path), incident: id, mode: mode, actor: actor, clock: clock)
        let event = IncidentEvent(
          seq: 1, ts: line.timestamp, incident: id, mode: mode, body: first.body, actor: actor,
          at: first.at?.writable, sim: sim, extra: first.extra, line: 1)
        return (recorder, event)
      } catch {
        guard case .incidentExists = error else { throw error }
        lastError = error
      }
    }
    throw lastError
  }

  /// Appends `draft`; `simulated` gives a drill's T+ at the moment of writing.
  public func record(_ draft: EventDraft, simulated: ((Timestamp) -> Double)? = nil)
    throws(LogError) -> IncidentEvent
  {
    // Readers refuse a log that does not begin with its `incident.started`: an event of any
    // other kind must not become the first line of an empty log (one left by a crash of an
    // older version, which readers treat as not started).
    if draft.type != .incidentStarted, FileSystem.fileSize(log.path) == 0 {
      throw .wouldNotReadBack(
        path: log.path, "the log has no incident.started yet; start the incident again")
    }
    // `at` comes from the operator: a time RFC 3339 cannot hold must not reach the log.
    if let at = draft.at, !at.isWritable {
      throw .timeOutOfRange(path: log.path, what: "the time given with --at", at)
    }
    var written: (Timestamp, Double?)?
    let line = try log.append(clock: AnyClock(clock)) { _, now in
      let sim = mode == .drill ? simulated?(now) : nil
      written = (now, sim)
      return draft.line(ts: now, incident: incident, mode: mode, actor: actor, sim: sim)
    }
    let (ts, sim) = written ?? (line.timestamp, nil)
    return IncidentEvent(
      seq: line.seq, ts: ts, incident: incident, mode: mode, body: draft.body, actor: actor,
      at: draft.at?.writable, sim: sim.map { ($0 * 1000).rounded() / 1000 }, extra: draft.extra,
      line: line.seq)
  }
}

/// Lets an existential clock be passed where a generic one is expected.
struct AnyClock: Clock {
  let base: any Clock
  init(_ base: any Clock) { self.base = base }
  func now() -> Timestamp { base.now() }
}
