import Testing

@testable import CrisisKit

/// Every kind of error a command throws, and the one text, stream and exit code it becomes.
@Suite struct ExitReportTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var error: any Error & Sendable
    var command: String?
    var text: String
    var code: Int32
    var testDescription: String { text.isEmpty ? "exit \(code)" : text }
  }

  static let cases: [Case] = [
    Case(
      error: UsageError("--speed takes a number above 0, got 'x'"), command: "drill",
      text: "crisis: error: --speed takes a number above 0, got 'x' (see 'crisis help drill')\n",
      code: 2),
    Case(
      error: UsageError("unknown command 'strat'"), command: nil,
      text: "crisis: error: unknown command 'strat' (see 'crisis --help')\n", code: 2),
    Case(
      error: UsageError("option --as given twice", command: "note"), command: "start",
      text: "crisis: error: option --as given twice (see 'crisis help note')\n", code: 2),
    Case(
      error: CommandFailure.input("x is already resolved"), command: "resolve",
      text: "crisis: error: x is already resolved\n", code: 1),
    Case(error: CommandFailure.shown, command: "lint", text: "", code: 1),
    Case(error: CommandFailure.interrupted, command: "start", text: "", code: 130),
    Case(
      error: Diagnostic(.error, file: "a.yml", at: SourcePosition(line: 3, column: 7), "bad"),
      command: "convert", text: "a.yml:3:7: error: bad\n", code: 1),
    Case(
      error: FileSystem.Failure(path: "nope.yml", reason: "cannot open: No such file"),
      command: "convert", text: "nope.yml: error: cannot open: No such file\n", code: 1),
    Case(
      error: IncidentSelection.Failure.noneOpen, command: "status",
      text: "crisis: error: no open incident; name one (crisis list shows them all)\n", code: 1),
    Case(
      error: IncidentSelection.Failure.unreadable(["a.jsonl:2:1: error: x", "b.jsonl: error: y"]),
      command: "status", text: "a.jsonl:2:1: error: x\nb.jsonl: error: y\n", code: 1),
    Case(
      error: IncidentFile.Failure.content(
        Diagnostic(.error, file: "i/a.jsonl", at: nil, "the log has no events")),
      command: "note", text: "i/a.jsonl: error: the log has no events\n", code: 1),
    Case(
      error: IncidentFile.Failure.log(.incidentExists(path: "i/a.jsonl")), command: "start",
      text: "crisis: error: incident log i/a.jsonl already exists; incident ids must be unique\n",
      code: 1),
    Case(
      error: LogError.damaged(
        Diagnostic(.error, file: "i/a.jsonl", at: SourcePosition(line: 5, column: 1), "bad prev")),
      command: "verify", text: "i/a.jsonl:5:1: error: bad prev\n", code: 1),
    Case(
      error: LogMerge.Failure.noEvents("a.jsonl"), command: "merge",
      text: "crisis: error: a.jsonl has no events\n", code: 1),
    Case(
      error: InvalidPlaybook(
        path: "p.yml",
        diagnostics: [
          Diagnostic(.error, file: "p.yml", at: SourcePosition(line: 1, column: 1), "x")
        ]
      ),
      command: "start",
      text:
        "p.yml:1:1: error: x\ncrisis: error: p.yml has errors; fix them (crisis lint p.yml) first\n",
      code: 1),
  ]

  @Test(arguments: cases) func errorBecomesOneReport(_ c: Case) {
    let report = ExitReport(c.error, command: c.command)
    #expect(report.text == c.text)
    #expect(report.code == c.code)
    #expect(report.stream == .standardError)
  }

  @Test func helpGoesToStandardOutputWithZero() {
    let report = ExitReport(CleanExit("Usage: crisis lint\n"), command: "lint")
    #expect(report == ExitReport(text: "Usage: crisis lint\n", stream: .standardOutput, code: 0))
  }

  /// A name or an id quoted in an error comes from outside: no escape reaches the terminal.
  @Test func everyErrorLineIsSanitised() {
    let report = ExitReport(
      CommandFailure.input("\u{1B}]52;c;ZXZpbA==\u{07}x\u{202E}y is resolved"))
    #expect(report.text == "crisis: error: ]52;c;ZXZpbA==xy is resolved\n")
  }

  @Test func anyOtherErrorIsAnInputError() {
    struct Odd: Error, CustomStringConvertible { var description: String { "odd" } }
    #expect(
      ExitReport(Odd()) == ExitReport(text: "crisis: error: odd\n", stream: .standardError, code: 1)
    )
  }
}
