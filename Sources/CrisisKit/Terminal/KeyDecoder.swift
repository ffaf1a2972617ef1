/// A key the operator pressed, as the line editor needs it.
public enum Key: Equatable, Sendable {
  /// Printable text: typed characters (consecutive ones arrive together) or a bracketed
  /// paste, whose newlines and tabs have become spaces and whose other controls are gone.
  case text(String)
  /// Enter (CR, LF, or CR LF as one).
  case enter
  /// Backspace (DEL 0x7F or BS 0x08).
  case backspace
  /// The Delete key (`ESC [ 3 ~`).
  case delete
  case up, down, left, right, home, end
  /// Page Up and Page Down (`ESC [ 5 ~`, `ESC [ 6 ~`): the console scrolls its step pane.
  case pageUp, pageDown
  case tab
  /// ESC on its own, known only after a pause (see `KeyDecoder.flush()`).
  case escape
  /// Ctrl with a letter, lower case: `.control("c")` is Ctrl-C. Ctrl-H, Ctrl-I, Ctrl-J and
  /// Ctrl-M arrive as `.backspace`, `.tab` and `.enter`, as the terminal sends the same bytes.
  case control(Character)
}

/// Turns the bytes a terminal in raw mode sends into `Key`s.
///
/// Hand-written because it is small and because it must cope with what real terminals do:
/// a multi-byte UTF-8 character or an escape sequence can be split across two reads, so the
/// decoder keeps what it has not finished and continues on the next `feed`. Escape sequences
/// it does not know (function keys, Alt combinations, focus reports, terminal replies) are
/// swallowed whole so they never end up in the operator's text.
///
/// A lone ESC cannot be told from the start of a sequence until more bytes arrive or none do:
/// the caller waits a short moment and then calls `flush()`.
public struct KeyDecoder: Sendable {
  private enum State: Equatable, Sendable {
    case ground
    /// After ESC.
    case escape
    /// After `ESC [`, collecting parameter and intermediate bytes.
    case csi(String)
    /// After `ESC O`.
    case ss3
    /// Inside `ESC ] … BEL` or `ESC ] … ESC \`; `sawEscape` when the last byte was ESC.
    case osc(sawEscape: Bool)
  }

  private var state = State.ground
  /// Bytes of an unfinished UTF-8 character.
  private var utf8: [UInt8] = []
  /// Inside `ESC [ 200 ~ … ESC [ 201 ~`.
  private var inPaste = false
  /// The previous byte was CR, so a following LF belongs to the same Enter.
  private var afterCR = false
  /// Text decoded but not yet emitted, so consecutive characters become one `.text`.
  private var text = ""
  /// Longest escape sequence accepted; longer ones are garbage and abandoned.
  private static let maximumSequenceLength = 64

  public init() {}

  /// True while an escape sequence is unfinished (it may be a lone ESC): the caller should
  /// wait a moment (50 ms is plenty) for more bytes, and call `flush()` if none come.
  public var hasPendingEscape: Bool { state != .ground }

  /// True while anything is unfinished, including half a UTF-8 character, which needs no
  /// timeout: its other bytes are on their way.
  public var hasPendingInput: Bool { state != .ground || !utf8.isEmpty }

  /// Whether a bracketed paste is in progress.
  public var isPasting: Bool { inPaste }

  /// Decodes `bytes`, returning every key completed by them.
  public mutating func feed<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> [Key] {
    var keys: [Key] = []
    for byte in bytes { step(byte, into: &keys) }
    emitText(into: &keys)
    return keys
  }

  /// Called when no more bytes came for a moment: a pending ESC was a lone ESC; an
  /// unfinished escape sequence is dropped. An unfinished UTF-8 character is kept (its rest
  /// may still come).
  public mutating func flush() -> [Key] {
    var keys: [Key] = []
    switch state {
    case .escape:
      if !inPaste { keys.append(.escape) }
    case .ground, .csi, .ss3, .osc:
      break
    }
    state = .ground
    return keys
  }

  // MARK: - The byte state machine

  private mutating func step(_ byte: UInt8, into keys: inout [Key]) {
    let wasAfterCR = afterCR
    afterCR = false
    switch state {
    case .ground:
      ground(byte, wasAfterCR: wasAfterCR, into: &keys)
    case .escape:
      switch byte {
      case UInt8(ascii: "["): state = .csi("")
      case UInt8(ascii: "O"): state = .ss3
      case UInt8(ascii: "]"): state = .osc(sawEscape: false)
      case 0x1B:
        // ESC ESC: the first was a lone ESC (or Alt-ESC); start again with the second.
        if !inPaste { emit(.escape, into: &keys) }
      case 0x00...0x1F, 0x7F:
        // ESC before Enter, Backspace or a Ctrl key: a lone ESC, then that key.
        state = .ground
        if !inPaste { emit(.escape, into: &keys) }
        ground(byte, wasAfterCR: false, into: &keys)
      case 0x80...:
        // ESC before a non-ASCII character (Alt plus a letter like ä): drop the ESC only,
        // so the character's continuation bytes are not misread.
        state = .ground
        ground(byte, wasAfterCR: false, into: &keys)
      default:
        state = .ground  // Alt plus an ASCII key: swallowed.
      }
    case .csi(let collected):
      switch byte {
      case 0x40...0x7E:
        state = .ground
        csiFinished(parameters: collected, final: byte, into: &keys)
      case 0x20...0x3F:
        if collected.utf8.count >= Self.maximumSequenceLength {
          state = .ground
        } else {
          state = .csi(collected + String(UnicodeScalar(byte)))
        }
      default:
        // Not a valid sequence: abandon it and read the byte afresh.
        state = .ground
        ground(byte, wasAfterCR: false, into: &keys)
      }
    case .ss3:
      state = .ground
      guard !inPaste else { return }
      // Keypad Enter in application mode is `ESC O M`.
      if let key = byte == UInt8(ascii: "M") ? .enter : Self.cursorKey(byte) {
        emit(key, into: &keys)
      }
    case .osc(let sawEscape):
      if byte == 0x07 || (sawEscape && byte == UInt8(ascii: "\\")) {
        state = .ground
      } else {
        state = .osc(sawEscape: byte == 0x1B)
      }
    }
  }

