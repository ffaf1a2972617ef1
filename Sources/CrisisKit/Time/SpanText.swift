/// How crisis writes a span of time, everywhere: the walkthrough's deadlines and countdowns,
/// `crisis status`, replay, drill injects and every export. One formatter, so a step that is
/// "12m" late on screen is 12m late in the report, and none of them can trap on a damaged
/// value (a span is clamped to a million hours; NaN reads as zero).
///
/// The playbook's own syntax (`1h30m`, read back by `Duration.parse`) is `Duration.compact`.
public enum SpanText {
  public enum Precision: Sendable {
    /// `12m`, `1h05m`: for people watching a clock (seconds only under a minute).
    case minutes
    /// `12m40s`, `1h05m20s`: for the record.
    case seconds
  }

  /// The longest span written, in seconds: a million hours.
  static let largest: Double = 3_600_000_000

  /// `0s`, `45s`, `12m`, `1h05m`, `26h00m` (or with seconds: `12m40s`, `1h05m20s`). Negative
  /// spans print as their size.
  public static func text(
    _ seconds: Double, precision: Precision = .minutes,
    rounding: FloatingPointRoundingRule = .towardZero
  ) -> String {
    let size = abs(seconds).rounded(rounding)
    let s = size.isNaN ? 0 : Int(min(size, largest))
    if s < 60 { return "\(s)s" }
    let h = s / 3600
    let m = s % 3600 / 60
    var out = h > 0 ? "\(h)h\(pad(m, 2))m" : "\(m)m"
    if precision == .seconds, s % 60 > 0 { out += "\(pad(s % 60, 2))s" }
    return out
  }

  /// A time left or overdue, rounded up so a deadline 20 s away never reads "0s".
  public static func countdown(_ seconds: Double) -> String {
    text(max(0, seconds), rounding: .up)
  }

  /// Incident time: `T+12m`, or `T-5m` for a moment noted as before the start.
  public static func tPlus(_ seconds: Double, precision: Precision = .minutes) -> String {
    let span = text(seconds, precision: precision)
    return (seconds < 0 && span != "0s" ? "T-" : "T+") + span
  }
}

extension SpanText {
  /// A span for the record, with seconds: `12m40s`.
  public static func exact(_ seconds: Double) -> String { text(seconds, precision: .seconds) }

  /// Incident time for the record, with seconds: `T+12m40s`.
  public static func exactTPlus(_ seconds: Double) -> String {
    tPlus(seconds, precision: .seconds)
  }
}
