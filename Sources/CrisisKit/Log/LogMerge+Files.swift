extension LogMerge.Source {
  /// A responder's log read for merging: its events, and the SHA-256 of its bytes for the
  /// merged log's `merged_from`. Torn lines are skipped and returned as warnings.
  public static func read(path: String) throws -> (source: LogMerge.Source, warnings: [Diagnostic])
  {
    let file = try IncidentFile.read(path: path, keepEvents: true)
    let bytes = try FileSystem.readFile(path, limit: InputLimits.logBytes, what: "incident log")
    return (
      LogMerge.Source(path: path, sha256: SHA256.hex(of: bytes), events: file.events),
      file.warnings
    )
  }
}
