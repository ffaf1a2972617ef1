/// Why a command stopped when no library error says it: thrown by the commands, and turned
/// into its line, stream and exit code by `ExitReport` alone, so no command prints an error
/// or picks an exit code itself.
public enum CommandFailure: Error, Equatable, Sendable {
  /// The input is wrong (an incident already resolved, an output file that exists): one line
  /// `crisis: error: MESSAGE`, exit 1.
  case input(String)
  /// The command has already shown what is wrong as its output (lint's diagnostics, verify's
  /// verdict, the damage where a replay stopped): exit 1 and nothing more.
  case shown
  /// The operator pressed Ctrl-C: exit 130, as a shell reports an interrupted program.
  case interrupted
}
