/// `{{placeholder}}` substitution in message templates. Deliberately tiny: no logic, no
/// loops, so that every message reads the same in the playbook as on the channel.
public enum TemplateText {
  /// A `{{name}}` occurrence; `name` is trimmed of spaces.
  public struct Placeholder: Hashable, Sendable {
    public var name: String
    /// Offset of the opening `{{` in the text, in Unicode scalars.
    public var offset: Int
  }

  /// Every placeholder in order of appearance.
  public static func placeholders(in text: String) -> [Placeholder] {
    var result: [Placeholder] = []
    scan(text) { name, offset in
      result.append(Placeholder(name: name, offset: offset))
      return nil
    }
    return result
  }

  /// The text with each placeholder replaced by its value. A placeholder without a value is
  /// left as written (`{{eta}}`), so a missing value is visible instead of silently empty.
  public static func render(_ text: String, values: [String: String]) -> String {
    scan(text) { name, _ in values[name] }
  }

  /// Walks the text, calling `replacement` for each placeholder; returns the rewritten text.
  @discardableResult
  private static func scan(_ text: String, replacement: (String, Int) -> String?) -> String {
    let scalars = Array(text.unicodeScalars)
    var out = String.UnicodeScalarView()
    var i = 0
    while i < scalars.count {
      if scalars[i] == "{", i + 1 < scalars.count, scalars[i + 1] == "{",
        let close = closing(scalars, from: i + 2)
      {
        let name = String(String.UnicodeScalarView(scalars[(i + 2)..<close]))
          .trimmingSpaces()
        if isName(name) {
          if let value = replacement(name, i) {
            out.append(contentsOf: value.unicodeScalars)
          } else {
            out.append(contentsOf: scalars[i..<(close + 2)])
          }
          i = close + 2
          continue
        }
      }
      out.append(scalars[i])
      i += 1
    }
    return String(out)
  }

  /// Index of the `}}` closing a placeholder opened before `from`, on the same line.
  private static func closing(_ s: [Unicode.Scalar], from: Int) -> Int? {
    var j = from
    while j + 1 < s.count {
      if s[j] == "\n" || s[j] == "{" { return nil }
      if s[j] == "}", s[j + 1] == "}" { return j }
      j += 1
    }
    return nil
  }

  /// Placeholder names: letters, digits, `_`, `-` and `.` (for `role.lead`).
  static func isName(_ name: String) -> Bool {
    !name.isEmpty
      && name.unicodeScalars.allSatisfy {
        ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
          || $0 == "_" || $0 == "-" || $0 == "."
      }
  }
}

extension String {
  /// The string without leading and trailing spaces and tabs.
  func trimmingSpaces() -> String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
      let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })
    else { return "" }
    return String(scalars[first...last])
  }
}
