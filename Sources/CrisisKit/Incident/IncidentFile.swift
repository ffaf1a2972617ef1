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
  /// Where the last event read begins in the file, and the lines before it: an
  /// `IncidentFollower` started there reads that event again (skipped, as known) and then
  /// whatever other terminals append, never the whole log.
  public var followFrom: (offset: Int, line: Int) = (0, 0)
  /// A team incident (`path` is its folder of chains): the one order of its events, shared
  /// with the recorder and the follower of this process. Nil for a single-file log.
  public var team: TeamOrder? = nil

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

    public var description: String { message(Language.english.errors) }

    /// The failure in the words of a language (a damaged place keeps its diagnostic form).
    public func message(_ words: any ErrorWords) -> String {
      switch self {
      case .log(let error): return error.message(words)
      case .content(let diagnostic): return diagnostic.description
      case .notStarted(let path):
        return Diagnostic(.warning, file: path, at: nil, words.neverStarted).description
      }
    }

    /// One line for the user, in English; the same as `description`.
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
    if FileSystem.isDirectory(path) {
      return try readTeam(folder: path, keepEvents: keepEvents, upToDamage: upToDamage)
    }
    var state = IncidentState(keepsTimeline: keepEvents)
    var incidentID: String?
    var damage: String?
    var summary = LogReadSummary(eventCount: 0, warnings: [], tornLastLine: nil)
    var followFrom = (offset: 0, line: 0)
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
        followFrom = (line.offset, line.number - 1)
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
      damage: damage, followFrom: followFrom)
  }
}
