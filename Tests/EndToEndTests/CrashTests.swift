import CrisisKit
import Foundation
import Testing

/// A walkthrough killed without warning (SIGKILL: no handler runs) loses nothing that was
/// reported as recorded, and `crisis resume` continues from the log.
@Suite struct CrashTests {
  /// Waits until `condition` holds on the log's text, polling; fails after `limit` seconds.
  /// This waits for the other process to get there, not for time to pass.
  func waitUntil(limit: Double = 20, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(limit)
    while Date() < deadline {
      if condition() { return true }
      usleep(10_000)
    }
    return false
  }

  @Test func killedWalkthroughResumesWithNothingLost() throws {
    let dir = try CrisisRun.makeDirectory()
    let process = Process()
    process.executableURL = try CrisisRun.binary()
    process.arguments = ["start", "website-outage", "--as", "anna"] + WalkthroughTests.variables
    process.currentDirectoryURL = dir
    process.environment = [
      "PATH": "/usr/bin:/bin", "HOME": dir.path, "TZ": "Europe/Berlin",
      "CRISIS_PLAYBOOKS": CrisisRun.packageRoot.appendingPathComponent("Playbooks").path,
    ]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = output
    try process.run()
    input.fileHandleForWriting.write(Data("a 1\nm 1\nd\nd\nd\nm 1 https://status.example/1\n".utf8))

    let incidents = dir.appendingPathComponent("incidents")
    // Only real logs: `start` briefly writes a hidden probe file to test the directory.
    func logs() -> [String] {
      ((try? FileManager.default.contentsOfDirectory(atPath: incidents.path)) ?? [])
        .filter { !$0.hasPrefix(".") && $0.hasSuffix(".jsonl") }
    }
    #expect(waitUntil { logs().count == 1 })
    let name = try #require(logs().first)
    let logURL = incidents.appendingPathComponent(name)
    #expect(
      waitUntil {
        (try? String(contentsOf: logURL, encoding: .utf8))?.contains("https://status.example/1")
          == true
      })
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    #expect(process.terminationReason == .uncaughtSignal)
    let before = try LogCheck(path: logURL)
    #expect(before.types.last == "message.sent")

    var status = CrisisRun("status", "--json")
    status.directory = dir
    let statusResult = try status.run()
    #expect(statusResult.status == 0, "\(statusResult.stderr)")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(statusResult.stdout.utf8)) as? [String: Any])
    #expect(json["current_step"] as? String == "holding")
    #expect(json["status"] as? String == "open")
    #expect(json["events"] as? Int == before.lines.count)

    var resume = CrisisRun("resume", "--as", "ben", stdin: "m 2 https://x.example/2\nd\np\n")
    resume.directory = dir
    let resumed = try resume.run()
    #expect(resumed.status == 0, "\(resumed.stderr)")
    let after = try LogCheck(path: logURL)
    // The killed console never wrote operator.left; its pid is gone, so ben resumes (not
    // joins) and pausing pauses.
    #expect(after.lines.count == before.lines.count + 7)
    #expect(
      Array(after.types.suffix(7)) == [
        "incident.resumed", "operator.joined", "message.sent", "step.done", "step.started",
        "operator.left", "incident.paused",
      ])
    #expect(
      after.strings("message.sent", "url") == ["https://status.example/1", "https://x.example/2"])
    #expect(after.lines.suffix(7).allSatisfy { $0["actor"] as? String == "ben" })

    let final = try status.run()
    let finalJSON = try #require(
      try JSONSerialization.jsonObject(with: Data(final.stdout.utf8)) as? [String: Any])
    #expect(finalJSON["current_step"] as? String == "maintenance")
    #expect(finalJSON["status"] as? String == "paused")
    #expect(finalJSON["events"] as? Int == after.lines.count)
  }

  @Test func noteFromAnotherTerminalWhileTheWalkthroughWaits() throws {
    var start = CrisisRun(stdin: "")
    start.arguments = ["start", "website-outage"] + WalkthroughTests.variables
    let started = try start.run()
    var note = CrisisRun("note", "--at", "-20m", "Server room called: power cut since 16:40")
    note.directory = started.directory
    let noted = try note.run()
    #expect(noted.status == 0, "\(noted.stderr)")
    #expect(noted.stdout.hasPrefix("✓ recorded"))
    let dir = started.directory.appendingPathComponent("incidents")
    let name = try #require(try FileManager.default.contentsOfDirectory(atPath: dir.path).first)
    let log = try LogCheck(path: dir.appendingPathComponent(name))
    let event = try #require(log.events("note").first)
    let atText = try #require(event["at"] as? String)
    let tsText = try #require(event["ts"] as? String)
    let at = try #require(Timestamp.parse(atText))
    let ts = try #require(Timestamp.parse(tsText))
    #expect(abs(at.seconds(until: ts) - 1200) < 2)
  }
}
