import CrisisKit

/// `crisis sync [--log-dir DIR]`: one round of sharing a team log directory by hand (a
/// console does it in the background).
enum SyncCommand {
  static let command = CrisisCLI.Command(
    spec: CommandSpec(
      "sync", synopsis: "[--log-dir DIR]",
      summary: "share this machine's events with the team and fetch theirs (one round)",
      discussion: """
        Commits this machine's new events, fetches the others', merges and pushes. Offline
        is normal: the events stay on this machine and go out with the next round. Exits 0
        when the round reached the remote, 1 when it could not (the reason is printed).
        """,
      options: [
        .init("--quiet", help: "print nothing (for the console's background rounds)"),
        IncidentCommand.logDirOption,
      ],
      positionals: 0...0),
    run: run)

  static func run(_ args: ParsedArguments, _ console: Console) throws {
    let directory = IncidentDirectory.resolve(option: args.value("--log-dir"))
    let quiet = args.flag("--quiet")
    let words = try LanguageChoice.language(args).command
    let report: TeamSync.Report
    do {
      report = try TeamSync(directory: directory, git: SystemGit(), words: words).round(
        wait: !quiet)
    } catch {
      throw CommandFailure.input(error.message)
    }
    if quiet {
      if report.offline != nil { throw CommandFailure.shown }
      return
    }
    if report.busy {
      console.print(words.syncBusy(TerminalText.sanitize(directory)))
      return
    }
    if let offline = report.offline {
      console.print(
        TerminalText.sanitize(words.notSharedOffline(offline, waiting: report.unshared)))
      throw CommandFailure.shown
    }
    console.print(
      report.unshared == 0 ? words.allShared : words.synced(notShared: report.unshared))
  }
}
