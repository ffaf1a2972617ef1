import Testing

@testable import CrisisKit

@Suite struct TerminalTextTests {
  @Test func stripsEscapeSequences() {
    #expect(TerminalText.sanitize("a\u{1B}[31mred\u{1B}]0;title\u{07}b") == "a[31mred]0;titleb")
    #expect(TerminalText.sanitize("Grüße 🚀") == "Grüße 🚀")
    #expect(TerminalText.sanitize("a\nb", keepNewlines: true) == "a\nb")
    #expect(TerminalText.sanitize("a\nb") == "ab")
    #expect(TerminalText.sanitize("\u{9B}2J") == "2J")
  }
}

/// The sanitising rule of docs/robustness.md, one row per kind of character.
@Suite struct SanitisingRuleTests {
  @Test(arguments: [
    ("C0 and BEL", "a\u{1B}]52;c;ZXZpbA==\u{07}b", "a]52;c;ZXZpbA==b"),
    ("DEL", "a\u{7F}b", "ab"),
    ("C1 CSI", "a\u{9B}2Jb", "a2Jb"),
    ("carriage return", "safe\rEVIL", "safeEVIL"),
    ("bidi override", "invoice\u{202E}fdp.exe", "invoicefdp.exe"),
    ("bidi embedding", "a\u{202A}b\u{202C}c", "abc"),
    ("bidi isolate", "a\u{2066}b\u{2069}c", "abc"),
    ("bidi marks", "a\u{200E}b\u{200F}c\u{061C}d", "abcd"),
    ("zero-width space", "inc\u{200B}ident", "incident"),
    ("soft hyphen", "inci\u{AD}dent", "incident"),
    ("word joiner and invisible operators", "a\u{2060}b\u{2062}c", "abc"),
    ("byte order mark", "\u{FEFF}text", "text"),
    ("Mongolian vowel separator", "a\u{180E}b", "ab"),
    ("deprecated format controls", "a\u{206A}b\u{206F}c", "abc"),
    ("interlinear annotation", "a\u{FFF9}b\u{FFFB}c", "abc"),
    ("tag characters", "a\u{E0041}\u{E007F}b", "ab"),
    ("line and paragraph separators", "a\u{2028}b\u{2029}c", "abc"),
    ("tab becomes a space", "a\tb", "a b"),
    ("zero-width joiner kept (emoji)", "👩\u{200D}💻", "👩\u{200D}💻"),
    ("zero-width non-joiner kept", "می\u{200C}خواهم", "می\u{200C}خواهم"),
    ("variation selector kept", "❤\u{FE0F}", "❤\u{FE0F}"),
    ("letters kept", "Grüße, Ελλάδα, 日本, עברית", "Grüße, Ελλάδα, 日本, עברית"),
  ])
  func rule(_ kind: String, _ input: String, _ expected: String) {
    #expect(TerminalText.sanitize(input) == expected, "\(kind)")
    #expect(TerminalText.sanitize(expected) == expected, "\(kind): idempotent")
  }

  /// Documents keep invisible characters and lose only controls and bidi overrides.
  @Test func documentsKeepInvisibleCharacters() {
    #expect(TerminalText.strippingControls("a\u{200B}b\u{AD}c") == "a\u{200B}b\u{AD}c")
    #expect(TerminalText.strippingControls("a\u{1B}[2J\u{202E}b\tc") == "a[2Jb c")
  }

  /// The byte scan that lets clean text through untouched agrees with the rule for every
  /// scalar up to U+3000 and the special ones beyond.
  @Test func fastCheckAgreesWithTheRule() {
    let beyond: [UInt32] = [0xFEFF, 0xFFF9, 0xFFFB, 0xFFFC, 0xE0000, 0xE007F, 0xE0080, 0x1F600]
    for value in Array(0x20..<0x3000) + beyond {
      guard let scalar = Unicode.Scalar(value), scalar != "\t" else { continue }
      let text = "ab" + String(Character(scalar)) + "cdefghijklmn"
      let removed = TerminalText.isControl(scalar) || TerminalText.isInvisible(scalar)
      #expect(
        TerminalText.containsControl(text, ignoringNewlines: false) == removed,
        "U+\(String(value, radix: 16))")
      #expect(
        TerminalText.containsControl(text, ignoringNewlines: false, invisible: false)
          == TerminalText.isControl(scalar), "U+\(String(value, radix: 16)), documents")
    }
  }
}
