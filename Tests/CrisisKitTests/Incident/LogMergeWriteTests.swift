import Testing

@testable import CrisisKit

/// `crisis merge`: two responders' logs of one incident become one new, verifiable log.
@Suite struct LogMergeWriteTests {
  @Test func mergedLogHasAFreshChainAndEveryEvent() throws {
    let dir = try TemporaryDirectory()
    let clock = ManualClock(incidentStart)
    let opened = try ShippedPlaybook("website-outage").opening().open(
      in: dir.path, clock: clock, actor: "anna", random: 5)
    // The support lead copied the log to a laptop and kept writing there.
    let copy = dir.file("copy.jsonl")
    Files.write(copy, Files.read(opened.path))
    clock.advance(seconds: 10)
    _ = try IncidentFile.read(path: opened.path).append(
      EventDraft(.note, [("text", .string("from anna"))]), actor: "anna", clock: clock)
    clock.advance(seconds: 10)
    _ = try IncidentFile.read(path: copy).append(
      EventDraft(.note, [("text", .string("from ben"))]), actor: "ben", clock: clock)

    let (first, firstWarnings) = try LogMerge.Source.read(path: opened.path)
    let (second, _) = try LogMerge.Source.read(path: copy)
    #expect(firstWarnings.isEmpty)
    #expect(first.sha256 == SHA256.hex(of: Files.read(opened.path)))
    let merged = try LogMerge.merge([first, second]).get()
    let output = dir.file("merged.jsonl")
    try LogMerge.write(merged, to: output)

    let report = try IncidentLog.verifyChain(path: output)
    #expect(report.problem == nil)
    #expect(report.eventCount == 3)
    let file = try IncidentFile.read(path: output, keepEvents: true)
    #expect(file.events.map(\.seq) == [1, 2, 3])
    #expect(file.state.notes.map(\.text) == ["from anna", "from ben"])
    #expect(file.events.map(\.actor) == ["anna", "anna", "ben"])
    #expect(file.events[2].ts == incidentStart.adding(seconds: 20))
    guard case .array(let sources)? = file.events[0].value("merged_from") else {
      Issue.record("no merged_from")
      return
    }
    #expect(sources.count == 2)
  }

  @Test func writingOverAnExistingFileIsRefused() throws {
    let dir = try TemporaryDirectory()
    let existing = dir.file("there.jsonl")
    Files.write(existing, Array("keep me\n".utf8))
    #expect(throws: LogError.self) { try LogMerge.write([], to: existing) }
    #expect(Files.read(existing) == Array("keep me\n".utf8))
  }
}
