/// Finds the next-update time a posted text promises, so the promise recorded is the one the
/// public read. The rendered promise counts while its clock time is still in the text; an
/// edited text is searched for a time of day (`14:30`, `14.30 Uhr`), read as the next such
/// moment from the time of posting.
public enum PromisedTime {
  /// The promise in `text`: `rendered` when its time still stands in it, else the first
  /// time of day written in it; nil when it names none.
  public static func find(in text: String, rendered: Timestamp?, postedAt now: Timestamp)
    -> Timestamp?
  {
    if let rendered, text.contains(rendered.clockTime) { return rendered }
    guard let (hour, minute) = firstTimeOfDay(in: text) else { return nil }
    return next(hour: hour, minute: minute, after: now)
  }

  /// `HH:MM`, or `HH.MM` followed by `Uhr` or `h` (a German time: a bare `12.50` is more
  /// likely a price), with a two-digit minute, not inside a longer number or a date.
  static func firstTimeOfDay(in text: String) -> (Int, Int)? {
    let bytes = Array(text.utf8)
    func digit(_ i: Int) -> Int? {
      guard i >= 0, i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 else { return nil }
      return Int(bytes[i] - 0x30)
    }
    var i = 0
    while i < bytes.count {
      if bytes[i] == UInt8(ascii: ":") || bytes[i] == UInt8(ascii: ".") {
        let separator = bytes[i]
        if let m1 = digit(i + 1), let m2 = digit(i + 2), digit(i + 3) == nil,
          let h2 = digit(i - 1)
        {
          let h1 = digit(i - 2)
          let before = h1 == nil ? i - 2 : i - 3
          let clean = digit(before) == nil && (before < 0 || bytes[before] != separator)
          let after = i + 3 < bytes.count ? bytes[i + 3] : 0
          let hour = (h1 ?? 0) * 10 + h2
          let minute = m1 * 10 + m2
          let isTime = separator == UInt8(ascii: ":") || saysUhr(bytes, from: i + 3)
          if clean, isTime, after != separator, hour < 24, minute < 60 { return (hour, minute) }
        }
      }
      i += 1
    }
    return nil
  }

  /// Whether `Uhr` or `h` (after at most one space) follows at `index`.
  static func saysUhr(_ bytes: [UInt8], from index: Int) -> Bool {
    var i = index
    if i < bytes.count, bytes[i] == UInt8(ascii: " ") { i += 1 }
    let rest = bytes[min(i, bytes.count)...]
    if rest.starts(with: Array("Uhr".utf8)) { return true }
    guard rest.first == UInt8(ascii: "h") else { return false }
    let next = rest.dropFirst().first
    return next.map { !(($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A)) } ?? true
  }

  /// The first moment at `hour:minute` (in `now`'s offset) no earlier than `now`.
  static func next(hour: Int, minute: Int, after now: Timestamp) -> Timestamp {
    let local = now.local
    let days = LocalTime.daysFromCivil(year: local.year, month: local.month, day: local.day)
    let offset = Int64(now.utcOffset) * 1000
    var millis = (Int64(days) * 86400 + Int64(hour * 3600 + minute * 60)) * 1000 - offset
    if millis + 59_999 < now.milliseconds { millis += 86_400_000 }
    return Timestamp(milliseconds: millis, utcOffset: now.utcOffset)
  }
}
