import Testing

@testable import CrisisKit

#if canImport(Glibc)
  import Glibc
#endif

/// The console loop on a `MemoryTerminal` with a `ManualClock`.
@Suite struct ConsoleLoopTests {
  func start(
    _ events: [MemoryTerminal.Event], mode: IncidentMode = .live, in dir: TemporaryDirectory,
    editor: (any MessageEditor)? = nil, follow: @escaping () -> [IncidentEvent] = { [] }
  ) throws -> (ConsoleLoop, MemoryTerminal, OpenedIncident, ManualClock) {
    let (opened, clock) = try openConsoleIncident(in: dir, mode: mode)
    let terminal = MemoryTerminal(events, isInteractive: true)
    let loop = ConsoleLoop(
      session: opened.session, recorder: opened.recorder, terminal: terminal, clock: clock,
      editor: editor, follow: follow)
    return (loop, terminal, opened, clock)
  }

  func types(_ path: String) throws -> [String] {
    try IncidentFile.read(path: path, keepEvents: true).events.map(\.type.name)
  }

  @Test func aTickRedrawsTheClockWithoutAKeypress() throws {
    let dir = try TemporaryDirectory()
    var loopRef: ConsoleLoop?
    var firstRow: [String] = []
    var written: [String] = []
    let (loop, terminal, _, clock) = try start([], in: dir)
    loopRef = loop
    terminal.append([
      .action { firstRow.append(loopRef?.shown?.lines.first ?? "") },
      .action { clock.advance(seconds: 1) },
      .tick,
      .action {
        firstRow.append(loopRef?.shown?.lines.first ?? "")
        written.append(terminal.output)
      },
    ])
    try loop.run()
    #expect(firstRow.map { String($0.prefix(7)) } == ["T+00:00", "T+00:01"])
    // The tick rewrote the header row only (and the cursor), not the screen.
    let last = try #require(written.last)
    let tickOutput = last.components(separatedBy: ControlSequence.showCursor).dropLast().last ?? ""
    #expect(tickOutput.contains("\u{1B}[1;1H\u{1B}[2KT+00:01"))
    #expect(!tickOutput.contains(ControlSequence.clearScreen))
  }

  /// Leaving when the pause cannot be written: the failure is said on the normal screen,
  /// where the operator still reads after the console has gone.
  @Test func aPauseThatCannotBeWrittenIsSaidAfterLeaving() throws {
    let dir = try TemporaryDirectory()
    var path = ""
    let (loop, terminal, opened, _) = try start(
      [.action { rename(path, path + ".away") }], in: dir)
    path = opened.path
    try loop.run()
    rename(path + ".away", path)
    #expect(loop.farewell.contains { $0.hasPrefix("NOT recorded: ") })
    #expect(loop.farewell.contains { $0.contains("NOT marked paused") })
    #expect(terminal.output.contains("NOT marked paused"))
    #expect(!(try types(opened.path)).contains("incident.paused"))
  }

