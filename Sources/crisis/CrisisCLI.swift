import CrisisKit

#if canImport(Glibc)
  import Glibc
#endif

/// Entry point for every command: picks the command from the table, parses its arguments
/// and runs it. Whatever ends a command early (a usage error, a wrong input, Ctrl-C, a
/// request for help) is thrown, and `ExitReport` alone turns it into text, stream and exit
/// code; this is the one place that writes it.
enum CrisisCLI {
  static let version = "0.1.0"

  /// A runnable command: its spec (for parsing and help) and what it does. `run` throws
  /// every failure; returning means exit 0.
  struct Command: Sendable {
    var spec: CommandSpec
    var run: @Sendable (ParsedArguments, Console) throws -> Void
  }

  static let commands: [Command] = [Command]([
    LintCommand.command,
    ShowCommand.command,
    ConvertCommand.command,
    StartCommand.command,
    ResumeCommand.command,
    StatusCommand.command,
    NoteCommand.command,
    ApproveCommand.command,
    ResolveCommand.command,
    ListCommand.command,
    DrillCommand.command,
    ReplayCommand.command,
    VerifyCommand.command,
    MergeCommand.command,
    ExportCommand.command,
    TeamCommand.command,
    SyncCommand.command,
  ]).map(LanguageChoice.offered)

  static func run(_ arguments: [String]) -> Int32 {
    let console = Console()
    defer { console.flush() }
    var running: String?
    let language = LanguageChoice.early(Array(arguments.dropFirst()))
    do {
      try dispatch(Array(arguments.dropFirst()), console, running: &running, language: language)
      return 0
    } catch {
      let report = ExitReport(error, command: running, language: language)
      switch report.stream {
      case .standardOutput: console.print(report.text, terminator: "")
      case .standardError: console.error(report.text, terminator: "")
      }
      return report.code
    }
  }

  /// Finds and runs the command; `running` is its name once known, for usage hints.
  private static func dispatch(
    _ arguments: [String], _ console: Console, running: inout String?, language: Language
  ) throws {
    let overview = overview(language)
    guard let first = arguments.first else { throw CleanExit(overview + "\n") }
    let rest = Array(arguments.dropFirst())
    switch first {
    case "--help", "-h":
      throw CleanExit(overview + "\n")
    case "--version", "-V":
      throw CleanExit("crisis \(version)\n")
    case "help":
      guard let name = rest.first(where: { !$0.hasPrefix("-") }) else {
        throw CleanExit(overview + "\n")
      }
      guard let command = commands.first(where: { $0.spec.name == name }) else {
        throw unknownCommand(name, language: language)
      }
      throw CleanExit(command.spec.helpText(language: language))
    default:
      break
    }
    guard let command = commands.first(where: { $0.spec.name == first }) else {
      throw unknownCommand(first, language: language)
    }
    running = command.spec.name
    let parsed = try command.spec.parse(rest, language: language)
    if parsed.wantsHelp { throw CleanExit(command.spec.helpText(language: language)) }
    try command.run(parsed, console)
  }

  static func unknownCommand(_ name: String, language: Language) -> UsageError {
    let candidates = commands.map(\.spec.name) + ["help", "--help", "--version"]
    let guess = EditDistance.suggestion(for: name, among: candidates)
    return UsageError(language.command.unknownCommand(name, suggestion: guess))
  }

  static func overview(_ language: Language) -> String {
    let words = language.command
    var text = words.overviewIntro(version: version)
    text += "\n\n\(words.usage): \(words.overviewUsage)\n\n\(words.commands):\n\n"
    let width = (commands.map(\.spec.name.count).max() ?? 0) + 2
    for command in commands {
      let name = command.spec.name
      let summary = words.summary(name, english: command.spec.summary)
      text += "  \(name)\(String(repeating: " ", count: width - name.count))\(summary)\n"
    }
    return text + "\n" + words.overviewOutro
  }
}
