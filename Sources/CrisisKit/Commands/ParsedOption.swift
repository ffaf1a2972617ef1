/// An option declared together with the parser of its value, so that what the user typed is
/// checked where the option is declared, and a value that does not parse is always the same
/// kind of usage error (exit 2): `--speed takes a number above 0, got 'fast'`.
public struct ParsedOption<Value>: Sendable {
  /// The option as parsing and help know it.
  public let spec: CommandSpec.Option
  /// The value for the text, or nil when it is not one.
  private let parse: @Sendable (String) -> Value?
  /// The usage error's message for text that is not a value.
  private let complaint: @Sendable (String) -> String

  /// `expected` completes "`--speed` takes …, got 'TEXT'".
  public init(
    _ spec: CommandSpec.Option, expecting expected: String,
    parse: @escaping @Sendable (String) -> Value?
  ) {
    self.spec = spec
    self.parse = parse
    self.complaint = { "\(spec.long) takes \(expected), got '\($0)'" }
  }

  /// For an option whose error is better said another way ("unknown severity 'x'; use …").
  public init(
    _ spec: CommandSpec.Option, complaint: @escaping @Sendable (String) -> String,
    parse: @escaping @Sendable (String) -> Value?
  ) {
    self.spec = spec
    self.parse = parse
    self.complaint = complaint
  }

  /// The value given on the command line; nil when the option is absent.
  public func value(in arguments: ParsedArguments) throws(UsageError) -> Value? {
    guard let text = arguments.value(spec.long) else { return nil }
    guard let value = parse(text) else { throw UsageError(complaint(text)) }
    return value
  }
}
