import CrisisKit

/// `crisis resolve [ID] [--summary TEXT]`: the incident is over.
enum ResolveCommand {
  static let command = CrisisCLI.Command(
    spec: CommandSpec(
      "resolve", synopsis: "[ID] [--summary TEXT]",
      summary: "mark the incident resolved (also inside the walkthrough)",
      options: [
        .init("--summary", value: "TEXT", help: "one line on how it ended"),
        .init(
          "--as", value: "NAME",
          help: "your name in the log (default: the last --as, else your login name)"),
        IncidentCommand.logDirOption,
      ],
      positionals: 0...1),
    run: run)

  static func run(_ args: ParsedArguments, _ console: Console) throws {
    let file = try IncidentCommand.open(args.positionals.first, args, console, openOnly: true)
    let state = file.state
    let id = TerminalText.sanitize(state.id)
    let language = try LanguageChoice.language(args, playbook: state.playbook)
    let words = language.command
    guard !state.isResolved else {
      throw ErrorInLanguage(
        CommandFailure.input(words.alreadyResolved(state.id)), language: language)
    }
    let clock = Operator.clock()
    let actor = Operator.name(args.value("--as"))
    let resolved = IncidentResolved(summary: args.value("--summary"))
    let event = try ErrorInLanguage.speaking(language) {
      try file.append(
        EventDraft(.incidentResolved(resolved)), actor: actor, clock: clock,
        words: language.errors)
    }
    console.print(language.screen.recorded(at: event.ts.clockTimeWithSeconds) + words.resolved(id))
    // What was still owed goes into the review; say so now, while someone can still act.
    if let playbook = state.playbook {
      let agenda = Agenda(playbook: playbook, state: state, language: language)
      let t = IncidentClock.resuming(state, at: clock.now(), running: true).elapsed(at: clock.now())
      let open = ObligationBoard(agenda: agenda).obligations(at: t).filter { $0.kind != .channel }
      if !open.isEmpty {
        console.print(words.leftOpen(open.count))
        let text = ObligationText(agenda: agenda)
        for o in open { console.printWrapped(TerminalText.sanitize("  " + text.line(o, at: t))) }
      }
    }
    if state.mode == .drill, let playbook = state.playbook {
      let incidentClock = IncidentClock.resuming(state, at: clock.now(), running: true)
      if let (logged, scorecard) = try DrillScorecard.record(
        with: file.recorder(actor: actor, clock: clock), playbook: playbook, language: language,
        simulated: { incidentClock.elapsed(at: $0) })
      {
        console.print(
          language.screen.recorded(at: logged.ts.clockTimeWithSeconds) + words.scorecardRecorded)
        for line in scorecard.lines(width: (console.stdoutWidth ?? .max) - 2) {
          console.print("  " + TerminalText.sanitize(line))
        }
      }
    }
    console.print(language.screen.exportHint(id))
    BackgroundSync.shareSoon(file)
  }
}
