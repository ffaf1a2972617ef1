import CrisisKit

/// Chooses how the walkthrough runs: the full-screen console when stdin and stdout are both
/// terminals and `--plain` was not given, else the line mode (scripts, pipes, screen
/// readers). The terminal is given back as the shell left it on every way out: the console
/// leaves the alternate screen itself, and this function leaves it again if anything threw
/// past it.
enum WalkthroughRunner {
  /// `--plain`, on start, drill and resume.
  static let plainOption = CommandSpec.Option(
    "--plain", help: "line by line instead of the full-screen console (scripts, screen readers)")

  static func run(
    _ opened: OpenedIncident, _ args: ParsedArguments, terminal: SystemTerminal,
    clock: any WallClock, follower: (any IncidentFeed)?, seat: OperatorSeat, notice: [String] = [],
    recent: [IncidentEvent] = []
  ) throws {
    let editor = SystemMessageEditor(terminal: terminal)
    guard terminal.isInteractive, !args.flag("--plain") else {
      return try WalkthroughLoop(
        session: opened.session, recorder: opened.recorder, terminal: terminal, clock: clock,
        editor: editor, follower: follower, seat: seat
      ).run()
    }
    defer { terminal.leaveFullScreen() }
    let console = ConsoleLoop(
      session: opened.session, recorder: opened.recorder, terminal: terminal, clock: clock,
      editor: editor, follower: follower, seat: seat)
    console.notice = notice
    console.recent = recent
    try console.run()
  }
}
