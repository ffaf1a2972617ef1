/// Table-driven command-line parsing: each command declares its options and positionals in a
/// `CommandSpec`, and one parser handles them all the same way (`--opt value`, `--opt=value`,
/// `-o value`, `--` ends options). Hand-written because the package takes no dependencies; the
/// table is also what `crisis help COMMAND` prints, so help and parsing cannot disagree.
public struct CommandSpec: Sendable {
  public struct Option: Sendable {
    public var long: String
    public var short: Character?
    /// Nil for a flag; else the value's name in help (`DIR`, `N`).
    public var value: String?
    public var repeatable: Bool
    public var help: String

    public init(
      _ long: String, short: Character? = nil, value: String? = nil, repeatable: Bool = false,
      help: String
    ) {
      self.long = long
      self.short = short
      self.value = value
      self.repeatable = repeatable
      self.help = help
    }
  }

  public var name: String
  /// The arguments part of the usage line: `PLAYBOOK... [--json]`.
  public var synopsis: String
  public var summary: String
  public var discussion: String
  public var options: [Option]
  public var minPositionals: Int
  /// Nil for "any number".
  public var maxPositionals: Int?

  public init(
    _ name: String, synopsis: String, summary: String, discussion: String = "",
    options: [Option] = [], positionals: ClosedRange<Int> = 0...0, unlimited: Bool = false
  ) {
    self.name = name
    self.synopsis = synopsis
    self.summary = summary
    self.discussion = discussion
    self.options = options
    self.minPositionals = positionals.lowerBound
    self.maxPositionals = unlimited ? nil : positionals.upperBound
  }
}

/// What the user typed, sorted into options and positionals.
public struct ParsedArguments: Sendable, Equatable {
  public var values: [String: [String]] = [:]
  public var flags: Set<String> = []
  public var positionals: [String] = []
  public var wantsHelp = false
  /// The language the command line was parsed in (`--lang`, else the locale), for the
  /// complaints about an option's value.
  public var language: Language = .english

  public init() {}

  public func value(_ long: String) -> String? { values[long]?.last }
  public func all(_ long: String) -> [String] { values[long] ?? [] }
  public func flag(_ long: String) -> Bool { flags.contains(long) }
}

/// A mistake on the command line: printed as one line, exit code 2.
public struct UsageError: Error, Equatable, Sendable, CustomStringConvertible {
  public var message: String
  public var command: String?
  public init(_ message: String, command: String? = nil) {
    self.message = message
    self.command = command
  }
  public var description: String { message }
}

extension CommandSpec {
  /// Parses the arguments after the command name.
  public func parse(_ arguments: [String], language: Language = .english) throws(UsageError)
    -> ParsedArguments
  {
    let words = language.command
    var parsed = ParsedArguments()
    parsed.language = language
    var index = 0
    var onlyPositionals = false
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if onlyPositionals || argument == "-" || !argument.hasPrefix("-") {
        parsed.positionals.append(argument)
        continue
      }
      if argument == "--" {
        onlyPositionals = true
        continue
      }
      if argument == "--help" || argument == "-h" {
        parsed.wantsHelp = true
        continue
      }
      var name = argument
      var inlineValue: String?
      if argument.hasPrefix("--"), let eq = argument.firstIndex(of: "=") {
        name = String(argument[..<eq])
        inlineValue = String(argument[argument.index(after: eq)...])
      }
      guard let option = find(name) else {
        // A negative duration or number (`-20m`) where a positional is expected.
        if Self.looksNegative(argument) {
          parsed.positionals.append(argument)
          continue
        }
        throw unknownOption(name, words: words)
      }
      if let valueName = option.value {
        let value: String
        if let inlineValue {
          value = inlineValue
        } else if index < arguments.count {
          value = arguments[index]
          index += 1
        } else {
          throw UsageError(
            words.needsValue(option.long, value: valueName), command: self.name)
        }
        if !option.repeatable, parsed.values[option.long] != nil {
          throw UsageError(words.givenTwice(option.long), command: self.name)
        }
        parsed.values[option.long, default: []].append(value)
      } else {
        if inlineValue != nil {
          throw UsageError(words.takesNoValue(option.long), command: self.name)
        }
        parsed.flags.insert(option.long)
      }
    }
    if parsed.wantsHelp { return parsed }
    if parsed.positionals.count < minPositionals {
      throw UsageError(
        words.missingArgument(usage: "crisis \(name) \(synopsis)"), command: name)
    }
    if let max = maxPositionals, parsed.positionals.count > max {
      let extra = parsed.positionals[max]
      throw UsageError(
        words.unexpectedArgument(extra, usage: "crisis \(name) \(synopsis)"), command: name)
    }
    return parsed
  }

  private func find(_ name: String) -> Option? {
    if name.hasPrefix("--") { return options.first { $0.long == name } }
    let letters = Array(name.dropFirst())
    guard letters.count == 1 else { return nil }
    return options.first { $0.short == letters[0] }
  }

  private func unknownOption(_ name: String, words: any CommandWords) -> UsageError {
    let candidates = options.map(\.long) + ["--help"]
    let guess = EditDistance.suggestion(for: name, among: candidates)
    return UsageError(
      words.unknownOption(name, command: self.name, suggestion: guess), command: self.name)
  }

  static func looksNegative(_ argument: String) -> Bool {
    guard let second = argument.dropFirst().first else { return false }
    return second.isNumber
  }

  /// The text of `crisis help COMMAND`.
  public var helpText: String { helpText(language: .english) }

  /// The text of `crisis help COMMAND` in `language`.
  public func helpText(language: Language) -> String {
    let words = language.command
    var text =
      "\(words.summary(name, english: summary))\n\n\(words.usage): crisis \(name) \(synopsis)\n"
    if !discussion.isEmpty { text += "\n\(words.discussion(name, english: discussion))\n" }
    if !options.isEmpty {
      text += "\n\(words.options):\n"
      let rows = options.map { option -> (String, String) in
        var left = option.short.map { "-\($0), " } ?? "    "
        left += option.long
        if let value = option.value { left += " \(value)" }
        return (left, words.optionHelp(option.help))
      }
      let width = min((rows.map(\.0.count).max() ?? 0) + 2, 30)
      for (left, help) in rows {
        let padding = left.count < width ? String(repeating: " ", count: width - left.count) : "  "
        text += "  \(left)\(padding)\(help)\n"
      }
    }
    return text
  }
}
