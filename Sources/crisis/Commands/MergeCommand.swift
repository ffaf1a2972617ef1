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

  static func run(_ args: ParsedArguments, _ console: Console) throws {
    guard let output = args.value("--output") else {
      throw UsageError(args.language.command.mergeNeedsOutput)
    }
    if FileSystem.isFile(output) || FileSystem.isDirectory(output) {
      throw CommandFailure.input(args.language.command.mergeExists(output))
    }
    var sources: [LogMerge.Source] = []
    for query in args.positionals {
      let (source, warnings) = try LogMerge.Source.read(path: IncidentCommand.locate(query, args))
      for warning in warnings { console.error(warning.description) }
      sources.append(source)
    }
    let merged = try LogMerge.merge(sources).get()
    try LogMerge.write(merged, to: output)
    let total = sources.map(\.events.count).reduce(0, +)
    console.print(
      TerminalText.sanitize(
        "merged \(sources.count) logs (\(total) events, \(total - merged.count) duplicates dropped) into \(output): \(merged.count) events"
      ))
  }
}
