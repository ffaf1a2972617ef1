import CrisisKit

/// `crisis team init URL [--log-dir DIR]`: makes the log directory a clone of the team's
/// shared git remote (see docs/team.md). The only way a log directory becomes shared.
enum TeamCommand {
  static let command = CrisisCLI.Command(
    spec: CommandSpec(
      "team", synopsis: "init URL [--log-dir DIR]",
      summary: "share a log directory with the team through a git remote",
      discussion: """
        `crisis team init URL` makes the log directory (empty, or not there yet) a clone of
        URL: a bare repository on a shared drive, an SSH address, an internal git server;
        credentials are git's business. Each laptop runs it once with the same URL. From then
        on every incident in that directory is shared: each machine writes its own file per
        incident, consoles send and fetch events in the background, and `crisis sync` does
        one round by hand. Nothing is shared from a directory that was not set up this way.
        """,
      options: [IncidentCommand.logDirOption],
      positionals: 2...2),
    run: run)

  static func run(_ args: ParsedArguments, _ console: Console) throws {
    let words = try LanguageChoice.language(args).command
    guard args.positionals.first == "init" else {
      throw UsageError(words.unknownTeamCommand(args.positionals.first ?? ""))
    }
    let url = args.positionals[1]
    let directory = IncidentDirectory.resolve(option: args.value("--log-dir"))
    do {
      for line in try TeamSetup(url: url, directory: directory, git: SystemGit(), words: words)
        .run()
      {
        console.print(TerminalText.sanitize(line))
      }
    } catch {
      throw CommandFailure.input(error.message)
    }
  }
}
