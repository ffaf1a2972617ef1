import Testing

@testable import CrisisKit

#if canImport(Glibc)
  import Glibc
#endif

/// The loop around the session, on a `MemoryTerminal` and a real log: what is typed becomes
/// events on disk before the screen says so.
@Suite struct WalkthroughLoopTests {
  func start(
    _ events: [MemoryTerminal.Event], mode: IncidentMode = .live, in dir: TemporaryDirectory
  ) throws -> (WalkthroughLoop, MemoryTerminal, OpenedIncident) {
    let clock = ManualClock(incidentStart)
    let opened = try ShippedPlaybook("website-outage").opening(mode: mode, speed: 10).open(
      in: dir.path, clock: clock, actor: "anna", random: 9)
    let terminal = MemoryTerminal(events)
    let loop = WalkthroughLoop(
      session: opened.session, recorder: opened.recorder, terminal: terminal, clock: clock)
    return (loop, terminal, opened)
  }

  func types(_ path: String) throws -> [String] {
    try IncidentFile.read(path: path, keepEvents: true).events.map(\.type.name)
  }

  @Test func endOfInputPauses() throws {
    let dir = try TemporaryDirectory()
    let (loop, terminal, opened) = try start([.line("n called IT")], in: dir)
    try loop.run()
    #expect(
      try types(opened.path) == ["incident.started", "step.started", "note", "incident.paused"])
    #expect(terminal.output.contains("✓ recorded 17:03:12 "))
    #expect(terminal.output.hasSuffix("Paused. `crisis resume` continues where you left off.\n"))
  }

  @Test func interruptPausesAndThrows() throws {
    let dir = try TemporaryDirectory()
    let (loop, _, opened) = try start([.interrupt], in: dir)
    #expect(throws: CommandFailure.interrupted) { try loop.run() }
    #expect(try types(opened.path).last == "incident.paused")
  }

  @Test func aHintWritesNothing() throws {
    let dir = try TemporaryDirectory()
    let (loop, terminal, opened) = try start([.line("frobnicate")], in: dir)
    try loop.run()
    #expect(try types(opened.path) == ["incident.started", "step.started", "incident.paused"])
    #expect(terminal.prompts.first == "confirm> ")
  }

  /// Resolving a drill records the scorecard once, after the resolution, and shows it.
  @Test func resolvingADrillRecordsTheScorecard() throws {
    let dir = try TemporaryDirectory()
    let (loop, terminal, opened) = try start(
      [.line("x all good"), .line("yes")], mode: .drill, in: dir)
    try loop.run()
    let written = try types(opened.path)
    #expect(written.suffix(2) == ["incident.resolved", "scorecard"])
    #expect(terminal.output.contains("Drill scorecard\n"))
    #expect(terminal.prompts.first == "DRILL confirm> ")
  }

  /// A write that fails says NOT recorded and leaves the session where it was.
  @Test func failedWriteIsNotRecorded() throws {
    let dir = try TemporaryDirectory()
    var path = ""
    let (loop, terminal, opened) = try start(
      [
        .action { rename(path, path + ".away") }, .line("n lost"),
        .action { rename(path + ".away", path) },
      ],
      in: dir)
    path = opened.path
    try loop.run()
    #expect(terminal.output.contains("NOT recorded: "))
    #expect(
      terminal.output.contains(
        "Nothing changed. Fix the cause (disk space, permissions) and type the command again."))
    #expect(!(try types(opened.path)).contains("note"))
    #expect(loop.session.state.notes.isEmpty)
  }
}

/// The lines around the screen.
@Suite struct WalkthroughTranscriptTests {
  let transcript = WalkthroughTranscript(styles: .plain, width: 40)

  func session(mode: IncidentMode = .live) throws -> WalkthroughSession {
    var state = IncidentState()
    state.id = "i"
    state.mode = mode
    state.startedAt = incidentStart
    state.currentStep = "go\u{1B}[2J-public"
    return WalkthroughSession(
      playbook: try ShippedPlaybook("website-outage").playbook, state: state,
      clock: .live(startedAt: incidentStart), actor: "anna")
  }

  @Test func promptNamesTheStepSanitised() throws {
    #expect(transcript.prompt(try session()) == "go[2J-public> ")
    #expect(transcript.prompt(try session(mode: .drill)) == "DRILL go[2J-public> ")
  }

  /// Events as the log writer returns them, half an hour into the incident.
  func recorded(_ drafts: [EventDraft]) throws -> [IncidentEvent] {
    let dir = try TemporaryDirectory()
    let clock = ManualClock(incidentStart)
    let opened = try ShippedPlaybook("website-outage").opening().open(
      in: dir.path, clock: clock, actor: "anna", random: 10)
    clock.advance(seconds: 1800)
    return try drafts.map { try opened.recorder.record($0) }
  }

  @Test func recordedIsWrapped() throws {
    let events = try recorded([
      EventDraft(.note, [("text", .string("a note long enough to wrap onto a second line"))])
    ])
    let lines = transcript.recorded(events[0], playbook: try session().playbook)
    #expect(lines.count == 2)
    #expect(lines[0].hasPrefix("✓ recorded 17:33:12 "))
  }

  @Test func announcementsAreMarked() throws {
    let session = try session()
    let events = try recorded([
      EventDraft(.reminder, [("kind", .string("update"))]),
      EventDraft(.reminder, [("kind", .string("deadline")), ("step", .string("confirm"))]),
      EventDraft(.inject, [("title", .string("A journalist calls"))]),
    ])
    let marks = events.map { transcript.announcement($0, session: session).first ?? "" }
    #expect(marks[0].hasPrefix("⏰ T+30m "), "\(marks)")
    #expect(marks[1].hasPrefix("⚠ T+30m "), "\(marks)")
    #expect(marks[2].hasPrefix("📣 T+30m "), "\(marks)")
  }

  @Test func notRecordedSaysWhyAndThatRetryingIsSafe() {
    let lines = transcript.notRecorded(.incidentExists(path: "a\u{1B}[2J.jsonl"))
    #expect(
      lines[0]
        == "NOT recorded: incident log a[2J.jsonl already exists; incident ids must be unique")
    #expect(lines.count == 2)
  }
}
