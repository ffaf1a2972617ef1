/// How many terminal columns text occupies, and fitting text into a number of columns.
///
/// Terminals place text by columns, not by characters: `日` and `🚀` take two, `ä` written as
/// `a` + U+0308 takes one, a zero-width joiner none. Placing the cursor after a half-typed
/// line, or cutting a message to the screen width, needs that count; `String.count` would put
/// the cursor in the wrong place as soon as the operator types an emoji.
///
/// The rules, per grapheme cluster (user-perceived character), follow what common terminals
/// (xterm, VTE, kitty, iTerm2, tmux) do with glibc-like `wcwidth` tables:
/// - an emoji cluster (emoji presentation, or any emoji followed by U+FE0F, ZWJ sequences,
///   flags) is 2;
/// - East Asian Wide and Fullwidth characters (CJK, Hangul, fullwidth forms) are 2;
/// - a cluster that starts with a combining mark, a format character (ZWJ, ZWSP, bidi marks)
///   or a variation selector, and control characters, are 0;
/// - everything else is 1.
///
/// ANSI CSI sequences (the codes `TextStyles` adds) count as zero columns and are kept
/// intact by `truncate` and `wrap`, so styled text can be measured too.
public enum DisplayWidth {
  /// Columns taken by `text` on one line.
  public static func of(_ text: String) -> Int {
    var total = 0
    forEachCluster(text) { _, width in total += width }
    return total
  }

