import Testing

@testable import CrisisKit

#if canImport(Glibc)
  import Glibc
#endif

/// Reading a team incident when another machine's chain is damaged or holds another
/// incident's events: the incident stays readable for the team, with warnings that name the
/// place; this machine's own chain is read as strictly as a single-file log.
@Suite struct TeamReadTests {
  /// The folder is removed when `dir` goes: the caller keeps it.
  func teamIncident(in dir: TemporaryDirectory) throws -> OpenedIncident {
    try FileSystem.makeDirectories(dir.file(".git"), mode: 0o700)
    try NewFile.write("team\n", to: dir.file(TeamChains.marker), replace: false)
    try NewFile.write("laptop-a\n", to: dir.file(TeamChains.deviceFile), replace: false)
    let clock = ManualClock(incidentStart)
    let opening = try ShippedPlaybook("website-outage").opening(mode: .live, speed: 1)
    let opened = try opening.open(in: dir.path, clock: clock, actor: "anna", random: 9)
    return opened
  }

  @Test func startingInATeamDirectoryMakesAFolderWithThisMachinesChain() throws {
    let dir = try TemporaryDirectory()
    let opened = try teamIncident(in: dir)
    defer { withExtendedLifetime(dir) {} }
    #expect(TeamChains.isIncidentFolder(opened.path))
    #expect(TeamChains.chains(in: opened.path).map(\.device) == ["laptop-a"])
    let file = try IncidentFile.read(path: opened.path)
    #expect(file.team?.device == "laptop-a")
    #expect(file.state.title == opened.session.state.title)
  }

  @Test func aDamagedChainOfAnotherMachineIsReadUpToTheDamage() throws {
    let dir = try TemporaryDirectory()
    let opened = try teamIncident(in: dir)
    defer { withExtendedLifetime(dir) {} }
    let id = opened.session.state.id
    let good =
      #"{"v":1,"seq":1,"ts":"2026-11-21T17:05:00Z","incident":"\#(id)","mode":"live","type":"note","actor":"ben","device":"laptop-b","lamport":50,"text":"from b","prev":"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"}"#
    let planted =
      #"{"v":1,"seq":2,"ts":"2026-11-21T17:06:00Z","incident":"another","mode":"live","type":"note","actor":"x","device":"laptop-b","lamport":51,"text":"planted","prev":"0"}"#
    try NewFile.write(
      good + "\nGARBAGE\n" + planted + "\n",
      to: FileSystem.join(opened.path, "laptop-b.jsonl"), replace: false)
    let file = try IncidentFile.read(path: opened.path)
    #expect(file.state.notes.map(\.text) == ["from b"])
    #expect(file.warnings.contains { $0.description.contains("laptop-b.jsonl:2:1: warning") })
    // Verify still calls it damage.
    #expect(!TeamVerification.verify(folder: opened.path).intact)
  }

  @Test func anotherIncidentsEventsAreLeftOut() throws {
    let dir = try TemporaryDirectory()
    let opened = try teamIncident(in: dir)
    defer { withExtendedLifetime(dir) {} }
    let planted =
      #"{"v":1,"seq":1,"ts":"2026-11-21T17:06:00Z","incident":"another","mode":"live","type":"note","actor":"x","device":"laptop-b","lamport":51,"text":"planted","prev":"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"}"#
    try NewFile.write(
      planted + "\n", to: FileSystem.join(opened.path, "laptop-b.jsonl"), replace: false)
    let file = try IncidentFile.read(path: opened.path)
    #expect(file.state.notes.isEmpty)
    #expect(file.warnings.contains { $0.description.contains("another incident") })
  }

  @Test func thisMachinesOwnDamagedChainIsAnError() throws {
    let dir = try TemporaryDirectory()
    let opened = try teamIncident(in: dir)
    defer { withExtendedLifetime(dir) {} }
    let own = FileSystem.join(opened.path, "laptop-a.jsonl")
    let fd = try FileDescriptor.open(own, O_WRONLY | O_APPEND)
    try [UInt8]("GARBAGE\n{\"v\":1}\n".utf8).withUnsafeBytes { try fd.writeAll($0) }
    fd.close()
    #expect(throws: IncidentFile.Failure.self) { try IncidentFile.read(path: opened.path) }
  }
}

