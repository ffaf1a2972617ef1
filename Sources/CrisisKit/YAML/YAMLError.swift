/// Why a document was rejected, and where. The `kind` is what tests and tools match on (the
/// message is for people and may be reworded); `isUnsupported` separates valid YAML that
/// playbooks refuse on purpose (anchors, tags, several documents …) from invalid YAML.
public struct YAMLError: Error, Hashable, Sendable {
  public var kind: Kind
  public var position: SourcePosition
  public var message: String
  /// Another place the error is about (where a duplicate key was first defined, where an
  /// unclosed flow collection was opened), shown as a note under the error on a terminal.
  /// Only built when the error is, so the parser's fast path never pays for it.
  public var related: Diagnostic.Note?

  public init(
    _ kind: Kind, _ message: String, at position: SourcePosition, related: Diagnostic.Note? = nil
  ) {
    self.kind = kind
    self.message = message
    self.position = position
    self.related = related
  }

  public var isUnsupported: Bool { kind.isUnsupported }

  public func diagnostic(file: String) -> Diagnostic {
    Diagnostic(
      .error, .yaml(kind), file: file, at: position, message, notes: related.map { [$0] } ?? [])
  }
}

extension YAMLError {
  /// What is wrong with the document, one case per thing an author fixes differently.
  public enum Kind: Hashable, Sendable, CaseIterable {
    // MARK: The bytes

    /// The input is over `YAMLParser.maxInputBytes`.
    case tooLarge
    /// A byte sequence that is not UTF-8.
    case invalidUTF8
    /// A control character YAML does not allow in a stream (it must be escaped).
    case controlCharacter

    // MARK: Invalid YAML

    /// A character that cannot stand where it is: text after a value, a stray `]`, a
    /// reserved `@`, a missing `,` between flow entries.
    case unexpectedCharacter
    /// `#` without a space before it, so it is not a comment.
    case commentWithoutSpace
    /// A line indented more or less than its collection or scalar allows.
    case indentation
    /// A tab where only spaces may indent.
    case tabIndentation
    /// A mapping line without the `:` after its key.
    case missingColon
    /// A mapping key that is too long, spans lines, or is a block scalar.
    case invalidKey
    /// The same key twice in one mapping; the note points at the first.
    case duplicateKey
    /// A block collection or block scalar where YAML does not allow one (on its key's line,
    /// between the keys of a mapping, inside a flow collection).
    case misplacedNode
    /// A quoted string without its closing quote.
    case unterminatedString
    /// A `[` or `{` that is not closed where it must be; the note points at the opening.
    case unclosedFlowCollection
    /// An escape in a double-quoted string that YAML does not define, or that names no
    /// Unicode character.
    case invalidEscape
    /// A block scalar header (`|`, `>`) with a bad indentation indicator.
    case invalidBlockScalarHeader
    /// Collections nested deeper than `YAMLParser.maxDepth`.
    case nestingTooDeep
    /// A hexadecimal or octal number too long to be read as one.
    case numberTooLong

    // MARK: Valid YAML that playbooks refuse

    /// `&anchor` or `*alias`.
    case anchorOrAlias
    /// `!tag`.
    case tag
    /// `%YAML`, `%TAG`.
    case directive
    /// A second document in the file.
    case multipleDocuments
    /// `? key`.
    case complexKey
    /// `<<: …`.
    case mergeKey
    /// A flow collection as a mapping key.
    case collectionKey
    /// `: value` without a key.
    case emptyKey
    /// An indentation indicator on a top-level block scalar.
    case indentationIndicator

    /// Valid YAML that playbooks refuse on purpose, as opposed to invalid YAML.
    public var isUnsupported: Bool {
      switch self {
      case .anchorOrAlias, .tag, .directive, .multipleDocuments, .complexKey, .mergeKey,
        .collectionKey, .emptyKey, .indentationIndicator:
        return true
      case .tooLarge, .invalidUTF8, .controlCharacter, .unexpectedCharacter, .commentWithoutSpace,
        .indentation, .tabIndentation, .missingColon, .invalidKey, .duplicateKey, .misplacedNode,
        .unterminatedString, .unclosedFlowCollection, .invalidEscape, .invalidBlockScalarHeader,
        .nestingTooDeep, .numberTooLong:
        return false
      }
    }
  }
}
