import CrisisKit

/// `crisis resolve [ID] [--summary TEXT]`: the incident is over.
enum ResolveCommand {
  static let command = CrisisCLI.Command(
    spec: CommandSpec(
      "resolve", synopsis: "[ID] [--summary TEXT]",
      summary: "mark the incident resolved (also inside the walkthrough)",
      options: [
        .init("--summary", value: "TEXT", help: "one line on how it ended"),
        .init("--as", value: "NAME", help: "your name in the log (default: your login name)"),
        IncidentCommand.logDirOption,
      ],
      positionals: 0...1),
    run: run)

  static func run(_ args: ParsedArguments, _ console: Console) -> Int32 {
    guard let file = IncidentCommand.open(args.positionals.first, args, console, openOnly: true)
    else { return 1 }
    let state = file.state
    guard !state.isResolved else {
      console.error("crisis: error: \(state.id) is already resolved")
      return 1
    }
    let clock = Operator.clock()
    let recorder = IncidentRecorder(
      log: IncidentLog(path: file.path), incident: state.id, mode: state.mode,
      actor: Operator.name(args.value("--as")),
      clock: clock)
    let incidentClock = IncidentClock.resuming(state, at: clock.now(), running: true)
    let resolved = IncidentResolved(summary: args.value("--summary"))
    do {
      let event = try recorder.record(EventDraft(.incidentResolved(resolved))) {
        incidentClock.elapsed(at: $0)
      }
      console.print("✓ recorded \(event.ts.clockTimeWithSeconds) \(state.id) resolved")
      if state.mode == .drill, let playbook = state.playbook,
        let after = try? IncidentFile.read(path: file.path, keepEvents: true)
      {
        let scorecard = DrillScorecard(playbook: playbook, events: after.events)
        let logged = try recorder.record(scorecard.event) { incidentClock.elapsed(at: $0) }
        console.print("✓ recorded \(logged.ts.clockTimeWithSeconds) drill scorecard:")
        for line in scorecard.lines { console.print("  " + TerminalText.sanitize(line)) }
      }
      console.print("`crisis export \(state.id)` writes the timeline and the review.")
      return 0
    } catch {
      console.error("crisis: error: \(TerminalText.sanitize(error.description))")
      return 1
    }
  }
}
