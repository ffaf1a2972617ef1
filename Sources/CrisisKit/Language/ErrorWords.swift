/// Words of the errors a person meets while running incidents: the `crisis: error:` line,
/// finding the incident a command names, reading and writing its log, and the verdict of
/// `crisis verify`. The diagnostics of playbook authors (`lint`, YAML and playbook errors,
/// `FILE:LINE:COL: error:`) stay English, as a compiler's do; so does the text the system
/// gives for a failed call (`Permission denied`), which is what people search for.
public protocol ErrorWords: Sendable {
  /// `crisis: error: ` before an error that has no place in a file.
  var errorPrefix: String { get }

  // MARK: Finding an incident
  func noIncidents(in directory: String) -> String
  func noIncident(_ query: String, suggestion: String?) -> String
  func ambiguous(_ query: String, matches: [String]) -> String
  var noneOpen: String { get }
  func severalOpen(_ ids: [String]) -> String
  /// A resolved incident takes nothing more; `by` and `at` when the log says who and when.
  func resolvedRefusal(_ id: String, by actor: String?, at time: String?) -> String

  // MARK: Reading and writing a log
  /// The warning for an empty log: its start was interrupted before the first event.
  var neverStarted: String { get }
  func cannotCreateDirectory(_ directory: String, _ reason: String) -> String
  func cannotWriteDirectory(_ directory: String, _ reason: String) -> String
  func incidentExists(_ path: String) -> String
  func cannotCreate(_ path: String, _ reason: String) -> String
  func cannotOpen(_ path: String, _ reason: String) -> String
  func cannotRead(_ path: String, _ reason: String) -> String
  /// `call: reason`, the system's words.
  func withoutLineEnd(_ path: String, _ failure: String) -> String
  func notRecordedPartly(_ path: String, _ failure: String) -> String
  func notRecorded(_ path: String, _ failure: String) -> String
  func notDurable(_ path: String, _ reason: String) -> String
  func invalidEvent(_ reason: String) -> String
  func wouldNotReadBack(_ path: String, _ reason: String) -> String
  func cannotAppend(_ path: String, _ reason: String) -> String
  func timeOutOfRange(_ path: String, what: String, year: Int) -> String

  // MARK: crisis verify
  func brokenAt(_ path: String, line: Int, checkedOut: Int) -> String
  func noEvents(_ path: String) -> String
  func intact(events: Int, first: String, last: String) -> String
  /// `; torn last line 7 skipped (…)` after `intact`.
  func tornLastLine(_ line: Int) -> String
  func head(_ hash: String) -> String
  /// A team incident: every chain intact and linked.
  func teamIntact(chains: Int) -> String
  /// `error: ` before a problem between the chains of a team incident.
  var teamErrorPrefix: String { get }
  func wrongDevice(_ place: String, names: String?, chain: String) -> String
  func noStart(_ folder: String) -> String
  func severalStarts(_ folder: String, places: [String]) -> String
  func severalIncidents(_ folder: String, ids: [String]) -> String
  func linkToNothing(_ place: String, message: Int, device: String) -> String
}

struct EnglishErrorWords: ErrorWords {
  let errorPrefix = "crisis: error: "

  func noIncidents(in directory: String) -> String {
    "no incidents in \(directory) (start one with `crisis start`, or pass --log-dir)"
  }
  func noIncident(_ query: String, suggestion: String?) -> String {
    "no incident '\(query)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
  }
  func ambiguous(_ query: String, matches: [String]) -> String {
    "'\(query)' matches several incidents: \(matches.joined(separator: ", ")); type more of the id"
  }
  let noneOpen = "no open incident; name one (crisis list shows them all)"
  func severalOpen(_ ids: [String]) -> String {
    "several incidents are open, name one: \(ids.joined(separator: ", "))"
  }
  func resolvedRefusal(_ id: String, by actor: String?, at time: String?) -> String {
    let who = actor.map { " by \($0) at \(time ?? "?")" } ?? ""
    return "\(id) was resolved\(who); nothing more is written to it "
      + "(`crisis export \(id)` writes its timeline)"
  }

