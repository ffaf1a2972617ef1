import CrisisKit

/// `crisis verify LOG|ID`: walk the hash chain and the `seq` numbers; name the first line
/// that was altered, removed or inserted.
enum VerifyCommand {
  static let command = CrisisCLI.Command(
    spec: CommandSpec(
      "verify", synopsis: "LOG|ID [--log-dir DIR]",
      summary: "check the log's hash chain: nothing altered, removed or inserted",
      discussion: """
        Each line carries the SHA-256 of the line before it, so an edit, a deleted line or an
        inserted one breaks the chain where it happened. The last line is protected by nothing
        after it: verify prints its hash (head) so you can note it and compare later.
        Exit 0 intact (a torn last line from a crash is reported but allowed), 1 not.
        """,
      options: [IncidentCommand.logDirOption],
      positionals: 1...1),
    run: run)

  static func run(_ args: ParsedArguments, _ console: Console) throws {
    let path = try IncidentCommand.locate(args.positionals[0], args)
    let words = try LanguageChoice.language(args).errors
    if FileSystem.isDirectory(path) { return try verifyTeam(path, words, console) }
    let report = try IncidentLog.verifyChain(path: path)
    for warning in report.warnings { console.error(warning.description) }
    let verdict = report.verdict(path: path, words: words)
    if let problem = report.problem { console.error(problem.description) }
    for line in verdict.lines { console.print(line) }
    if !verdict.intact { throw CommandFailure.shown }
  }

  /// A team incident: each chain's verdict under its device, then the cross-chain checks.
  private static func verifyTeam(
    _ folder: String, _ words: any ErrorWords, _ console: Console
  ) throws {
    let verification = TeamVerification.verify(folder: folder)
    for chain in verification.chains {
      for warning in chain.report.warnings { console.error(warning.description) }
      if let problem = chain.report.problem { console.error(problem.description) }
      for line in chain.report.verdict(path: chain.path, words: words).lines {
        console.print(TerminalText.sanitize("\(chain.device): \(line)"))
      }
    }
    for problem in verification.crossProblems {
      console.error(TerminalText.sanitize(words.teamErrorPrefix + problem.message(words)))
    }
    if verification.intact {
      console.print(words.teamIntact(chains: verification.chains.count))
    } else {
      throw CommandFailure.shown
    }
  }
}
