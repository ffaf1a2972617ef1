import Testing

@testable import CrisisKit

@Suite struct CommandLineParserTests {
  let spec = CommandSpec(
    "note", synopsis: "[-i ID] TEXT...", summary: "add a note",
    options: [
      .init("--incident", short: "i", value: "ID", help: "which incident"),
      .init("--at", value: "TIME", help: "when it happened"),
      .init("--var", value: "K=V", repeatable: true, help: "a variable"),
      .init("--json", help: "JSON output"),
    ],
    positionals: 1...1, unlimited: true)

  @Test func parsesOptionsAndPositionals() throws {
    let parsed = try spec.parse([
      "-i", "abc", "--at=-20m", "hello", "--var", "a=1", "--var", "b=2", "world", "--json",
    ])
    #expect(parsed.value("--incident") == "abc")
    #expect(parsed.value("--at") == "-20m")
    #expect(parsed.all("--var") == ["a=1", "b=2"])
    #expect(parsed.flag("--json"))
    #expect(parsed.positionals == ["hello", "world"])
  }

  @Test func optionValueMayLookNegative() throws {
    let parsed = try spec.parse(["--at", "-20m", "x"])
    #expect(parsed.value("--at") == "-20m")
  }

  @Test func doubleDashEndsOptions() throws {
    #expect(try spec.parse(["--", "--json"]).positionals == ["--json"])
  }

  @Test(arguments: [
    (["--jsn", "x"], "unknown option '--jsn' for 'crisis note'; did you mean '--json'?"),
    (["x", "--at"], "option --at needs a value (TIME)"),
    ([], "missing argument: usage: crisis note [-i ID] TEXT..."),
    (["--json=1", "x"], "option --json takes no value"),
    (["-i", "a", "-i", "b", "x"], "option --incident given twice"),
  ])
  func reportsMistakes(arguments: [String], message: String) {
    #expect(throws: UsageError(message, command: "note")) { try spec.parse(arguments) }
  }

  @Test func helpWins() throws {
    #expect(try spec.parse(["--help"]).wantsHelp)
  }
}
