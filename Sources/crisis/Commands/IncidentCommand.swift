import CrisisKit

/// Finding and reading the incident a command names, with the errors printed.
enum IncidentCommand {
  static let logDirOption = CommandSpec.Option(
    "--log-dir", value: "DIR", help: "where logs are (default: $CRISIS_LOG_DIR or ./incidents)")

  /// Prints why no incident could be picked: damaged logs speak for themselves
  /// (`FILE:LINE:COL: error: …`), everything else is one `crisis: error:` line.
  static func report(_ failure: IncidentSelection.Failure, _ console: Console) {
    if case .unreadable(let problems) = failure {
      for problem in problems { console.error(TerminalText.sanitize(problem)) }
    } else {
      console.error("crisis: error: \(TerminalText.sanitize(failure.description))")
    }
  }

  /// The log file a command names (an id, a prefix, a path; none: the single open incident).
  static func locate(
    _ query: String?, _ args: ParsedArguments, _ console: Console, openOnly: Bool = false
  ) -> String? {
    let directory = IncidentDirectory.resolve(option: args.value("--log-dir"))
    switch IncidentDirectory.locate(query, in: directory, openOnly: openOnly) {
    case .success(let path): return path
    case .failure(let failure):
      report(failure, console)
      return nil
    }
  }

  /// The named incident, read and folded; damage and torn lines are printed. With
  /// `upToDamage` (replay, export), a damaged line ends the reading instead of failing it.
  static func open(
    _ query: String?, _ args: ParsedArguments, _ console: Console, openOnly: Bool = false,
    keepEvents: Bool = false, upToDamage: Bool = false
  ) -> IncidentFile? {
    guard let path = locate(query, args, console, openOnly: openOnly) else { return nil }
    do {
      let file = try IncidentFile.read(
        path: path, keepEvents: keepEvents, upToDamage: upToDamage)
      for warning in file.warnings { console.error(warning.description) }
      return file
    } catch {
      console.error(TerminalText.sanitize(error.message))
      return nil
    }
  }
}
