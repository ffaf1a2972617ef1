import Testing

@testable import CrisisKit

/// What `crisis verify` prints for an intact, an empty and a broken log.
@Suite struct ChainReportVerdictTests {
  @Test func intactNamesTheSpanAndTheHead() throws {
    let dir = try TemporaryDirectory()
    let path = dir.file("a.jsonl")
    let appended = try makeLog(at: path, count: 3)
    let verdict = try IncidentLog.verifyChain(path: path).verdict(path: path)
    #expect(verdict.intact)
    #expect(
      verdict.lines == [
        "intact: 3 events, first 2026-11-21T17:03:12.345+01:00, last 2026-11-21T17:03:14.345+01:00",
        "head: \(SHA256.hex(of: Files.lines(path)[2]))",
      ])
    #expect(appended.count == 3)
  }

  @Test func brokenNamesTheLine() throws {
    let dir = try TemporaryDirectory()
    let path = dir.file("a.jsonl")
    _ = try makeLog(at: path, count: 3)
    var lines = Files.lines(path)
    lines.remove(at: 1)
    Files.write(path, lines: lines)
    let verdict = try IncidentLog.verifyChain(path: path).verdict(path: path)
    #expect(!verdict.intact)
    #expect(
      verdict.lines == ["NOT intact: \(path) is broken at line 2 (1 events before it check out)"])
  }

  @Test func emptyIsNotIntactAndThePathIsSanitised() {
    let verdict = ChainReport().verdict(path: "in\u{1B}[2Jcidents/a.jsonl")
    #expect(!verdict.intact)
    #expect(verdict.lines == ["NOT intact: in[2Jcidents/a.jsonl has no events"])
  }
}
