import Testing

@testable import CrisisKit

#if canImport(Glibc)
  import Glibc
#endif

/// Finding a log reads only what the query needs.
@Suite struct IncidentDirectoryTests {
  /// A live incident in `dir`, with `events` drafts after its start.
  func incident(in dir: TemporaryDirectory, random: UInt16, _ drafts: [EventDraft] = []) throws
    -> String
  {
    let clock = ManualClock(incidentStart)
    let opened = try ShippedPlaybook("website-outage").opening().open(
      in: dir.path, clock: clock, actor: "anna", random: random)
    for draft in drafts {
      clock.advance(seconds: 1)
      _ = try opened.recorder.record(draft)
    }
    return opened.path
  }

  /// The exact id opens its own file: a sibling that nobody may read does not matter.
  @Test func exactIdOpensOnlyItsLog() throws {
    let dir = try TemporaryDirectory()
    let path = try incident(in: dir, random: 1)
    let other = try incident(in: dir, random: 2)
    chmod(other, 0)
    defer { chmod(other, 0o600) }
    let id = "2026-11-21-website-outage-0001"
    #expect(try IncidentDirectory.locate(id, in: dir.path).get() == path)
  }

  @Test func prefixAndSuffixStillScan() throws {
    let dir = try TemporaryDirectory()
    let path = try incident(in: dir, random: 0xabcd)
    _ = try incident(in: dir, random: 2)
    #expect(try IncidentDirectory.locate("abcd", in: dir.path).get() == path)
    #expect(
      IncidentDirectory.locate("2026-11-21-website", in: dir.path).failureDescription?.contains(
        "matches several incidents") == true)
  }

  /// A damaged line in the middle does not hide the log from the list (its ends, the start
  /// and the pause, are fine): the scan never read it. Reading the log says where it is.
  @Test func scanReadsOnlyTheEnds() throws {
    let dir = try TemporaryDirectory()
    let path = try incident(
      in: dir, random: 3,
      [
        EventDraft(.note, [("text", .string("a"))]), EventDraft(.note, [("text", .string("b"))]),
        EventDraft(.incidentPaused),
      ])
    var lines = Files.lines(path)
    lines[1] = Array(#"{"v":1,"seq":2,"oops"}"#.utf8)
    Files.write(path, Array(lines.joined(separator: [0x0A])))
    let (found, problems) = IncidentDirectory.summaries(in: dir.path)
    #expect(problems.isEmpty)
    #expect(found.map(\.id) == ["2026-11-21-website-outage-0003"])
    #expect(found.first?.playbook == "website-outage")
    #expect(throws: IncidentFile.Failure.self) { try IncidentFile.read(path: path) }
  }

  /// A damaged last line: the whole log is read, so the problem names its line.
  @Test func damagedEndIsReadInFull() throws {
    let dir = try TemporaryDirectory()
    let path = try incident(in: dir, random: 4)
    Files.write(path, Array("{\"v\":2,\"seq\":2}\n".utf8), append: true)
    let (found, problems) = IncidentDirectory.summaries(in: dir.path)
    #expect(found.isEmpty)
    #expect(problems.count == 1)
    #expect(problems.first?.hasPrefix(path + ":2:") == true)
  }

  /// The ends give the same summary as folding every event.
  @Test(arguments: [
    [EventType.note],
    [.incidentPaused],
    [.incidentPaused, .note, .incidentResumed, .note],
    [.incidentPaused, .incidentResumed, .incidentPaused],
    [.incidentResolved, .scorecard, .note],
  ])
  func endsAgreeWithTheFold(_ types: [EventType]) throws {
    let dir = try TemporaryDirectory()
    let path = try incident(in: dir, random: 5, types.map { EventDraft($0) })
    let folded = IncidentSummary(state: try IncidentFile.read(path: path).state, path: path)
    #expect(IncidentSummary(endsOf: path) == folded)
  }

  /// A backdated incident (`--since`) lists with T0 as its start, as the fold has it.
  @Test func endsAgreeWithTheFoldOnSince() throws {
    let dir = try TemporaryDirectory()
    var opening = try ShippedPlaybook("website-outage").opening()
    opening.since = incidentStart.adding(seconds: -1200)
    let path = try opening.open(
      in: dir.path, clock: ManualClock(incidentStart), actor: "anna", random: 7
    ).path
    let folded = IncidentSummary(state: try IncidentFile.read(path: path).state, path: path)
    #expect(folded.startedAt == opening.since)
    #expect(IncidentSummary(endsOf: path) == folded)
  }

  @Test func tornLastLineIsSkipped() throws {
    let dir = try TemporaryDirectory()
    let path = try incident(in: dir, random: 6, [EventDraft(.incidentPaused)])
    Files.write(path, Array(#"{"v":1,"seq":3,"ts":"2026-11"#.utf8), append: true)
    #expect(IncidentSummary(endsOf: path)?.status == .paused)
  }

  @Test func notALogGivesNoSummary() throws {
    let dir = try TemporaryDirectory()
    Files.write(dir.file("empty.jsonl"), [])
    Files.write(dir.file("note.jsonl"), Array("{\"v\":1,\"seq\":1,\"type\":\"note\"}\n".utf8))
    #expect(IncidentSummary(endsOf: dir.file("empty.jsonl")) == nil)
    #expect(IncidentSummary(endsOf: dir.file("note.jsonl")) == nil)
    #expect(IncidentSummary(endsOf: dir.file("missing.jsonl")) == nil)
  }
}

extension Result where Failure == IncidentSelection.Failure {
  var failureDescription: String? {
    if case .failure(let failure) = self { return failure.description }
    return nil
  }
}
