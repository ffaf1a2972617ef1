/// The source line of a diagnostic made fit for a terminal, and the display column of the
/// caret that goes under its position.
///
/// The line is the author's text and may hold anything the parser refused: control
/// characters (shown as their Unicode control pictures, `␇`, so the caret has something to
/// point at and nothing reaches the terminal as a command), invalid UTF-8 (`�`), tabs (four
/// spaces, as `just` shows them), wide characters and emoji (two columns). The caret is
/// placed by display columns (`DisplayWidth`), not characters, so it stands under the spot
/// after a line of CJK text too. A line wider than the budget is cut around the caret, with
/// `…` where text was left out.
struct SourceExcerpt: Equatable {
  /// The line as shown: printable, at most `width` columns.
  var text: String
  /// 0-based display column of the caret within `text`.
  var caretColumn: Int

  /// Tabs are shown as this many spaces, both in the line and before the caret.
  static let tabWidth = 4
  /// Lines are never cut narrower than this, whatever width is asked for: the caret needs
  /// some text around it to mean anything.
  static let minimumWidth = 20
  /// Nor wider than this: no terminal is, and the budget stays far from overflowing.
  static let maximumWidth = 10_000
  /// Bytes decoded per column shown, on each side of the caret: enough for any text but
  /// pathological runs of combining marks (an emoji sequence takes about 13 per column).
  static let bytesPerColumn = 16

  /// The excerpt for `position` in `source` (the file's bytes), or nil when the position is
  /// not in the source (an empty or unread file). `width` is the budget for the line's text.
  init?(source: [UInt8], at position: SourcePosition, width: Int) {
    guard let (start, end, target) = Self.locate(position, in: source) else { return nil }
    let width = min(max(width, Self.minimumWidth), Self.maximumWidth)
    // Only the bytes near the caret are decoded: a line can be megabytes long, and no more
    // than `width` columns of it are shown. The window ends on whole UTF-8 sequences.
    let window = width * Self.bytesPerColumn
    var from = start
    if target - start > window {
      from = target - window
      while from < target && source[from] & 0xC0 == 0x80 { from += 1 }
    }
    var to = end
    if end - target > window {
      to = target + window
      while to > target && source[to] & 0xC0 == 0x80 { to -= 1 }
    }
    var line = Self.clusters(source[from..<target])
    let caretIndex = line.count
    line += Self.clusters(source[target..<to])
    self = Self.fit(
      line, caretIndex: caretIndex, width: width, clippedBefore: from > start,
      clippedAfter: to < end)
  }

  private init(text: String, caretColumn: Int) {
    self.text = text
    self.caretColumn = caretColumn
  }

  // MARK: - Finding the line

  /// The line's bytes `start..<end` (without its line break) and the byte `target` the
  /// position's column falls on (`end` when the column is past the end of the line).
  ///
  /// A position made by the YAML parser carries its byte offset, so the line is found by
  /// looking around the offset instead of counting every line before it (a 10 MB file with
  /// thousands of diagnostics stays fast). The offset is used only when it agrees with the
  /// column; otherwise (positions made without one) lines are counted from the start.
  static func locate(_ position: SourcePosition, in source: [UInt8])
    -> (start: Int, end: Int, target: Int)?
  {
    let bom = source.count >= 3 && source[0] == 0xEF && source[1] == 0xBB && source[2] == 0xBF
    let first = bom ? 3 : 0
    let offset = position.offset
    if offset >= first, offset <= source.count, offset > first || position.line == 1 {
      var start = offset
      while start > first && !isBreak(source[start - 1]) { start -= 1 }
      if columns(source, start, offset) + 1 == position.column {
        return (start, lineEnd(source, from: offset), offset)
      }
    }
    // Count lines the way `YAMLCursor` does: LF, CR LF and a lone CR each end one.
    var line = 1
    var start = first
    while line < position.line {
      guard start < source.count else { return nil }
      let b = source[start]
      start += 1
      if b == 0x0A || (b == 0x0D && (start >= source.count || source[start] != 0x0A)) {
        line += 1
      }
    }
    let end = lineEnd(source, from: start)
    var target = start
    var column = 1
    while target < end {
      if source[target] & 0xC0 != 0x80 {
        if column >= position.column { break }
        column += 1
      }
      target += 1
    }
    return (start, end, target)
  }

