import CrisisKit

#if canImport(Glibc)
  import Glibc
#endif

/// Entry point for every command: picks the command from the table, parses its arguments,
/// runs it and returns the exit code. Exit codes and streams are decided here only:
/// 0 ok, 1 the input is wrong, 2 usage error; help goes to stdout, errors to stderr.
enum CrisisCLI {
  static let version = "0.1.0"

  /// A runnable command: its spec (for parsing and help) and what it does.
  struct Command: Sendable {
    var spec: CommandSpec
    var run: @Sendable (ParsedArguments, Console) -> Int32
  }

  static let commands: [Command] = [
    LintCommand.command,
    ShowCommand.command,
    ConvertCommand.command,
    StartCommand.command,
    ResumeCommand.command,
    StatusCommand.command,
    NoteCommand.command,
    ResolveCommand.command,
    ListCommand.command,
    DrillCommand.command,
    ReplayCommand.command,
    VerifyCommand.command,
    MergeCommand.command,
    ExportCommand.command,
  ]

  static func run(_ arguments: [String]) -> Int32 {
    let console = Console()
    defer { console.flush() }
    var args = Array(arguments.dropFirst())
    guard let first = args.first else {
      console.print(overview)
      return 0
    }
    args.removeFirst()
    switch first {
    case "--help", "-h":
      console.print(overview)
      return 0
    case "--version", "-V":
      console.print("crisis \(version)")
      return 0
    case "help":
      guard let name = args.first else {
        console.print(overview)
        return 0
      }
      guard let command = commands.first(where: { $0.spec.name == name }) else {
        return usageError(unknownCommand(name), console)
      }
      console.print(command.spec.helpText, terminator: "")
      return 0
    default:
      break
    }
    guard let command = commands.first(where: { $0.spec.name == first }) else {
      return usageError(unknownCommand(first), console)
    }
    do {
      let parsed = try command.spec.parse(args)
      if parsed.wantsHelp {
        console.print(command.spec.helpText, terminator: "")
        return 0
      }
      return command.run(parsed, console)
    } catch {
      return usageError(error, console)
    }
  }

  static func unknownCommand(_ name: String) -> UsageError {
    var message = name.hasPrefix("-") ? "unknown option '\(name)'" : "unknown command '\(name)'"
    let candidates = commands.map(\.spec.name) + ["help", "--help", "--version"]
    if let guess = EditDistance.suggestion(for: name, among: candidates) {
      message += "; did you mean '\(guess)'?"
    }
    return UsageError(message)
  }

  static func usageError(_ error: UsageError, _ console: Console) -> Int32 {
    let hint = error.command.map { " (see 'crisis help \($0)')" } ?? " (see 'crisis --help')"
    console.error("crisis: error: \(TerminalText.sanitize(error.message))\(hint)")
    return 2
  }

  static var overview: String {
    var text = """
      crisis \(version): walks a comms team through a crisis playbook, step by step,
      and keeps a log of every action that nothing can lose.

      Usage: crisis COMMAND [OPTIONS]

      Commands:

      """
    let width = (commands.map(\.spec.name.count).max() ?? 0) + 2
    for command in commands {
      let name = command.spec.name
      text +=
        "  \(name)\(String(repeating: " ", count: width - name.count))\(command.spec.summary)\n"
    }
    text += """

      Run 'crisis help COMMAND' for a command's options.
      Exit codes: 0 ok, 1 the input is wrong, 2 usage error.
      """
    return text
  }
}
