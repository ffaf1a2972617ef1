/// The after-incident export in one call: a pure function from the playbook, the log's events
/// and the options to the text of a report. Nothing here reads a file or the clock, so the
/// same log always gives the same bytes; `crisis export` reads the log and writes the result.
public enum IncidentExport {
  /// - Parameters:
  ///   - playbook: decoded from the copy embedded in the log's first event.
  ///   - events: every complete event of the log, in file order.
  ///   - tornLine: the 1-based line number of a torn last line the reader skipped, if any.
  public static func render(
    playbook: Playbook, events: [IncidentEvent], tornLine: Int? = nil, format: ExportFormat,
    options: ExportOptions = ExportOptions()
  ) -> String {
    render(
      ExportReport(playbook: playbook, events: events, tornLine: tornLine, options: options),
      as: format)
  }

  /// The report in `format`. CSV starts with a UTF-8 byte order mark; the others end with a newline.
  public static func render(_ report: ExportReport, as format: ExportFormat) -> String {
    switch format {
    case .markdown: MarkdownExport.render(report)
    case .html: HTMLExport.render(report)
    case .json: JSONExport.render(report)
    case .csv: CSVExport.render(report)
    }
  }
}
