/// The language the program speaks to a person: screens, prompts, errors, status and the
/// headings of every export. A German playbook runs in a German interface; the choice is made
/// once per command by `Language.chosen` and then passed down, never looked up again.
public enum Language: String, CaseIterable, Sendable {
  case english = "en"
  case german = "de"

  /// The language for a command, in the order DESIGN.md gives: `--lang`, else the playbook's
  /// `language:`, else the locale of the environment (`LC_ALL`, `LC_MESSAGES`, `LANG`, the
  /// first one set and not empty, as POSIX resolves them), else English.
  public static func chosen(
    flag: Language?, playbook: Language?, environment: [String: String]
  ) -> Language {
    if let flag { return flag }
    if let playbook { return playbook }
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      guard let value = environment[name], !value.isEmpty else { continue }
      return Language(locale: value) ?? .english
    }
    return .english
  }

  /// A language code as a person writes it: `de`, `en`, `German`, `deutsch`, any case.
  public init?(code: String) {
    switch code.lowercased() {
    case "de", "deu", "ger", "german", "deutsch": self = .german
    case "en", "eng", "english", "englisch": self = .english
    default: return nil
    }
  }

  /// A POSIX locale name (`de_DE.UTF-8`, `de_AT@euro`, `C`, `POSIX`): its language part.
  /// Any locale of a language we do not speak falls back to English by returning nil.
  public init?(locale: String) {
    let language = locale.prefix { $0 != "_" && $0 != "." && $0 != "@" && $0 != "-" }
    guard let known = Language(code: String(language)) else { return nil }
    self = known
  }
}
