// The byte-level half of the YAML reader: a cursor over UTF-8 bytes and the character classes
// the grammar needs.
//
// Why hand-written (and not a generated or token-array lexer): playbooks must be read exactly as
// YAML 1.2 reads them, every node must carry its line and column, and the reader must stay
// linear and fast on large inputs. YAML's lexical structure depends on indentation and on the
// context (block or flow, key or value), so a context-free tokenizer would need look-ahead and
// token arrays of Strings. Instead the parser drives this cursor directly and builds Strings
// only for scalars.

/// ASCII bytes the grammar cares about.
enum Ch {
  static let nul: UInt8 = 0x00
  static let tab: UInt8 = 0x09
  static let lf: UInt8 = 0x0A
  static let cr: UInt8 = 0x0D
  static let space: UInt8 = 0x20
  static let bang: UInt8 = 0x21  // !
  static let dquote: UInt8 = 0x22  // "
  static let hash: UInt8 = 0x23  // #
  static let percent: UInt8 = 0x25  // %
  static let amp: UInt8 = 0x26  // &
  static let squote: UInt8 = 0x27  // '
  static let star: UInt8 = 0x2A  // *
  static let plus: UInt8 = 0x2B  // +
  static let comma: UInt8 = 0x2C  // ,
  static let dash: UInt8 = 0x2D  // -
  static let dot: UInt8 = 0x2E  // .
  static let slash: UInt8 = 0x2F  // /
  static let zero: UInt8 = 0x30
  static let nine: UInt8 = 0x39
  static let colon: UInt8 = 0x3A  // :
  static let less: UInt8 = 0x3C  // <
  static let greater: UInt8 = 0x3E  // >
  static let question: UInt8 = 0x3F  // ?
  static let at: UInt8 = 0x40  // @
  static let lbracket: UInt8 = 0x5B  // [
  static let backslash: UInt8 = 0x5C  // \
  static let rbracket: UInt8 = 0x5D  // ]
  static let backtick: UInt8 = 0x60  // `
  static let lbrace: UInt8 = 0x7B  // {
  static let pipe: UInt8 = 0x7C  // |
  static let rbrace: UInt8 = 0x7D  // }

  @inline(__always) static func isBreak(_ b: UInt8) -> Bool { b == lf || b == cr }
  @inline(__always) static func isWhite(_ b: UInt8) -> Bool { b == space || b == tab }
  /// Space, tab, line break or the end of input (the cursor reports `nul` there; real NULs
  /// are rejected before parsing, so `nul` always means the end).
  @inline(__always) static func isBlankOrEnd(_ b: UInt8) -> Bool {
    b == space || b == tab || b == lf || b == cr || b == nul
  }
  @inline(__always) static func isFlowIndicator(_ b: UInt8) -> Bool {
    b == comma || b == lbracket || b == rbracket || b == lbrace || b == rbrace
  }
}

/// A position in the input that moves only through `advance()`, which keeps the byte offset,
/// the line and the column (in Unicode scalars) in step. Copying the struct saves a position;
/// assigning it back restores one (used for bounded look-ahead only).
struct YAMLCursor {
  let bytes: UnsafeBufferPointer<UInt8>
  let end: Int
  private(set) var offset: Int
  private(set) var line = 1
  private(set) var column = 1

