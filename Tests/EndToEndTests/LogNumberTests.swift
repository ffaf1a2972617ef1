import Foundation
import Testing

/// Numbers read from a log are range-checked: a `seq`, `sim` or `speed` out of range is a
/// one-line `FILE:LINE:1: error:` with exit 1 from every command that reads the log, never a
/// crash (these crashed with SIGILL on integer overflow and Double → Int conversion).
@Suite struct LogNumberTests {
  /// A paused drill with a note, written by the real binary.
  func drillLog() throws -> (dir: URL, log: URL) {
    var run = CrisisRun(stdin: "n first\np\n")
    run.arguments = ["drill", "website-outage", "--speed", "60"] + WalkthroughTests.variables
    let result = try run.run()
    #expect(result.status == 0, "\(result.stderr)")
    let incidents = result.directory.appendingPathComponent("incidents")
    let name = try #require(
      try FileManager.default.contentsOfDirectory(atPath: incidents.path).first)
    return (result.directory, incidents.appendingPathComponent(name))
  }

  /// Replaces the first match of `pattern` on line `line` (1-based).
  func edit(_ log: URL, line: Int, _ pattern: String, _ replacement: String) throws {
    var lines = try String(contentsOf: log, encoding: .utf8).split(
      separator: "\n", omittingEmptySubsequences: false
    ).map(String.init)
    let index = line > 0 ? line - 1 : lines.count - 1 + line
    let range = try #require(lines[index].range(of: pattern, options: .regularExpression))
    lines[index].replaceSubrange(range, with: replacement)
    try lines.joined(separator: "\n").write(to: log, atomically: false, encoding: .utf8)
  }

  static let cases: [(String, Int, String, String)] = [
    ("seq", -1, #""seq":[0-9]+"#, #""seq":9223372036854775807"#),
    ("sim", -1, #""sim":[-0-9.e]+"#, #""sim":9.3e18"#),
    ("sim", -1, #""sim":[-0-9.e]+"#, #""sim":1e308"#),
    ("sim", -1, #""sim":[-0-9.e]+"#, #""sim":-1e19"#),
    ("speed", 1, #""speed":[-0-9.e]+"#, #""speed":1e308"#),
  ]

  @Test(arguments: 0..<cases.count)
  func outOfRangeNumbersAreOneLineErrors(_ index: Int) throws {
    let (field, line, pattern, replacement) = Self.cases[index]
    let (dir, log) = try drillLog()
    try edit(log, line: line, pattern, replacement)
    let path = "incidents/" + log.lastPathComponent
    let commands: [[String]] = [
      ["status", path], ["status", "--json", path], ["export", path],
      ["export", "--format", "html", path], ["export", "--format", "json", path],
      ["export", "--format", "csv", path], ["replay", "--speed", "100000", path],
      ["note", "-i", path, "hello"], ["resume", path], ["resolve", path],
      ["drill", "--from-log", path],
    ]
    for arguments in commands {
      var run = CrisisRun(stdin: "p\n")
      run.arguments = arguments
      run.directory = dir
      let result = try run.run()
      let what = "\(field) → \(replacement): crisis \(arguments.joined(separator: " "))"
      // Export and replay show what came before a damaged line (exit 0, with the error as a
      // warning); everything else refuses the log.
      let showsWhatSurvived = ["export", "replay"].contains(arguments[0])
      #expect(
        result.status == 1 || (showsWhatSurvived && result.status == 0),
        "\(what): \(result.status) \(result.stderr)")
      // Replay says where it stopped in its own output.
      let said = result.stderr + result.stdout
      #expect(said.contains(".jsonl:"), "\(what): \(said)")
      #expect(said.contains("\"\(field)\""), "\(what): \(said)")
    }
  }
}
