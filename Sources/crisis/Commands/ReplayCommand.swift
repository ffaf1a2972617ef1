import CrisisKit

#if canImport(Glibc)
  import Glibc
#endif

/// `crisis replay LOG|ID`: a recorded incident or drill played back on screen, in its
/// original rhythm (faster by --speed), or one event per Enter. The log is only read.
enum ReplayCommand {
  static let command = CrisisCLI.Command(
    spec: CommandSpec(
      "replay", synopsis: "LOG|ID [--speed N] [--step] [--from T]",
      summary: "play a recorded incident back on screen",
      discussion: """
        Shows every event with its T+, who did it in which role, and the messages as they were
        sent, in the original rhythm sped up --speed times (default 60: an hour in a minute).
        --step shows one event per Enter; --from 15m starts there. A damaged log plays up to
        the damage and says where it stopped.
        """,
      options: [
        speed.spec,
        .init("--step", help: "one event per Enter"),
        from.spec,
        IncidentCommand.logDirOption,
      ],
      positionals: 1...1),
    run: run)

  static let speed = ParsedOption<Double>(
    .init("--speed", value: "N", help: "how many times faster than it happened (default 60)"),
    expecting: "a number above 0",
    parse: { Double($0).flatMap { $0 > 0 && $0.isFinite ? $0 : nil } })

  static let from = ParsedOption<Double>(
    .init("--from", value: "T", help: "start at T+T, e.g. 15m"),
    expecting: "a duration like 15m", parse: { Duration.parse($0)?.secondsValue })

  static func run(_ args: ParsedArguments, _ console: Console) throws {
    let speed = try speed.value(in: args) ?? 60
    let from = try from.value(in: args) ?? 0
    let file = try IncidentCommand.open(
      args.positionals[0], args, console, keepEvents: true, upToDamage: true)
    console.flush()

    let terminal = SystemTerminal()
    let language = try LanguageChoice.language(args, playbook: file.state.playbook)
    let screen = ReplayScreen(
      styles: terminal.styles, width: terminal.width, language: language)
    let stepping = args.flag("--step")
    // The fold that read the log kept its timeline: the script is laid out from it, without
    // folding the events a second time.
    let script = ReplayScript(state: file.state, speed: speed, from: from, language: language)
    terminal.writeLine(
      screen.header(
        state: file.state, eventCount: script.items.count, speed: speed, stepping: stepping))
    for item in script.items {
      if stepping {
        guard case .line(let line) = terminal.readLine(prompt: terminal.styles.dim("› ")),
          line.lowercased() != "q"
        else { break }
      } else if item.delay > 0 {
        if let gap = screen.gap(before: item) { terminal.writeLine(gap) }
        pause(item.delay)
      }
      for line in screen.lines(for: item) { terminal.writeLine(line) }
    }
    for line in screen.ending(damage: file.damage, tornLastLine: file.tornLastLine) {
      terminal.writeLine(line)
    }
    if file.damage != nil { throw CommandFailure.shown }
  }

  /// Sleeps for real time (retrying on interruption) between replayed events.
  static func pause(_ seconds: Double) {
    var request = timespec(
      tv_sec: Int(seconds), tv_nsec: Int((seconds - seconds.rounded(.down)) * 1e9))
    var remaining = timespec()
    while nanosleep(&request, &remaining) != 0, errno == EINTR { request = remaining }
  }
}
