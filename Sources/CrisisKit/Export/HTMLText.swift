/// Text from a log made safe for HTML and SVG: `&`, `<`, `>`, `"` and `'` become entities, so
/// nothing can open a tag or leave an attribute, and control characters (which XML forbids and
/// which could hide text) are removed. Only the five entities XML knows are used, so the
/// export stays well-formed XHTML.
public enum HTMLText {
  /// For element content and attribute values; line breaks are kept as they are.
  public static func escape(_ text: String) -> String {
    if entities.leavesUnchanged(text) { return text }
    return entities.apply(ExportText.multiline(text))
  }

  private static let entities = CharacterEscapes([
    "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;",
  ])

  /// Escaped, with each line break as `<br/>`.
  public static func lines(_ text: String) -> String {
    if entities.leavesUnchanged(text) { return text }
    return escape(text).replacingLineBreaks(with: "<br/>")
  }
}
