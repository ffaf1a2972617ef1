/// Where a running walkthrough learns what others wrote to its incident: an
/// `IncidentFollower` for a single-file log (other terminals of this machine), a
/// `TeamFollower` for a team incident (every machine's chain, as sync brings them).
public protocol IncidentFeed: AnyObject {
  /// What arrived since the last poll. Cheap when nothing did: the console polls every tick.
  func poll() throws(LogError) -> IncidentFollower.Poll
}

extension IncidentFile {
  /// What follows this incident while a walkthrough runs: its chains for a team incident,
  /// else the log from where this reading ended. Nil when the log cannot be opened (the
  /// walkthrough still works; it only misses the others' events).
  public func feed() -> (any IncidentFeed)? {
    if let team { return TeamFollower(folder: path, order: team) }
    return try? IncidentFollower(path: path, from: followFrom.offset, line: followFrom.line)
  }
}

extension IncidentFile {
  /// The last `count` events of the incident (fewer when it has fewer), read from the end of
  /// the log (its last lines only), or from the team order in memory.
  public func recentEvents(_ count: Int) -> [IncidentEvent] {
    if let team { return Array(team.events.suffix(count)) }
    guard count > 0, let fd = try? IncidentLog.openForReading(path) else { return [] }
    defer { fd.close() }
    guard let size = try? fd.size(),
      let lines = try? IncidentLog.lines(
        after: max(0, state.lastSeq - count), in: fd, size: size, path: path)
    else { return [] }
    return lines.compactMap { try? IncidentEvent(json: $0.event, line: $0.number) }
  }
}

extension IncidentRecorder {
  /// The incident's place on disk: the log file, or a team incident's folder of chains.
  public var incidentPath: String {
    team == nil ? log.path : FileSystem.directory(of: log.path)
  }

  /// What follows the incident this recorder started (see `IncidentFile.feed()`).
  public func feed() -> (any IncidentFeed)? {
    if let team { return TeamFollower(folder: incidentPath, order: team) }
    return try? IncidentFollower(path: log.path)
  }
}
