/// Incident ids read well in a file list and sort by date: `2026-11-21-website-outage-7f3a`
/// (local date of the start, the playbook, four random hex digits against collisions).
public enum IncidentID {
  public static func make(playbook: String, at time: Timestamp, random: UInt16) -> String {
    let t = time.local
    let hex = String(random, radix: 16)
    let suffix = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    return "\(pad(t.year, 4))-\(pad(t.month, 2))-\(pad(t.day, 2))-\(playbook)-\(suffix)"
  }

  /// Whether `text` could be an id or a prefix of one: no path separators or dots that
  /// could point outside the log directory.
  public static func isSafe(_ text: String) -> Bool {
    !text.isEmpty && !text.hasPrefix(".") && !text.contains("/") && !text.contains("\0")
  }
}

/// When something happened, as the operator writes it after the fact: `16:52` (today, or
/// yesterday when that time is still ahead), `-20m` (twenty minutes ago), or a full RFC 3339
/// time.
///
/// Range: from 1970-01-01T00:00:00Z up to now. A time in the future is refused, not clamped:
/// `--at` records when something already happened, and a note "at 2099" would sit after every
/// later event in the timeline and stretch replay and charts to that date. Times before 1970
/// are typing mistakes for an incident log, and times outside RFC 3339's years 0000–9999 could
/// be written but never read back. Each refusal says which bound was crossed.
public enum PastTime {
  /// Why an `--at` value was refused; `description` is one sentence for the usage error.
  public enum Failure: Error, Hashable, Sendable, CustomStringConvertible {
    /// Not one of the three forms (or an RFC 3339 time with an impossible date or offset).
    case malformed(String)
    /// After `now`.
    case future(String, now: Timestamp)
    /// Before 1970-01-01T00:00:00Z.
    case tooEarly(String)

    public var description: String { message(option: "--at", Language.english.command) }

    /// The sentence for the option that took the value (`--at`, `--since`), in `words`.
    public func message(option: String, _ words: any CommandWords) -> String {
      switch self {
      case .malformed(let text): return words.timeMalformed(option, got: text)
      case .future(let text, let now): return words.timeInFuture(option, text, now: now.rfc3339)
      case .tooEarly(let text): return words.timeTooEarly(option, text)
      }
    }
  }

  /// The earliest time `--at` accepts: 1970-01-01T00:00:00Z.
  public static let earliest = Timestamp(milliseconds: 0)

  /// `text` as a time no later than `now`, or why it is refused.
  public static func read(_ text: String, now: Timestamp) -> Result<Timestamp, Failure> {
    guard let time = parseAnyTime(text, now: now) else { return .failure(.malformed(text)) }
    if time > now { return .failure(.future(text, now: now)) }
    if time < earliest { return .failure(.tooEarly(text)) }
    return .success(time)
  }

  /// `read`, without the reason.
  public static func parse(_ text: String, now: Timestamp) -> Timestamp? {
    try? read(text, now: now).get()
  }

  /// The three forms, unchecked against `now`.
  private static func parseAnyTime(_ text: String, now: Timestamp) -> Timestamp? {
    if text.hasPrefix("-"), let d = Duration.parse(String(text.dropFirst())) {
      return now.adding(seconds: -d.secondsValue)
    }
    if let full = Timestamp.parse(text) { return full }
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[0].count <= 2, parts[1].count == 2,
      let h = Int(parts[0]), let m = Int(parts[1]), (0..<24).contains(h), (0..<60).contains(m)
    else { return nil }
    let local = now.local
    let days = LocalTime.daysFromCivil(year: local.year, month: local.month, day: local.day)
    var localMillis = (Int64(days) * 86400 + Int64(h * 3600 + m * 60)) * 1000
    var result = Timestamp(
      milliseconds: localMillis - Int64(now.utcOffset) * 1000, utcOffset: now.utcOffset)
    if result > now {
      localMillis -= 86_400_000
      result = Timestamp(
        milliseconds: localMillis - Int64(now.utcOffset) * 1000, utcOffset: now.utcOffset)
    }
    return result
  }
}
