import CrisisKit

/// `crisis list [--json]`: the incidents in the log directory, newest first.
enum ListCommand {
  static let command = CrisisCLI.Command(
    spec: CommandSpec(
      "list", synopsis: "[--json] [--log-dir DIR]",
      summary: "incidents in the log dir, newest first",
      options: [.init("--json", help: "print the list as JSON"), IncidentCommand.logDirOption]),
    run: run)

  static func run(_ args: ParsedArguments, _ console: Console) throws {
    let directory = IncidentDirectory.resolve(option: args.value("--log-dir"))
    let language = try LanguageChoice.language(args)
    let (found, problems) = IncidentDirectory.summaries(in: directory, words: language.errors)
    for problem in problems { console.error(TerminalText.sanitize(problem)) }
    if args.flag("--json") {
      console.print(JSONWriter(indent: 2).string(IncidentListing.json(found)))
    } else {
      for line in IncidentListing.lines(found, directory: directory, language: language) {
        console.print(line)
      }
    }
  }
}
