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
        .init("--at", value: "TIME", help: "when it happened (16:52, -20m)"),
        .init("--as", value: "NAME", help: "your name in the log (default: your login name)"),
        IncidentCommand.logDirOption,
      ],
      positionals: 1...1, unlimited: true),
    run: run)

  static func run(_ args: ParsedArguments, _ console: Console) -> Int32 {
    let text = args.positionals.joined(separator: " ")
    guard !text.trimmingCharacters(in: " ").isEmpty else {
      return CrisisCLI.usageError(UsageError("the note is empty", command: "note"), console)
    }
    let clock = Operator.clock()
    var at: Timestamp?
    if let when = args.value("--at") {
      switch PastTime.read(when, now: clock.now()) {
      case .success(let parsed): at = parsed
      case .failure(let failure):
        return CrisisCLI.usageError(UsageError(failure.description, command: "note"), console)
      }
    }
    guard let file = IncidentCommand.open(args.value("--incident"), args, console) else { return 1 }
    let state = file.state
    let recorder = IncidentRecorder(
      log: IncidentLog(path: file.path), incident: state.id, mode: state.mode,
      actor: Operator.name(args.value("--as")),
      clock: clock)
    let incidentClock = IncidentClock.resuming(state, at: clock.now(), running: true)
    do {
      let event = try recorder.record(EventDraft(.note(NoteAdded(text: text)), at: at)) {
        incidentClock.elapsed(at: $0)
      }
      var line = "✓ recorded \(event.ts.clockTimeWithSeconds) note in \(state.id)"
      if let at { line += " (happened at \(at.clockTime))" }
      console.print(line)
      return 0
    } catch {
      console.error("crisis: error: \(TerminalText.sanitize(error.description))")
      return 1
    }
  }
}