  private static func isBreak(_ b: UInt8) -> Bool { b == 0x0A || b == 0x0D }

  private static func lineEnd(_ source: [UInt8], from offset: Int) -> Int {
    var end = offset
    while end < source.count && !isBreak(source[end]) { end += 1 }
    return end
  }

  /// Columns between two offsets on one line, counted as `YAMLCursor` counts them: every
  /// byte that does not continue a UTF-8 sequence.
  private static func columns(_ source: [UInt8], _ start: Int, _ stop: Int) -> Int {
    var count = 0
    for i in start..<stop where source[i] & 0xC0 != 0x80 { count += 1 }
    return count
  }

  // MARK: - Making it printable

  /// The bytes as grapheme clusters made safe to print, each with its display width.
  static func clusters(_ bytes: ArraySlice<UInt8>) -> [(text: String, width: Int)] {
    // Invalid UTF-8 becomes U+FFFD here.
    let decoded = String(decoding: bytes, as: UTF8.self)
    var shown = String.UnicodeScalarView()
    for scalar in decoded.unicodeScalars {
      let v = scalar.value
      if v == 0x09 {
        shown.append(contentsOf: repeatElement(Unicode.Scalar(0x20), count: tabWidth))
      } else if v < 0x20, let picture = Unicode.Scalar(0x2400 + v) {
        shown.append(picture)  // ␀ … ␟
      } else if v == 0x7F {
        shown.append("\u{2421}")  // ␡
      } else if TerminalText.isControl(scalar) || v == 0x2028 || v == 0x2029 {
        // C1 controls, bidi overrides and line separators: each could move or reorder what
        // follows on the terminal, so the caret would miss.
        shown.append("\u{FFFD}")
      } else {
        shown.append(scalar)
      }
    }
    return String(shown).map { (String($0), DisplayWidth.of($0)) }
  }

  // MARK: - Cutting a long line

  /// The clusters as one line of at most `width` columns that shows the caret: the whole
  /// line when it fits; otherwise about half the width before the caret and as much after it
  /// as fits, with `…` at each end where something was cut.
  /// `clippedBefore` and `clippedAfter` say that the line goes on beyond the clusters.
  private static func fit(
    _ clusters: [(text: String, width: Int)], caretIndex: Int, width: Int,
    clippedBefore: Bool, clippedAfter: Bool
  ) -> SourceExcerpt {
    let widthBefore = clusters[..<caretIndex].reduce(0) { $0 + $1.width }
    let total = clusters[caretIndex...].reduce(widthBefore) { $0 + $1.width }
    if total <= width && !clippedBefore && !clippedAfter {
      return SourceExcerpt(text: clusters.map(\.text).joined(), caretColumn: widthBefore)
    }
    let ellipsis = "…"
    var text = ""
    var start = 0
    var used = 0
    // Half the width before the caret, or more when what follows it is short: a line cut
    // near its end shows as much as fits before the caret (which takes a column of its own
    // past the end of the line).
    let rest = total - widthBefore
    let maxBefore = clippedAfter ? width / 2 : max(width / 2, width - max(rest, 1))
    if widthBefore > maxBefore || clippedBefore {
      // Keep the clusters nearest to the caret that fit in `maxBefore`, less the `…`.
      start = caretIndex
      var kept = 0
      while start > 0 && kept + clusters[start - 1].width <= maxBefore - 1 {
        start -= 1
        kept += clusters[start].width
      }
      text = ellipsis
      used = 1
    }
    var caretColumn = used
    for i in start..<caretIndex {
      text += clusters[i].text
      caretColumn += clusters[i].width
    }
    used = caretColumn
    // What follows the caret: all of it if it fits, else as much as fits before a `…`.
    if used + rest <= width && !clippedAfter {
      for cluster in clusters[caretIndex...] { text += cluster.text }
      return SourceExcerpt(text: text, caretColumn: caretColumn)
    }
    for cluster in clusters[caretIndex...] {
      if used + cluster.width > width - 1 { break }
      text += cluster.text
      used += cluster.width
    }
    return SourceExcerpt(text: text + ellipsis, caretColumn: caretColumn)
  }
}
