import Testing

@testable import CrisisKit

/// A crash or a full disk can leave half a line at the end of the log. Readers skip it with a
/// warning; the next append seals it with a newline and continues the chain from the last
/// complete event.
@Suite struct TornLineTests {
  @Test func tornTailIsSkippedAndSealedByTheNextAppend() throws {
    let dir = try TemporaryDirectory()
    let path = dir.file("a.jsonl")
    let appended = try makeLog(at: path, count: 2)
    let torn = #"{"v":1,"seq":3,"ts":"2026-11-21T17:0"#
    Files.write(path, Array(torn.utf8), append: true)

    var seqs: [Int] = []
    let before = try IncidentLog.read(path: path) { seqs.append($0.seq) }
    #expect(seqs == [1, 2])
    #expect(before.tornLastLine == 3)
    #expect(
      before.warnings.map(\.description) == [
        "\(path):3:\(torn.count + 1): warning: torn last line (crash mid-write), ignored"
      ])

    let clock = ManualClock(incidentStart.adding(seconds: 60))
    let third = try IncidentLog(path: path).append(clock: clock) { _, now in event("note", at: now)
    }
    #expect(third.seq == 3)
    #expect(third.sealedTornLine)
    #expect(third.bytes.starts(with: Array(#"{"v":1,"seq":3,"#.utf8)))
    let lines = Files.lines(path)
    #expect(lines.count == 5)  // two events, the sealed torn line, the new event, ""
    #expect(lines[2] == Array(torn.utf8))
    #expect(lines[3] == third.bytes)

    seqs = []
    var prevs: [JSONValue?] = []
    let after = try IncidentLog.read(path: path) {
      seqs.append($0.seq)
      prevs.append($0.event["prev"])
    }
    #expect(seqs == [1, 2, 3])
    #expect(prevs.last == .string(appended[1].sha256))
    #expect(after.tornLastLine == nil)
    #expect(
      after.warnings.map(\.description) == [
        "\(path):3:\(torn.count + 1): warning: torn write (crash mid-write), skipped"
      ])

    let report = try IncidentLog.verifyChain(path: path)
    #expect(report.isIntact)
    #expect(report.eventCount == 3)
    #expect(report.warnings.count == 1)

    // The next append needs no seal.
    let fourth = try IncidentLog(path: path).append(clock: clock) { _, now in event("note", at: now)
    }
    #expect(fourth.seq == 4)
    #expect(!fourth.sealedTornLine)
    #expect(try IncidentLog.verifyChain(path: path).eventCount == 4)
  }

  /// Torn lines in a row (a crash, then a failed seal-and-append) are all skipped.
  @Test func severalTornLinesInARow() throws {
    let dir = try TemporaryDirectory()
    let path = dir.file("a.jsonl")
    let appended = try makeLog(at: path, count: 1)
    Files.write(path, Array(#"{"v":1,"seq":2,"text":"ab"#.utf8) + [0x0A], append: true)
    Files.write(path, Array(#"{"v":1,"seq":2,"#.utf8) + [0, 0, 0, 0], append: true)
    let next = try IncidentLog(path: path).append(clock: ManualClock(incidentStart)) { _, now in
      event("note", at: now)
    }
    #expect(next.seq == 2)
    #expect(next.sealedTornLine)
    let report = try IncidentLog.verifyChain(path: path)
    #expect(report.isIntact)
    #expect(report.eventCount == 2)
    #expect(report.warnings.map { $0.position?.line } == [2, 3])
    #expect(report.headHash == next.sha256)
    var prev: JSONValue?
    try IncidentLog.read(path: path) { prev = $0.event["prev"] }
    #expect(prev == .string(appended[0].sha256))
  }

  /// A write that lost only its newline left a whole event: readers still call it torn (its
  /// writer reported an error), but the next append keeps it and chains to it rather than
  /// giving the next event the same seq.
  @Test func unterminatedWholeEventIsKeptByTheNextAppend() throws {
    let dir = try TemporaryDirectory()
    let path = dir.file("a.jsonl")
    let appended = try makeLog(at: path, count: 2)
    let whole = try IncidentLog.line(
      seq: 3, fields: event("note", at: incidentStart), prev: appended[1].sha256)
    Files.write(path, whole, append: true)
    let before = try IncidentLog.read(path: path) { _ in }
    #expect(before.eventCount == 2)
    #expect(before.tornLastLine == 3)

    let next = try IncidentLog(path: path).append(clock: ManualClock(incidentStart)) { _, now in
      event("note", at: now)
    }
    #expect(next.seq == 4)
    #expect(!next.sealedTornLine)
    let report = try IncidentLog.verifyChain(path: path)
    #expect(report.isIntact)
    #expect(report.eventCount == 4)
    #expect(report.warnings.isEmpty)
  }

  @Test func aLogHoldingOnlyATornLineStartsAtSeqOne() throws {
    let dir = try TemporaryDirectory()
    let path = dir.file("a.jsonl")
    _ = try IncidentLog.create(at: path)
    Files.write(path, Array(#"{"v":1,"se"#.utf8))
    let first = try IncidentLog(path: path).append(clock: ManualClock(incidentStart)) { _, now in
      event("incident.started", at: now)
    }
    #expect(first.seq == 1)
    #expect(first.sealedTornLine)
    let report = try IncidentLog.verifyChain(path: path)
    #expect(report.isIntact)
    #expect(report.eventCount == 1)
  }

  /// A damaged line that is not a torn write stops appends: chaining past it would hide it.
  @Test func damagedLastLineStopsAppends() throws {
    let dir = try TemporaryDirectory()
    let path = dir.file("a.jsonl")
    _ = try makeLog(at: path, count: 2)
    Files.write(path, Array(#"{"v":1,"seq":3,oops}"#.utf8) + [0x0A], append: true)
    do {
      try IncidentLog(path: path).append(clock: ManualClock(incidentStart)) { _, now in
        event("note", at: now)
      }
      Issue.record("no error")
    } catch {
      #expect(
        error.description
          == "cannot append to \(path): its last event line is damaged "
          + "(unexpected 'o', expected a string key); run `crisis verify`")
    }
    do {
      try IncidentLog.read(path: path) { _ in }
      Issue.record("no error")
    } catch {
      #expect("\(error)" == "\(path):3:16: error: unexpected 'o', expected a string key")
    }
  }
}
