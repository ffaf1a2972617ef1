import CrisisKit

/// Finding and reading the incident a command names; what goes wrong is thrown.
enum IncidentCommand {
  static let logDirOption = CommandSpec.Option(
    "--log-dir", value: "DIR", help: "where logs are (default: $CRISIS_LOG_DIR or ./incidents)")

  /// The log file a command names (an id, a prefix, a path; none: the single open incident).
  static func locate(_ query: String?, _ args: ParsedArguments, openOnly: Bool = false) throws
    -> String
  {
    let directory = IncidentDirectory.resolve(option: args.value("--log-dir"))
    let words = try LanguageChoice.language(args).errors
    return try IncidentDirectory.locate(query, in: directory, openOnly: openOnly, words: words)
      .get()
  }

  /// The named incident, read and folded; torn lines are printed as warnings. With
  /// `upToDamage` (replay, export), a damaged line ends the reading instead of failing it.
  static func open(
    _ query: String?, _ args: ParsedArguments, _ console: Console, openOnly: Bool = false,
    keepEvents: Bool = false, upToDamage: Bool = false
  ) throws -> IncidentFile {
    let path = try locate(query, args, openOnly: openOnly)
    let file = try IncidentFile.read(path: path, keepEvents: keepEvents, upToDamage: upToDamage)
    for warning in file.warnings { console.error(warning.description) }
    return file
  }
}