  let neverStarted =
    "the log is empty: this incident was never started (its start was interrupted "
    + "before the first event); it is skipped, and can be deleted"
  func cannotCreateDirectory(_ directory: String, _ reason: String) -> String {
    "cannot create log directory \(directory): \(reason)"
  }
  func cannotWriteDirectory(_ directory: String, _ reason: String) -> String {
    "cannot write to log directory \(directory): \(reason)"
  }
  func incidentExists(_ path: String) -> String {
    "incident log \(path) already exists; incident ids must be unique"
  }
  func cannotCreate(_ path: String, _ reason: String) -> String {
    "cannot create incident log \(path): \(reason)"
  }
  func cannotOpen(_ path: String, _ reason: String) -> String {
    "cannot open incident log \(path): \(reason)"
  }
  func cannotRead(_ path: String, _ reason: String) -> String {
    "cannot read incident log \(path): \(reason)"
  }
  func withoutLineEnd(_ path: String, _ failure: String) -> String {
    "event written to \(path) without its line end (\(failure)); "
      + "it counts once the next event is appended"
  }
  func notRecordedPartly(_ path: String, _ failure: String) -> String {
    "event NOT recorded in \(path): \(failure) "
      + "(a partial line was left; readers skip it as a torn write)"
  }
  func notRecorded(_ path: String, _ failure: String) -> String {
    "event NOT recorded in \(path): \(failure)"
  }
  func notDurable(_ path: String, _ reason: String) -> String {
    "event written to \(path) but the disk did not confirm it (fsync: \(reason)); "
      + "it may be lost in a crash"
  }
  func invalidEvent(_ reason: String) -> String { "invalid event: \(reason)" }
  func wouldNotReadBack(_ path: String, _ reason: String) -> String {
    "event NOT recorded in \(path): it would make the log unreadable (\(reason))"
  }
  func cannotAppend(_ path: String, _ reason: String) -> String {
    "cannot append to \(path): \(reason); run `crisis verify`"
  }
  func timeOutOfRange(_ path: String, what: String, year: Int) -> String {
    "event NOT recorded in \(path): \(what) is in the year \(year), and a log "
      + "holds only years 0000 to 9999; set the clock (or $CRISIS_NOW) to the right time"
  }

  func brokenAt(_ path: String, line: Int, checkedOut: Int) -> String {
    "NOT intact: \(path) is broken at line \(line) (\(checkedOut) events before it check out)"
  }
  func noEvents(_ path: String) -> String { "NOT intact: \(path) has no events" }
  func intact(events: Int, first: String, last: String) -> String {
    "intact: \(events) events, first \(first), last \(last)"
  }
  func tornLastLine(_ line: Int) -> String {
    "; torn last line \(line) skipped (a crash during a write)"
  }
  func head(_ hash: String) -> String { "head: \(hash)" }
  func teamIntact(chains: Int) -> String {
    "intact: \(chains) chain(s), linked as one incident"
  }
  let teamErrorPrefix = "error: "
  func wrongDevice(_ place: String, names: String?, chain: String) -> String {
    "\(place): the event names device '\(names ?? "none")', not '\(chain)'"
  }
  func noStart(_ folder: String) -> String {
    "\(folder): no chain holds the incident.started (the first machine's chain is missing)"
  }
  func severalStarts(_ folder: String, places: [String]) -> String {
    "\(folder): \(places.count) incident.started events (\(places.joined(separator: ", ")))"
  }
  func severalIncidents(_ folder: String, ids: [String]) -> String {
    "\(folder): the chains belong to \(ids.count) incidents (\(ids.joined(separator: ", ")))"
  }
  func linkToNothing(_ place: String, message: Int, device: String) -> String {
    "\(place): links message \(message) of device '\(device)', which is not a message.sent there"
  }
}

extension Language {
  /// The words of runtime errors and of `crisis verify` in this language.
  public var errors: any ErrorWords {
    self == .german ? GermanErrorWords() : EnglishErrorWords()
  }
}
