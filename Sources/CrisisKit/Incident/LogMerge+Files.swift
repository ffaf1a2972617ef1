extension LogMerge.Source {
  /// A responder's log read for merging: its events, and the SHA-256 of its bytes for the
  /// merged log's `merged_from`. Torn lines are skipped and returned as warnings.
  public static func read(path: String) throws -> (source: LogMerge.Source, warnings: [Diagnostic])
  {
    let file = try IncidentFile.read(path: path, keepEvents: true)
    let bytes = try FileSystem.readFile(path)
    return (
      LogMerge.Source(path: path, sha256: SHA256.hex(of: bytes), events: file.events),
      file.warnings
    )
  }
}

extension LogMerge {
  /// Writes merged events as a new log at `path` (which must not exist): each event keeps
  /// its time, actor, mode and T+, and gets a fresh `seq` and `prev`, so the result is a log
  /// like any other that `verify` checks.
  public static func write(_ events: [IncidentEvent], to path: String) throws(LogError) {
    let log = try IncidentLog.create(at: path)
    for event in events {
      let draft = EventDraft(event.type, event.fields, at: event.at)
      try log.append(clock: FixedClock(event.ts)) { _, now in
        draft.line(
          ts: now, incident: event.incident, mode: event.mode, actor: event.actor, sim: event.sim)
      }
    }
  }
}
