import Testing

@testable import CrisisKit

#if canImport(Glibc)
  import Glibc
#endif

/// Following a log that other terminals append to: only new bytes are read, and a line
/// arrives only once it is whole.
@Suite struct IncidentFollowerTests {
  func opened(_ dir: TemporaryDirectory, clock: ManualClock) throws -> OpenedIncident {
    try ShippedPlaybook("website-outage").opening().open(
      in: dir.path, clock: clock, actor: "anna", random: 5)
  }

  /// Appends raw bytes, as a writer in the middle of its `write` would leave them.
  func appendRaw(_ bytes: [UInt8], to path: String) throws {
    let fd = open(path, O_WRONLY | O_APPEND)
    try #require(fd >= 0)
    defer { close(fd) }
    let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    try #require(n == bytes.count)
  }

  @Test func noGrowthReadsNothing() throws {
    let dir = try TemporaryDirectory()
    let opened = try opened(dir, clock: ManualClock(incidentStart))
    let follower = try IncidentFollower(path: opened.path)
    #expect(try follower.poll().events.map(\.seq) == [1])
    #expect(follower.reads == 1)
    for _ in 0..<5 { #expect(try follower.poll().events.isEmpty) }
    #expect(follower.reads == 1, "an idle poll is one fstat, no read")
  }

  @Test func growthHandsOutOnlyTheNewEvents() throws {
    let dir = try TemporaryDirectory()
    let clock = ManualClock(incidentStart)
    let opened = try opened(dir, clock: clock)
    let file = try IncidentFile.read(path: opened.path)
    let follower = try IncidentFollower(
      path: opened.path, from: file.followFrom.offset, line: file.followFrom.line)
    #expect(try follower.poll().events.map(\.seq) == [1], "the last event read is read again")
    _ = try file.append(EventDraft(.note(NoteAdded(text: "one"))), actor: "ben", clock: clock)
    _ = try file.append(EventDraft(.note(NoteAdded(text: "two"))), actor: "ben", clock: clock)
    let poll = try follower.poll()
    #expect(poll.events.map(\.seq) == [2, 3])
    #expect(poll.events.map(\.line) == [2, 3])
    #expect(poll.events.map(\.actor) == ["ben", "ben"])
    #expect(poll.problems.isEmpty)
    #expect(try follower.poll().events.isEmpty)
  }

  @Test func aPartialLineWaitsForItsNewline() throws {
    let dir = try TemporaryDirectory()
    let clock = ManualClock(incidentStart)
    let opened = try opened(dir, clock: clock)
    let follower = try IncidentFollower(path: opened.path)
    _ = try follower.poll()
    // A whole event, written by another log, split in two writes.
    let other = try TemporaryDirectory()
    let donor = try ShippedPlaybook("website-outage").opening().open(
      in: other.path, clock: clock, actor: "anna", random: 5)
    _ = try IncidentFile.read(path: donor.path).append(
      EventDraft(.note(NoteAdded(text: "split"))), actor: "ben", clock: clock)
    let donorBytes = try FileSystem.readFile(donor.path, limit: 1 << 20, what: "log")
    let second = Array(donorBytes.split(separator: 0x0A)[1])
    try appendRaw(Array(second[..<20]), to: opened.path)
    let first = try follower.poll()
    #expect(first.events.isEmpty)
    #expect(first.problems.isEmpty, "half a line is not damage yet")
    try appendRaw(Array(second[20...]) + [0x0A], to: opened.path)
    let rest = try follower.poll()
    #expect(rest.events.map(\.seq) == [2])
    if case .note(let note)? = rest.events.first?.body { #expect(note.text == "split") }
  }

  @Test func aDamagedLineIsReportedNotFatal() throws {
    let dir = try TemporaryDirectory()
    let clock = ManualClock(incidentStart)
    let opened = try opened(dir, clock: clock)
    let follower = try IncidentFollower(path: opened.path)
    _ = try follower.poll()
    try appendRaw(Array("this is not json\n".utf8), to: opened.path)
    let poll = try follower.poll()
    #expect(poll.events.isEmpty)
    #expect(poll.problems.count == 1)
    #expect(poll.problems.first?.contains(":2: ") == true, "\(poll.problems)")
    #expect(try follower.poll().problems.isEmpty, "reported once")
  }
}

/// The checked append reads back only what came after the seq its writer knows, however much
/// that is, and leaves the log alone when the check says no.
@Suite struct CheckedAppendTests {
  @Test func newerLinesBeyondTheFirstChunkAreAllFound() throws {
    let dir = try TemporaryDirectory()
    let clock = ManualClock(incidentStart)
    let opened = try ShippedPlaybook("website-outage").opening().open(
      in: dir.path, clock: clock, actor: "anna", random: 8)
    let big = String(repeating: "x", count: 9000)
    for _ in 0..<10 {
      _ = try opened.recorder.record(EventDraft(.note(NoteAdded(text: big))))
    }
    let before = try FileSystem.readFile(opened.path, limit: 1 << 22, what: "log")
    let refused = try opened.recorder.record(
      EventDraft(.note(NoteAdded(text: "late"))), after: 1, conflict: { _ in "no" })
    #expect(refused.event == nil)
    #expect(refused.refusal == "no")
    #expect(refused.newer.map(\.seq) == Array(2...11))
    #expect(try FileSystem.readFile(opened.path, limit: 1 << 22, what: "log") == before)
    let written = try opened.recorder.record(
      EventDraft(.note(NoteAdded(text: "fine"))), after: 9, conflict: { _ in nil })
    #expect(written.newer.map(\.seq) == [10, 11])
    #expect(written.event?.seq == 12)
  }
}
