import CrisisKit

/// `crisis resume [ID]`: rebuild the incident from its log and continue where it stopped.
enum ResumeCommand {
  static let command = CrisisCLI.Command(
    spec: CommandSpec(
      "resume", synopsis: "[ID] [--as NAME] [--log-dir DIR]",
      summary: "continue an interrupted incident or drill",
      discussion: """
        Everything comes from the log (the playbook too), so the walkthrough continues exactly
        where it stopped, also on another machine. ID may be a unique prefix; without it, the
        single open incident.
        """,
      options: [
        .init(
          "--as", value: "NAME",
          help: "your name in the log (default: the last --as, else your login name)"),
        WalkthroughRunner.plainOption,
        .init(
          "--log-dir", value: "DIR",
          help: "where logs are (default: $CRISIS_LOG_DIR or ./incidents)"),
      ],
      positionals: 0...1),
    run: run)

  static func run(_ args: ParsedArguments, _ console: Console) throws {
    let file = try IncidentCommand.open(args.positionals.first, args, console, openOnly: true)
    guard !file.state.isResolved else {
      let language = try LanguageChoice.language(args, playbook: file.state.playbook)
      throw ErrorInLanguage(
        CommandFailure.input(language.command.resolvedSeeExport(file.state.id)),
        language: language)
    }
    console.flush()
    let clock = Operator.clock()
    let terminal = SystemTerminal()
    // Another console runs it now: join it as a second operator rather than compete.
    let (joined, seat) = Operator.seat()
    // A paused incident is resumed even if a console elsewhere is listed (one on another
    // host cannot be checked): running consoles keep it open.
    let others =
      file.state.status == .open ? seat.liveness.others(in: file.state, than: nil) : []
    let language = try LanguageChoice.language(args, playbook: file.state.playbook)
    let words = language.screen
    // What just happened, for the console's ticker (read before this console writes).
    let recent = file.recentEvents(6)
    let opened = try file.resume(
      actor: Operator.name(args.value("--as")), clock: clock, seat: joined,
      joining: !others.isEmpty, language: language)
    if others.isEmpty {
      terminal.writeLine(
        terminal.styles.green(words.recorded(at: opened.event.ts.clockTimeWithSeconds))
          + TerminalText.sanitize(words.resumed(file.state.id)))
    }
    let joining = others.map {
      TerminalText.sanitize(words.joining($0.actor, since: $0.since.clockTime))
    }
    for line in joining { terminal.writeLine(line) }
    try WalkthroughRunner.run(
      opened, args, terminal: terminal, clock: clock,
      follower: BackgroundSync.sharing(file.feed()),
      seat: seat, notice: joining, recent: recent)
  }
}
