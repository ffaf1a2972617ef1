/// A wall-clock instant with the UTC offset it was observed in. Logs print it as RFC 3339
/// with milliseconds and the local offset (`2026-11-21T17:03:12.345+01:00`), so a reader in
/// another time zone still sees what the operator's clock said.
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Milliseconds since 1970-01-01T00:00:00Z.
  public var milliseconds: Int64
  /// Seconds east of UTC at that instant (3600 for CET).
  public var utcOffset: Int

  public init(milliseconds: Int64, utcOffset: Int = 0) {
    self.milliseconds = milliseconds
    self.utcOffset = utcOffset
  }

  public static func < (a: Timestamp, b: Timestamp) -> Bool { a.milliseconds < b.milliseconds }
  public static func == (a: Timestamp, b: Timestamp) -> Bool { a.milliseconds == b.milliseconds }
  public func hash(into hasher: inout Hasher) { hasher.combine(milliseconds) }

  /// Seconds (may be fractional) from `self` to `later`.
  public func seconds(until later: Timestamp) -> Double {
    Double(later.milliseconds - milliseconds) / 1000
  }

  /// Saturates instead of trapping: seconds can come from input (`--at -99999999h`, a drill's
  /// `sim`), and a time beyond the range is caught by `isWritable` before it is written.
  public func adding(seconds: Double) -> Timestamp {
    let delta = (seconds * 1000).rounded()
    let step: Int64 =
      delta.isNaN
      ? 0
      : delta >= 9.2e18
        ? 9_200_000_000_000_000 : delta <= -9.2e18 ? -9_200_000_000_000_000 : Int64(delta)
    let (sum, overflow) = milliseconds.addingReportingOverflow(step)
    return Timestamp(
      milliseconds: overflow ? (step < 0 ? .min : .max) : sum, utcOffset: utcOffset)
  }

  /// Calendar fields in the timestamp's own offset (never traps: an instant at the edge of
  /// `Int64` stays as it is rather than overflow; such a time is not `isWritable` anyway).
  public var local: LocalTime {
    let (shift, o1) = Int64(utcOffset).multipliedReportingOverflow(by: 1000)
    let (sum, o2) = milliseconds.addingReportingOverflow(shift)
    return LocalTime(milliseconds: o1 || o2 ? milliseconds : sum)
  }

  /// RFC 3339 with milliseconds and offset.
  public var description: String { rfc3339 }

  /// RFC 3339 with milliseconds and offset. An offset RFC 3339 cannot write (one with seconds,
  /// as historical local mean times have, or one of a day or more) is written as UTC instead:
  /// printing the local time of `+01:00:30` as `+01:00` would move the instant by 30 seconds.
  /// Only meaningful for `isWritable` timestamps (years 0000 to 9999); the log never gets others.
  public var rfc3339: String {
    let written = writable
    let t = written.local
    var s = "\(pad(t.year, 4))-\(pad(t.month, 2))-\(pad(t.day, 2))T"
    s += "\(pad(t.hour, 2)):\(pad(t.minute, 2)):\(pad(t.second, 2)).\(pad(t.millisecond, 3))"
    if written.utcOffset == 0 { return s + "Z" }
    let sign = written.utcOffset < 0 ? "-" : "+"
    let m = abs(written.utcOffset) / 60
    return s + "\(sign)\(pad(m / 60, 2)):\(pad(m % 60, 2))"
  }

  /// The earliest instant RFC 3339 can write: 0000-01-01T00:00:00Z (plus any offset).
  public static let earliestWritable: Int64 = -62_167_219_200_000
  /// The latest instant RFC 3339 can write: 9999-12-31T23:59:59.999Z.
  public static let latestWritable: Int64 = 253_402_300_799_999

  /// Whether RFC 3339 can write this offset: whole minutes, less than a day either way.
  public static func isWritable(offset: Int) -> Bool {
    offset % 60 == 0 && offset > -86400 && offset < 86400
  }

  /// The same instant with an offset RFC 3339 can write: its own, or UTC when its own has
  /// seconds or is a day or more (see `rfc3339`).
  public var writable: Timestamp {
    Self.isWritable(offset: utcOffset) ? self : Timestamp(milliseconds: milliseconds, utcOffset: 0)
  }

  /// Whether the log may hold this time: RFC 3339 has four-digit years, so an instant whose
  /// written form falls outside 0000-01-01 … 9999-12-31 (a clock set to year 10000, a
  /// relative time far in the past) could be written but never read back.
  public var isWritable: Bool {
    let w = writable
    // `writable` has an offset under a day, so the product cannot overflow.
    let (local, overflow) = w.milliseconds.addingReportingOverflow(Int64(w.utcOffset) * 1000)
    return !overflow && local >= Self.earliestWritable && local <= Self.latestWritable
  }

  /// `HH:MM` in the timestamp's own offset: what people say on a call.
  public var clockTime: String {
    let t = local
    return "\(pad(t.hour, 2)):\(pad(t.minute, 2))"
  }

  /// `HH:MM:SS` in the timestamp's own offset: for "recorded at" confirmations.
  public var clockTimeWithSeconds: String {
    let t = local
    return "\(pad(t.hour, 2)):\(pad(t.minute, 2)):\(pad(t.second, 2))"
  }

  /// Parses RFC 3339 (`Z` or `±HH:MM`, optional fraction). Returns nil when malformed, and
  /// for what RFC 3339 does not allow: a day the month does not have (`02-30`), an offset
  /// hour above 23 or minute above 59 (`+99:99`).
  public static func parse(_ text: String) -> Timestamp? {
    var text = text
    return text.withUTF8 { parse(utf8: $0) }
  }

  /// Parses RFC 3339 from UTF-8 bytes (a slice of a log line, without making a `String`).
  public static func parse(utf8 b: UnsafeBufferPointer<UInt8>) -> Timestamp? {
    func num(_ from: Int, _ count: Int) -> Int? {
      guard from + count <= b.count else { return nil }
      var v = 0
      for i in from..<from + count {
        guard b[i] >= 48, b[i] <= 57 else { return nil }
        v = v * 10 + Int(b[i] - 48)
      }
      return v
    }
    guard b.count >= 20, let year = num(0, 4), b[4] == 45, let month = num(5, 2), b[7] == 45,
      let day = num(8, 2), b[10] == 84 || b[10] == 116 || b[10] == 32, let hour = num(11, 2),
      b[13] == 58, let minute = num(14, 2), b[16] == 58, let second = num(17, 2),
      (1...12).contains(month), (1...LocalTime.daysIn(month: month, year: year)).contains(day),
      hour < 24, minute < 60, second < 61
    else { return nil }
    var i = 19
    var millis = 0
    if i < b.count, b[i] == 46 {
      i += 1
      var digits = 0
      while i < b.count, b[i] >= 48, b[i] <= 57 {
        if digits < 3 { millis = millis * 10 + Int(b[i] - 48) }
        digits += 1
        i += 1
      }
      guard digits > 0 else { return nil }
      for _ in digits..<max(digits, 3) { millis *= 10 }
    }
    guard i < b.count else { return nil }
    var offset = 0
    if b[i] == 90 || b[i] == 122 {
      i += 1
    } else if b[i] == 43 || b[i] == 45, let oh = num(i + 1, 2), b.count > i + 3, b[i + 3] == 58,
      let om = num(i + 4, 2), oh < 24, om < 60
    {
      offset = (oh * 60 + om) * 60 * (b[i] == 45 ? -1 : 1)
      i += 6
    } else {
      return nil
    }
    guard i == b.count else { return nil }
    let days = LocalTime.daysFromCivil(year: year, month: month, day: day)
    let localSeconds = Int64(days) * 86400 + Int64(hour * 3600 + minute * 60 + second)
    return Timestamp(
      milliseconds: (localSeconds - Int64(offset)) * 1000 + Int64(millis), utcOffset: offset)
  }
}

