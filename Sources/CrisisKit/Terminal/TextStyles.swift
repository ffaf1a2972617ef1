/// Colour and emphasis for text on a terminal, decided once per stream.
///
/// Deciding in one place keeps every screen consistent and makes "no colour" trivially
/// testable: with styles off every helper returns its argument unchanged, so a transcript
/// written to a file, a pipe or a screen reader never contains escape codes.
///
/// Each helper closes only its own attribute (bold with 22, colours with 39, …) instead of a
/// full reset, so styles nest: `styles.bold(styles.red("x") + " y")` keeps " y" bold.
public struct TextStyles: Equatable, Sendable {
  /// Whether the helpers emit SGR escape codes.
  public let isEnabled: Bool

  public init(enabled: Bool) { isEnabled = enabled }

  /// Styles that never add codes: for files, pipes and tests.
  public static let plain = TextStyles(enabled: false)

  /// Colour is on only when the stream is a terminal, `TERM` is not `dumb` and `NO_COLOR`
  /// is unset or empty (no-color.org: any non-empty value disables colour).
  public static func decide(isTerminal: Bool, environment: [String: String]) -> TextStyles {
    guard isTerminal else { return .plain }
    if environment["TERM"] == "dumb" { return .plain }
    if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .plain }
    return TextStyles(enabled: true)
  }

  public func bold(_ text: String) -> String { wrap(text, on: "1", off: "22") }
  public func dim(_ text: String) -> String { wrap(text, on: "2", off: "22") }
  public func italic(_ text: String) -> String { wrap(text, on: "3", off: "23") }
  public func underline(_ text: String) -> String { wrap(text, on: "4", off: "24") }
  public func inverse(_ text: String) -> String { wrap(text, on: "7", off: "27") }
  public func red(_ text: String) -> String { wrap(text, on: "31", off: "39") }
  public func green(_ text: String) -> String { wrap(text, on: "32", off: "39") }
  public func yellow(_ text: String) -> String { wrap(text, on: "33", off: "39") }
  public func blue(_ text: String) -> String { wrap(text, on: "34", off: "39") }
  public func magenta(_ text: String) -> String { wrap(text, on: "35", off: "39") }
  public func cyan(_ text: String) -> String { wrap(text, on: "36", off: "39") }

  private func wrap(_ text: String, on: String, off: String) -> String {
    guard isEnabled, !text.isEmpty else { return text }
    return "\u{1B}[\(on)m\(text)\u{1B}[\(off)m"
  }
}