  /// Starts after a UTF-8 byte order mark, if there is one: it is not part of the text and
  /// does not count as a column.
  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
    self.end = bytes.count
    let bom = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    self.offset = bom ? 3 : 0
  }

  /// The current byte, or 0 at the end of the input.
  @inline(__always) var byte: UInt8 { offset < end ? bytes[offset] : Ch.nul }

  /// The byte `k` positions ahead, or 0 past the end.
  @inline(__always) func peek(_ k: Int) -> UInt8 {
    let i = offset + k
    return i < end ? bytes[i] : Ch.nul
  }

  /// The byte before the cursor, or a line feed at the start (a start counts as a line start).
  @inline(__always) var previous: UInt8 { offset > 0 ? bytes[offset - 1] : Ch.lf }

  @inline(__always) var atEnd: Bool { offset >= end }

  var position: SourcePosition { SourcePosition(line: line, column: column, offset: offset) }

  /// Moves one byte on. A line feed, or a carriage return not followed by one, ends a line;
  /// UTF-8 continuation bytes do not count as columns.
  @inline(__always) mutating func advance() {
    guard offset < end else { return }
    let b = bytes[offset]
    offset += 1
    if b == Ch.lf {
      line += 1
      column = 1
    } else if b == Ch.cr {
      if offset >= end || bytes[offset] != Ch.lf {
        line += 1
        column = 1
      }
    } else if b & 0xC0 != 0x80 {
      column += 1
    }
  }

  /// Moves to the end of the line: onto the next line break, or to the end of the input.
  /// Same line and column as `advance()` byte by byte, in a tighter loop (comments and the
  /// text lines of block scalars are skipped this way).
  @inline(__always) mutating func skipToLineEnd() {
    var i = offset
    var col = column
    while i < end {
      let b = bytes[i]
      if b == Ch.lf || b == Ch.cr { break }
      if b & 0xC0 != 0x80 { col += 1 }
      i += 1
    }
    offset = i
    column = col
  }

  /// Moves over bytes that can neither end a plain scalar nor need a closer look: all but
  /// spaces, tabs, line breaks and other C0 controls, `#`, `:`, and in flow context `,[]{}`.
  /// Says whether it moved. `scanPlainLine` handles the byte it stops on.
  @inline(__always) mutating func skipPlainRun(flow: Bool) -> Bool {
    // Bit b set: byte b (below 0x40), or byte 0x40 + b, stops the run.
    let controlsAndSpace: UInt64 = (1 << 0x21) - 1
    let low: UInt64 =
      controlsAndSpace | 1 << UInt64(Ch.hash) | 1 << UInt64(Ch.colon)
      | (flow ? 1 << UInt64(Ch.comma) : 0)
    let high: UInt64 =
      flow
      ? 1 << UInt64(Ch.lbracket - 0x40) | 1 << UInt64(Ch.rbracket - 0x40)
        | 1 << UInt64(Ch.lbrace - 0x40) | 1 << UInt64(Ch.rbrace - 0x40)
      : 0
    let start = offset
    var i = offset
    var col = column
    while i < end {
      let b = bytes[i]
      if b < 0x40 {
        if low >> UInt64(b) & 1 != 0 { break }
      } else if b < 0x80 {
        if high >> UInt64(b - 0x40) & 1 != 0 { break }
      }
      if b & 0xC0 != 0x80 { col += 1 }
      i += 1
    }
    offset = i
    column = col
    return i != start
  }

  /// Consumes one line break (CR LF, LF or CR) if the cursor is on one.
  @inline(__always) mutating func consumeBreak() {
    if byte == Ch.cr {
      advance()
      if byte == Ch.lf { advance() }
    } else if byte == Ch.lf {
      advance()
    }
  }

  /// Whether the cursor is on a `---` or `...` marker line (column 1, followed by a blank).
  var atDocumentMarker: Bool {
    guard column == 1, offset + 2 < end else { return false }
    let b = bytes[offset]
    guard b == Ch.dash || b == Ch.dot, bytes[offset + 1] == b, bytes[offset + 2] == b else {
      return false
    }
    return Ch.isBlankOrEnd(peek(3))
  }

  /// The bytes in `start..<stop` as a String (the input is validated UTF-8, so this is a copy).
  func text(_ start: Int, _ stop: Int) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<stop]), as: UTF8.self)
  }
}

