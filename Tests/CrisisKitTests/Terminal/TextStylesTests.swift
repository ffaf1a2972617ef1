import Testing

@testable import CrisisKit

@Suite struct TextStylesTests {
  @Test(
    arguments: [
      (true, [:], true),
      (false, [:], false),
      (true, ["TERM": "dumb"], false),
      (true, ["TERM": "xterm-256color"], true),
      (true, ["NO_COLOR": "1"], false),
      (true, ["NO_COLOR": "0"], false),  // any non-empty value disables
      (true, ["NO_COLOR": ""], true),  // empty counts as unset
      (false, ["TERM": "xterm"], false),
    ] as [(Bool, [String: String], Bool)])
  func decidesOnce(isTerminal: Bool, environment: [String: String], enabled: Bool) {
    #expect(
      TextStyles.decide(isTerminal: isTerminal, environment: environment).isEnabled == enabled)
  }

  @Test func plainStylesReturnTextUnchanged() {
    let styles = TextStyles.plain
    for style in [
      styles.bold, styles.dim, styles.red, styles.yellow, styles.green, styles.cyan,
      styles.inverse, styles.underline,
    ] {
      #expect(style("Grüße 🚀") == "Grüße 🚀")
    }
  }

  @Test func stylesCloseOnlyTheirOwnAttribute() {
    let styles = TextStyles(enabled: true)
    #expect(styles.bold("x") == "\u{1B}[1mx\u{1B}[22m")
    #expect(styles.red("x") == "\u{1B}[31mx\u{1B}[39m")
    #expect(styles.bold(styles.red("a") + "b") == "\u{1B}[1m\u{1B}[31ma\u{1B}[39mb\u{1B}[22m")
    #expect(styles.inverse("") == "")
  }
}
