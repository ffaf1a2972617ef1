/// Text that came from a playbook, a log or a person is printed only after this: control
/// characters (C0, DEL, C1; so every ANSI escape and terminal-title sequence) would otherwise
/// let a file rewrite the operator's screen.
public enum TerminalText {
  /// Removes control characters. Newlines and tabs are kept only when `keepNewlines` is set
  /// (multi-line messages); a tab becomes a space so columns stay predictable.
  public static func sanitize(_ text: String, keepNewlines: Bool = false) -> String {
    var needsWork = false
    for scalar in text.unicodeScalars where isControl(scalar) {
      needsWork = true
      break
    }
    if !needsWork { return text }
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

  /// C0 controls, DEL, C1 controls, and the bidi overrides that can disguise text.
  @inline(__always)
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    return v < 0x20 || v == 0x7F || (v >= 0x80 && v < 0xA0)
      || (v >= 0x202A && v <= 0x202E) || (v >= 0x2066 && v <= 0x2069)
  }
}
