import CrisisKit

/// `crisis note [-i ID] [--at TIME] TEXT...`: a note from any terminal, while the walkthrough
/// runs elsewhere. The log's lock keeps both writers in order.
enum NoteCommand {
  static let command = CrisisCLI.Command(
    spec: CommandSpec(
      "note", synopsis: "[-i ID] [--at TIME] TEXT...",
      summary: "append a note from any terminal",
      discussion: """
        --at records something that happened earlier: 16:52 (today), -20m (twenty minutes ago)
        or an RFC 3339 time, from 1970 up to now (a time in the future is refused). The note
        is written now; timelines place it at that time.
        """,
      options: [
        .init(
          "--incident", short: "i", value: "ID",
          help: "which incident (default: the single open one)"),
        atOption,
        .init(
          "--as", value: "NAME",
          help: "your name in the log (default: the last --as, else your login name)"),
        IncidentCommand.logDirOption,
      ],
      positionals: 1...1, unlimited: true),
    run: run)

  static let atOption = CommandSpec.Option(
    "--at", value: "TIME", help: "when it happened (16:52, -20m)")

  /// `--at`, read against the time now: a time of day today, a duration ago, or RFC 3339.
  static func at(now: Timestamp) -> ParsedOption<Timestamp> {
    ParsedOption(
      atOption, reading: { PastTime.read($0, now: now) },
      complaint: { $0.message(option: "--at", $1) })
  }

  static func run(_ args: ParsedArguments, _ console: Console) throws {
    let text = args.positionals.joined(separator: " ")
    guard text.contains(where: { $0 != " " }) else {
      throw UsageError(try LanguageChoice.language(args).command.noteEmpty)
    }
    let clock = Operator.clock()
    let at = try at(now: clock.now()).value(in: args)
    let file = try IncidentCommand.open(args.value("--incident"), args, console)
    let language = try LanguageChoice.language(args, playbook: file.state.playbook)
    let event = try ErrorInLanguage.speaking(language) {
      try file.append(
        EventDraft(.note(NoteAdded(text: text)), at: at),
        actor: Operator.name(args.value("--as")), clock: clock, words: language.errors)
    }
    let line =
      language.screen.recorded(at: event.ts.clockTimeWithSeconds)
      + language.command.noteIn(file.state.id, happenedAt: at?.clockTime)
    console.print(TerminalText.sanitize(line))
    BackgroundSync.shareSoon(file)
  }
}
