// Scalars: plain, single- and double-quoted, literal and folded block scalars, with YAML 1.2
// line folding, escapes, chomping and indentation indicators. Single-line scalars without
// escapes are copied straight from the input; only scalars that need rewriting go through
// the reusable scratch buffer.

extension YAMLReader {
  // MARK: - Plain scalars

  /// Whether a plain scalar may start at the cursor: not an indicator, except `-`, `?`, `:`
  /// followed by a character that is safe in this context.
  func canStartPlain(flow: Bool) -> Bool {
    let b = c.byte
    switch b {
    case Ch.dash, Ch.question, Ch.colon:
      let next = c.peek(1)
      return !Ch.isBlankOrEnd(next) && !(flow && Ch.isFlowIndicator(next))
    case Ch.comma, Ch.lbracket, Ch.rbracket, Ch.lbrace, Ch.rbrace, Ch.hash, Ch.amp, Ch.star,
      Ch.bang, Ch.pipe, Ch.greater, Ch.squote, Ch.dquote, Ch.percent, Ch.at, Ch.backtick:
      return false
    default:
      return !Ch.isBlankOrEnd(b)
    }
  }

  /// Scans the rest of a plain scalar's line and returns where its text ends (trailing blanks
  /// excluded). Stops before `: `, ` #`, a line break, and in flow context a flow indicator.
  @inline(__always)
  mutating func scanPlainLine(flow: Bool) -> Int {
    var stop = c.offset
    while true {
      if c.skipPlainRun(flow: flow) { stop = c.offset }
      let b = c.byte
      if b == Ch.space || b == Ch.tab {
        c.advance()
        continue
      }
      if b == Ch.nul && c.atEnd || Ch.isBreak(b) { return stop }
      if b == Ch.hash && Ch.isWhite(c.previous) { return stop }
      if b == Ch.colon {
        let next = c.peek(1)
        if Ch.isBlankOrEnd(next) || (flow && Ch.isFlowIndicator(next)) { return stop }
      } else if flow && Ch.isFlowIndicator(b) {
        return stop
      }
      c.advance()
      stop = c.offset
    }
  }

