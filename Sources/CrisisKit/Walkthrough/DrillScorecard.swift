/// The scorecard that ends a drill: computed from the drill's events by the same metrics as
/// the export (so the facilitator's screen and the team lead's report agree), printed as a
/// table and logged as a `scorecard` event.
public struct DrillScorecard: Sendable {
  public let report: ExportReport

  /// - Parameter language: the scorecard's language; by default the playbook's, else English.
  public init(playbook: Playbook, events: [IncidentEvent], language: Language? = nil) {
    report = ExportReport(
      playbook: playbook, events: events,
      options: ExportOptions(language: language ?? playbook.language ?? .english))
  }

  /// The `scorecard` event: the figures of docs/export-json.md's `scorecard` object, less
  /// the sentences to practise (the log holds figures and ids, in no language).
  public var event: EventDraft {
    guard case .object(let figures) = JSONExport.scorecard(report) else {
      return EventDraft(.scorecard(ScorecardRecorded(figures: [])))
    }
    return EventDraft(
      .scorecard(ScorecardRecorded(figures: figures.filter { $0.0 != "practise" })))
  }

  /// The table as aligned plain-text lines.
  public var lines: [String] { lines(width: .max) }

  /// The table in at most `width` columns: a check and its result side by side where they
  /// fit; where they do not, the result wraps in its column, or (on a narrow screen) goes
  /// under its check, indented.
  public func lines(width: Int) -> [String] {
    let table = report.scorecardTable
    let widest = table.rows.map { DisplayWidth.of($0.first ?? "") }.max() ?? 0
    // The label column is as wide as the longest label, but never more than a third of the
    // screen: one long ad-hoc inject must not push every result (the longer sentences that
    // name late steps and expected actions) into a wrap.
    let column = min(widest, max(16, width / 3))
    var out: [String] = []
    for row in table.rows {
      let check = row.first ?? ""
      let result = row.dropFirst().joined(separator: " ")
      let room = width - column - 2
      guard room >= 20 else {
        out += DisplayWidth.wrap(check, width: max(10, width))
        out += DisplayWidth.wrap(result, width: max(10, width - 4)).map { "    " + $0 }
        continue
      }
      let labels = DisplayWidth.wrap(check, width: column)
      let results = DisplayWidth.wrap(result, width: room)
      for i in 0..<max(labels.count, results.count) {
        let label = i < labels.count ? labels[i] : ""
        let part = i < results.count ? results[i] : ""
        let pad = String(repeating: " ", count: max(0, column - DisplayWidth.of(label)) + 2)
        out.append(part.isEmpty ? label : label + pad + part)
      }
    }
    return out
  }
}
