import Testing

@testable import CrisisKit

/// The exports escape text by scanning UTF-8 bytes; these tests hold each scan to the plain
/// `Character` loop it replaced, on texts built to break a byte scan: combining marks and
/// prepended marks next to escaped characters, U+1FEF (equal to "`" as a Character), CR LF,
/// the Unicode line breaks, controls, bidi overrides, emoji sequences.
@Suite struct TextByteScanTests {
  static let pieces: [String] = [
    "&", "<", ">", "\"", "'", "\\", "`", "``", "```", "*", "_", "[", "]", "|", "~", "#", "@", "$",
    "!", ";", "K", "\u{0301}", "\u{200D}", "\u{0600}", "\u{0903}", "\r", "\n", "\r\n", "\u{0B}",
    "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}", "\u{1B}[31m", "\t", "\u{7F}", "\u{9B}",
    "\u{202E}", "\u{2066}", "\u{1FEF}", "\u{037E}", "\u{212A}", "👍", "👨‍👩‍👧", "🇩🇪", "ä", "ß", " ",
    "a", "1", "–", "„", "\u{FEFF}", "\u{AD}", "e\u{0301}", "\u{1100}\u{1161}",
  ]

  /// Deterministic pseudo-random texts (a linear congruential generator, so failures repeat).
  static func texts(count: Int = 3000) -> [String] {
    var seed: UInt64 = 0x2026_1121
    func next(_ bound: Int) -> Int {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((seed >> 33) % UInt64(bound))
    }
    var out = [""] + pieces + pieces.flatMap { a in pieces.map { b in a + b } }
    for _ in 0..<count {
      out.append((0..<next(12)).map { _ in pieces[next(pieces.count)] }.joined())
    }
    return out
  }

  // The reference behaviours: the loops these functions had before they scanned bytes.

  static func referenceLineBreaks(_ text: String, _ separator: String) -> String {
    var out = ""
    for character in text {
      if character.isNewline { out += separator } else { out.append(character) }
    }
    return out
  }

  static func referenceInline(_ text: String) -> String {
    var out = ""
    for character in TerminalText.strippingControls(text, keepNewlines: true) {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\\", "`", "*", "_", "[", "]", "|", "~", "#", "@", "$", "!":
        out += "\\"
        out.append(character)
      default: out.append(character)
      }
    }
    return out
  }

  static func referenceHTML(_ text: String) -> String {
    var out = ""
    for character in ExportText.multiline(text) {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.append(character)
      }
    }
    return out
  }

  static func referenceSanitize(_ text: String, keepNewlines: Bool) -> String {
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar == "\n", keepNewlines {
        result.append(scalar)
      } else if scalar == "\t" {
        result.append(" ")
      } else if !TerminalText.isControl(scalar) {
        result.append(scalar)
      }
    }
    return String(result)
  }

  static func referenceBackticks(_ text: String) -> Int {
    var longest = 0
    var run = 0
    for character in text {
      run = character == "`" ? run + 1 : 0
      longest = max(longest, run)
    }
    return longest
  }

  static func referenceTrim(_ text: String) -> String {
    var slice = text[...]
    while slice.last == "\n" { slice = slice.dropLast() }
    return String(slice)
  }

  // Comparing bytes, not `==`: Strings compare by canonical equivalence, the output must be
  // identical.

  @Test func lineBreaksMatchTheCharacterLoop() {
    for text in Self.texts() {
      for separator in ["<br>", " / ", "\n"] {
        #expect(
          Array(text.replacingLineBreaks(with: separator).utf8)
            == Array(Self.referenceLineBreaks(text, separator).utf8), "\(text.debugDescription)")
      }
    }
  }

  @Test func markdownInlineMatchesTheCharacterLoop() {
    for text in Self.texts() {
      #expect(
        Array(MarkdownExport.inline(text).utf8) == Array(Self.referenceInline(text).utf8),
        "\(text.debugDescription)")
    }
  }

  @Test func htmlEscapeMatchesTheCharacterLoop() {
    for text in Self.texts() {
      #expect(
        Array(HTMLText.escape(text).utf8) == Array(Self.referenceHTML(text).utf8),
        "\(text.debugDescription)")
    }
  }

  /// The full paths of a table cell, including the shortcut for texts no step changes.
  @Test func markdownCellMatchesTheCharacterLoops() {
    for text in Self.texts() {
      let multiline = Self.referenceSanitize(
        Self.referenceLineBreaks(text, "\n"), keepNewlines: true)
      let reference = Self.referenceLineBreaks(Self.referenceInline(multiline), "<br>")
      #expect(
        Array(MarkdownExport.cell(text).utf8) == Array(reference.utf8),
        "\(text.debugDescription)")
    }
  }

  @Test func htmlLinesMatchTheCharacterLoops() {
    for text in Self.texts() {
      let reference = Self.referenceLineBreaks(Self.referenceHTML(text), "<br/>")
      #expect(
        Array(HTMLText.lines(text).utf8) == Array(reference.utf8), "\(text.debugDescription)")
    }
  }

  @Test func sanitizeMatchesTheScalarLoop() {
    for text in Self.texts() {
      for keep in [false, true] {
        #expect(
          Array(TerminalText.strippingControls(text, keepNewlines: keep).utf8)
            == Array(Self.referenceSanitize(text, keepNewlines: keep).utf8),
          "\(text.debugDescription)")
      }
    }
  }

  @Test func backtickRunsMatchTheCharacterLoop() {
    for text in Self.texts() {
      #expect(
        MarkdownExport.longestBacktickRun(text) == Self.referenceBackticks(text),
        "\(text.debugDescription)")
    }
  }

  @Test func trailingNewlinesMatchTheCharacterLoop() {
    for text in Self.texts() + ["a\n\n", "a\r\n\n", "\n\n", "a\r\n", "\r\n\n\n", "é\n"] {
      #expect(
        Array(text.trimmingTrailingNewlines().utf8) == Array(Self.referenceTrim(text).utf8),
        "\(text.debugDescription)")
    }
  }

  @Test func escapesReplaceAndPrefix() {
    let escapes = CharacterEscapes(["&": "&amp;"], prefixing: ["*"], with: "\\")
    #expect(escapes.apply("a & b * c") == "a &amp; b \\* c")
    #expect(escapes.apply("plain") == "plain")
    // A combining mark makes `&́` one character that is not `&`: kept as written.
    #expect(escapes.apply("&\u{301}") == "&\u{301}")
  }

  @Test func greekVariaIsABacktickToCharacterComparison() {
    // U+1FEF is canonically equivalent to "`", so the Character loop escapes it (keeping the
    // scalar as written); the byte scan must notice and do the same.
    #expect(Array(MarkdownExport.inline("a\u{1FEF}b").utf8) == Array("a\\\u{1FEF}b".utf8))
    #expect(MarkdownExport.longestBacktickRun("\u{1FEF}``") == 3)
  }
}
