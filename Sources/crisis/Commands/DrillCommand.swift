import CrisisKit

/// `crisis drill`: the same walkthrough on a simulated clock, with injects, clearly marked.
enum DrillCommand {
  static let command = CrisisCLI.Command(
    spec: CommandSpec(
      "drill", synopsis: "[PLAYBOOK] [--speed N] [--from-log LOG|ID] [--as NAME] [--log-dir DIR]",
      summary: "a tabletop drill on a simulated clock, clearly marked as such",
      discussion: """
        Runs the walkthrough of a live incident, but every screen and message says DRILL, the
        clock runs --speed times faster (10 plays two hours in twelve minutes), and the
        playbook's injects (a journalist calls, a post goes viral) arrive on schedule. At the
        prompt the facilitator can also type `inject TEXT`, `hold` / `go` to stop and restart
        the clock, and `wait 10m` to jump ahead. Resolving ends the drill with a scorecard.

        --from-log turns a past incident into an exercise: its playbook comes from the log,
        and its notes, new facts and decisions become injects at their original times.
        """,
      options: StartCommand.sharedOptions + [
        .init("--speed", value: "N", help: "simulated seconds per real second (default 1)"),
        .init("--from-log", value: "LOG|ID", help: "rehearse a past incident from its log"),
      ],
      positionals: 0...1),
    run: run)

  static func run(_ args: ParsedArguments, _ console: Console) -> Int32 {
    var speed = 1.0
    if let text = args.value("--speed") {
      guard let value = Double(text), value > 0, value <= 100_000, value.isFinite else {
        return CrisisCLI.usageError(
          UsageError("--speed takes a number above 0, e.g. 10, got '\(text)'", command: "drill"),
          console)
      }
      speed = value
    }
    guard let source = args.value("--from-log") else {
      return StartCommand.run(args, console, mode: .drill, speed: speed)
    }
    guard args.positionals.isEmpty else {
      return CrisisCLI.usageError(
        UsageError("give either PLAYBOOK or --from-log, not both", command: "drill"), console)
    }
    guard let file = IncidentCommand.open(source, args, console, keepEvents: true),
      let playbook = file.state.playbook
    else { return 1 }
    let injects = DrillScenario.injects(from: file.state)
    let terminal = SystemTerminal()
    terminal.writeLine(
      "Rehearsing \(file.state.id): \(injects.count) injects from what happened then.")
    return StartCommand.begin(
      playbook: playbook, bytes: Array(file.state.playbookText.utf8), path: file.state.playbookPath,
      args, console,
      mode: .drill, speed: speed, terminal: terminal, clock: Operator.clock(),
      actor: Operator.name(args.value("--as")),
      title: "Rehearsal of \(file.state.title)",
      scenario: (injects, file.state.id))
  }
}
