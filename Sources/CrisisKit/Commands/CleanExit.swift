/// Not a failure: the command line asked for text instead of an action (`--help`,
/// `--version`, `help COMMAND`). Thrown like an error so that `ExitReport` decides its stream
/// and exit code too (swift-argument-parser's `CleanExit`).
public struct CleanExit: Error, Equatable, Sendable {
  /// What to print on stdout, with its line ends.
  public var text: String
  public init(_ text: String) { self.text = text }
}
