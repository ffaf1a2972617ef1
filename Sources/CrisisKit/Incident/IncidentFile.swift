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
  public var events: [IncidentEvent]
  /// With `upToDamage`: why reading stopped early (a damaged line), naming the place.
  public var damage: String?

  /// Why a log could not be used.
  public enum Failure: Error, Sendable, CustomStringConvertible {
    /// The file could not be opened or read, or a line of it is damaged.
    case log(LogError)
    /// The file reads, but is not an incident (no events, no start, no playbook), at the place
    /// that shows it.
    case content(Diagnostic)

    public var description: String {
      switch self {
      case .log(let error): return error.description
      case .content(let diagnostic): return diagnostic.description
      }
    }

    /// One line for the user; the same as `description`.
    public var message: String { description }
  }

  /// Reads and folds the log at `path`. `keepEvents` keeps every event (export, replay).
  /// With `upToDamage`, a damaged line ends the reading instead of failing it: what came
  /// before is returned and `damage` says where it stopped (replay and export show what
  /// survived).
  public static func read(path: String, keepEvents: Bool = false, upToDamage: Bool = false)
    throws(Failure)
    -> IncidentFile
  {
    var state = IncidentState()
    var events: [IncidentEvent] = []
    var damage: String?
    var summary = LogReadSummary(eventCount: 0, warnings: [], tornLastLine: nil)
    do {
      summary = try IncidentLog.read(path: path) { line in
        var event = try IncidentEvent(json: line.event, line: line.number)
        // Every event repeats the incident's id: share the first one's storage rather than
        // keep a copy per event.
        if keepEvents, let first = events.first, event.incident == first.incident {
          event.incident = first.incident
        }
        if state.eventCount == 0, event.type != .incidentStarted {
          throw EventFormatError(
            line: line.number,
            message: "the first event must be incident.started, not \(event.type)")
        }
        state.apply(event)
        if keepEvents { events.append(event) }
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
      events: events,
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

  /// Appends `draft`; `simulated` gives a drill's T+ at the moment of writing.
  public func record(_ draft: EventDraft, simulated: ((Timestamp) -> Double)? = nil)
    throws(LogError) -> IncidentEvent
  {
    var written: (Timestamp, Double?)?
    let line = try log.append(clock: AnyClock(clock)) { _, now in
      let sim = mode == .drill ? simulated?(now) : nil
      written = (now, sim)
      return draft.line(ts: now, incident: incident, mode: mode, actor: actor, sim: sim)
    }
    let (ts, sim) = written ?? (line.timestamp, nil)
    return IncidentEvent(
      seq: line.seq, ts: ts, incident: incident, mode: mode, type: draft.type, actor: actor,
      at: draft.at,
      sim: sim.map { ($0 * 1000).rounded() / 1000 }, fields: draft.fields, line: line.seq)
  }
}

/// Lets an existential clock be passed where a generic one is expected.
struct AnyClock: Clock {
  let base: any Clock
  init(_ base: any Clock) { self.base = base }
  func now() -> Timestamp { base.now() }
}
