import Testing

@testable import CrisisKit

/// How `crisis lint` prints a diagnostic: one line for scripts, the source line and a caret
/// for people at a terminal.
@Suite struct DiagnosticRenderingTests {
  static let twoSteps = """
    playbook: a
    title: b
    steps:
      - { id: x, title: X, role: r }
      - { id: x, title: Y, role: r }

    """

  func load(_ text: String) -> PlaybookLoader.Result {
    PlaybookLoader.load(bytes: Array(text.utf8), file: "p.yml")
  }

  /// Scripts parse this line: without a terminal it is exactly what it was before notes and
  /// excerpts existed, and the notes are not printed.
  @Test func oneLineWithoutATerminal() throws {
    let result = load(Self.twoSteps)
    let duplicate = try #require(result.diagnostics.first { $0.kind == .duplicateID })
    #expect(duplicate.notes.count == 1)
    #expect(
      duplicate.rendered(source: result.bytes, excerpts: false)
        == "p.yml:5:11: error: duplicate step id 'x' (first defined at 4:11)")
    for diagnostic in result.diagnostics {
      let line = diagnostic.rendered(source: result.bytes, excerpts: false)
      #expect(line == diagnostic.description)
      #expect(!line.contains("\n"))
    }
  }

  @Test func excerptAndNoteOnATerminal() throws {
    let result = load(Self.twoSteps)
    let duplicate = try #require(result.diagnostics.first { $0.kind == .duplicateID })
    #expect(
      duplicate.rendered(source: result.bytes, excerpts: true) == """
        p.yml:5:11: error: duplicate step id 'x' (first defined at 4:11)
          |
        5 |   - { id: x, title: Y, role: r }
          |           ^
        p.yml:4:11: note: first defined here
          |
        4 |   - { id: x, title: X, role: r }
          |           ^
        """)
  }

  @Test func yamlErrorOnATerminal() {
    let result = load("a: 1\nb: \"x\" y\n")
    #expect(result.diagnostics.map(\.kind) == [.yaml(.unexpectedCharacter)])
    #expect(
      result.diagnostics.map { $0.rendered(source: result.bytes, excerpts: true) } == [
        """
        p.yml:2:8: error: unexpected 'y' after the value
          |
        2 | b: "x" y
          |        ^
        """
      ])
  }

  @Test func gutterWidensWithTheLineNumber() {
    let source = Array((String(repeating: "# c\n", count: 99) + "a: [\n").utf8)
    let diagnostic = Diagnostic(
      .warning, file: "p.yml", at: SourcePosition(line: 100, column: 4), "look here")
    #expect(
      diagnostic.rendered(source: source, excerpts: true) == """
        p.yml:100:4: warning: look here
            |
        100 | a: [
            |    ^
        """)
  }

  /// Display columns before the caret for a line and a (scalar-counted) column, as the YAML
  /// parser counts them.
  @Test(arguments: [
    ("a: b", 4, "a: b", 3),
    ("日本語: x", 4, "日本語: x", 6),
    ("日本語: x", 6, "日本語: x", 8),
    ("🚀 a: b", 3, "🚀 a: b", 3),
    // Five scalars, one cluster two columns wide.
    ("a: 👩‍👩‍👧 x", 10, "a: 👩‍👩‍👧 x", 6),
    ("ＡＢ: 1", 3, "ＡＢ: 1", 4),
    ("한국어 x", 5, "한국어 x", 7),
    // `é` written as e + U+0301: two scalars, one column.
    ("e\u{301}x: 1", 3, "e\u{301}x: 1", 1),
    ("a:\tb", 4, "a:    b", 6),
    ("\t\tb", 3, "        b", 8),
    ("a\u{7}b", 3, "a\u{2407}b", 2),
    ("a\u{1B}[31mb", 7, "a\u{241B}[31mb", 6),
    ("a\u{7F}b", 3, "a\u{2421}b", 2),
    ("a\u{85}b", 3, "a\u{FFFD}b", 2),
    ("a\u{202E}b", 3, "a\u{FFFD}b", 2),
    ("a\u{2028}b", 3, "a\u{FFFD}b", 2),
    // The column just past the end of the line (an error at its end).
    ("ab", 3, "ab", 2),
    ("日本", 3, "日本", 4),
    ("", 1, "", 0),
  ])
  func caretUnderTheColumn(line: String, column: Int, shown: String, caret: Int) throws {
    let source = Array("first: line\n\(line)\nlast: line\n".utf8)
    let offset =
      "first: line\n".utf8.count
      + line.unicodeScalars.prefix(column - 1).reduce(0) { $0 + String($1).utf8.count }
    let position = SourcePosition(line: 2, column: column, offset: offset)
    let excerpt = try #require(SourceExcerpt(source: source, at: position, width: 80))
    #expect(excerpt.text == shown)
    #expect(excerpt.caretColumn == caret)
    // The same without the offset (a position made by something that does not keep one).
    let counted = try #require(
      SourceExcerpt(source: source, at: SourcePosition(line: 2, column: column), width: 80))
    #expect(counted == excerpt)
  }

  /// What reaches the terminal: no control character but the line breaks between lines.
  @Test func nothingUnsafeReachesTheTerminal() {
    let line = "a: \"\u{1B}]0;owned\u{7}\u{9B}2J\u{202E}txt\"\r"
    let source = Array("\(line)\nb: 1\n".utf8)
    let diagnostic = Diagnostic(
      file: "p\u{1B}[2J.yml", at: SourcePosition(line: 1, column: 5, offset: 4), "bad\u{7}")
    let text = diagnostic.rendered(source: source, excerpts: true)
    #expect(!text.unicodeScalars.contains { TerminalText.isControl($0) && $0 != "\n" })
    #expect(text.split(separator: "\n").count == 4)
  }

  @Test func invalidUTF8IsShownAsReplacement() throws {
    // `a: ä` then a stray 0xFF: the YAML parser's invalid UTF-8 error points at it.
    let bytes: [UInt8] = [0x61, 0x3A, 0x20, 0xC3, 0xA4, 0xFF, 0x62, 0x0A]
    let result = PlaybookLoader.load(bytes: bytes, file: "p.yml")
    let diagnostic = try #require(result.diagnostics.first)
    #expect(diagnostic.kind == .yaml(.invalidUTF8))
    #expect(
      diagnostic.rendered(source: bytes, excerpts: true) == """
        p.yml:1:5: error: invalid UTF-8 byte 0xFF; save the file as UTF-8
          |
        1 | a: ä\u{FFFD}b
          |     ^
        """)
  }

  @Test func byteOrderMarkAndCRLF() throws {
    let source = Array("\u{FEFF}a: [\r\nb: x\r\n".utf8)
    let first = try #require(
      SourceExcerpt(source: source, at: SourcePosition(line: 1, column: 4, offset: 6), width: 80))
    #expect(first == SourceExcerpt(source: source, at: .init(line: 1, column: 4), width: 80))
    #expect(first.text == "a: [")
    #expect(first.caretColumn == 3)
    let second = try #require(
      SourceExcerpt(source: source, at: SourcePosition(line: 2, column: 4), width: 80))
    #expect(second.text == "b: x")
    #expect(second.caretColumn == 3)
    // A lone CR ends a line too, as it does for the parser.
    let old = Array("a: 1\rb: x\r".utf8)
    #expect(SourceExcerpt(source: old, at: .init(line: 2, column: 4), width: 80)?.text == "b: x")
  }

  /// A place the source does not hold (an unreadable file, a stale position) prints the line
  /// alone rather than a wrong excerpt.
  @Test func noExcerptWithoutTheLine() {
    let diagnostic = Diagnostic(file: "p.yml", at: SourcePosition(line: 9, column: 1), "gone")
    #expect(
      diagnostic.rendered(source: Array("a: 1\n".utf8), excerpts: true) == "p.yml:9:1: error: gone")
    #expect(diagnostic.rendered(source: [], excerpts: true) == "p.yml:9:1: error: gone")
    let whole = Diagnostic(.error, .unreadable, file: "p.yml", at: nil, "cannot read")
    #expect(whole.rendered(source: [], excerpts: true) == "p.yml: error: cannot read")
  }

  /// The text at a display column of an excerpt.
  func cluster(at column: Int, in text: String) -> String? {
    var used = 0
    for character in text {
      if used == column { return String(character) }
      used += DisplayWidth.of(character)
    }
    return nil
  }

  @Test(arguments: [
    // Caret in the middle: cut on both sides.
    (
      String(repeating: "x", count: 300) + "Y" + String(repeating: "z", count: 300), 301, true, true
    ),
    // Near the start: only the end is cut.
    ("Y" + String(repeating: "z", count: 300), 1, false, true),
    // At the end: only the start is cut.
    (String(repeating: "x", count: 300) + "Y", 301, true, false),
    // Wide characters on both sides.
    (String(repeating: "日", count: 149) + "Y" + String(repeating: "本", count: 50), 150, true, true),
    (
      String(repeating: "🚀", count: 100) + "Y" + String(repeating: "🚀", count: 100), 101, true, true
    ),
    // A megabyte on one line: only the part near the caret is decoded.
    (
      String(repeating: "x", count: 1_000_000) + "Y" + String(repeating: "z", count: 1_000_000),
      1_000_001, true, true
    ),
  ])
  func longLinesAreCutAroundTheCaret(line: String, column: Int, cutBefore: Bool, cutAfter: Bool)
    throws
  {
    let source = Array("a: 1\n\(line)\n".utf8)
    for width in [20, 40, 77] {
      let excerpt = try #require(
        SourceExcerpt(source: source, at: SourcePosition(line: 2, column: column), width: width))
      #expect(DisplayWidth.of(excerpt.text) <= width)
      #expect(DisplayWidth.of(excerpt.text) >= width - 2)
      #expect(cluster(at: excerpt.caretColumn, in: excerpt.text) == "Y")
      #expect(excerpt.text.hasPrefix("…") == cutBefore)
      #expect(excerpt.text.hasSuffix("…") == cutAfter)
    }
  }

  /// The terminal's width bounds every line of the excerpt, gutter included.
  @Test func renderedLinesFitTheWidth() {
    let line = "text: " + String(repeating: "日本語 ", count: 60) + "{{x}}"
    let source = Array("\(line)\n".utf8)
    let diagnostic = Diagnostic(
      file: "p.yml", at: SourcePosition(line: 1, column: 7 + 60 * 4), "look")
    let lines = diagnostic.rendered(source: source, excerpts: true, width: 60).split(
      separator: "\n")
    #expect(lines.count == 4)
    for line in lines.dropFirst() { #expect(DisplayWidth.of(String(line)) <= 60) }
    #expect(lines[2].hasPrefix("1 | …"))
    #expect(lines[2].contains("{{x}}"))
  }

  /// Positions and widths from anywhere (a corrupt log, a caller's mistake) never trap.
  @Test func extremePlacesAndWidthsAreSafe() {
    let source = Array("a: 1\nb: 2\n".utf8)
    let positions = [
      SourcePosition(line: .max, column: .max, offset: .max),
      SourcePosition(line: .min, column: .min, offset: .min),
      SourcePosition(line: 0, column: 0, offset: 0),
      SourcePosition(line: 2, column: .max, offset: 5),
      SourcePosition(line: 1, column: .min, offset: 3),
    ]
    for position in positions {
      for width in [Int.min, -1, 0, 5, 80, .max] {
        let diagnostic = Diagnostic(
          file: "p.yml", at: position, "x", notes: [Diagnostic.Note("n", at: position)])
        let text = diagnostic.rendered(source: source, excerpts: true, width: width)
        #expect(text.hasPrefix(diagnostic.description))
      }
    }
  }

  /// Colour only adds codes: without them the text is the same, caret column included.
  @Test func stylesOnlyAddCodes() throws {
    let result = load(Self.twoSteps)
    let duplicate = try #require(result.diagnostics.first { $0.kind == .duplicateID })
    let coloured = duplicate.rendered(
      source: result.bytes, excerpts: true, styles: TextStyles(enabled: true))
    #expect(coloured.contains("\u{1B}[31m"))
    var stripped = ""
    var inEscape = false
    for scalar in coloured.unicodeScalars {
      if scalar == "\u{1B}" {
        inEscape = true
      } else if inEscape {
        if scalar == "m" { inEscape = false }
      } else {
        stripped.unicodeScalars.append(scalar)
      }
    }
    #expect(stripped == duplicate.rendered(source: result.bytes, excerpts: true))
  }
}

/// docs/playbook-format.md lists the kinds; a kind added to the YAML parser is listed too.
@Suite struct DiagnosticKindDocsTests {
  @Test func everyYAMLKindIsDocumented() throws {
    let root = String(#filePath).split(separator: "/", omittingEmptySubsequences: false)
      .dropLast(4).joined(separator: "/")
    let docs = String(
      decoding: try FileSystem.readFile(root + "/docs/playbook-format.md"), as: UTF8.self)
    for kind in YAMLError.Kind.allCases {
      #expect(docs.contains("`\(kind)`"), "\(kind)")
    }
  }
}
