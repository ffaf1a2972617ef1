/// Text that came from a playbook, a log or a person is printed only after this: control
/// characters (C0, DEL, C1; so every ANSI escape and terminal-title sequence) would otherwise
/// let a file rewrite the operator's screen.
public enum TerminalText {
  /// Removes control characters. Newlines and tabs are kept only when `keepNewlines` is set
  /// (multi-line messages); a tab becomes a space so columns stay predictable.
  public static func sanitize(_ text: String, keepNewlines: Bool = false) -> String {
    if !containsControl(text, ignoringNewlines: keepNewlines) { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar == "\n", keepNewlines {
        result.append(scalar)
      } else if scalar == "\t" {
        result.append(" ")
      } else if !isControl(scalar) {
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// Whether `text` has a character `sanitize` removes or changes, found by looking at UTF-8
  /// bytes (most text has none, and is then returned as it is): C0 and DEL are single bytes,
  /// C1 is C2 80…C2 9F, the bidi controls are E2 80 AA…E2 80 AE and E2 81 A6…E2 81 A9.
  static func containsControl(_ text: String, ignoringNewlines: Bool) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      let count = bytes.count
      var i = 0
      while i < count {
        i = PrintableASCII.skipWords(bytes, from: i)
        guard i < count else { break }
        defer { i += 1 }  // the next byte, after a `continue` too
        let byte = bytes[i]
        if byte < 0x20 || byte == 0x7F {
          if byte == 0x0A, ignoringNewlines { continue }
          return true
        }
        if byte == 0xC2, i + 1 < count, bytes[i + 1] >= 0x80, bytes[i + 1] <= 0x9F { return true }
        if byte == 0xE2, i + 2 < count {
          let second = bytes[i + 1]
          let third = bytes[i + 2]
          if second == 0x80, third >= 0xAA, third <= 0xAE { return true }
          if second == 0x81, third >= 0xA6, third <= 0xA9 { return true }
        }
      }
      return false
    }
  }

  /// C0 controls, DEL, C1 controls, and the bidi overrides that can disguise text.
  @inline(__always)
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    return v < 0x20 || v == 0x7F || (v >= 0x80 && v < 0xA0)
      || (v >= 0x202A && v <= 0x202E) || (v >= 0x2066 && v <= 0x2069)
  }
}
