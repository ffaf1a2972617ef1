import CrisisKit
import Foundation
import Testing

/// `crisis start --since` and `crisis drill --since`: the incident became known before the
/// command was typed; T+ and every deadline count from then.
@Suite struct SinceTests {
  static let playbook = """
    playbook: late
    title: Found out late
    roles: { comms: { title: Communications } }
    steps:
      - { id: first-post, title: First public statement, role: comms, due: 15m }
      - { id: press, title: Answer the press, role: comms, due: 30m }

    """

  /// Runs `arguments` in `directory` (a new one when nil) with the playbook in it.
  static func run(_ arguments: [String], in directory: URL? = nil) throws -> CrisisRun.Result {
    var run = CrisisRun(stdin: "", files: ["late.yml": playbook])
    run.arguments = arguments
    run.directory = directory
    return try run.run()
  }

  static func status(in directory: URL) throws -> [String: Any] {
    let result = try run(["status", "--json"], in: directory)
    #expect(result.status == 0, "\(result.stderr)")
    return try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
  }

  static func log(in directory: URL) throws -> LogCheck {
    let incidents = directory.appendingPathComponent("incidents")
    let name = try #require(
      try FileManager.default.contentsOfDirectory(atPath: incidents.path).first {
        $0.hasSuffix(".jsonl")
      })
    return try LogCheck(path: incidents.appendingPathComponent(name))
  }

  @Test func startTwentyMinutesLateMakesTheFifteenMinuteStepOverdueAtOnce() throws {
    let started = try Self.run(["start", "late.yml", "--since", "-20m", "--as", "anna"])
    #expect(started.status == 0, "\(started.stderr)")
    #expect(started.stdout.contains("was due at T+15m"), "\(started.stdout)")

    let status = try Self.status(in: started.directory)
    let elapsed = try #require(status["elapsed_seconds"] as? Int)
    #expect(elapsed >= 1200 && elapsed < 1300, "\(elapsed)")
    #expect(status["overdue_steps"] as? [String] == ["first-post"])

    let log = try Self.log(in: started.directory)
    let first = try #require(log.lines.first)
    let since = try #require((first["since"] as? String).flatMap(Timestamp.parse))
    let ts = try #require((first["ts"] as? String).flatMap(Timestamp.parse))
    #expect(abs(since.seconds(until: ts) - 1200) < 2)
    #expect(status["started"] as? String == first["since"] as? String)
    let reminders = log.events("reminder").filter { $0["kind"] as? String == "deadline" }
    #expect(reminders.compactMap { $0["step"] as? String } == ["first-post"])
  }

  @Test func drillClockStartsTwentyMinutesIn() throws {
    let started = try Self.run(["drill", "late.yml", "--since", "-20m", "--speed", "60"])
    #expect(started.status == 0, "\(started.stderr)")
    #expect(started.stdout.contains("T+20m"), "\(started.stdout)")
    let log = try Self.log(in: started.directory)
    let sim = try #require(log.lines.first?["sim"] as? Double)
    #expect(sim >= 1200 && sim < 1202, "\(sim)")
    let status = try Self.status(in: started.directory)
    let elapsed = try #require(status["elapsed_seconds"] as? Int)
    #expect(elapsed >= 1200 && elapsed < 1300, "\(elapsed)")
    #expect(status["overdue_steps"] as? [String] == ["first-post"])
  }

  /// A T0 in the future or weeks back is a usage error, one line, and no log is created.
  @Test(arguments: ["-31d", "2099-01-01T00:00:00Z", "yesterday"])
  func refusedBeforeAnythingIsWritten(_ since: String) throws {
    for command in ["start", "drill"] {
      let result = try Self.run([command, "late.yml", "--since", since])
      #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
      #expect(result.stderr.hasPrefix("crisis: error: --since "), "\(result.stderr)")
      #expect(result.stderr.contains("'\(since)'"))
      #expect(result.stderr.split(separator: "\n").count == 1)
      #expect(result.stdout.isEmpty)
      let incidents = result.directory.appendingPathComponent("incidents")
      #expect(!FileManager.default.fileExists(atPath: incidents.path))
    }
  }

  @Test func helpSaysWhatItDoes() throws {
    for command in ["start", "drill"] {
      let help = try Self.run(["help", command])
      #expect(help.stdout.contains("--since TIME"))
      #expect(help.stdout.contains("at most 30"))
    }
  }
}
