/// The one sanitiser: everything printed that did not come from the program itself (a
/// playbook, a log, an argument, a file name, what the operator typed) goes through
/// `sanitize` before it reaches a terminal. The rule, also in docs/robustness.md
/// ("Sanitising"):
///
/// - removed: C0 controls (so every ANSI escape and terminal-title or clipboard sequence
///   loses its ESC and BEL), DEL and C1 controls (0x80…0x9F, including the one-byte CSI);
/// - removed: the characters that change the order text is shown in (bidi embeddings and
///   overrides U+202A…U+202E, isolates U+2066…U+2069, the marks U+200E, U+200F, U+061C),
///   so a file name or an id cannot show one thing and be another;
/// - removed: characters a terminal shows as nothing, which let two different ids look the
///   same (zero-width space U+200B, soft hyphen U+00AD, word joiner and invisible operators
///   U+2060…U+2064, U+FEFF, U+180E, deprecated format controls U+206A…U+206F, interlinear
///   annotation U+FFF9…U+FFFB, tag characters U+E0000…U+E007F), and the line and paragraph
///   separators U+2028 and U+2029;
/// - kept: the zero-width joiner and non-joiner (U+200D, U+200C) and variation selectors,
///   which emoji (👩‍💻) and several scripts need and which cannot reorder or hide text;
/// - a tab becomes a space; a newline is kept only where multi-line text is expected.
///
/// Documents (the Markdown, HTML and CSV exports) use the narrower `strippingControls`:
/// controls and bidi overrides go, invisible characters stay, because a document is read in
/// an editor or a browser, not interpreted by a terminal. Machine formats (`--json`) keep the
/// data as it is, escaped as JSON requires.
public enum TerminalText {
  /// Removes what the rule above removes. Newlines are kept only when `keepNewlines` is set
  /// (multi-line messages); a tab becomes a space so columns stay predictable.
  public static func sanitize(_ text: String, keepNewlines: Bool = false) -> String {
    clean(text, keepNewlines: keepNewlines, removingInvisible: true)
  }

  /// For documents: removes C0, DEL, C1 and the bidi embeddings, overrides and isolates,
  /// and keeps invisible characters.
  public static func strippingControls(_ text: String, keepNewlines: Bool = false) -> String {
    clean(text, keepNewlines: keepNewlines, removingInvisible: false)
  }

  private static func clean(_ text: String, keepNewlines: Bool, removingInvisible: Bool)
    -> String
  {
    guard
      containsControl(text, ignoringNewlines: keepNewlines, invisible: removingInvisible)
    else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar == "\n", keepNewlines {
        result.append(scalar)
      } else if scalar == "\t" {
        result.append(" ")
      } else if !isControl(scalar) && !(removingInvisible && isInvisible(scalar)) {
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// Whether `text` has a character the rule removes or changes (with `invisible`, the
  /// invisible ones too), found by looking at UTF-8 bytes (most text has none, and is then
  /// returned as it is): runs of printable ASCII are skipped a word at a time, C0 and DEL are
  /// single bytes, and every other scalar is decoded from its bytes (the string is valid
  /// UTF-8) and checked.
  static func containsControl(_ text: String, ignoringNewlines: Bool, invisible: Bool = true)
    -> Bool
  {
    var text = text
    return text.withUTF8 { bytes in
      let count = bytes.count
      var i = 0
      while i < count {
        i = PrintableASCII.skipWords(bytes, from: i)
        guard i < count else { break }
        let byte = bytes[i]
        if byte < 0x80 {
          i += 1
          if byte == 0x0A, ignoringNewlines { continue }
          if byte < 0x20 || byte == 0x7F { return true }
          continue
        }
        let length = byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
        guard i + length <= count else { return false }
        var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        i += length
        guard let scalar = Unicode.Scalar(value) else { continue }
        if isControl(scalar) || (invisible && isInvisible(scalar)) { return true }
      }
      return false
    }
  }

  /// C0 controls, DEL, C1 controls, and the bidi embeddings, overrides and isolates that
  /// can disguise text: never text, wherever it is shown.
  @inline(__always)
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    return v < 0x20 || v == 0x7F || (v >= 0x80 && v < 0xA0)
      || (v >= 0x202A && v <= 0x202E) || (v >= 0x2066 && v <= 0x2069)
  }

  /// What a terminal shows as nothing or as a line break, and the direction marks: removed
  /// from terminal text, kept in documents.
  @inline(__always)
  static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    if v < 0x2000 { return v == 0xAD || v == 0x61C || v == 0x180E }
    if v <= 0x206F {
      return v == 0x200B || v == 0x200E || v == 0x200F || v == 0x2028 || v == 0x2029
        || (v >= 0x2060 && v <= 0x2064) || v >= 0x206A
    }
    if v < 0xFEFF { return false }
    return v == 0xFEFF || (v >= 0xFFF9 && v <= 0xFFFB) || (v >= 0xE0000 && v <= 0xE007F)
  }
}
