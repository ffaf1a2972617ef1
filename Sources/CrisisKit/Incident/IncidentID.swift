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
public enum PastTime {
  public static func parse(_ text: String, now: Timestamp) -> Timestamp? {
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
