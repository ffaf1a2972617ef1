/// One finding about an input file, printed the way compilers do:
/// `FILE:LINE:COL: error: message`. Lint collects many; parsers throw one.
///
/// The `kind` says what is wrong in a form tests and tools can match on; the message says it
/// to a person, with how to fix it, and may be reworded without breaking either.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
  public enum Severity: String, Hashable, Sendable {
    case error
    case warning
  }

  /// Another place a diagnostic is about, e.g. where a duplicate id was first defined. Always
  /// in the diagnostic's own file. The one-line form already names the place in its message
  /// (scripts read that line); on a terminal the note is shown with its source line.
  public struct Note: Hashable, Sendable {
    public var position: SourcePosition
    public var message: String

    public init(_ message: String, at position: SourcePosition) {
      self.message = message
      self.position = position
    }
  }

  public var severity: Severity
  public var kind: Kind
  /// The file as the user named it; empty when the input did not come from a file.
  public var file: String
  /// Where in the file; `nil` when the problem concerns the whole file (unreadable, empty).
  public var position: SourcePosition?
  public var message: String
  /// Related places, in the order they are shown.
  public var notes: [Note]

  public init(
    _ severity: Severity = .error, _ kind: Kind = .unclassified, file: String,
    at position: SourcePosition?, _ message: String, notes: [Note] = []
  ) {
    self.severity = severity
    self.kind = kind
    self.file = file
    self.position = position
    self.message = message
    self.notes = notes
  }

  /// One line: `FILE:LINE:COL: error: message`, control characters removed. Scripts parse
  /// this line, so it never changes with the terminal and never carries the notes.
  public var description: String {
    TerminalText.sanitize("\(place(position)): \(severity.rawValue): \(message)")
  }

  /// `FILE:LINE:COL`, or `FILE` without a position.
  func place(_ position: SourcePosition?) -> String {
    var place = file.isEmpty ? "<input>" : file
    if let position { place += ":\(position.line):\(position.column)" }
    return place
  }
}

extension Diagnostic {
  /// What a diagnostic is about: one case per problem an author fixes differently. YAML
  /// syntax comes from the parser (`YAMLError.Kind`); the rest from `PlaybookDecoder` (the
  /// shape of the playbook) and `PlaybookLinter` (the playbook as a whole).
  public enum Kind: Hashable, Sendable {
    /// The document is not YAML, or uses YAML that playbooks refuse.
    case yaml(YAMLError.Kind)
    /// The file could not be read at all.
    case unreadable

    // MARK: Shape (PlaybookDecoder)

    /// The document holds no playbook.
    case emptyPlaybook
    /// A key the playbook format does not know (the message suggests the nearest one).
    case unknownKey
    /// A required key is missing.
    case missingKey
    /// A mapping, list or single value where another of the three belongs.
    case wrongShape
    /// A required value is empty or null.
    case emptyValue
    /// An id with characters it may not use, or a reserved one (`end`).
    case invalidID
    /// A value outside what the key allows (severity, audience, limit, a zero `every`).
    case invalidValue
    /// A text that is not a duration such as 90s, 15m or 1h30m.
    case invalidDuration
    /// Two keys that exclude each other (`next` on a step that asks).
    case conflictingKeys
    /// A question with fewer than two answers.
    case tooFewChoices

    // MARK: The whole playbook (PlaybookLinter)

    /// A reference to a role, channel, template, step or variable that the playbook does not
    /// define.
    case unknownReference
    /// A `{{placeholder}}` that no variable or built-in defines.
    case unknownPlaceholder
    /// Two steps (or two clocks) with one id; the note points at the first.
    case duplicateID
    /// A step whose `next` is itself, or a role that is its own `deputy`.
    case selfReference
    /// A step no path from the first step leads to.
    case unreachableStep
    /// A template longer than its channel's `limit`; the note points at the channel.
    case overLimit
    /// A clock counts `from` a variable that is not `type: time`; the note points at it.
    case notATimeVariable
    /// A `type: time` variable whose `default` is not a time (16:52, -20m, RFC 3339).
    case invalidTime
    /// A role, channel, template or variable nothing uses (a warning).
    case unused
    /// No public statement planned within the first 15 minutes (a warning).
    case lateFirstStatement
    /// Public channels but no update cadence (`every`) (a warning).
    case noCadence

