/// Runs the `git` binary: the only way crisis talks to git (no library). The executable
/// runs it as a process; tests may swap in a runner that records or fails on purpose.
public protocol GitRunner: Sendable {
  /// Runs `git -C directory ARGUMENTS…` and waits for it.
  func git(_ arguments: [String], in directory: String) -> GitOutcome
}

/// How a git command ended.
public struct GitOutcome: Sendable, Equatable {
  /// The exit status (nil when git could not be started or was killed by a signal).
  public var status: Int32?
  public var output: String
  public var error: String

  public init(status: Int32?, output: String = "", error: String = "") {
    self.status = status
    self.output = output
    self.error = error
  }

  public var succeeded: Bool { status == 0 }

  /// The first line git wrote to stderr, for a message (or the exit status when it wrote none).
  public var reason: String {
    let line = error.split(separator: "\n").first { !$0.hasPrefix("hint:") }.map(String.init)
    return line ?? status.map { "git exited with status \($0)" } ?? "git could not be run"
  }
}