/// A console on a team incident when another laptop's answer to the same question arrives
/// and sorts first: the session folds the incident again, announces the new event, and
/// reports the conflict in the operator's words; a console on the current step follows it.
@Suite struct TeamSessionTests {
  @Test func aLateAnswerThatSortsFirstIsAConflictAndTheConsoleFollowsIt() throws {
    let dir = try TemporaryDirectory()
    let opened = try TeamReadTests().teamIncident(in: dir)
    defer { withExtendedLifetime(dir) {} }
    let clock = ManualClock(incidentStart)
    var session = try sessionWithStep(opened, clock: clock)
    let step = try #require(session.state.currentStep)
    let question = try #require(session.playbook.step(step)?.decision)
    let (mine, theirs) = (question.choices[0], question.choices[1])
    let team = try #require(opened.recorder.team)
    let before = team.maxLamport
    // This laptop answers first on its own clock...
    for draft in session.handle("a 1", at: clock.now()).events {
      let checked = try session.append(draft, with: opened.recorder)
      session.record(try #require(checked.event))
    }
    #expect(session.state.decisions.last?.answer == mine.answer)
    // ...but laptop 0 had answered the same question with the same Lamport counter before
    // they synced (both had seen the step open), and its device id sorts first.
    let id = session.state.id
    let line =
      #"{"v":1,"seq":1,"ts":"2026-11-21T17:03:20Z","incident":"\#(id)","mode":"live","type":"decision","actor":"ben","device":"laptop-0","lamport":\#(before + 1),"step":"\#(step)","question":"q","answer":"\#(theirs.answer)","next":"\#(theirs.target.id)","prev":"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"}"#
    try NewFile.write(
      line + "\n", to: FileSystem.join(opened.path, "laptop-0.jsonl"), replace: false)
    let poll = try TeamFollower(folder: opened.path, order: team).poll()
    #expect(poll.reordered != nil, "its answer sorts before this laptop's")
    let taken = session.take(poll)
    #expect(taken.news.map(\.actor) == ["ben"])
    #expect(session.state.decisions.map(\.answer) == [theirs.answer])
    let conflict = try #require(taken.conflicts.first)
    #expect(
      session.describe(conflict)
        == Language.english.prompts.conflict(
          question: "q", kept: ("ben", theirs.answer), overruled: ("anna", mine.answer)))
    #expect(session.describe(conflict).contains("ben"))
    #expect(session.focus == session.state.currentStep)
  }
}

/// The byte scan that lets a chain of notes be passed over without parsing it.
@Suite struct StatusLineScanTests {
  @Test(arguments: [
    (#"{"type":"incident.paused"}"#, true),
    (#""type":"incident."#, true),
    (#"xx"type":"incident.resolved","#, true),
    (#"{"type":"note","text":"type incident"}"#, false),
    (#""type":"incident"#, false),
    ("", false),
    ("t", false),
    (#"ttt"type":"incidenT."#, false),
  ])
  func findsTheStatusType(line: String, expected: Bool) {
    let bytes = Array(line.utf8)
    #expect(IncidentSummary.holdsStatusType(bytes[...]) == expected, "\(line)")
    // Also inside a larger buffer, as the log reader hands it over.
    let padded = Array("xx\n".utf8) + bytes + Array("\nyy".utf8)
    #expect(IncidentSummary.holdsStatusType(padded[3..<(3 + bytes.count)]) == expected)
  }
}

/// `list` and `start` summarise a team incident from the ends of its chains, as a single-file
/// log from its two ends: the same answer as reading it whole.
@Suite struct TeamSummaryTests {
  @Test func theEndsOfTheChainsSayWhatAndWhere() throws {
    let dir = try TemporaryDirectory()
    let opened = try TeamReadTests().teamIncident(in: dir)
    defer { withExtendedLifetime(dir) {} }
    // Another laptop only added notes: its chain holds no pause, resume or resolution.
    let id = opened.session.state.id
    var lines: [String] = []
    var prev = SHA256.hex(of: [UInt8]())
    for seq in 1...50 {
      let line =
        #"{"v":1,"seq":\#(seq),"ts":"2026-11-21T17:05:00Z","incident":"\#(id)","mode":"live","type":"note","actor":"ben","device":"laptop-b","lamport":\#(100 + seq),"text":"n","prev":"\#(prev)"}"#
      prev = SHA256.hex(of: Array(line.utf8))
      lines.append(line)
    }
    try NewFile.write(
      lines.joined(separator: "\n") + "\n", to: FileSystem.join(opened.path, "laptop-b.jsonl"),
      replace: false)
    let summary = try #require(IncidentSummary(teamFolder: opened.path))
    let whole = try IncidentFile.read(path: opened.path)
    #expect(summary == IncidentSummary(state: whole.state, path: opened.path))
    #expect(summary.status == .open)
    // This laptop pauses: the last status in the one order says so.
    _ = try opened.recorder.record(EventDraft(.incidentPaused(IncidentPaused())))
    #expect(IncidentSummary(teamFolder: opened.path)?.status == .paused)
  }
}
