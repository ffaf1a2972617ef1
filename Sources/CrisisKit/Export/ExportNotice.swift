/// A sentence every format shows above the report, so nobody forwards a drill as a real
/// incident or a partial log as the whole story.
public struct ExportNotice: Sendable, Equatable {
  public enum Kind: String, Sendable {
    case drill
    /// The log ends with a torn line.
    case damagedLog = "damaged_log"
    /// The incident is still open or paused.
    case notResolved = "not_resolved"
    /// `--redact`: names replaced, free text left as written.
    case redacted
    /// `--audience public`.
    case publicOnly = "public_only"
  }

  public var kind: Kind
  public var text: String
  /// The word before the text: `DRILL`, `Damaged log`, `Not resolved`, `Redacted`, `Public`
  /// (in the report's language).
  public var label: String
}
