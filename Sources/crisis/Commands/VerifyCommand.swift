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

  static func run(_ args: ParsedArguments, _ console: Console) -> Int32 {
    guard let path = IncidentCommand.locate(args.positionals[0], args, console) else { return 1 }
    let report: ChainReport
    do {
      report = try IncidentLog.verifyChain(path: path)
    } catch {
      console.error("crisis: error: \(TerminalText.sanitize(error.description))")
      return 1
    }
    for warning in report.warnings { console.error(warning.description) }
    if let problem = report.problem {
      console.error(problem.description)
      console.print(
        "NOT intact: \(path) is broken at line \(problem.position?.line ?? 0) (\(report.eventCount) events before it check out)"
      )
      return 1
    }
    guard report.eventCount > 0 else {
      console.print("NOT intact: \(path) has no events")
      return 1
    }
    let first = report.firstTimestamp?.rfc3339 ?? "?"
    let last = report.lastTimestamp?.rfc3339 ?? "?"
    var line = "intact: \(report.eventCount) events, first \(first), last \(last)"
    if let torn = report.tornLastLine {
      line += "; torn last line \(torn) skipped (a crash during a write)"
    }
    console.print(line)
    console.print("head: \(report.headHash)")
    return 0
  }
}
