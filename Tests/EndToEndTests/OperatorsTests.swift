import Foundation
import Testing

/// Several consoles on one incident on one machine (issue 13): each collision, with two
/// scripted consoles typing into the same incident.
@Suite struct OperatorsTests {
  let directory: URL

  init() throws { directory = try CrisisRun.makeDirectory() }

  func log() throws -> LogCheck {
    let incidents = directory.appendingPathComponent("incidents")
    let name = try #require(
      try FileManager.default.contentsOfDirectory(atPath: incidents.path)
        .filter { $0.hasSuffix(".jsonl") }.sorted().first)
    return try LogCheck(path: incidents.appendingPathComponent(name))
  }

  /// anna starts the website outage; ben resumes it from a second terminal and joins.
  func twoConsoles() throws -> (InteractiveRun, InteractiveRun) {
    let anna = try InteractiveRun(
      "anna", ["start", "website-outage", "--as", "anna"] + WalkthroughTests.variables,
      in: directory)
    anna.waitFor("confirm> ")
    let ben = try InteractiveRun("ben", ["resume", "--as", "ben"], in: directory)
    ben.waitFor("confirm> ")
    anna.waitFor("ben: joined")
    return (anna, ben)
  }

  @Test func secondResumeJoinsAndIsTold() throws {
    let (anna, ben) = try twoConsoles()
    #expect(ben.stdout.contains("joining: anna is on this incident since"))
    #expect(!ben.stdout.contains("resumed"), "the incident never stopped")
    #expect(anna.finish() == 0)
    #expect(ben.finish() == 0)
    let types = try log().types
    #expect(!types.contains("incident.resumed"))
    #expect(types.filter { $0 == "operator.joined" }.count == 2)
  }

  @Test func bothDoneTheSameStepGivesOneStepDone() throws {
    let (anna, ben) = try twoConsoles()
    anna.send("a visible")
    anna.waitFor("kickoff> ")
    ben.waitFor("anna: step opened")
    // ben's console keeps its own focus on the step anna finished until he presses Enter.
    ben.send("")
    ben.waitFor("kickoff> ")
    // Both type `d` on kickoff, as close together as the test can make it.
    anna.send("d")
    ben.send("d")
    // Either may be first: the other is refused, naming who did it.
    let deadline = Date().addingTimeInterval(10)
    while Date() < deadline,
      !(anna.stdout + ben.stdout).contains("was already done")
    {
      Thread.sleep(forTimeInterval: 0.02)
    }
    #expect((anna.stdout + ben.stdout).contains("was already done"))
    #expect(anna.finish() == 0)
    #expect(ben.finish() == 0)
    let done = try log().strings("step.done", "step")
    #expect(done.filter { $0 == "kickoff" }.count == 1, "\(done)")
  }

  @Test func oppositeAnswersGiveOneDecision() throws {
    let (anna, ben) = try twoConsoles()
    anna.send("a visible")
    ben.send("a internal-only")
    anna.waitFor("> ", count: 2)
    ben.waitFor("> ", count: 2)
    let outputs = anna.stdout + ben.stdout
    #expect(anna.finish() == 0)
    #expect(ben.finish() == 0)
    let log = try log()
    let answers = log.strings("decision", "answer")
    #expect(answers.count == 1, "\(answers)")
    let answer = try #require(answers.first)
    let winner = answer == "visible" ? "anna" : "ben"
    #expect(outputs.contains("already answered by \(winner) at"), "\(outputs)")
    #expect(outputs.contains(answer))
  }

  @Test func resolveFromAThirdTerminalEndsBothConsoles() throws {
    let (anna, ben) = try twoConsoles()
    var resolve = CrisisRun("resolve", "--as", "carl", "--summary", "shop back")
    resolve.directory = directory
    let resolved = try resolve.run()
    #expect(resolved.status == 0, "\(resolved.stderr)")
    anna.waitFor("Resolved by carl at")
    ben.waitFor("Resolved by carl at")
    #expect(anna.stdout.contains("shop back"))
    #expect(anna.finish(closingInput: false) == 0)
    #expect(ben.finish(closingInput: false) == 0)
    #expect(try log().types.last == "incident.resolved", "nothing is written after it")
    // And nothing more may be written to it.
    var note = CrisisRun("note", "too late")
    note.directory = directory
    let refused = try note.run()
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("resolved by carl"), "\(refused.stderr)")
  }

  @Test func ctrlDInOneConsoleLeavesWithoutPausing() throws {
    let (anna, ben) = try twoConsoles()
    #expect(ben.finish() == 0)
    #expect(ben.stdout.contains("anna is still on this incident"))
    anna.waitFor("ben: left")
    var log = try log()
    #expect(log.types.last == "operator.left")
    #expect(!log.types.contains("incident.paused"))
    #expect(anna.finish() == 0)
    log = try self.log()
    #expect(Array(log.types.suffix(2)) == ["operator.left", "incident.paused"])
  }

  @Test func aNoteFromAnotherTerminalShowsWithinASecond() throws {
    let anna = try InteractiveRun(
      "anna", ["start", "website-outage", "--as", "anna"] + WalkthroughTests.variables,
      in: directory)
    anna.waitFor("confirm> ")
    var note = CrisisRun("note", "--as", "carl", "hoster says: DDoS")
    note.directory = directory
    let noted = try note.run()
    #expect(noted.status == 0, "\(noted.stderr)")
    // Ticks come every second; allow for a slow machine, but far less than a human wait.
    anna.waitFor("carl: note: hoster says: DDoS", seconds: 3)
    #expect(anna.finish() == 0)
  }

  @Test func resumeWithoutAsKeepsTheRememberedName() throws {
    var start = CrisisRun(stdin: "p\n")
    start.arguments = ["start", "website-outage", "--as", "anna"] + WalkthroughTests.variables
    start.directory = directory
    #expect(try start.run().status == 0)
    var resume = CrisisRun("resume", stdin: "p\n")
    resume.directory = directory
    let resumed = try resume.run()
    #expect(resumed.status == 0, "\(resumed.stderr)")
    let log = try log()
    #expect(log.events("incident.resumed").first?["actor"] as? String == "anna")
    #expect(!log.lines.contains { $0["actor"] as? String == "tester" })
    let saved = directory.appendingPathComponent(".config/crisis/operator-name")
    let mode = try FileManager.default.attributesOfItem(atPath: saved.path)[.posixPermissions]
    #expect((mode as? NSNumber)?.intValue == 0o600)
  }
}
