extension ChainReport {
  /// What `crisis verify` says about the log at `path` on stdout: broken (where, and how
  /// many events before it check out), empty, or intact with its first and last time and the
  /// head hash to note down. `intact` decides the exit code.
  public func verdict(path: String, words: any ErrorWords = Language.english.errors) -> (
    intact: Bool, lines: [String]
  ) {
    let shown = TerminalText.sanitize(path)
    if let problem {
      return (
        false,
        [words.brokenAt(shown, line: problem.position?.line ?? 0, checkedOut: eventCount)]
      )
    }
    guard eventCount > 0 else { return (false, [words.noEvents(shown)]) }
    let first = firstTimestamp?.rfc3339 ?? "?"
    let last = lastTimestamp?.rfc3339 ?? "?"
    var line = words.intact(events: eventCount, first: first, last: last)
    if let tornLastLine { line += words.tornLastLine(tornLastLine) }
    return (true, [line, words.head(headHash)])
  }
}
