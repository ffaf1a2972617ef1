#if canImport(Glibc)
  import Glibc
#endif

// Reads the playbook subset of YAML 1.2 from bytes into a `YAMLDocument` with positions.
//
// Hand-written recursive descent over the bytes (see YAMLCursor.swift for why). The grammar
// follows the YAML 1.2 productions for block and flow collections, implicit keys, scalars and
// indentation; valid YAML outside the playbook subset (anchors, tags, directives, several
// documents, complex keys, merge keys) is refused with `isUnsupported`, never misread.
//
// Guarantees: no recursion deeper than `maxDepth` collection levels, every loop moves the
// cursor forward (look-ahead is bounded to a run of blank lines or one line and is re-read at
// most once), so time is linear in the input size.

/// Parses playbook YAML.
public enum YAMLParser {
  /// Collections may nest this deep; deeper input is rejected instead of exhausting the stack.
  public static let maxDepth = 256

  /// Larger inputs are refused, so that every offset, line, column and node id fits the
  /// 32-bit fields of `YAMLDocument`'s records (a playbook is kilobytes, rarely megabytes).
  public static let maxInputBytes = 1 << 30

  /// Parses one document from UTF-8 bytes. Returns nil for a stream with no document
  /// (empty, or only comments).
  public static func parse(_ bytes: [UInt8]) throws(YAMLError) -> YAMLNode? {
    let document = try parseDocument(bytes)
    return document.root.map { document.tree($0) }
  }

  /// Parses one document from UTF-8 bytes into the compact form; its `root` is nil for a
  /// stream with no document.
  public static func parseDocument(_ bytes: [UInt8]) throws(YAMLError) -> YAMLDocument {
    guard bytes.count <= maxInputBytes else {
      throw YAMLError(
        .tooLarge, "the file is larger than 1 GiB; a playbook must be smaller", at: .start)
    }
    var document = YAMLDocument(input: bytes)
    let result: Result<Void, YAMLError> = bytes.withUnsafeBufferPointer { buffer in
      if let problem = YAMLInputCheck.firstProblem(buffer) {
        return .failure(
          YAMLError(
            problem.kind, problem.message,
            at: YAMLInputCheck.position(of: problem.offset, in: buffer)))
      }
      var parser = YAMLReader(YAMLCursor(buffer))
      parser.records.reserveCapacity(expectedNodes(buffer))
      do throws(YAMLError) {
        let root = try parser.parseStream()
        document.root = root
        // Exact-size copies of the arrays that grew by doubling (the records were sized up
        // front): the document lives on while the playbook is decoded from it, the largest
        // memory peak of `crisis lint`.
        document.records = parser.records
        parser.records = []
        document.entries = parser.entries.withUnsafeBufferPointer { Array($0) }
        parser.entries = []
        document.texts = parser.texts.withUnsafeBufferPointer { Array($0) }
        parser.texts = []
        return .success(())
      } catch {
        return .failure(error)
      }
    }
    try result.get()
    return document
  }

  /// A guess of the node count, to size the records array once instead of doubling it (which
  /// briefly needs three times its size): about one and a half nodes per line in playbooks.
  /// A guess too low costs one doubling; one too high at most 36 bytes per line.
  static func expectedNodes(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    guard let base = bytes.baseAddress else { return 16 }
    var lines = 1
    var i = 0
    // memchr from one line feed to the next: a byte-wise loop costs several times more.
    while i < bytes.count, let hit = memchr(base + i, Int32(Ch.lf), bytes.count - i) {
      lines += 1
      i = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit)) + 1
    }
    return lines + lines / 2 + 16
  }

  /// Parses UTF-8 text; see `parse(_:)` for bytes.
  public static func parse(_ text: String) throws(YAMLError) -> YAMLNode? {
    try parse(Array(text.utf8))
  }
}

