import CrisisKit
import Foundation
import Testing

/// Drills and replays through the built binary.
@Suite struct DrillTests {
  func logFile(in dir: URL) throws -> URL {
    let incidents = dir.appendingPathComponent("incidents")
    let name = try #require(
      try FileManager.default.contentsOfDirectory(atPath: incidents.path).sorted().first)
    return incidents.appendingPathComponent(name)
  }

  /// The facilitator jumps the simulated clock instead of waiting, so the test is instant.
  @Test func scriptedDrillThroughInjects() throws {
    let script = """
      a 1
      d
      d
      d
      wait 9m
      m 1
      m 2
      d
      wait 10m
      n Journalist answered with the holding line
      d
      hold
      go
      x Drill over
      yes

      """
    var run = CrisisRun(stdin: script)
    run.arguments =
      ["drill", "website-outage", "--speed", "600", "--as", "facilitator"]
      + WalkthroughTests.variables
    let result = try run.run()
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("DRILL: exercise, not a real incident"))
    #expect(result.stdout.contains("INJECT: A journalist calls the press line"))
    let log = try LogCheck(path: try logFile(in: result.directory))
    #expect(log.lines.allSatisfy { $0["mode"] as? String == "drill" })
    #expect(log.lines.allSatisfy { $0["sim"] is Double || $0["sim"] is Int })
    let injects = log.events("inject")
    #expect(injects.count >= 3)
    for inject in injects {
      let sim = try #require(inject["sim"] as? Double)
      let due = try #require(Duration.parse(String((inject["due"] as? String ?? "").dropFirst(2))))
      #expect(sim >= due.secondsValue, "an inject never arrives before its time")
    }
    #expect(log.strings("message.sent", "text").allSatisfy { $0.hasPrefix("[DRILL] ") })
    #expect(log.types.contains("clock.paused") && log.types.contains("clock.resumed"))
    #expect(Array(log.types.suffix(2)) == ["incident.resolved", "scorecard"])
    let scorecard = try #require(log.lines.last)
    #expect(scorecard["decisions"] as? Int == 1)
    #expect(scorecard["first_statement_outcome"] as? String == "met")
    #expect((scorecard["injects"] as? Int ?? 0) >= 3)
    #expect(scorecard["injects_answered"] as? Int == scorecard["injects"] as? Int)
    #expect(result.stdout.contains("Drill scorecard"))
    #expect(result.stdout.contains("First public statement"))
    #expect(result.stdout.contains("Inject at T+"))
  }

  @Test func replayShowsTheIncidentInOrder() throws {
    var start = CrisisRun(
      stdin: "a 1\nn Grüße: <b>not bold</b> \u{1B}[31mred\nm 1 https://x.example/1\np\n")
    start.arguments = ["start", "website-outage", "--as", "anna"] + WalkthroughTests.variables
    let started = try start.run()
    var replay = CrisisRun("replay", try logFile(in: started.directory).path, "--speed", "1000000")
    replay.directory = started.directory
    let result = try replay.run()
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    let summaries = lines.filter { $0.hasPrefix("T+") }.map {
      $0.split(separator: " ", maxSplits: 3).last.map(String.init) ?? ""
    }
    #expect(summaries.count == 10)
    #expect(lines.first?.hasPrefix("Replay of Website or shop is down") == true)
    let order = [
      "incident started", "joined", "step opened", "decision", "step done", "step opened",
      "note: Grüße", "message posted", "left (paused)", "walkthrough paused",
    ]
    for (summary, expected) in zip(summaries, order) {
      #expect(summary.contains(expected), "\(summary)")
    }
    #expect(
      !result.stdout.contains("\u{1B}"), "escape sequences from the log never reach the screen")
    #expect(result.stdout.contains("      │ "), "the message is shown as sent")
    #expect(lines.last == "End of the recording.")
  }

  @Test func replayOfATornLogSaysSo() throws {
    var start = CrisisRun(stdin: "n one\np\n")
    start.arguments = ["start", "website-outage"] + WalkthroughTests.variables
    let started = try start.run()
    let log = try logFile(in: started.directory)
    let tornLine = try LogCheck(path: log).lines.count + 1
    let handle = try FileHandle(forWritingTo: log)
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(#"{"v":1,"seq":6,"ts":"2026-11-21T17:0"#.utf8))
    try handle.close()
    var replay = CrisisRun("replay", log.path, "--speed", "1000000")
    replay.directory = started.directory
    let result = try replay.run()
    #expect(result.status == 0)
    #expect(result.stdout.contains("torn line \(tornLine)"))
    #expect(result.stderr.contains(":\(tornLine):"))
  }

  @Test func drillFromAPastIncident() throws {
    var start = CrisisRun(stdin: "a 1\nn The CEO wants a call\nv eta 19:00\nx\n")
    start.arguments = ["start", "website-outage"] + WalkthroughTests.variables
    let past = try start.run()
    let pastLog = try logFile(in: past.directory)
    var drill = CrisisRun(stdin: "wait 1h\nx\n")
    drill.arguments =
      ["drill", "--from-log", pastLog.path, "--speed", "60"] + WalkthroughTests.variables
    drill.directory = past.directory
    let result = try drill.run()
    #expect(result.status == 0, "\(result.stderr)")
    let incidents = past.directory.appendingPathComponent("incidents")
    let names = try FileManager.default.contentsOfDirectory(atPath: incidents.path).map {
      incidents.appendingPathComponent($0)
    }
    let drillLog = try #require(
      try names.first { try LogCheck(path: $0).lines.first?["mode"] as? String == "drill" })
    let check = try LogCheck(path: drillLog)
    let titles = check.strings("inject", "title")
    #expect(titles.contains { $0.hasPrefix("Decide: Can customers see the problem?") })
    #expect(titles.contains("tester reports"))
    #expect(titles.contains { $0.hasPrefix("New information:") })
  }
}