/// Checks up front that the input is UTF-8 and uses only characters YAML allows in a stream
/// (no C0 controls other than tab and line breaks, no DEL, no C1 controls other than NEL, no
/// surrogates or non-characters U+FFFE/U+FFFF). One linear pass; later stages can then build
/// Strings without checks and use 0 as the end-of-input sentinel.
enum YAMLInputCheck {
  /// Returns the byte offset of the first offending byte, what is wrong with it and a
  /// description, or nil.
  static func firstProblem(_ bytes: UnsafeBufferPointer<UInt8>)
    -> (offset: Int, kind: YAMLError.Kind, message: String)?
  {
    var i = 0
    let n = bytes.count
    let raw = UnsafeRawBufferPointer(bytes)
    while i < n {
      // Fast path: eight printable ASCII bytes (0x20...0x7E) at a time, which is nearly all of
      // a playbook. Otherwise it jumps to the first byte that is not one (a tab, a line end,
      // the start of a multi-byte character, anything else) for the byte-wise path below.
      if i + 8 <= n {
        let skip = printableASCIIPrefix(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
        i += skip
        if skip == 8 { continue }
      }
      let b = bytes[i]
      if b < 0x80 {
        if b >= 0x20 && b != 0x7F || b == Ch.tab || b == Ch.lf || b == Ch.cr {
          i += 1
          continue
        }
        return (
          i, .controlCharacter,
          "control character \(hex(UInt32(b))) is not allowed; write it as an escape in a double-quoted string"
        )
      }
      var scalar: UInt32
      var length: Int
      if b & 0xE0 == 0xC0 {
        scalar = UInt32(b & 0x1F)
        length = 2
      } else if b & 0xF0 == 0xE0 {
        scalar = UInt32(b & 0x0F)
        length = 3
      } else if b & 0xF8 == 0xF0 {
        scalar = UInt32(b & 0x07)
        length = 4
      } else {
        return (i, .invalidUTF8, "invalid UTF-8 byte 0x\(hexByte(b)); save the file as UTF-8")
      }
      guard i + length <= n else {
        return (
          i, .invalidUTF8,
          "invalid UTF-8: truncated character at the end of the input; save the file as UTF-8"
        )
      }
      for k in 1..<length {
        let c = bytes[i + k]
        guard c & 0xC0 == 0x80 else {
          // Point at the character that is broken, not at the byte that broke it.
          return (
            i, .invalidUTF8,
            "invalid UTF-8: byte 0x\(hexByte(b)) starts a character that byte 0x\(hexByte(c)) does not continue; save the file as UTF-8"
          )
        }
        scalar = scalar << 6 | UInt32(c & 0x3F)
      }
      let minimum: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
      if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) {
        return (
          i, .invalidUTF8, "invalid UTF-8 sequence at byte 0x\(hexByte(b)); save the file as UTF-8"
        )
      }
      if (0x80...0x9F).contains(scalar) && scalar != 0x85 || scalar == 0xFFFE || scalar == 0xFFFF {
        return (
          i, .controlCharacter,
          "control character \(hex(scalar)) is not allowed; write it as an escape in a double-quoted string"
        )
      }
      i += length
    }
    return nil
  }

  /// How many of the eight bytes of `w` (in memory order; little-endian, so the first byte
  /// is the lowest) are printable ASCII (0x20...0x7E) before the first that is not: 0...8.
  ///
  /// Each mask below has the top bit of a byte set for bytes of its class. The subtraction
  /// tricks can also set it in a byte above a byte of the class (the borrow carries upward),
  /// never below the first one, so the lowest set bit always marks the first real hit.
  @inline(__always) static func printableASCIIPrefix(_ word: UInt64) -> Int {
    let w = UInt64(littleEndian: word)
    let high: UInt64 = 0x8080_8080_8080_8080
    let below20 = (w &- 0x2020_2020_2020_2020) & ~w & high
    let x = w ^ 0x7F7F_7F7F_7F7F_7F7F
    let isDEL = (x &- 0x0101_0101_0101_0101) & ~x & high
    let hits = (w & high) | below20 | isDEL
    return hits.trailingZeroBitCount >> 3
  }

  /// Line and column of a byte offset, counted the way the cursor counts them.
  static func position(of target: Int, in bytes: UnsafeBufferPointer<UInt8>) -> SourcePosition {
    var cursor = YAMLCursor(bytes)
    while cursor.offset < target && !cursor.atEnd { cursor.advance() }
    return cursor.position
  }

  static func hex(_ v: UInt32) -> String {
    let digits = String(v, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }

  static func hexByte(_ b: UInt8) -> String {
    let digits = String(b, radix: 16, uppercase: true)
    return digits.count == 1 ? "0" + digits : digits
  }
}
