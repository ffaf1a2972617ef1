/// A URL from the log, checked before any export turns it into a link: only `http`, `https`
/// and `mailto` become links (a `javascript:` URL in a log must never be clickable), and the
/// characters that would end a Markdown autolink, break a table or leave an HTML attribute are
/// percent-encoded.
public enum LinkTarget {
  /// The URL, safe to put in `<…>` or `href="…"`; nil when it should stay plain text.
  public static func safe(_ url: String) -> String? {
    let trimmed = ExportText.oneLine(url).trimmingCharacters(in: " ")
    let lower = trimmed.lowercased()
    guard lower.hasPrefix("https://") || lower.hasPrefix("http://") || lower.hasPrefix("mailto:")
    else {
      return nil
    }
    var out = ""
    for scalar in trimmed.unicodeScalars {
      switch scalar {
      case " ": out += "%20"
      case "<": out += "%3C"
      case ">": out += "%3E"
      case "\"": out += "%22"
      case "'": out += "%27"
      case "|": out += "%7C"
      case "`": out += "%60"
      case "\\": out += "%5C"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}

extension String {
  /// The string without leading and trailing `character`s.
  func trimmingCharacters(in character: Character) -> String {
    var slice = self[...]
    while slice.first == character { slice = slice.dropFirst() }
    while slice.last == character { slice = slice.dropLast() }
    return String(slice)
  }
}
