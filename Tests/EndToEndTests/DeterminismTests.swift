import Foundation
import Testing

/// The same log gives the same state in every process. Swift seeds its hashing per process,
/// so anything decided by dictionary order differs between runs; the fold breaks every tie by
/// `seq` instead.
@Suite struct DeterminismTests {
  /// Two steps finished at the same drill T+ (the clock is held): the last step skipped,
  /// then step 3 done. Which one finished last decides the step to open next: after step 3
  /// comes social listening; after the last step, nothing.
  @Test func stepsFinishedAtTheSameMomentGiveOneAnswerInEveryProcess() throws {
    var run = CrisisRun(stdin: "hold\ng 20\ns not needed\ng 3\nd\np\n")
    run.arguments = ["drill", "website-outage", "--speed", "60"] + WalkthroughTests.variables
    let drill = try run.run()
    #expect(drill.status == 0, "\(drill.stderr)")
    let incidents = drill.directory.appendingPathComponent("incidents")
    let name = try #require(
      try FileManager.default.contentsOfDirectory(atPath: incidents.path).first)
    let log = incidents.appendingPathComponent(name)
    // Cut the log after step 3's `step.done`, so no step is open and the fold must work out
    // which one comes next.
    var lines = try String(contentsOf: log, encoding: .utf8).split(separator: "\n").map(String.init)
    let done = try #require(lines.lastIndex { $0.contains(#""type":"step.done""#) })
    lines = Array(lines[...done])
    try (lines.joined(separator: "\n") + "\n").write(to: log, atomically: false, encoding: .utf8)

    var answers: Set<String> = []
    for _ in 0..<8 {
      var status = CrisisRun("status", "--json")
      status.directory = drill.directory
      let result = try status.run()
      #expect(result.status == 0, "\(result.stderr)")
      let json = try #require(
        try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
      let ahead = json["steps_ahead"] as? [String] ?? []
      answers.insert(ahead.first ?? "none")
    }
    #expect(answers == ["listening"])
  }
}