  /// Continues a plain scalar whose first line is `start..<stop` (starting at `position`) over
  /// the following lines indented at least `minIndent` spaces, folding line breaks, and adds
  /// it. If the next content line does not continue it, the cursor is put back to the end of
  /// the scalar's last line. Refuses integers too long to convert exactly in linear time.
  mutating func continuePlain(
    start: Int, stop: Int, at position: SourcePosition, minIndent: Int, flow: Bool
  ) throws(YAMLError) -> NodeID {
    var lastStop = stop
    var folded = false
    while true {
      let save = c
      skipInlineSpace()
      guard Ch.isBreak(c.byte) else {
        c = save
        break
      }
      let lineState = (lineIndent, lineTab)
      skipToNextContentLine()
      let b = c.byte
      let continues =
        !c.atEnd && !skippedComment && !c.atDocumentMarker && lineIndent >= minIndent
        && !(b == Ch.colon
          && (Ch.isBlankOrEnd(c.peek(1)) || (flow && Ch.isFlowIndicator(c.peek(1)))))
        && !(flow && Ch.isFlowIndicator(b))
      guard continues else {
        c = save
        (lineIndent, lineTab) = lineState
        break
      }
      if !folded {
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: c.bytes[start..<lastStop]))
        folded = true
      }
      if skippedBreaks == 1 {
        scratch.append(Ch.space)
      } else {
        for _ in 0..<max(0, skippedBreaks - 1) { scratch.append(Ch.lf) }
      }
      let lineStart = c.offset
      lastStop = scanPlainLine(flow: flow)
      scratch.append(contentsOf: UnsafeBufferPointer(rebasing: c.bytes[lineStart..<lastStop]))
    }
    let node =
      folded
      ? addScratchScalar(.plain, at: position) : addScalar(.plain, at: position, input: start, stop)
    if withScalarBytes(node, { CoreSchema.isOversizedRadixInteger($0) }) {
      throw error(
        .numberTooLong,
        "hexadecimal or octal number longer than \(CoreSchema.maxRadixDigits) digits; quote it",
        at: position)
    }
    return node
  }

  // MARK: - Quoted scalars

  /// Reads a single- or double-quoted scalar. Continuation lines must be indented at least
  /// `minIndent` spaces.
  mutating func parseQuoted(minIndent: Int) throws(YAMLError) -> NodeID {
    let position = c.position
    let quote = c.byte
    let double = quote == Ch.dquote
    let style: YAMLScalar.Style = double ? .doubleQuoted : .singleQuoted
    c.advance()
    // Fast path: one line, no escapes.
    let start = c.offset
    while true {
      let b = c.byte
      if b == quote {
        if !double && c.peek(1) == Ch.squote { break }
        let node = addScalar(style, at: position, input: start, c.offset)
        c.advance()
        return node
      }
      if (double && b == Ch.backslash) || Ch.isBreak(b) || c.atEnd { break }
      c.advance()
    }
    scratch.removeAll(keepingCapacity: true)
    scratch.append(contentsOf: UnsafeBufferPointer(rebasing: c.bytes[start..<c.offset]))
    // Length of `scratch` without the trailing raw blanks (trimmed before a line break).
    var keep = scratch.count
    if let last = scratch.last, Ch.isWhite(last) {
      var k = scratch.count
      while k > 0 && Ch.isWhite(scratch[k - 1]) { k -= 1 }
      keep = k
    }
    let kind = double ? "double-quoted" : "single-quoted"
    while true {
      let b = c.byte
      if c.atEnd {
        throw error(
          .unterminatedString,
          "unterminated \(kind) string; add the closing \(double ? "\"" : "'")", at: position)
      }
      if b == quote {
        if !double && c.peek(1) == Ch.squote {
          scratch.append(Ch.squote)
          keep = scratch.count
          c.advance()
          c.advance()
          continue
        }
        c.advance()
        break
      }
      if Ch.isBreak(b) {
        scratch.removeSubrange(keep...)
        try foldQuotedBreaks(escaped: false, minIndent: minIndent, opened: position, kind: kind)
        keep = scratch.count
        continue
      }
      if double && b == Ch.backslash {
        let next = c.peek(1)
        if Ch.isBreak(next) {
          c.advance()
          try foldQuotedBreaks(escaped: true, minIndent: minIndent, opened: position, kind: kind)
        } else {
          try readEscape()
        }
        keep = scratch.count
        continue
      }
      scratch.append(b)
      if !Ch.isWhite(b) { keep = scratch.count }
      c.advance()
    }
    return addScratchScalar(style, at: position)
  }

  /// At a line break inside a quoted scalar: consumes it, following empty lines and the next
  /// line's indentation, and appends the folded result (a space, or one `\n` per empty line;
  /// nothing for the break itself after an escaped line break).
  mutating func foldQuotedBreaks(
    escaped: Bool, minIndent: Int, opened: SourcePosition, kind: String
  )
    throws(YAMLError)
  {
    var breaks = 0
    while true {
      c.consumeBreak()
      breaks += 1
      var spaces = 0
      while c.byte == Ch.space {
        spaces += 1
        c.advance()
      }
      let indentEnd = c.position
      let tab = skipInlineSpace().tab
      if Ch.isBreak(c.byte) { continue }
      if c.atEnd {
        throw error(
          .unterminatedString,
          "unterminated \(kind) string; add the closing \(kind == "double-quoted" ? "\"" : "'")",
          at: opened)
      }
      if c.atDocumentMarker {
        throw error(
          .unterminatedString, "document marker inside a quoted string; close the string first",
          related: Diagnostic.Note("the string opens here", at: opened))
      }
      if spaces < minIndent {
        if let tab { throw tabError(at: tab) }
        throw error(
          .indentation,
          "continuation line of a \(kind) string must be indented at least \(minIndent) \(minIndent == 1 ? "space" : "spaces")",
          at: indentEnd, related: Diagnostic.Note("the string opens here", at: opened))
      }
      break
    }
    if escaped {
      for _ in 0..<max(0, breaks - 1) { scratch.append(Ch.lf) }
    } else if breaks == 1 {
      scratch.append(Ch.space)
    } else {
      for _ in 0..<max(0, breaks - 1) { scratch.append(Ch.lf) }
    }
  }

  /// Reads one escape sequence (cursor on the backslash) and appends its UTF-8.
  mutating func readEscape() throws(YAMLError) {
    let position = c.position
    c.advance()
    let e = c.byte
    var simple: UInt8? = nil
    var hexDigits = 0
    switch e {
    case UInt8(ascii: "0"): simple = 0x00
    case UInt8(ascii: "a"): simple = 0x07
    case UInt8(ascii: "b"): simple = 0x08
    case UInt8(ascii: "t"), Ch.tab: simple = 0x09
    case UInt8(ascii: "n"): simple = 0x0A
    case UInt8(ascii: "v"): simple = 0x0B
    case UInt8(ascii: "f"): simple = 0x0C
    case UInt8(ascii: "r"): simple = 0x0D
    case UInt8(ascii: "e"): simple = 0x1B
    case Ch.space: simple = Ch.space
    case Ch.dquote: simple = Ch.dquote
    case Ch.slash: simple = Ch.slash
    case Ch.backslash: simple = Ch.backslash
    case UInt8(ascii: "N"): appendScalar(0x85)
    case UInt8(ascii: "_"): appendScalar(0xA0)
    case UInt8(ascii: "L"): appendScalar(0x2028)
    case UInt8(ascii: "P"): appendScalar(0x2029)
    case UInt8(ascii: "x"): hexDigits = 2
    case UInt8(ascii: "u"): hexDigits = 4
    case UInt8(ascii: "U"): hexDigits = 8
    default:
      let shown =
        c.atEnd || e < Ch.space
        ? "'\\' followed by \(currentCharDescription)"
        : "'\\\(currentCharDescription.dropFirst().dropLast())'"
      throw error(
        .invalidEscape,
        "unknown escape \(shown) in a double-quoted string; write '\\\\' for a backslash",
        at: position)
    }
    c.advance()
    if let simple {
      scratch.append(simple)
      return
    }
    guard hexDigits > 0 else { return }
    var value: UInt32 = 0
    for _ in 0..<hexDigits {
      let h = c.byte
      let digit: UInt32
      switch h {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(h - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(h - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(h - UInt8(ascii: "A") + 10)
      default:
        throw error(
          .invalidEscape,
          "escape '\\\(Character(Unicode.Scalar(e)))' needs \(hexDigits) hexadecimal digits",
          at: position)
      }
      value = value << 4 | digit
      c.advance()
    }
    guard value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value) else {
      throw error(.invalidEscape, "escape does not name a valid Unicode character", at: position)
    }
    appendScalar(value)
  }

  /// Appends a Unicode scalar value (known valid) as UTF-8.
  mutating func appendScalar(_ v: UInt32) {
    if v < 0x80 {
      scratch.append(UInt8(v))
    } else if v < 0x800 {
      scratch.append(UInt8(0xC0 | v >> 6))
      scratch.append(UInt8(0x80 | v & 0x3F))
    } else if v < 0x10000 {
      scratch.append(UInt8(0xE0 | v >> 12))
      scratch.append(UInt8(0x80 | v >> 6 & 0x3F))
      scratch.append(UInt8(0x80 | v & 0x3F))
    } else {
      scratch.append(UInt8(0xF0 | v >> 18))
      scratch.append(UInt8(0x80 | v >> 12 & 0x3F))
      scratch.append(UInt8(0x80 | v >> 6 & 0x3F))
      scratch.append(UInt8(0x80 | v & 0x3F))
    }
  }

  // MARK: - Block scalars

  /// Reads a literal (`|`) or folded (`>`) block scalar; the cursor is on the indicator and
  /// `parent` is the indentation of the enclosing collection (-1 at the top). Leaves the
  /// cursor on the next content line.
  mutating func parseBlockScalar(parent: Int) throws(YAMLError) -> NodeID {
    let position = c.position
    let literal = c.byte == Ch.pipe
    c.advance()
    enum Chomping { case clip, strip, keep }
    var chomping = Chomping.clip
    var chompingSet = false
    var indicator = 0
    for _ in 0..<2 {
      let b = c.byte
      if b >= UInt8(ascii: "1") && b <= Ch.nine && indicator == 0 {
        indicator = Int(b - Ch.zero)
      } else if b == Ch.zero {
        throw error(
          .invalidBlockScalarHeader, "a block scalar's indentation indicator must be 1 to 9")
      } else if (b == Ch.plus || b == Ch.dash) && !chompingSet {
        chomping = b == Ch.plus ? .keep : .strip
        chompingSet = true
      } else {
        break
      }
      c.advance()
    }
    try endLine("after the block scalar header; the text starts on the next line")

    // The content indentation: given, or that of the first non-empty line. A look-ahead
    // over the leading empty lines only; they are read again below.
    let save = c
    var maxBlank = 0
    var found: Int? = nil
    var foundAt = c.position
    var foundIsMarker = false
    if !c.atEnd {
      c.consumeBreak()
      while !c.atEnd {
        var spaces = 0
        while c.byte == Ch.space {
          spaces += 1
          c.advance()
        }
        if Ch.isBreak(c.byte) {
          maxBlank = max(maxBlank, spaces)
          c.consumeBreak()
          continue
        }
        if !c.atEnd {
          found = spaces
          foundAt = c.position
          foundIsMarker = c.atDocumentMarker
        } else {
          maxBlank = max(maxBlank, spaces)
        }
        break
      }
    }
    c = save
    let hasText = found.map { $0 > parent && !foundIsMarker } ?? false
    var indent: Int
    if indicator > 0 {
      if parent < 0 && hasText {
        throw error(
          .indentationIndicator,
          "an indentation indicator on a top-level block scalar is not supported; remove the digit",
          at: position)
      }
      indent = max(parent, 0) + indicator
    } else if let found, hasText {
      if maxBlank > found {
        throw error(
          .indentation,
          "a leading empty line of a block scalar has more spaces than its first text line",
          at: foundAt)
      }
      indent = found
    } else {
      indent = max(maxBlank, parent + 1)
    }

    // The lines, folded (for `>`) as libyaml and the YAML 1.2 spec do.
    scratch.removeAll(keepingCapacity: true)
    var leadingBreak = false
    var trailingBreaks = 0
    var leadingBlank = false
    if !c.atEnd {
      c.consumeBreak()
      while !c.atEnd {
        let lineStart = c
        var spaces = 0
        while spaces < indent && c.byte == Ch.space {
          spaces += 1
          c.advance()
        }
        let b = c.byte
        if spaces < indent || Ch.isBreak(b) || c.atEnd {
          // Fewer spaces than the indentation: an empty line, or the end of the scalar.
          while c.byte == Ch.space { c.advance() }
          if Ch.isBreak(c.byte) {
            trailingBreaks += 1
            c.consumeBreak()
            continue
          }
          if c.atEnd {
            // A last line of spaces without a line break still counts as a line.
            if c.offset > lineStart.offset { trailingBreaks += 1 }
            break
          }
          if c.byte == Ch.tab {
            // Only spaces may indent a block scalar, also on its empty lines.
            let tab = c.position
            skipInlineSpace()
            if c.atEnd || Ch.isBreak(c.byte) { throw tabError(at: tab) }
          }
          c = lineStart
          break
        }
        if indent == 0 && c.atDocumentMarker {
          break
        }
        let trailingBlank = Ch.isWhite(b)
        if !literal && leadingBreak && !leadingBlank && !trailingBlank {
          if trailingBreaks == 0 { scratch.append(Ch.space) }
        } else if leadingBreak {
          scratch.append(Ch.lf)
        }
        for _ in 0..<trailingBreaks { scratch.append(Ch.lf) }
        trailingBreaks = 0
        leadingBlank = trailingBlank
        let textStart = c.offset
        c.skipToLineEnd()
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: c.bytes[textStart..<c.offset]))
        // The end of the input ends the last line like a line break (as the suite reads it).
        leadingBreak = true
        if c.atEnd { break }
        c.consumeBreak()
      }
    }
    switch chomping {
    case .strip: break
    case .clip: if leadingBreak { scratch.append(Ch.lf) }
    case .keep:
      if leadingBreak { scratch.append(Ch.lf) }
      for _ in 0..<trailingBreaks { scratch.append(Ch.lf) }
    }
    let node = addScratchScalar(literal ? .literal : .folded, at: position)
    // The cursor is at the start of a line (or the end): find the next content line.
    skipBlankLines()
    return node
  }
}