  /// Columns taken by one grapheme cluster.
  public static func of(_ character: Character) -> Int {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 0 }
    let value = first.value
    if value < 0x20 || (value >= 0x7F && value < 0xA0) { return 0 }
    if value < 0x300 { return 1 }  // Latin-1 and friends: the common case, no lookups.
    let properties = first.properties
    if properties.isEmojiPresentation { return 2 }
    if scalars.count > 1, properties.isEmoji,
      scalars.contains(where: { $0.value == 0xFE0F || $0.value == 0x200D })
    {
      return 2
    }
    if isWide(value) { return 2 }
    switch properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if value >= 0x1160 && value <= 0x11FF { return 0 }  // Hangul medial vowels, final consonants
    return 1
  }

  /// `text` cut so that it fits in `columns`, ending with `ellipsis` when anything was cut.
  /// Never splits a grapheme cluster or an escape sequence. When even the ellipsis does not
  /// fit, returns as much of the text as fits, without one.
  public static func truncate(_ text: String, toColumns columns: Int, ellipsis: String = "…")
    -> String
  {
    if of(text) <= columns { return text }
    let ellipsisWidth = of(ellipsis)
    let budget = ellipsisWidth <= columns ? columns - ellipsisWidth : columns
    var result = ""
    var used = 0
    var full = false
    forEachCluster(text) { cluster, width in
      if width == 0 {
        // Escape codes (and stray zero-width characters) are kept: dropping a style's
        // closing code would leave the terminal coloured.
        if !full || cluster.unicodeScalars.first?.value == 0x1B { result += cluster }
        return
      }
      if full || used + width > budget {
        full = true
        return
      }
      used += width
      result += cluster
    }
    return ellipsisWidth <= columns ? result + ellipsis : result
  }

  /// `text` broken into lines of at most `width` columns. Breaks at spaces (the spaces at a
  /// break are dropped); a word longer than a line is broken between grapheme clusters.
  /// Newlines in `text` start a new line; the indentation of the first line is kept. An empty
  /// `text` is one empty line.
  /// Wraps each paragraph, indenting its continuation lines two columns deeper than the
  /// paragraph's own leading spaces: a list item stays readable as one item.
  public static func wrapHanging(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let lead = paragraph.prefix { $0 == " " }.count
      let wrapped = wrapParagraph(String(paragraph), width: max(width, 1))
      guard wrapped.count > 1, width - lead - 2 >= 20 else {
        lines += wrapped
        continue
      }
      lines.append(wrapped[0])
      let rest = wrapped.dropFirst().map { $0.drop { $0 == " " } }.joined(separator: " ")
      let indent = String(repeating: " ", count: lead + 2)
      lines += wrapParagraph(rest, width: width - lead - 2).map { indent + $0 }
    }
    return lines
  }

  public static func wrap(_ text: String, width: Int) -> [String] {
    let width = max(width, 1)
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lines += wrapParagraph(String(paragraph), width: width)
    }
    return lines
  }

  // MARK: - Internals

  private static func wrapParagraph(_ text: String, width: Int) -> [String] {
    // Tokens: runs of spaces and runs of other clusters.
    var words: [(space: String, word: String)] = []
    var space = ""
    var word = ""
    for character in text {
      if character == " " {
        if !word.isEmpty {
          words.append((space, word))
          space = ""
          word = ""
        }
        space.append(character)
      } else {
        word.append(character)
      }
    }
    if !word.isEmpty || words.isEmpty { words.append((space, word)) }

    var lines: [String] = []
    var line = ""
    var lineWidth = 0
    for (index, token) in words.enumerated() {
      let wordWidth = of(token.word)
      // Leading indentation of the paragraph stays; spaces elsewhere only between words.
      let gap = (index == 0 || lineWidth > 0) ? token.space : ""
      let gapWidth = of(gap)
      if lineWidth + gapWidth + wordWidth <= width {
        line += gap + token.word
        lineWidth += gapWidth + wordWidth
        continue
      }
      if lineWidth > 0 {
        lines.append(line)
        line = ""
        lineWidth = 0
      }
      // The word starts a fresh line; break it if it is too long on its own.
      var pending = index == 0 ? gap : ""
      var pendingWidth = of(pending)
      if pendingWidth >= width {
        pending = ""
        pendingWidth = 0
      }
      line = pending
      lineWidth = pendingWidth
      forEachCluster(token.word) { cluster, clusterWidth in
        if lineWidth + clusterWidth > width, lineWidth > 0 {
          lines.append(line)
          line = ""
          lineWidth = 0
        }
        line += cluster
        lineWidth += clusterWidth
      }
    }
    lines.append(line)
    return lines
  }

  /// Calls `body` with each grapheme cluster and its width; a whole CSI escape sequence
  /// (`ESC [ … final`) is passed as one piece of width 0.
  static func forEachCluster(_ text: String, _ body: (String, Int) -> Void) {
    var escape: String? = nil
    for character in text {
      if var sequence = escape {
        sequence.append(character)
        let isFinal =
          character.unicodeScalars.count == 1
          && (character.unicodeScalars.first.map { $0.value >= 0x40 && $0.value <= 0x7E }
            ?? false)
        if sequence.unicodeScalars.count == 2 && character != "[" {
          body(sequence, 0)  // ESC + one character: not a CSI, but never text either.
          escape = nil
        } else if sequence.unicodeScalars.count > 2 && isFinal {
          body(sequence, 0)
          escape = nil
        } else {
          escape = sequence
        }
        continue
      }
      if character == "\u{1B}" {
        escape = "\u{1B}"
        continue
      }
      body(String(character), of(character))
    }
    if let sequence = escape { body(sequence, 0) }
  }

  /// East Asian Wide (W) and Fullwidth (F) ranges, condensed. Emoji are handled through the
  /// Unicode emoji properties instead, which the standard library already carries.
  private static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F,  // Hangul Jamo initial consonants
    0x2329...0x232A,  // angle brackets
    0x2E80...0x303E,  // CJK radicals, Kangxi, ideographic description, CJK symbols
    0x3041...0x33FF,  // Hiragana, Katakana, Bopomofo, Hangul compatibility, CJK compatibility
    0x3400...0x4DBF,  // CJK extension A
    0x4E00...0x9FFF,  // CJK unified ideographs
    0xA000...0xA4CF,  // Yi
    0xA960...0xA97F,  // Hangul Jamo extended A
    0xAC00...0xD7A3,  // Hangul syllables
    0xF900...0xFAFF,  // CJK compatibility ideographs
    0xFE10...0xFE19,  // vertical forms
    0xFE30...0xFE6F,  // CJK compatibility forms, small form variants
    0xFF00...0xFF60,  // fullwidth forms
    0xFFE0...0xFFE6,  // fullwidth signs
    0x16FE0...0x16FE4,  // ideographic symbols
    0x17000...0x18CFF,  // Tangut, Khitan
    0x1B000...0x1B2FF,  // Kana supplement and extensions, Nushu
    0x1F200...0x1F2FF,  // enclosed ideographic supplement
    0x20000...0x2FFFD,  // CJK extensions B–F, compatibility supplement
    0x30000...0x3FFFD,  // CJK extensions G, H
  ]

  private static func isWide(_ value: UInt32) -> Bool {
    if value < 0x1100 { return false }
    var low = 0
    var high = wideRanges.count - 1
    while low <= high {
      let mid = (low + high) / 2
      let range = wideRanges[mid]
      if value < range.lowerBound {
        high = mid - 1
      } else if value > range.upperBound {
        low = mid + 1
      } else {
        return true
      }
    }
    return false
  }
}
