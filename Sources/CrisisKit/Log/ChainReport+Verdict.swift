extension ChainReport {
  /// What `crisis verify` says about the log at `path` on stdout: broken (where, and how
  /// many events before it check out), empty, or intact with its first and last time and the
  /// head hash to note down. `intact` decides the exit code.
  public func verdict(path: String) -> (intact: Bool, lines: [String]) {
    let shown = TerminalText.sanitize(path)
    if let problem {
      return (
        false,
        [
          "NOT intact: \(shown) is broken at line \(problem.position?.line ?? 0) (\(eventCount) events before it check out)"
        ]
      )
    }
    guard eventCount > 0 else { return (false, ["NOT intact: \(shown) has no events"]) }
    let first = firstTimestamp?.rfc3339 ?? "?"
    let last = lastTimestamp?.rfc3339 ?? "?"
    var line = "intact: \(eventCount) events, first \(first), last \(last)"
    if let tornLastLine {
      line += "; torn last line \(tornLastLine) skipped (a crash during a write)"
    }
    return (true, [line, "head: \(headHash)"])
  }
}
