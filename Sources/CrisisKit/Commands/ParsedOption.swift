/// An option declared together with the parser of its value, so that what the user typed is
/// checked where the option is declared, and a value that does not parse is always the same
/// kind of usage error (exit 2): `--speed takes a number above 0, got 'fast'`.
public struct ParsedOption<Value>: Sendable {
  /// The option as parsing and help know it.
  public let spec: CommandSpec.Option
  /// The value for the text, or the usage error's message when it is not one.
  private let read: @Sendable (String, any CommandWords) -> Result<Value, UsageError>

  /// `expected` completes "`--speed` takes …, got 'TEXT'".
  public init(
    _ spec: CommandSpec.Option, expecting expected: String,
    parse: @escaping @Sendable (String) -> Value?
  ) {
    self.spec = spec
    self.read = { text, words in
      parse(text).map { .success($0) }
        ?? .failure(UsageError(words.optionTakes(spec.long, expected: expected, got: text)))
    }
  }

  /// For an option whose error is better said another way ("unknown severity 'x'; use …"),
  /// in the words of the command line's language.
  public init(
    _ spec: CommandSpec.Option,
    complaint: @escaping @Sendable (String, any CommandWords) -> String,
    parse: @escaping @Sendable (String) -> Value?
  ) {
    self.spec = spec
    self.read = { text, words in
      parse(text).map { .success($0) } ?? .failure(UsageError(complaint(text, words)))
    }
  }

  /// For an option whose parser says itself why a value is refused (`--at` in the future);
  /// `complaint` words that reason in the command line's language.
  public init<Failure: Error>(
    _ spec: CommandSpec.Option, reading: @escaping @Sendable (String) -> Result<Value, Failure>,
    complaint: @escaping @Sendable (Failure, any CommandWords) -> String
  ) {
    self.spec = spec
    self.read = { text, words in
      reading(text).mapError { UsageError(complaint($0, words)) }
    }
  }

  /// The value given on the command line; nil when the option is absent.
  public func value(in arguments: ParsedArguments) throws(UsageError) -> Value? {
    guard let text = arguments.value(spec.long) else { return nil }
    return try read(text, arguments.language.command).get()
  }
}