  @Test func aCommandRecordsAndRedraws() throws {
    let dir = try TemporaryDirectory()
    let (loop, terminal, opened, _) = try start([.line("n called IT")], in: dir)
    var snapshot: [String] = []
    terminal.append([.action { snapshot = loop.shown?.lines ?? [] }])
    try loop.run()
    #expect(
      try types(opened.path) == ["incident.started", "step.started", "note", "incident.paused"])
    #expect(snapshot.contains { $0.hasPrefix("✓ recorded 17:03:12 note") })
    #expect(snapshot.contains { $0.hasSuffix("anna · note: called IT") })
    #expect(snapshot.last == "confirm> ")
  }

  @Test func ctrlDPausesAndLeavesTheAlternateScreen() throws {
    let dir = try TemporaryDirectory()
    let (loop, terminal, opened, _) = try start([.keys([.control("d")])], in: dir)
    try loop.run()
    #expect(try types(opened.path).last == "incident.paused")
    #expect(!terminal.isFullScreen)
    #expect(terminal.fullScreenEntered == 1 && terminal.fullScreenLeft == 1)
    #expect(
      terminal.output.hasSuffix(
        ControlSequence.alternateScreenOff
          + "Paused. `crisis resume` continues where you left off.\n"))
  }

  @Test func ctrlCPausesAndThrows() throws {
    let dir = try TemporaryDirectory()
    let (loop, terminal, opened, _) = try start([.interrupt], in: dir)
    #expect(throws: CommandFailure.interrupted) { try loop.run() }
    #expect(try types(opened.path).last == "incident.paused")
    #expect(!terminal.isFullScreen)
  }

  @Test func aHintWritesNothingAndTypingEditsTheLine() throws {
    let dir = try TemporaryDirectory()
    let (loop, terminal, opened, _) = try start(
      [.keys([.text("frobx"), .backspace, .enter])], in: dir)
    var snapshot: [String] = []
    terminal.append([.action { snapshot = loop.shown?.lines ?? [] }])
    try loop.run()
    #expect(try types(opened.path) == ["incident.started", "step.started", "incident.paused"])
    #expect(snapshot.contains { $0.contains("frob") })
  }

  @Test func aResizeRedrawsTheWholeScreen() throws {
    let dir = try TemporaryDirectory()
    let (loop, terminal, _, _) = try start([.resize(width: 100, height: 30)], in: dir)
    var snapshot: [String] = []
    terminal.append([.action { snapshot = loop.shown?.lines ?? [] }])
    try loop.run()
    #expect(snapshot.count == 30)
    #expect(terminal.output.components(separatedBy: ControlSequence.clearScreen).count == 3)
  }

  @Test func pageKeysScrollTheStep() throws {
    let dir = try TemporaryDirectory()
    let (loop, terminal, _, _) = try start([.keys([.pageDown])], in: dir)
    var scroll = 0
    terminal.append([.action { scroll = loop.view.scroll }, .keys([.pageUp])])
    try loop.run()
    #expect(scroll > 0)
    #expect(loop.view.scroll == 0)
  }

  @Test func othersEventsAreFollowedAndAResolveEnds() throws {
    let dir = try TemporaryDirectory()
    var pending: [IncidentEvent] = []
    let (loop, terminal, opened, clock) = try start(
      [], in: dir,
      follow: {
        defer { pending = [] }
        return pending
      })
    let other = IncidentRecorder(
      log: opened.recorder.log, incident: opened.session.state.id, mode: .live, actor: "ben",
      clock: clock)
    func write(_ body: EventBody) {
      do {
        let event = try other.record(EventDraft(body))
        pending = [event]
      } catch {
        Issue.record("not written: \(error)")
      }
    }
    terminal.append([
      .action { write(.note(NoteAdded(text: "from ben"))) },
      .tick,
      .action { write(.incidentResolved(IncidentResolved(summary: "ok"))) },
      .tick,
      .line("n never typed"),
    ])
    try loop.run()
    #expect(loop.view.ticker.contains { $0.text.hasSuffix("ben · note: from ben") })
    #expect(loop.farewell.first?.hasPrefix("Resolved by ben at") == true)
    #expect(try types(opened.path).suffix(2) == ["note", "incident.resolved"])
    #expect(!terminal.isFinished)
  }

  @Test func anInjectIsABannerUntilAcknowledged() throws {
    let dir = try TemporaryDirectory()
    let (loop, terminal, _, _) = try start(
      [.line("inject Press is calling")], mode: .drill, in: dir)
    var banner: [String] = []
    terminal.append([
      .action { banner = loop.view.injects }, .line("ack"),
    ])
    try loop.run()
    #expect(banner == ["Press is calling"])
    #expect(loop.view.injects.isEmpty)
  }

  @Test func theEditorHandOverLeavesAndReentersTheScreen() throws {
    struct Editor: MessageEditor {
      func edit(_ text: String) -> MessageEdit { .cancelled("no change wanted") }
    }
    let dir = try TemporaryDirectory()
    let (loop, terminal, _, _) = try start(
      [.line("d"), .line("1"), .line("m 1 edit")], in: dir, editor: Editor())
    try loop.run()
    #expect(terminal.fullScreenEntered == 2)
    #expect(terminal.fullScreenLeft == 2)
  }

  @Test func withoutAFullScreenTheLineModeRuns() throws {
    let dir = try TemporaryDirectory()
    let (loop, terminal, opened, _) = try start([.line("n plain")], in: dir)
    terminal.canEnterFullScreen = false
    try loop.run()
    #expect(
      try types(opened.path) == ["incident.started", "step.started", "note", "incident.paused"])
    #expect(terminal.prompts.first == "confirm> ")
  }
}
