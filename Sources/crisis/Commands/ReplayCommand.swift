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
    let styles = terminal.styles
    let state = file.state
    let script = ReplayScript(
      events: file.events, playbook: state.playbook, speed: speed, from: from)
    let mode = state.mode == .drill ? styles.yellow(" [DRILL]") : ""
    terminal.writeLine(
      styles.bold("Replay of \(TerminalText.sanitize(state.title))") + mode
        + " (\(state.id), \(script.items.count) events"
        + (args.flag("--step") ? ", Enter for the next, q to stop)" : ", \(format(speed))× speed)"))
    for item in script.items {
      if args.flag("--step") {
        if case .line(let line) = terminal.readLine(prompt: styles.dim("› ")),
          line.lowercased() != "q"
        {
        } else {
          break
        }
      } else if item.delay > 0 {
        if item.delay * speed >= 300 {
          terminal.writeLine(styles.dim("   … \(Elapsed.label(item.delay * speed)) later …"))
        }
        pause(item.delay)
      }
      let who = item.role.map { "\(item.actor) (\($0))" } ?? item.actor
      let line =
        Elapsed.tPlus(item.elapsed).padding(8)
        + " \(item.time.clockTime)  \(TerminalText.sanitize(who))  "
      let summary = TerminalText.sanitize(item.summary)
      let styled: String
      switch item.type {
      case .messageSent: styled = styles.green(summary)
      case .inject: styled = styles.magenta(summary)
      case .reminder: styled = styles.yellow(summary)
      case .decision: styled = styles.cyan(summary)
      default: styled = summary
      }
      terminal.writeLine(styles.dim(line) + styled)
      if let body = item.body {
        for part in TerminalText.sanitize(body, keepNewlines: true).split(
          separator: "\n", omittingEmptySubsequences: false)
        {
          for wrapped in DisplayWidth.wrap(String(part), width: max(20, terminal.width - 6)) {
            terminal.writeLine("      │ " + wrapped)
          }
        }
      }
    }
    if let damage = file.damage {
      terminal.writeLine(
        styles.red("Stopped: the log is damaged after this point: ") + TerminalText.sanitize(damage)
      )
      throw CommandFailure.shown
    }
    if let torn = file.tornLastLine {
      terminal.writeLine(
        styles.yellow(
          "The log ends with a torn line \(torn) (a crash during a write); it was skipped."))
    }
    terminal.writeLine(styles.dim("End of the recording."))
  }

  static func format(_ speed: Double) -> String {
    speed == speed.rounded() ? String(Int(speed)) : String(speed)
  }

  /// Sleeps for real time (retrying on interruption) between replayed events.
  static func pause(_ seconds: Double) {
    var request = timespec(
      tv_sec: Int(seconds), tv_nsec: Int((seconds - seconds.rounded(.down)) * 1e9))
    var remaining = timespec()
    while nanosleep(&request, &remaining) != 0, errno == EINTR { request = remaining }
  }
}

extension String {
  /// Pads with spaces to at least `width` characters.
  func padding(_ width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
