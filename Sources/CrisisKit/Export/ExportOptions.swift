/// The four shapes an after-incident export can take, named as `--format` spells them.
public enum ExportFormat: String, Sendable, CaseIterable {
  /// Markdown for a wiki page or a GitHub issue.
  case markdown = "md"
  /// One self-contained HTML file that prints cleanly to PDF.
  case html
  /// The documented, stable schema of docs/export-json.md, for scripts and dashboards.
  case json
  /// One row per event, for a spreadsheet.
  case csv
}

/// What goes into an export and who it is for. Both options apply to every format.
public struct ExportOptions: Sendable, Equatable {
  /// Who the export is written for.
  public enum Audience: String, Sendable, CaseIterable {
    /// The team: every event, the metrics and a review to fill in.
    case all
    /// Customers: only what was said on public channels, with time and link (`--audience public`).
    case `public`
  }

  public var audience: Audience
  /// Replace people's names by their roles (`--redact`); free text is left as written.
  public var redact: Bool
  /// The language of headings, metric names and dates (`--lang`, else the playbook's).
  public var language: Language

  public init(audience: Audience = .all, redact: Bool = false, language: Language = .english) {
    self.audience = audience
    self.redact = redact
    self.language = language
  }
}
