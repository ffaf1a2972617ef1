/// The few ways every export writes times and spans, so all four formats say the same thing.
/// Pure: nothing here reads the current time, so an export of the same log is byte-identical.
public enum ExportText {
  /// `17:03:12` in the timestamp's own offset.
  public static func clock(_ time: Timestamp) -> String { time.clockTimeWithSeconds }

  /// `2026-11-21` in the timestamp's own offset.
  public static func date(_ time: Timestamp) -> String { date(time.local) }

  private static func date(_ t: LocalTime) -> String {
    "\(pad(t.year, 4))-\(pad(t.month, 2))-\(pad(t.day, 2))"
  }

  /// `17:03:12`, as `Timestamp.clockTimeWithSeconds` gives it.
  private static func clock(_ t: LocalTime) -> String {
    "\(pad(t.hour, 2)):\(pad(t.minute, 2)):\(pad(t.second, 2))"
  }

  /// `2026-11-21 17:03:12 +01:00`: a full, unambiguous moment for headers.
  public static func dateTime(_ time: Timestamp) -> String {
    "\(date(time)) \(clock(time)) \(offset(time))"
  }

  /// The clock time, with the date in front when it is not `day` (an incident past midnight).
  public static func clock(_ time: Timestamp, sameDayAs day: Timestamp?) -> String {
    // Compared as numbers, each time broken down once: this runs for every timeline row.
    guard let day else { return clock(time) }
    let (a, t) = (day.local, time.local)
    guard a.year != t.year || a.month != t.month || a.day != t.day else { return clock(t) }
    return "\(date(t)) \(clock(t))"
  }

  /// `+01:00`, `-05:00`, `Z`.
  public static func offset(_ time: Timestamp) -> String {
    if time.utcOffset == 0 { return "UTC" }
    let sign = time.utcOffset < 0 ? "-" : "+"
    let m = abs(time.utcOffset) / 60
    return "\(sign)\(pad(m / 60, 2)):\(pad(m % 60, 2))"
  }

  /// Text on one line: line breaks become ` / `, other control characters go.
  public static func oneLine(_ text: String) -> String {
    let normalized = text.replacingLineBreaks(with: " / ")
    return TerminalText.strippingControls(normalized)
  }

  /// Text with its line breaks kept as `\n` (CRLF and lone CR become LF) and every other
  /// control character removed (a tab becomes a space).
  public static func multiline(_ text: String) -> String {
    TerminalText.strippingControls(text.replacingLineBreaks(with: "\n"), keepNewlines: true)
  }

  /// `1 step`, `2 steps`.
  public static func count(_ n: Int, _ noun: String, plural: String? = nil) -> String {
    "\(n) \(n == 1 ? noun : plural ?? noun + "s")"
  }
}

extension String {
  /// Every line break (LF, CR, CRLF, and the Unicode line and paragraph separators) replaced
  /// by `separator`.
  ///
  /// Works on UTF-8 bytes, yet gives what a loop over `Character`s testing `isNewline` gives:
  /// a `Character` is a newline when its first scalar is LF, VT, FF, CR, NEL, LS or PS, and
  /// those are all grapheme break property Control, which always stands alone as a
  /// `Character`, except CR LF, which is one `Character` and so one break.
  func replacingLineBreaks(with separator: String) -> String {
    var text = self
    return text.withUTF8 { bytes in
      guard var next = Self.lineBreak(in: bytes, from: 0) else { return self }
      var out: [UInt8] = []
      out.reserveCapacity(bytes.count + 16)
      var copied = 0
      while true {
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<next.start]))
        out.append(contentsOf: separator.utf8)
        copied = next.end
        guard let found = Self.lineBreak(in: bytes, from: copied) else { break }
        next = found
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
      return String(decoding: out, as: UTF8.self)
    }
  }

  /// The byte range of the first line break at or after `start`: LF, VT, FF, CR, CR LF,
  /// NEL (C2 85), LS (E2 80 A8), PS (E2 80 A9).
  private static func lineBreak(in bytes: UnsafeBufferPointer<UInt8>, from start: Int)
    -> (start: Int, end: Int)?
  {
    let count = bytes.count
    var i = start
    while i < count {
      i = PrintableASCII.skipWords(bytes, from: i)
      guard i < count else { break }
      let byte = bytes[i]
      switch byte {
      case 0x0D:
        return (i, i + 1 < count && bytes[i + 1] == 0x0A ? i + 2 : i + 1)
      case 0x0A, 0x0B, 0x0C:
        return (i, i + 1)
      case 0xC2 where i + 1 < count && bytes[i + 1] == 0x85:
        return (i, i + 2)
      case 0xE2
      where i + 2 < count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
        return (i, i + 3)
      default:
        i += 1
      }
    }
    return nil
  }
}