  private mutating func ground(_ byte: UInt8, wasAfterCR: Bool, into keys: inout [Key]) {
    if byte >= 0x80 || !utf8.isEmpty {
      decodeUTF8(byte, into: &keys)
      return
    }
    switch byte {
    case 0x1B:
      state = .escape
    case 0x0D:
      afterCR = true
      if inPaste { text += " " } else { emit(.enter, into: &keys) }
    case 0x0A:
      if wasAfterCR { return }  // CR LF is one Enter (or one space in a paste).
      if inPaste { text += " " } else { emit(.enter, into: &keys) }
    case 0x09:
      if inPaste { text += " " } else { emit(.tab, into: &keys) }
    case 0x7F, 0x08:
      if !inPaste { emit(.backspace, into: &keys) }
    case 0x01...0x1A:
      if !inPaste { emit(.control(Character(UnicodeScalar(byte + 0x60))), into: &keys) }
    case 0x20...0x7E:
      text.unicodeScalars.append(UnicodeScalar(byte))
    default:
      break  // NUL, Ctrl-\ ] ^ _: nothing the editor uses.
    }
  }

  private mutating func decodeUTF8(_ byte: UInt8, into keys: inout [Key]) {
    if utf8.isEmpty {
      switch byte {
      case 0xC2...0xF4: utf8.append(byte)
      default: appendScalar(0xFFFD)  // a stray continuation or an invalid lead byte
      }
      return
    }
    guard byte & 0xC0 == 0x80 else {
      // The character was cut short: mark it and read this byte afresh.
      utf8.removeAll()
      appendScalar(0xFFFD)
      ground(byte, wasAfterCR: false, into: &keys)
      return
    }
    utf8.append(byte)
    let lead = utf8[0]
    let needed = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    guard utf8.count == needed else { return }
    var value = UInt32(lead) & (needed == 2 ? 0x1F : needed == 3 ? 0x0F : 0x07)
    for continuation in utf8.dropFirst() { value = value << 6 | UInt32(continuation & 0x3F) }
    utf8.removeAll()
    appendScalar(value)
  }

  private mutating func appendScalar(_ value: UInt32) {
    let scalar = UnicodeScalar(value) ?? "\u{FFFD}"
    // Controls from C1 and bidi overrides are never text.
    if TerminalText.isControl(scalar) { return }
    text.unicodeScalars.append(scalar)
  }

  private mutating func csiFinished(parameters: String, final: UInt8, into keys: inout [Key]) {
    if final == UInt8(ascii: "~") {
      switch parameters {
      case "200": inPaste = true
      case "201": inPaste = false
      case _ where inPaste: break
      case "1", "7": emit(.home, into: &keys)
      case "4", "8": emit(.end, into: &keys)
      case "3": emit(.delete, into: &keys)
      case "5": emit(.pageUp, into: &keys)
      case "6": emit(.pageDown, into: &keys)
      default: break
      }
      return
    }
    guard !inPaste else { return }
    // Modified arrows (`ESC [ 1 ; 5 C`) act as plain ones; other parameters are unknown keys.
    guard parameters.isEmpty || parameters.hasPrefix("1;") else { return }
    if let key = Self.cursorKey(final) { emit(key, into: &keys) }
  }

  /// The cursor key a final byte names, the same after `ESC [` (normal mode) and `ESC O`
  /// (application mode, which many terminals switch to).
  private static func cursorKey(_ final: UInt8) -> Key? {
    switch final {
    case UInt8(ascii: "A"): .up
    case UInt8(ascii: "B"): .down
    case UInt8(ascii: "C"): .right
    case UInt8(ascii: "D"): .left
    case UInt8(ascii: "H"): .home
    case UInt8(ascii: "F"): .end
    default: nil
    }
  }

  private mutating func emit(_ key: Key, into keys: inout [Key]) {
    emitText(into: &keys)
    keys.append(key)
  }

  private mutating func emitText(into keys: inout [Key]) {
    guard !text.isEmpty else { return }
    keys.append(.text(text))
    text = ""
  }
}