/// Where a block node stands: it decides which compact forms may start on the indicator's line.
enum BlockContext {
  /// After `---` on the marker line: only scalars and flow collections may follow there.
  case documentStart
  /// After `key:`.
  case mappingValue
  /// After `- `: a compact sequence or mapping may start on the same line.
  case sequenceEntry
}

/// A key or node read on one line before the parser knows whether a `:` follows.
enum InlineItem {
  /// The first line of a plain scalar: bytes `start..<stop`, which may continue on later lines.
  case plain(start: Int, stop: Int, at: SourcePosition)
  /// A quoted scalar or flow collection, complete.
  case node(YAMLDocument.NodeID, multiLine: Bool)
}

/// The parser state. One instance reads one stream.
struct YAMLReader {
  var c: YAMLCursor
  /// Collections entered and not yet left.
  var depth = 0
  /// Leading spaces of the current line, valid after `skipBlankLines()` stopped at content.
  var lineIndent = 0
  /// Where a tab stood between the leading spaces and the content of the current line, if any.
  var lineTab: SourcePosition? = nil
  /// Line breaks crossed and whether a comment line was seen, by the last `skipBlankLines()`.
  var skippedBreaks = 0
  var skippedComment = false
  /// Reused for scalars that need rewriting (escapes, folding).
  var scratch: [UInt8] = []
  /// The document being built (see `YAMLDocument`; YAMLNodeBuilding.swift adds to them).
  var records: [YAMLDocument.Record] = []
  var entries: [UInt32] = []
  var texts: [UInt8] = []
  /// Entries of the collections being read, innermost last; a finished collection moves its
  /// own to `entries`.
  var pending: [UInt32] = []

  init(_ cursor: YAMLCursor) { c = cursor }

  // MARK: - Errors

  /// The error of `kind` at `position`, or at the cursor. `related` is another place the
  /// error is about, shown as a note.
  func error(
    _ kind: YAMLError.Kind, _ message: String, at position: SourcePosition? = nil,
    related: Diagnostic.Note? = nil
  ) -> YAMLError {
    YAMLError(kind, message, at: position ?? c.position, related: related)
  }

  /// The error for an anchor or alias (`&`, `*`) or a tag (`!`) at the cursor: node
  /// properties a playbook never needs, rejected wherever a node may start.
  func unsupportedNodeProperty() -> YAMLError {
    if c.byte == Ch.bang {
      return error(.tag, "tags ('!') are not supported in playbooks; remove the tag")
    }
    return error(
      .anchorOrAlias,
      "anchors and aliases are not supported in playbooks; repeat the value instead")
  }

  /// A short, printable rendering of the byte at the cursor for messages.
  var currentCharDescription: String {
    if c.atEnd { return "end of input" }
    let b = c.byte
    if b == Ch.tab { return "tab" }
    if Ch.isBreak(b) { return "line break" }
    var stop = c.offset + 1
    while stop < c.end && c.bytes[stop] & 0xC0 == 0x80 { stop += 1 }
    return "'\(Self.printable(c.text(c.offset, stop), limit: 1))'"
  }