    /// Diagnostics outside playbooks (incident logs, JSON) that nothing tells apart yet.
    case unclassified
  }
}

extension [Diagnostic] {
  /// Sorted by file, then place; diagnostics without a place come first for their file.
  public func sortedByPlace() -> [Diagnostic] {
    sorted { a, b in
      if a.file != b.file { return a.file < b.file }
      switch (a.position, b.position) {
      case (nil, nil): return a.message < b.message
      case (nil, _): return true
      case (_, nil): return false
      case (let pa?, let pb?): return pa == pb ? a.message < b.message : pa < pb
      }
    }
  }

  public var hasErrors: Bool { contains { $0.severity == .error } }
}

// MARK: - Rendering

extension Diagnostic {
  /// The diagnostic as `crisis lint` prints it to a person.
  ///
  /// Without `excerpts` (stderr is a file or a pipe) it is exactly `description`, one line:
  /// scripts parse it. With them (stderr is a terminal) the line is followed by the source
  /// line with a caret under the column, as `just` shows them, and by each note with its own
  /// source line:
  ///
  ///     p.yml:17:9: error: duplicate step id 'tell' (first defined at 12:9)
  ///        |
  ///     17 |   - id: tell
  ///        |         ^
  ///     p.yml:12:9: note: first defined here
  ///        |
  ///     12 |   - id: tell
  ///        |         ^
  ///
  /// `source` is the file's bytes (`PlaybookLoader.Result.bytes`); a place it does not hold
  /// gets no excerpt. `width` is the terminal's width: longer source lines are cut around
  /// the caret. `styles` colours the severity and the caret.
  public func rendered(
    source: [UInt8], excerpts: Bool, styles: TextStyles = .plain, width: Int = 80
  ) -> String {
    guard excerpts else { return description }
    var lines: [String] = []
    let label = severity == .error ? styles.red("error:") : styles.yellow("warning:")
    lines.append(
      styles.bold(TerminalText.sanitize(place(position)) + ":") + " " + styles.bold(label) + " "
        + styles.bold(TerminalText.sanitize(message)))
    if let position {
      lines += Self.excerpt(source, position, width: width, styles: styles, severity: severity)
    }
    for note in notes {
      lines.append(
        styles.bold(TerminalText.sanitize(place(note.position)) + ":") + " "
          + styles.bold(styles.cyan("note:")) + " " + TerminalText.sanitize(note.message))
      lines += Self.excerpt(source, note.position, width: width, styles: styles, severity: nil)
    }
    return lines.joined(separator: "\n")
  }

  /// The three lines under a diagnostic or note: an empty gutter, the numbered source line,
  /// and the caret. None when the source does not hold the position.
  static func excerpt(
    _ source: [UInt8], _ position: SourcePosition, width: Int, styles: TextStyles,
    severity: Severity?
  ) -> [String] {
    let number = String(position.line)
    let gutter = String(repeating: " ", count: number.count) + " |"
    // The gutter and the space after it take `number.count + 3` columns of the width (which
    // is clamped first, so the subtraction cannot overflow).
    let width = min(max(width, 0), SourceExcerpt.maximumWidth)
    guard
      let excerpt = SourceExcerpt(
        source: source, at: position, width: width - number.count - 3)
    else { return [] }
    let caret = "^"
    let styledCaret =
      switch severity {
      case .error?: styles.bold(styles.red(caret))
      case .warning?: styles.bold(styles.yellow(caret))
      case nil: styles.bold(styles.cyan(caret))
      }
    return [
      styles.blue(gutter),
      styles.blue(number + " |") + (excerpt.text.isEmpty ? "" : " " + excerpt.text),
      styles.blue(gutter) + " " + String(repeating: " ", count: excerpt.caretColumn)
        + styledCaret,
    ]
  }
}
