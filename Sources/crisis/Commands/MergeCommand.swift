import CrisisKit

/// `crisis merge LOG... -o FILE`: one timeline from several responders' logs.
enum MergeCommand {
  static let command = CrisisCLI.Command(
    spec: CommandSpec(
      "merge", synopsis: "LOG... -o FILE", summary: "one timeline from several responders' logs",
      discussion: """
        Orders the events by time, keeps each actor, drops exact duplicates, numbers them
        anew and builds a fresh hash chain. The first event records the source files and
        their SHA-256 (merged_from). Logs of different incidents are refused; inputs are
        never modified, and FILE must not exist yet.
        """,
      options: [
        .init("--output", short: "o", value: "FILE", help: "the merged log to write (required)"),
        IncidentCommand.logDirOption,
      ],
      positionals: 1...1, unlimited: true),
    run: run)

  static func run(_ args: ParsedArguments, _ console: Console) -> Int32 {
    guard let output = args.value("--output") else {
      return CrisisCLI.usageError(
        UsageError("merge needs -o FILE for the merged log", command: "merge"), console)
    }
    if FileSystem.isFile(output) || FileSystem.isDirectory(output) {
      console.error(
        "crisis: error: \(output) already exists; merge writes a new file, pick another -o FILE")
      return 1
    }
    var sources: [LogMerge.Source] = []
    for query in args.positionals {
      guard let path = IncidentCommand.locate(query, args, console) else { return 1 }
      do {
        let file = try IncidentFile.read(path: path, keepEvents: true)
        for warning in file.warnings { console.error(warning.description) }
        let bytes = try FileSystem.readFile(
          path, limit: InputLimits.logBytes, what: "incident log")
        sources.append(
          LogMerge.Source(path: path, sha256: SHA256.hex(of: bytes), events: file.events))
      } catch let error as IncidentFile.Failure {
        console.error(TerminalText.sanitize(error.message))
        return 1
      } catch let error as FileSystem.Failure {
        console.error(error.description)
        return 1
      } catch {
        console.error("crisis: error: \(error)")
        return 1
      }
    }
    let merged: [IncidentEvent]
    switch LogMerge.merge(sources) {
    case .success(let events): merged = events
    case .failure(let failure):
      console.error("crisis: error: \(TerminalText.sanitize(failure.description))")
      return 1
    }
    do {
      try LogMerge.write(merged, to: output)
    } catch {
      console.error("crisis: error: \(TerminalText.sanitize(error.description))")
      return 1
    }
    let total = sources.map(\.events.count).reduce(0, +)
    console.print(
      "merged \(sources.count) logs (\(total) events, \(total - merged.count) duplicates dropped) into \(output): \(merged.count) events"
    )
    return 0
  }
}
