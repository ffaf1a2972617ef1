/// The incidents in a log directory, and the log a command means.
///
/// Finding a log costs what the query needs: an exact id opens `<dir>/<id>.jsonl` and
/// nothing else; only a prefix, a part of an id or no id at all scans the directory, and the
/// scan reads each log's two ends (`IncidentSummary(endsOf:)`), not its events. A log whose
/// ends do not tell (damaged there) is read in full, so its error names the place.
public enum IncidentDirectory {
  /// The log directory from `--log-dir`, `$CRISIS_LOG_DIR`, or `./incidents`.
  public static func resolve(option: String?) -> String {
    option ?? FileSystem.environment("CRISIS_LOG_DIR") ?? "incidents"
  }

  /// Every log that can be listed, with the reason for each one that cannot (empty logs of
  /// incidents that never started come last, as warnings), the reasons in `words`.
  public static func summaries(
    in directory: String, words: any ErrorWords = Language.english.errors
  ) -> (incidents: [IncidentSummary], problems: [String]) {
    let found = scan(directory, words: words)
    return (found.incidents, found.problems + found.notStarted)
  }

  /// The logs in `directory`: incidents, the errors of unreadable logs, and the warnings of
  /// empty ones (never started; not an error, and not a reason to fail a selection).
  static func scan(_ directory: String, words: any ErrorWords = Language.english.errors) -> (
    incidents: [IncidentSummary], problems: [String], notStarted: [String]
  ) {
    var incidents: [IncidentSummary] = []
    var problems: [String] = []
    var notStarted: [String] = []
    for name in FileSystem.contents(of: directory) where !name.hasPrefix(".") {
      let path = FileSystem.join(directory, name)
      let isTeamIncident = !name.hasSuffix(".jsonl") && TeamChains.isIncidentFolder(path)
      guard name.hasSuffix(".jsonl") || isTeamIncident else { continue }
      if let summary =
        isTeamIncident ? IncidentSummary(teamFolder: path) : IncidentSummary(endsOf: path)
      {
        incidents.append(summary)
        continue
      }
      do {
        let file = try IncidentFile.read(path: path)
        incidents.append(IncidentSummary(state: file.state, path: path))
      } catch {
        if error.notStarted {
          notStarted.append(error.message(words))
        } else {
          problems.append(error.message(words))
        }
      }
    }
    return (incidents, problems, notStarted)
  }

  /// The log for an incident named on the command line: a path to a `.jsonl` file, or an id
  /// (or unique prefix) in the directory; none means the single open incident. `words` word
  /// the logs that could not be read.
  public static func locate(
    _ query: String?, in directory: String, openOnly: Bool = false,
    words: any ErrorWords = Language.english.errors
  ) -> Result<String, IncidentSelection.Failure> {
    if let query, query.hasSuffix(".jsonl") || query.contains("/"),
      FileSystem.isFile(query) || TeamChains.isIncidentFolder(query)
    {
      return .success(query)
    }
    if let query, IncidentID.isSafe(query) {
      let path = IncidentLog.path(forIncident: query, in: directory)
      if FileSystem.isFile(path) { return .success(path) }
      let folder = TeamChains.folder(forIncident: query, in: directory)
      if TeamChains.isIncidentFolder(folder) { return .success(folder) }
    }
    let (incidents, problems, _) = scan(directory, words: words)
    let selection = IncidentSelection.select(
      query, among: incidents, directory: directory, openOnly: openOnly)
    // A damaged log is invisible to the selection; when nothing else fits, say why it was left out.
    if case .failure(let failure) = selection, !problems.isEmpty {
      let relevant = query.map { q in problems.filter { $0.contains(q) } } ?? problems
      switch failure {
      case .none, .notFound, .noneOpen:
        return .failure(.unreadable(relevant.isEmpty ? problems : relevant))
      default:
        break
      }
    }
    return selection.map(\.path)
  }
}
