import CrisisKit

#if canImport(Glibc)
  import Glibc
#endif

/// `crisis export LOG|ID [--format md|html|json|csv] [-o FILE] [--force] [--redact]
/// [--audience public] [--lang de|en]`: the after-incident report of one log, to stdout or a
/// file, in the language of `--lang`, else the playbook's, else the locale's. The
/// report itself is `IncidentExport` (pure); this file only finds the log, reads it, and
/// writes the result without ever overwriting a file unasked.
enum ExportCommand {
  static let command = CrisisCLI.Command(
    spec: CommandSpec(
      "export",
      synopsis:
        "LOG|ID [--format md|html|json|csv] [-o FILE] [--force] [--redact] [--audience public]",
      summary: "the after-incident report: summary, findings with owners, timeline, messages",
      discussion: """
        A one-page summary first (what happened, impact, key figures, what went well and
        what did not, open follow-ups with owners), then the details, then the review,
        pre-filled with every finding the log shows and the role that owned it.
        Formats: md (wiki, GitHub issue), html (one self-contained file that prints to PDF),
        json (the schema in docs/export-json.md), csv (one row per event, UTF-8 with BOM).
        Without --format, the extension of -o FILE decides, else md. Works on running,
        resolved and damaged logs; a drill is marked as a drill throughout. The report is
        in the playbook's language unless --lang says otherwise.
        """,
      options: [
        .init(
          "--format", short: "f", value: "md|html|json|csv",
          help: "output format (default: md, or from -o FILE)"),
        .init("--output", short: "o", value: "FILE", help: "write to FILE instead of stdout"),
        .init("--force", help: "overwrite FILE if it exists"),
        .init("--redact", help: "replace people's names with their roles"),
        audience.spec,
        IncidentCommand.logDirOption,
      ],
      positionals: 1...1),
    run: run)

  static func run(_ args: ParsedArguments, _ console: Console) throws {
    let output = args.value("--output")
    let words = args.language.command
    let format = try ExportFormat.choose(
      option: args.value("--format"), output: output, words: words)
    var options = ExportOptions(redact: args.flag("--redact"))
    if let audience = try audience.value(in: args) { options.audience = audience }
    if let output, !args.flag("--force"),
      FileSystem.isFile(output) || FileSystem.isDirectory(output)
    {
      throw CommandFailure.input(words.exportExists(output))
    }

    var file = try IncidentCommand.open(
      args.positionals[0], args, console, keepEvents: true, upToDamage: true)
    if let damage = file.damage {
      console.error(TerminalText.sanitize(damage))
      console.error(words.exportUpToDamage)
    }
    guard let playbook = file.state.playbook else { throw CommandFailure.shown }
    options.language = try LanguageChoice.language(args, playbook: playbook)
    let report = ExportReport(
      state: file.state, playbook: playbook, tornLine: file.tornLastLine, options: options)
    // The report's timeline holds every event now; letting go of the fold's own copy keeps
    // it from sitting in memory next to the text being built.
    file.state = IncidentState()
    let text = IncidentExport.render(report, as: format)
    guard let output else { return console.print(text, terminator: "") }
    do {
      try NewFile.write(text, to: output, replace: args.flag("--force"))
    } catch {
      throw CommandFailure.input(
        error.exists ? words.exportExists(output) : "\(output): \(error.reason)")
    }
  }

  static let audience = ParsedOption<ExportOptions.Audience>(
    .init(
      "--audience", value: "public", help: "only what was said on public channels (customer-safe)"),
    complaint: { $1.audienceTakes($0) },
    parse: { ExportOptions.Audience(rawValue: $0) })

}
