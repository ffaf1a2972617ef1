import Testing

@testable import CrisisKit

@Suite struct ParsedOptionTests {
  static let speed = ParsedOption<Double>(
    .init("--speed", value: "N", help: "how fast"), expecting: "a number above 0",
    parse: { Double($0).flatMap { $0 > 0 ? $0 : nil } })

  func arguments(_ words: String...) throws -> ParsedArguments {
    try CommandSpec("replay", synopsis: "", summary: "", options: [Self.speed.spec]).parse(words)
  }

  @Test func absentIsNil() throws {
    #expect(try Self.speed.value(in: arguments()) == nil)
  }

  @Test func parsedValue() throws {
    #expect(try Self.speed.value(in: arguments("--speed", "2.5")) == 2.5)
    #expect(try Self.speed.value(in: arguments("--speed=10")) == 10)
  }

  @Test(arguments: ["fast", "0", "-1", ""]) func badValueIsAUsageError(_ text: String) throws {
    let args = try arguments("--speed", text)
    #expect(throws: UsageError("--speed takes a number above 0, got '\(text)'")) {
      try Self.speed.value(in: args)
    }
  }

  /// The complaint speaks the language the command line was parsed in (`--lang`, else the
  /// locale).
  @Test func aGermanCommandLineComplainsInGerman() throws {
    let spec = CommandSpec("replay", synopsis: "", summary: "", options: [Self.speed.spec])
    let args = try spec.parse(["--speed", "fast"], language: .german)
    #expect(throws: UsageError("--speed erwartet eine Zahl über 0, nicht 'fast'")) {
      try Self.speed.value(in: args)
    }
    let severity = ParsedOption<Severity>(
      .init("--severity", value: "LEVEL", help: ""),
      complaint: { $1.unknownSeverity($0) }, parse: { Severity(rawValue: $0) })
    var german = ParsedArguments()
    german.language = .german
    german.values["--severity"] = ["huge"]
    #expect(
      throws: UsageError("unbekannter Schweregrad 'huge'; low, medium, high oder critical angeben")
    ) { try severity.value(in: german) }
  }

  @Test func ownComplaint() throws {
    let severity = ParsedOption<Severity>(
      .init("--severity", value: "LEVEL", help: ""),
      complaint: { text, _ in "unknown severity '\(text)'" },
      parse: { Severity(rawValue: $0.lowercased()) })
    var args = ParsedArguments()
    args.values["--severity"] = ["Critical"]
    #expect(try severity.value(in: args) == .critical)
    args.values["--severity"] = ["huge"]
    #expect(throws: UsageError("unknown severity 'huge'")) { try severity.value(in: args) }
  }
}
