import CrisisKit

/// `crisis drill`: the same walkthrough on a simulated clock, with injects, clearly marked.
enum DrillCommand {
  static let speed = ParsedOption<Double>(
    .init("--speed", value: "N", help: "simulated seconds per real second (default 1)"),
    expecting: "a number above 0, e.g. 10",
    parse: { Double($0).flatMap { $0 > 0 && $0 <= 100_000 && $0.isFinite ? $0 : nil } })

  static let command = CrisisCLI.Command(
    spec: CommandSpec(
      "drill",
      synopsis:
        "[PLAYBOOK] [--speed N] [--from-log LOG|ID] [--as NAME] [--log-dir DIR] [--since TIME]",
      summary: "a tabletop drill on a simulated clock, clearly marked as such",
      discussion: """
        Runs the walkthrough of a live incident, but every screen and message says DRILL, the
        clock runs --speed times faster (10 plays two hours in twelve minutes), and the
        playbook's injects (a journalist calls, a post goes viral) arrive on schedule. At the
        prompt the facilitator can also type `inject TEXT`, `hold` / `go` to stop and restart
        the clock, and `wait 10m` to jump ahead. Resolving ends the drill with a scorecard.

        --from-log turns a past incident into an exercise: its playbook comes from the log,
        and its notes, new facts and decisions become injects at their original times.
        """ + "\n\n" + StartCommand.sinceDiscussion + "\n\n" + """
          In a drill the scenario then began that long ago: the simulated clock starts at that
          T+ (with --since -20m at T+20m, whatever the speed) and the injects due before it
          arrive at once.
          """,
      options: StartCommand.sharedOptions + [
        speed.spec,
        .init("--from-log", value: "LOG|ID", help: "rehearse a past incident from its log"),
      ],
      positionals: 0...1),
    run: run)

  static func run(_ args: ParsedArguments, _ console: Console) throws {
    let speed = try speed.value(in: args) ?? 1
    guard let source = args.value("--from-log") else {
      return try StartCommand.run(args, console, mode: .drill, speed: speed)
    }
    guard args.positionals.isEmpty else {
      throw UsageError(args.language.command.playbookOrLog)
    }
    let file = try IncidentCommand.open(source, args, console, keepEvents: true)
    guard let playbook = file.state.playbook else { throw CommandFailure.shown }
    let language = try LanguageChoice.language(args, playbook: playbook)
    let rehearsal = DrillScenario.rehearsal(
      of: file, playbook: playbook, speed: speed, language: language)
    let terminal = SystemTerminal()
    let words = language.screen
    terminal.writeLine(
      TerminalText.sanitize(words.rehearsing(file.state.id, injects: rehearsal.injectCount)))
    try StartCommand.begin(rehearsal.opening, args, console, terminal: terminal)
  }
}
