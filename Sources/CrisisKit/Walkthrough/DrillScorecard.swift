/// The scorecard that ends a drill: computed from the drill's events by the same metrics as
/// the export (so the facilitator's screen and the team lead's report agree), printed as a
/// table and logged as a `scorecard` event.
public struct DrillScorecard: Sendable {
  public let report: ExportReport

  public init(playbook: Playbook, events: [IncidentEvent]) {
    report = ExportReport(playbook: playbook, events: events)
  }

  /// The `scorecard` event: the figures of docs/export-json.md's `scorecard` object.
  public var event: EventDraft {
    guard case .object(let figures) = JSONExport.scorecard(report.metrics) else {
      return EventDraft(.scorecard(ScorecardRecorded(figures: [])))
    }
    return EventDraft(.scorecard(ScorecardRecorded(figures: figures)))
  }

  /// The table as aligned plain-text lines.
  public var lines: [String] { lines(width: .max) }

  /// The table in at most `width` columns: a check and its result side by side where they
  /// fit; where they do not, the result wraps in its column, or (on a narrow screen) goes
  /// under its check, indented.
  public func lines(width: Int) -> [String] {
    let table = report.scorecardTable
    let column = table.rows.map { DisplayWidth.of($0.first ?? "") }.max() ?? 0
    var out: [String] = []
    for row in table.rows {
      let check = row.first ?? ""
      let result = row.dropFirst().joined(separator: " ")
      let room = width - column - 2
      if room >= 20 {
        let wrapped = DisplayWidth.wrap(result, width: room)
        let pad = String(repeating: " ", count: column + 2)
        for (i, part) in wrapped.enumerated() {
          let lead =
            i == 0
            ? check + String(repeating: " ", count: max(1, column - DisplayWidth.of(check) + 2))
            : pad
          out.append(lead + part)
        }
      } else {
        out += DisplayWidth.wrap(check, width: max(10, width))
        out += DisplayWidth.wrap(result, width: max(10, width - 4)).map { "    " + $0 }
      }
    }
    return out
  }
}
