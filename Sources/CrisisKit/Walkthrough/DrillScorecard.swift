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
  public var lines: [String] {
    let table = report.scorecardTable
    let width = table.rows.map { DisplayWidth.of($0.first ?? "") }.max() ?? 0
    return table.rows.map { row in
      let check = row.first ?? ""
      let result = row.dropFirst().joined(separator: " ")
      return check + String(repeating: " ", count: max(1, width - DisplayWidth.of(check) + 2))
        + result
    }
  }
}