  /// Text from the input made safe for a one-line message: control and invisible format
  /// characters escaped (`\n`, `\u{85}`), cut after `limit` characters.
  static func printable(_ text: String, limit: Int = 60) -> String {
    var out = ""
    var count = 0
    for scalar in text.unicodeScalars {
      if count == limit {
        out += "..."
        break
      }
      count += 1
      if TerminalText.isControl(scalar) || scalar.properties.generalCategory == .format {
        out += scalar.escaped(asASCII: true)
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  // MARK: - Stream and document

  mutating func parseStream() throws(YAMLError) -> NodeID? {
    skipBlankLines()
    // A stream may start with document end markers and comments only: zero documents.
    while !c.atEnd && c.atDocumentMarker && c.byte == Ch.dot {
      advance(3)
      try endLine("after '...'")
      skipToNextContentLine()
    }
    if c.atEnd { return nil }
    if c.byte == Ch.percent && c.column == 1 {
      throw error(
        .directive, "directives (%YAML, %TAG) are not supported in playbooks; remove the line")
    }
    let root: NodeID
    if c.atDocumentMarker && c.byte == Ch.dash {
      advance(3)
      root = try parseBlockNode(parent: -1, context: .documentStart)
    } else {
      root = try parseNodeOnNewLine(parent: -1, context: .documentStart, emptyAt: c.position)
    }
    // After the root: nothing, or `...` and then nothing.
    if c.atEnd { return root }
    if c.atDocumentMarker && c.byte == Ch.dot {
      while c.atDocumentMarker && c.byte == Ch.dot {
        advance(3)
        try endLine("after '...'")
        skipToNextContentLine()
      }
      if c.atEnd { return root }
      throw error(
        .multipleDocuments,
        "several documents in one file are not supported in playbooks; keep one document")
    }
    if c.atDocumentMarker {
      throw error(
        .multipleDocuments,
        "several documents in one file are not supported in playbooks; remove the second '---'")
    }
    if c.byte == Ch.percent && c.column == 1 {
      throw error(
        .directive, "directives (%YAML, %TAG) are not supported in playbooks; remove the line")
    }
    if lineIndent > 0 {
      throw error(
        .indentation,
        "unexpected indentation; this line is indented more than the lines before it allow")
    }
    throw error(
      .unexpectedCharacter,
      "unexpected \(currentCharDescription) after the end of the document's top-level node")
  }

  // MARK: - Line handling

  @inline(__always) mutating func advance(_ count: Int) {
    for _ in 0..<count { c.advance() }
  }

  /// Skips spaces and tabs on the current line; says whether there were any, and where the
  /// first tab was.
  @discardableResult
  @inline(__always) mutating func skipInlineSpace() -> (any: Bool, tab: SourcePosition?) {
    var any = false
    var tab: SourcePosition? = nil
    while true {
      let b = c.byte
      if b == Ch.space {
        any = true
      } else if b == Ch.tab {
        any = true
        if tab == nil { tab = c.position }
      } else {
        return (any, tab)
      }
      c.advance()
    }
  }

  /// Whether the cursor is on a `#` that starts a comment (at a line start or after a blank).
  @inline(__always) var atComment: Bool {
    c.byte == Ch.hash && (Ch.isWhite(c.previous) || Ch.isBreak(c.previous))
  }

  /// Skips to the end of the current line. Only spaces, tabs and a comment may stand there;
  /// anything else is an error that names `what` came before.
  mutating func endLine(_ what: String) throws(YAMLError) {
    skipInlineSpace()
    if c.byte == Ch.hash {
      guard atComment else {
        throw error(.commentWithoutSpace, "a comment needs a space before '#'")
      }
      c.skipToLineEnd()
    }
    guard c.atEnd || Ch.isBreak(c.byte) else {
      throw error(.unexpectedCharacter, "unexpected \(currentCharDescription) \(what)")
    }
  }

  /// From the end of a line (a line break or the end of input), moves to the first content
  /// character of the next line that is not blank or a comment.
  mutating func skipToNextContentLine() {
    if c.atEnd {
      lineIndent = 0
      lineTab = nil
      skippedBreaks = 0
      skippedComment = false
      return
    }
    c.consumeBreak()
    skipBlankLines()
    skippedBreaks += 1
  }

  /// From the start of a line, skips blank and comment lines and the next content line's
  /// leading whitespace. Sets `lineIndent`, `lineTab`, `skippedBreaks`, `skippedComment`.
  mutating func skipBlankLines() {
    skippedBreaks = 0
    skippedComment = false
    while true {
      var spaces = 0
      while c.byte == Ch.space {
        spaces += 1
        c.advance()
      }
      var tab: SourcePosition? = nil
      while Ch.isWhite(c.byte) {
        if c.byte == Ch.tab && tab == nil { tab = c.position }
        c.advance()
      }
      let b = c.byte
      if b == Ch.hash {
        skippedComment = true
        c.skipToLineEnd()
      }
      if c.atEnd {
        lineIndent = 0
        lineTab = nil
        return
      }
      if Ch.isBreak(c.byte) {
        c.consumeBreak()
        skippedBreaks += 1
        continue
      }
      lineIndent = spaces
      lineTab = tab
      return
    }
  }

  func tabError(at position: SourcePosition) -> YAMLError {
    error(.tabIndentation, "tab character in indentation; indent with spaces", at: position)
  }

  // MARK: - Block nodes

  /// Reads the node after an indicator (`---`, `key:`, `- `) whose parent collection is
  /// indented `parent` spaces. Leaves the cursor on the next content line (or at the end).
  mutating func parseBlockNode(parent: Int, context: BlockContext) throws(YAMLError) -> NodeID {
    let emptyAt = c.position
    let space = skipInlineSpace()
    if c.atEnd || Ch.isBreak(c.byte) || atComment {
      try endLine("")
      skipToNextContentLine()
      return try parseNodeOnNewLine(parent: parent, context: context, emptyAt: emptyAt)
    }
    return try parseNodeHere(
      parent: parent, context: context, onOwnLine: false, tab: space.tab)
  }

  /// The node for an indicator whose own line ended: it is on the current content line if that
  /// is indented more than the parent (or, for a mapping value, a sequence at the parent's
  /// indentation); otherwise the node is empty.
  mutating func parseNodeOnNewLine(parent: Int, context: BlockContext, emptyAt: SourcePosition)
    throws(YAMLError) -> NodeID
  {
    if c.atEnd || c.atDocumentMarker { return empty(at: emptyAt) }
    if lineIndent > parent {
      return try parseNodeHere(parent: parent, context: context, onOwnLine: true, tab: lineTab)
    }
    if lineIndent == parent && context == .mappingValue && c.byte == Ch.dash
      && Ch.isBlankOrEnd(c.peek(1))
    {
      if let tab = lineTab { throw tabError(at: tab) }
      return try parseBlockSequence(indent: lineIndent)
    }
    return empty(at: emptyAt)
  }

  /// An empty plain scalar (a missing value, which reads as null).
  mutating func empty(at position: SourcePosition) -> NodeID {
    addScalar(.plain, at: position, input: 0, 0)
  }

  /// Reads a node that starts at the cursor: at the start of its own line (`onOwnLine`, the
  /// line's indentation is `lineIndent`) or after an indicator on the same line.
  mutating func parseNodeHere(
    parent: Int, context: BlockContext, onOwnLine: Bool, tab: SourcePosition?
  )
    throws(YAMLError) -> NodeID
  {
    let b = c.byte
    let next = c.peek(1)
    let collectionsAllowed = onOwnLine || context == .sequenceEntry
    // The column where a collection starting here would be indented (all ASCII before it).
    let indentHere = onOwnLine ? lineIndent : c.column - 1

    if b == Ch.pipe || b == Ch.greater {
      return try parseBlockScalar(parent: parent)
    }
    if b == Ch.dash && Ch.isBlankOrEnd(next) {
      guard collectionsAllowed else {
        throw error(
          .misplacedNode,
          context == .mappingValue
            ? "a block sequence cannot start on the same line as its key; start it on the next line"
            : "a block sequence cannot start on the '---' line; start it on the next line")
      }
      if let tab { throw tabError(at: tab) }
      return try parseBlockSequence(indent: indentHere)
    }
    if b == Ch.question && Ch.isBlankOrEnd(next) {
      throw error(
        .complexKey, "complex keys ('?') are not supported in playbooks; write 'key: value'")
    }
    if b == Ch.colon && Ch.isBlankOrEnd(next) {
      throw collectionsAllowed
        ? error(
          .emptyKey, "empty mapping keys are not supported in playbooks; write a key before ':'")
        : error(.unexpectedCharacter, "unexpected ':'; a value cannot start with ': '")
    }
    let item = try parseInlineItem(parent: parent)
    skipInlineSpace()
    if c.byte == Ch.colon && Ch.isBlankOrEnd(c.peek(1)) {
      guard collectionsAllowed else {
        throw error(
          .misplacedNode,
          context == .mappingValue
            ? "a mapping cannot start on the same line as its key; put the nested mapping on the next line, indented"
            : "a mapping cannot start on the '---' line; start it on the next line")
      }
      if let tab { throw tabError(at: tab) }
      let key = try makeKey(item)
      return try parseBlockMapping(indent: indentHere, firstKey: key)
    }
    let node = try finishItem(item, minIndent: parent + 1, flow: false)
    skipInlineSpace()
    if c.byte == Ch.colon && Ch.isBlankOrEnd(c.peek(1)) {
      throw error(
        .indentation,
        "unexpected ':' after a value that spans lines; check the indentation of this line, or quote the value"
      )
    }
    try endLine("after the value")
    skipToNextContentLine()
    return node
  }

  /// Reads a scalar's first line, a quoted scalar or a flow collection: something that may
  /// turn out to be a mapping key. `parent` is the indentation of the enclosing collection.
  mutating func parseInlineItem(parent: Int) throws(YAMLError) -> InlineItem {
    let b = c.byte
    switch b {
    case Ch.amp, Ch.star, Ch.bang:
      throw unsupportedNodeProperty()
    case Ch.dquote, Ch.squote:
      let startLine = c.line
      let node = try parseQuoted(minIndent: parent + 1)
      return .node(node, multiLine: c.line != startLine)
    case Ch.lbracket, Ch.lbrace:
      let startLine = c.line
      let node = try parseFlowCollection(minIndent: parent + 1)
      return .node(node, multiLine: c.line != startLine)
    default:
      guard canStartPlain(flow: false) else { throw unexpectedCharacter() }
      let at = c.position
      let start = c.offset
      let stop = scanPlainLine(flow: false)
      return .plain(start: start, stop: stop, at: at)
    }
  }

  func unexpectedCharacter() -> YAMLError {
    switch c.byte {
    case Ch.percent:
      return c.column == 1
        ? error(
          .directive, "directives (%YAML, %TAG) are not supported in playbooks; remove the line")
        : error(.unexpectedCharacter, "'%' cannot start a plain value; quote the value")
    case Ch.at, Ch.backtick:
      return error(
        .unexpectedCharacter,
        "\(currentCharDescription) is reserved and cannot start a plain value; quote the value")
    case Ch.rbracket, Ch.rbrace, Ch.comma:
      return error(
        .unexpectedCharacter,
        "unexpected \(currentCharDescription) outside a flow collection; quote the value")
    case Ch.pipe, Ch.greater:
      return error(.invalidKey, "a block scalar ('\(currentCharDescription)') cannot be a key")
    default:
      return error(.unexpectedCharacter, "unexpected \(currentCharDescription)")
    }
  }

  /// Completes an item as a node: a plain scalar may continue on the following lines.
  mutating func finishItem(_ item: InlineItem, minIndent: Int, flow: Bool) throws(YAMLError)
    -> NodeID
  {
    switch item {
    case .node(let node, _):
      return node
    case .plain(let start, let stop, let at):
      return try continuePlain(start: start, stop: stop, at: at, minIndent: minIndent, flow: flow)
    }
  }

  /// Turns an item followed by `:` into a block mapping key, refusing what playbooks refuse.
  mutating func makeKey(_ item: InlineItem) throws(YAMLError) -> NodeID {
    switch item {
    case .plain(let start, let stop, let at):
      if stop - start == 2 && c.bytes[start] == Ch.less && c.bytes[start + 1] == Ch.less {
        throw error(
          .mergeKey,
          "merge keys ('<<') are not supported in playbooks; write the keys out", at: at)
      }
      if c.column - at.column > 1024 {
        throw error(.invalidKey, "a mapping key may be at most 1024 characters long", at: at)
      }
      return addScalar(.plain, at: at, input: start, stop)
    case .node(let node, let multiLine):
      let at = nodePosition(node)
      guard isScalar(node) else {
        throw error(
          .collectionKey,
          "a flow collection as a mapping key is not supported in playbooks; use a plain key",
          at: at)
      }
      if multiLine {
        throw error(.invalidKey, "a mapping key must be on one line; join the key's lines", at: at)
      }
      if c.column - at.column > 1024 {
        throw error(.invalidKey, "a mapping key may be at most 1024 characters long", at: at)
      }
      return node
    }
  }

  /// Reads the key at the cursor (the start of a mapping line at the mapping's indentation)
  /// and stops on its `:`.
  mutating func parseBlockKey(indent: Int) throws(YAMLError) -> NodeID {
    let b = c.byte
    let next = c.peek(1)
    if b == Ch.question && Ch.isBlankOrEnd(next) {
      throw error(
        .complexKey, "complex keys ('?') are not supported in playbooks; write 'key: value'")
    }
    if b == Ch.colon && Ch.isBlankOrEnd(next) {
      throw error(
        .emptyKey, "empty mapping keys are not supported in playbooks; write a key before ':'")
    }
    if b == Ch.dash && Ch.isBlankOrEnd(next) {
      throw error(
        .misplacedNode,
        "a sequence entry ('- ') cannot stand between the keys of a mapping; indent it under a key")
    }
    let item = try parseInlineItem(parent: indent)
    skipInlineSpace()
    guard c.byte == Ch.colon && Ch.isBlankOrEnd(c.peek(1)) else {
      let at: SourcePosition
      switch item {
      case .plain(_, _, let p): at = p
      case .node(let n, _): at = nodePosition(n)
      }
      throw error(
        .missingColon, "expected 'key: value' in this mapping, but found no ':' after the key",
        at: at)
    }
    return try makeKey(item)
  }

  mutating func enterCollection(at position: SourcePosition) throws(YAMLError) {
    depth += 1
    if depth > YAMLParser.maxDepth {
      throw error(
        .nestingTooDeep,
        "nesting deeper than \(YAMLParser.maxDepth) levels; flatten the document", at: position)
    }
  }

  /// Reads a block mapping whose keys stand at `indent`; the cursor is on the first key's `:`.
  mutating func parseBlockMapping(indent: Int, firstKey: NodeID) throws(YAMLError) -> NodeID {
    let at = nodePosition(firstKey)
    try enterCollection(at: at)
    let base = pending.count
    var keys = KeyIndex()
    var key = firstKey
    while true {
      c.advance()  // ':'
      let value = try parseBlockNode(parent: indent, context: .mappingValue)
      try checkDuplicate(key, pairsFrom: base, &keys)
      addPending(key, value)
      if c.atEnd || c.atDocumentMarker || lineIndent < indent { break }
      if lineIndent > indent {
        throw error(
          .indentation,
          "unexpected indentation; keys of this mapping start at column \(indent + 1)")
      }
      if let tab = lineTab { throw tabError(at: tab) }
      key = try parseBlockKey(indent: indent)
    }
    depth -= 1
    return addCollection(.mapping, at: at, from: base)
  }

  /// Reads a block sequence whose `-` stand at `indent`; the cursor is on the first `-`.
  mutating func parseBlockSequence(indent: Int) throws(YAMLError) -> NodeID {
    let position = c.position
    try enterCollection(at: position)
    let base = pending.count
    while true {
      c.advance()  // '-'
      let item = try parseBlockNode(parent: indent, context: .sequenceEntry)
      addPending(item)
      if c.atEnd || c.atDocumentMarker || lineIndent < indent { break }
      if lineIndent > indent {
        throw error(
          .indentation,
          "unexpected indentation; entries of this sequence start at column \(indent + 1)")
      }
      guard c.byte == Ch.dash && Ch.isBlankOrEnd(c.peek(1)) else { break }
      if let tab = lineTab { throw tabError(at: tab) }
    }
    depth -= 1
    return addCollection(.sequence, at: position, from: base)
  }

  // MARK: - Flow collections

  /// Skips blanks, comments and line breaks inside a flow collection (`opened` is its `[` or
  /// `{`). Every line with content must be indented at least `minIndent` spaces and must not
  /// be a document marker.
  mutating func skipFlowSpace(minIndent: Int, opened: SourcePosition, close: UInt8)
    throws(YAMLError)
  {
    var onNewLine = false
    var spaces = 0
    var tab: SourcePosition? = nil
    while true {
      let b = c.byte
      if b == Ch.space {
        if onNewLine && c.column - 1 == spaces { spaces += 1 }
        c.advance()
      } else if b == Ch.tab {
        if onNewLine && tab == nil { tab = c.position }
        c.advance()
      } else if Ch.isBreak(b) {
        c.consumeBreak()
        onNewLine = true
        spaces = 0
        tab = nil
      } else if b == Ch.hash && atComment {
        c.skipToLineEnd()
      } else {
        if onNewLine && !c.atEnd {
          let closing = close == Ch.rbrace ? "}" : "]"
          if c.atDocumentMarker {
            throw error(
              .unclosedFlowCollection,
              "document marker inside the flow collection opened at \(opened); add '\(closing)' before it",
              related: Diagnostic.Note("the flow collection opens here", at: opened))
          }
          if spaces < minIndent, let tab {
            throw tabError(at: tab)
          }
          if spaces < minIndent {
            throw error(
              .unclosedFlowCollection,
              "the flow collection opened at \(opened) is not closed before this line; add '\(closing)', or indent the line at least \(minIndent) \(minIndent == 1 ? "space" : "spaces")",
              related: Diagnostic.Note("the flow collection opens here", at: opened))
          }
        }
        return
      }
    }
  }

  /// Reads `[...]` or `{...}`. Lines inside must be indented at least `minIndent` spaces.
  mutating func parseFlowCollection(minIndent: Int) throws(YAMLError) -> NodeID {
    let position = c.position
    try enterCollection(at: position)
    let isMapping = c.byte == Ch.lbrace
    let close = isMapping ? Ch.rbrace : Ch.rbracket
    let name = isMapping ? "flow mapping" : "flow sequence"
    c.advance()
    let base = pending.count
    var keys = KeyIndex()
    while true {
      try skipFlowSpace(minIndent: minIndent, opened: position, close: close)
      let b = c.byte
      if b == close {
        c.advance()
        break
      }
      if c.atEnd {
        throw error(
          .unclosedFlowCollection,
          "unterminated \(name); add '\(isMapping ? "}" : "]")' to close the one opened at \(position)",
          at: position)
      }
      if b == Ch.comma {
        throw error(
          .unexpectedCharacter, "unexpected ',' in \(name); remove it or add a value before it")
      }
      let next = c.peek(1)
      if b == Ch.question && (Ch.isBlankOrEnd(next) || Ch.isFlowIndicator(next)) {
        throw error(
          .complexKey, "complex keys ('?') are not supported in playbooks; write 'key: value'")
      }
      if b == Ch.colon && (Ch.isBlankOrEnd(next) || Ch.isFlowIndicator(next)) {
        throw error(
          .emptyKey,
          "empty mapping keys are not supported in playbooks; write a key before ':'")
      }
      let keyLine = c.line
      let (node, jsonLike) = try parseFlowNode(minIndent: minIndent)
      try skipFlowSpace(minIndent: minIndent, opened: position, close: close)
      let afterColon = c.peek(1)
      if c.byte == Ch.colon
        && (jsonLike || Ch.isBlankOrEnd(afterColon) || Ch.isFlowIndicator(afterColon))
      {
        let key = try makeFlowKey(node)
        if !isMapping && c.line != keyLine {
          throw error(
            .invalidKey,
            "a key in a flow sequence must be on one line with its ':'", at: nodePosition(key))
        }
        c.advance()  // ':'
        try skipFlowSpace(minIndent: minIndent, opened: position, close: close)
        let value: NodeID
        if c.byte == Ch.comma || c.byte == close {
          value = empty(at: c.position)
        } else {
          value = try parseFlowNode(minIndent: minIndent).node
        }
        if isMapping {
          try checkDuplicate(key, pairsFrom: base, &keys)
          addPending(key, value)
        } else {
          // `[a: b]`: a mapping of one pair as an item.
          let keyAt = nodePosition(key)
          try enterCollection(at: keyAt)
          depth -= 1
          let pairBase = pending.count
          addPending(key, value)
          addPending(addCollection(.mapping, at: keyAt, from: pairBase))
        }
      } else if isMapping {
        let key = try makeFlowKey(node)
        try checkDuplicate(key, pairsFrom: base, &keys)
        addPending(key, empty(at: c.position))
      } else {
        addPending(node)
      }
      try skipFlowSpace(minIndent: minIndent, opened: position, close: close)
      if c.byte == Ch.comma {
        c.advance()
      } else if c.byte != close {
        if c.atEnd {
          throw error(
            .unclosedFlowCollection,
            "unterminated \(name); add '\(isMapping ? "}" : "]")' to close the one opened at \(position)",
            at: position)
        }
        throw error(
          .unexpectedCharacter,
          "expected ',' or '\(isMapping ? "}" : "]")' in \(name), found \(currentCharDescription)")
      }
    }
    depth -= 1
    return addCollection(isMapping ? .mapping : .sequence, at: position, from: base)
  }

  mutating func makeFlowKey(_ node: NodeID) throws(YAMLError) -> NodeID {
    guard isScalar(node) else {
      throw error(
        .collectionKey,
        "a flow collection as a mapping key is not supported in playbooks; use a plain key",
        at: nodePosition(node))
    }
    if records[node].style == .plain && scalarEquals(node, "<<") {
      throw error(
        .mergeKey,
        "merge keys ('<<') are not supported in playbooks; write the keys out",
        at: nodePosition(node))
    }
    return node
  }

  /// Reads a node inside a flow collection. `jsonLike` (quoted or a collection) allows a
  /// following `:` without a space.
  mutating func parseFlowNode(minIndent: Int) throws(YAMLError) -> (node: NodeID, jsonLike: Bool) {
    let b = c.byte
    switch b {
    case Ch.amp, Ch.star, Ch.bang:
      throw unsupportedNodeProperty()
    case Ch.dquote, Ch.squote:
      return (try parseQuoted(minIndent: minIndent), true)
    case Ch.lbracket, Ch.lbrace:
      return (try parseFlowCollection(minIndent: minIndent), true)
    case Ch.pipe, Ch.greater:
      throw error(
        .misplacedNode,
        "block scalars ('|', '>') cannot stand inside a flow collection; quote the text")
    default:
      guard canStartPlain(flow: true) else {
        if b == Ch.hash {
          throw error(.commentWithoutSpace, "a comment needs a space before '#'")
        }
        throw error(
          .unexpectedCharacter, "unexpected \(currentCharDescription) in a flow collection")
      }
      let at = c.position
      let start = c.offset
      let stop = scanPlainLine(flow: true)
      let node = try continuePlain(
        start: start, stop: stop, at: at, minIndent: minIndent, flow: true)
      return (node, false)
    }
  }
}
