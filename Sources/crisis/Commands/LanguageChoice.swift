import CrisisKit

/// `--lang de|en` on every command that speaks to a person, and the one place that resolves
/// it (`Language.chosen`: the flag, the playbook's `language:`, the locale, English). A
/// command with a playbook or a log passes the playbook; help and errors before one is read
/// pass none.
enum LanguageChoice {
  static let option = ParsedOption<Language>(
    .init(
      "--lang", value: "de|en",
      help: "the interface language (default: the playbook's, else the locale)"),
    complaint: { $1.unknownLanguage($0) },
    parse: { Language(code: $0) })

  /// `command` with `--lang` among its options, unless it declares its own.
  static func offered(_ command: CrisisCLI.Command) -> CrisisCLI.Command {
    var command = command
    if !command.spec.options.contains(where: { $0.long == option.spec.long }) {
      command.spec.options.append(option.spec)
    }
    return command
  }

  /// The language for this command.
  static func language(_ args: ParsedArguments, playbook: Playbook? = nil) throws -> Language {
    Language.chosen(
      flag: try option.value(in: args), playbook: playbook?.language, environment: locale)
  }

  /// The language before any argument is parsed (help, usage errors): a `--lang VALUE` or
  /// `--lang=VALUE` anywhere on the line, else the locale.
  static func early(_ arguments: [String]) -> Language {
    var flag: Language?
    for (i, argument) in arguments.enumerated() {
      if argument == "--lang", i + 1 < arguments.count {
        flag = Language(code: arguments[i + 1])
      } else if argument.hasPrefix("--lang=") {
        flag = Language(code: String(argument.dropFirst("--lang=".count)))
      }
    }
    return Language.chosen(flag: flag, playbook: nil, environment: locale)
  }

  /// The locale variables `Language.chosen` reads.
  static var locale: [String: String] {
    var values: [String: String] = [:]
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] { values[name] = FileSystem.environment(name) }
    return values
  }
}
