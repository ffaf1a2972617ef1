import CrisisKit
import Foundation
import Testing

/// Writers killed at random moments, several at once, and a disk that fills up: afterwards
/// every log loads, `verify` passes (a torn line from a kill is allowed), and every event
/// whose command said "recorded" is in the log.
@Suite(.serialized) struct FaultTortureTests {
  /// An incident to write to, paused at its first step.
  func incident() throws -> (dir: URL, log: URL) {
    var start = CrisisRun(stdin: "p\n")
    start.arguments = ["start", "website-outage"] + WalkthroughTests.variables
    let result = try start.run()
    #expect(result.status == 0)
    let incidents = result.directory.appendingPathComponent("incidents")
    let name = try #require(
      try FileManager.default.contentsOfDirectory(atPath: incidents.path).first)
    return (result.directory, incidents.appendingPathComponent(name))
  }

  /// Starts `crisis` with `arguments` in `dir`; stdout goes to a file so a killed process's
  /// last words are kept.
  func spawn(_ arguments: [String], in dir: URL, stdin: String? = nil, output: URL) throws
    -> Process
  {
    let process = Process()
    process.executableURL = try CrisisRun.binary()
    process.arguments = arguments
    process.currentDirectoryURL = dir
    process.environment = [
      "PATH": "/usr/bin:/bin", "HOME": dir.path, "TZ": "Europe/Berlin",
      "CRISIS_PLAYBOOKS": CrisisRun.packageRoot.appendingPathComponent("Playbooks").path,
    ]
    _ = FileManager.default.createFile(atPath: output.path, contents: nil)
    process.standardOutput = try FileHandle(forWritingTo: output)
    process.standardError = FileHandle.nullDevice
    if let stdin {
      let pipe = Pipe()
      process.standardInput = pipe
      try process.run()
      pipe.fileHandleForWriting.write(Data(stdin.utf8))
      try pipe.fileHandleForWriting.close()
    } else {
      process.standardInput = FileHandle.nullDevice
      try process.run()
    }
    return process
  }

  @Test func killedWritersLoseNothingAcknowledged() throws {
    let (dir, log) = try incident()
    var acknowledged: [String] = []
    var generator = SystemRandomNumberGenerator()
    var kills = 0
    for round in 0..<100 {
      var running: [(Process, URL, String)] = []
      for writer in 0..<4 {
        let text = "note \(round)-\(writer) Grüße 🚀"
        let out = dir.appendingPathComponent("out-\(round)-\(writer).txt")
        running.append(
          (try spawn(["note", "-i", log.path, text], in: dir, output: out), out, text))
      }
      // A walkthrough writer, too: it resumes and types notes until it is killed or done.
      let walkOut = dir.appendingPathComponent("walk-\(round).txt")
      let walkNotes = (0..<5).map { "walk \(round)-\($0)" }
      let walk = try spawn(
        ["resume", log.path.split(separator: "/").last.map { String($0.dropLast(6)) } ?? ""],
        in: dir,
        stdin: walkNotes.map { "n \($0)\n" }.joined() + "p\n", output: walkOut)
      usleep(UInt32.random(in: 0...30_000, using: &generator))
      for (process, _, _) in running + [(walk, walkOut, "")] where Bool.random(using: &generator) {
        kill(process.processIdentifier, SIGKILL)
        kills += 1
      }
      for (process, out, text) in running {
        process.waitUntilExit()
        let said = (try? String(contentsOf: out, encoding: .utf8)) ?? ""
        if said.hasPrefix("✓ recorded") { acknowledged.append(text) }
      }
      walk.waitUntilExit()
      let said = (try? String(contentsOf: walkOut, encoding: .utf8)) ?? ""
      for note in walkNotes where said.contains("note: \(note)\n") { acknowledged.append(note) }
    }
    #expect(kills > 150, "the test must actually kill writers, hundreds of times")

    var verify = CrisisRun("verify", log.path)
    verify.directory = dir
    let verified = try verify.run()
    #expect(verified.status == 0, "\(verified.stdout) \(verified.stderr)")
    #expect(verified.stdout.hasPrefix("intact: "))
    let file = try IncidentFile.read(path: log.path, keepEvents: true)
    let notes = Set(
      file.events.compactMap { event -> String? in
        guard case .note(let note) = event.body else { return nil }
        return note.text
      })
    let missing = acknowledged.filter { !notes.contains($0) }
    #expect(missing.isEmpty, "acknowledged but not in the log: \(missing)")
    #expect(acknowledged.count > 100)
  }

  @Test func fullDiskIsReportedAndRetryWorks() throws {
    let (dir, log) = try incident()
    let size = try #require(
      try FileManager.default.attributesOfItem(atPath: log.path)[.size] as? Int)
    // A file-size limit (in the 512-byte blocks of POSIX sh) about 2 KiB above the log: a few
    // notes fit, then writes fail.
    let blocks = size / 512 + 4
    let note = String(repeating: "Füllung ", count: 40)
    let script = (0..<12).map { "n \($0) \(note)\n" }.joined() + "l\np\n"
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = [
      "-c", "ulimit -f \(blocks); exec \"$0\" resume", try CrisisRun.binary().path,
    ]
    process.currentDirectoryURL = dir
    process.environment = ["PATH": "/usr/bin:/bin", "HOME": dir.path]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = output
    try process.run()
    input.fileHandleForWriting.write(Data(script.utf8))
    try input.fileHandleForWriting.close()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(text.contains("NOT recorded"), "\(text)")
    #expect(text.contains("File too large"))
    #expect(
      text.contains("> 1. Confirm the outage"),
      "the walkthrough stays where it was and still answers")
    let raw = try Data(contentsOf: log)
    #expect(raw.last == UInt8(ascii: "\n"), "no half line left behind")
    let recorded = text.components(separatedBy: "\n").filter {
      $0.contains("✓ recorded") && $0.contains("note: ")
    }.count
    let before = try IncidentFile.read(path: log.path, keepEvents: true)
    #expect(before.warnings.isEmpty, "no torn line anywhere")
    #expect(before.events.filter { $0.type == .note }.count == recorded)

    var retry = CrisisRun("note", "-i", log.path, "space is back")
    retry.directory = dir
    #expect(try retry.run().status == 0)
    var verify = CrisisRun("verify", log.path)
    verify.directory = dir
    let verified = try verify.run()
    #expect(verified.status == 0)
    #expect(verified.stderr.isEmpty, "no torn line: \(verified.stderr)")
  }
}