/// "00" … "99".
private let twoDigits: [String] = (0..<100).map { ($0 < 10 ? "0" : "") + String($0) }

/// Broken-down calendar time (proleptic Gregorian), computed without the C library so that
/// it is pure and the same on every machine.
public struct LocalTime: Hashable, Sendable {
  public var year, month, day, hour, minute, second, millisecond: Int

  init(milliseconds: Int64) {
    // Floor division without `milliseconds - ms`, which overflows at `Int64.min`.
    let remainder = milliseconds % 1000
    let ms = Int(remainder < 0 ? remainder + 1000 : remainder)
    let totalSeconds = milliseconds / 1000 - (remainder < 0 ? 1 : 0)
    var days = Int(totalSeconds / 86400)
    var secs = Int(totalSeconds % 86400)
    if secs < 0 {
      secs += 86400
      days -= 1
    }
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    day = doy - (153 * mp + 2) / 5 + 1
    month = mp < 10 ? mp + 3 : mp - 9
    year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    hour = secs / 3600
    minute = secs % 3600 / 60
    second = secs % 60
    millisecond = ms
  }

  /// The number of days in `month` (1…12) of `year`, proleptic Gregorian.
  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// Days since 1970-01-01 for a civil date (Howard Hinnant's days_from_civil).
  static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = month > 2 ? month - 3 : month + 9
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }
}

@inline(__always)
func pad(_ value: Int, _ width: Int) -> String {
  // Hours, minutes, seconds, months and days: every export row prints several.
  if width == 2, value >= 0, value < 100 { return twoDigits[value] }
  let s = String(value)
  // Digits and a sign are ASCII: counting bytes is counting characters, without the
  // grapheme breaking `count` does.
  let length = s.utf8.count
  return length >= width ? s : String(repeating: "0", count: width - length) + s
}
