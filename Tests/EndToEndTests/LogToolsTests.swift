import CrisisKit
import Foundation
import Testing

/// verify and merge on logs written by the real binary.
@Suite struct LogToolsTests {
  /// A short incident: started, a decision, a message, a note, paused.
  func incident() throws -> (CrisisRun.Result, URL) {
    var run = CrisisRun(stdin: "a 1\nn first note\nm 1\np\n")
    run.arguments = ["start", "website-outage", "--as", "anna"] + WalkthroughTests.variables
    let result = try run.run()
    #expect(result.status == 0, "\(result.stderr)")
    let dir = result.directory.appendingPathComponent("incidents")
    let name = try #require(try FileManager.default.contentsOfDirectory(atPath: dir.path).first)
    return (result, dir.appendingPathComponent(name))
  }

  func verify(_ url: URL, in dir: URL) throws -> CrisisRun.Result {
    var run = CrisisRun("verify", url.path)
    run.directory = dir
    return try run.run()
  }

  func lines(_ url: URL) throws -> [Data] {
    try Data(contentsOf: url).split(separator: UInt8(ascii: "\n")).map { Data($0) }
  }

  func write(_ lines: [Data], to url: URL) throws {
    var data = Data()
    for line in lines {
      data.append(line)
      data.append(UInt8(ascii: "\n"))
    }
    try data.write(to: url)
  }

  @Test func verifyReportsIntact() throws {
    let (result, log) = try incident()
    let ok = try verify(log, in: result.directory)
    #expect(ok.status == 0)
    // incident.started, operator.joined, step.started, … operator.left, incident.paused
    #expect(ok.stdout.hasPrefix("intact: 10 events, first 20"), "\(ok.stdout)")
  }

  @Test func verifyCatchesAOneByteEdit() throws {
    let (result, log) = try incident()
    var all = try lines(log)
    var line = all[3]
    let index = try #require(line.firstRange(of: Data("anna".utf8)))
    line[index.lowerBound] = UInt8(ascii: "A")
    all[3] = line
    try write(all, to: log)
    let bad = try verify(log, in: result.directory)
    #expect(bad.status == 1)
    #expect(bad.stderr.contains(":5:1: error: prev does not match the hash of line 4"))
  }

  @Test func verifyCatchesADeletedLine() throws {
    let (result, log) = try incident()
    var all = try lines(log)
    all.remove(at: 4)
    try write(all, to: log)
    let bad = try verify(log, in: result.directory)
    #expect(bad.status == 1)
    #expect(bad.stderr.contains(":5:1: error:"))
  }

  @Test func verifyCatchesSwappedLines() throws {
    let (result, log) = try incident()
    var all = try lines(log)
    all.swapAt(5, 6)
    try write(all, to: log)
    let bad = try verify(log, in: result.directory)
    #expect(bad.status == 1)
    #expect(bad.stderr.contains(":6:1: error:"))
  }

  @Test func mergeTwoRespondersLogs() throws {
    let (result, log) = try incident()
    let dir = result.directory
    let copy = dir.appendingPathComponent("support.jsonl")
    try FileManager.default.copyItem(at: log, to: copy)
    for (path, who, text) in [
      (log.path, "anna", "Comms: X thread growing"), (copy.path, "ben", "Support: hotline full"),
    ] {
      var note = CrisisRun("note", "-i", path, "--as", who, text)
      note.directory = dir
      #expect(try note.run().status == 0)
    }
    let before = try Data(contentsOf: log)
    var merge = CrisisRun("merge", log.path, copy.path, "-o", "merged.jsonl")
    merge.directory = dir
    let merged = try merge.run()
    #expect(merged.status == 0, "\(merged.stderr)")
    #expect(merged.stdout.contains("10 duplicates dropped"), "\(merged.stdout)")
    #expect(try Data(contentsOf: log) == before, "inputs are never modified")
    let check = try LogCheck(path: dir.appendingPathComponent("merged.jsonl"))
    #expect(check.lines.count == 12)
    #expect(
      check.strings("note", "text") == [
        "first note", "Comms: X thread growing", "Support: hotline full",
      ])
    let sources = try #require(check.lines.first?["merged_from"] as? [[String: String]])
    #expect(sources.map { $0["path"] } == [log.path, copy.path])
    #expect(sources.first?["sha256"] == SHA256.hex(of: Array(before)))

    let again = try merge.run()
    #expect(again.status == 1)
    #expect(again.stderr.contains("already exists"))
  }

  @Test func mergeRefusesDifferentIncidents() throws {
    let (first, log1) = try incident()
    let (_, log2) = try incident()
    var merge = CrisisRun("merge", log1.path, log2.path, "-o", "m.jsonl")
    merge.directory = first.directory
    let result = try merge.run()
    #expect(result.status == 1)
    #expect(result.stderr.contains("belong to different incidents"))
  }
}
