import Testing

@testable import CrisisKit

/// Issue 10, item 11: only the very last line may be torn. A torn line in the middle stands
/// only when the append that sealed it off recorded its hash (`sealed`); an inserted one is
/// damage, for `verify` and for every reader.
@Suite struct SealedTornLineTests {
  /// The log of the issue: a line cut short inserted between two events.
  @Test func anInsertedTornLineIsDamage() throws {
    let dir = try TemporaryDirectory()
    let path = dir.file("a.jsonl")
    _ = try makeLog(at: path, count: 3)
    var lines = Files.lines(path).dropLast()
    lines.insert(Array(#"{"v":1,"seq":2,"type":"note","text":"INSERTED"#.utf8), at: 1)
    Files.write(path, lines: Array(lines))

    let report = try IncidentLog.verifyChain(path: path)
    #expect(!report.isIntact)
    #expect(report.problem?.position?.line == 2)
    #expect(report.problem?.message.contains("cut short but is not the last line") == true)
    #expect(throws: LogError.self) { try IncidentLog.read(path: path) { _ in } }
  }

  /// A crash leaves a torn line; the next append seals it off and records its hash: verify
  /// says intact (with the warning), readers skip it.
  @Test func aSealedTornLineIsATornWrite() throws {
    let dir = try TemporaryDirectory()
    let path = dir.file("a.jsonl")
    _ = try makeLog(at: path, count: 2)
    Files.write(path, Array(#"{"v":1,"seq":3,"ts":"2026-11-21T17"#.utf8), append: true)
    let log = IncidentLog(path: path)
    let clock = ManualClock(incidentStart.adding(seconds: 10))
    let sealed = try log.append(clock: clock) { _, now in event("note", at: now) }
    #expect(sealed.sealedTornLine)
    #expect(String(decoding: sealed.bytes, as: UTF8.self).contains(#""sealed":""#))
    try log.append(clock: clock) { _, now in event("note", at: now) }

    let report = try IncidentLog.verifyChain(path: path)
    #expect(report.isIntact, "\(String(describing: report.problem))")
    #expect(report.eventCount == 4)
    #expect(report.warnings.map { $0.position?.line } == [3])
    var seqs: [Int] = []
    try IncidentLog.read(path: path) { seqs.append($0.seq) }
    #expect(seqs == [1, 2, 3, 4])
  }

  /// Two torn lines in a row (a crash, then another during the append that would have sealed
  /// it): the next append vouches for both.
  @Test func twoTornLinesAreSealedTogether() throws {
    let dir = try TemporaryDirectory()
    let path = dir.file("a.jsonl")
    _ = try makeLog(at: path, count: 1)
    Files.write(path, Array("{\"v\":1,\"seq\":2,\"t\n{\"v\":1,\"se".utf8), append: true)
    let log = IncidentLog(path: path)
    try log.append(clock: ManualClock(incidentStart)) { _, now in event("note", at: now) }
    let report = try IncidentLog.verifyChain(path: path)
    #expect(report.isIntact, "\(String(describing: report.problem))")
    #expect(report.warnings.map { $0.position?.line } == [2, 3])
  }

  /// A torn line whose newline made it to disk (no seal needed) is still vouched for.
  @Test func aTerminatedTornLineIsSealedToo() throws {
    let dir = try TemporaryDirectory()
    let path = dir.file("a.jsonl")
    _ = try makeLog(at: path, count: 1)
    Files.write(path, Array("{\"v\":1,\"seq\":2,\"t\n".utf8), append: true)
    let log = IncidentLog(path: path)
    try log.append(clock: ManualClock(incidentStart)) { _, now in event("note", at: now) }
    let report = try IncidentLog.verifyChain(path: path)
    #expect(report.isIntact, "\(String(describing: report.problem))")
  }

  /// The torn last line stays a warning, as before.
  @Test func aTornLastLineIsAWarning() throws {
    let dir = try TemporaryDirectory()
    let path = dir.file("a.jsonl")
    _ = try makeLog(at: path, count: 2)
    Files.write(path, Array(#"{"v":1,"seq":3,"ts":"#.utf8), append: true)
    let report = try IncidentLog.verifyChain(path: path)
    #expect(report.isIntact)
    #expect(report.tornLastLine == 3)
  }
}
