/// What `crisis list` prints: the incidents of a log directory, newest first, as an aligned
/// table or as JSON. The JSON is a documented interface (scripts read it), so its schema is
/// here, under test, and not in the executable.
public enum IncidentListing {
  /// `list --json`: an array of `{id, mode, status, started, title, playbook, path}`;
  /// `started` is RFC 3339 or null.
  public static func json(_ incidents: [IncidentSummary]) -> JSONValue {
    .array(
      IncidentSelection.newestFirst(incidents).map { i in
        .object([
          ("id", .string(i.id)), ("mode", .string(i.mode.rawValue)),
          ("status", .string(i.status.rawValue)),
          ("started", i.startedAt.map { .string($0.rfc3339) } ?? .null),
          ("title", .string(i.title)),
          ("playbook", .string(i.playbook)), ("path", .string(i.path)),
        ])
      })
  }

  /// The table, header first, columns padded by display width; every cell from a log or a
  /// path is sanitised. The sentence for an empty directory when there is nothing to list.
  public static func lines(
    _ incidents: [IncidentSummary], directory: String, language: Language = .english
  ) -> [String] {
    let words = language.command
    guard !incidents.isEmpty else {
      return [words.noIncidents(in: TerminalText.sanitize(directory))]
    }
    let rows = IncidentSelection.newestFirst(incidents).map { i -> [String] in
      let started = i.startedAt.map { words.dateTime($0) } ?? "?"
      return [
        i.id, words.mode(i.mode.rawValue), words.status(i.status.rawValue), started, i.title,
        i.playbook,
      ].map { TerminalText.sanitize($0) }
    }
    let header = words.listHeader
    let table = [header] + rows
    var widths = [Int](repeating: 0, count: header.count)
    for row in table {
      for (i, cell) in row.enumerated() { widths[i] = max(widths[i], DisplayWidth.of(cell)) }
    }
    return table.map { row in
      var line = ""
      for (i, cell) in row.enumerated() {
        line += cell
        if i < row.count - 1 {
          line += String(repeating: " ", count: widths[i] - DisplayWidth.of(cell) + 2)
        }
      }
      return line
    }
  }
}
