import Testing

@testable import CrisisKit

#if canImport(Glibc)
  import Glibc
#endif

/// Several consoles on one incident: absorbing the others' events, the conflict check under
/// the lock, and who is still on the incident.
@Suite struct SeveralOperatorsTests {
  /// anna's console and ben's, both opened on the same log.
  func twoSessions(_ dir: TemporaryDirectory, clock: ManualClock) throws -> (
    anna: OpenedIncident, ben: OpenedIncident
  ) {
    let anna = try ShippedPlaybook("website-outage").opening().open(
      in: dir.path, clock: clock, actor: "anna", random: 6)
    let file = try IncidentFile.read(path: anna.path)
    let ben = try file.resume(
      actor: "ben", clock: clock, seat: OperatorJoined(session: "b", pid: 2, host: "h"),
      joining: true)
    return (anna, ben)
  }

  @Test func absorbFoldsOnlyWhatIsNew() throws {
    let dir = try TemporaryDirectory()
    let clock = ManualClock(incidentStart)
    var (anna, ben) = try twoSessions(dir, clock: clock)
    let note = try ben.recorder.record(EventDraft(.note(NoteAdded(text: "hi"))))
    ben.session.record(note)
    let follower = try IncidentFollower(path: anna.path)
    let news = try follower.poll().events
    #expect(news.map(\.seq) == [1, 2, 3])
    var absorbed: [Bool] = []
    for event in news { absorbed.append(anna.session.absorb(event)) }
    #expect(absorbed == [false, true, true])
    #expect(anna.session.state.notes.map(\.text) == ["hi"])
    #expect(anna.session.state.operators.map(\.actor) == ["ben"])
    let again = anna.session.absorb(note)
    #expect(!again, "twice is once")
  }

  @Test func absorbKeepsTheFocus() throws {
    let dir = try TemporaryDirectory()
    let clock = ManualClock(incidentStart)
    var (anna, ben) = try twoSessions(dir, clock: clock)
    for draft in [EventDraft(.stepStarted(StepStarted(step: "confirm")))] {
      let event = try anna.recorder.record(draft)
      anna.session.record(event)
      let new = ben.session.absorb(event)
      #expect(new)
    }
    #expect(ben.session.focus == "confirm")
    // anna answers; ben's console still looks at `confirm` and may not answer again.
    let reaction = anna.session.handle("a visible", at: clock.now())
    for draft in reaction.events {
      let event = try anna.recorder.record(draft)
      anna.session.record(event)
      _ = ben.session.absorb(event)
    }
    #expect(anna.session.focus == "kickoff")
    #expect(ben.session.focus == "confirm")
    let refused = ben.session.handle("a internal-only", at: clock.now())
    #expect(refused.events.isEmpty)
    #expect(refused.hint?.hasPrefix("already answered by anna at 17:03: visible") == true)
    let done = ben.session.handle("d", at: clock.now())
    #expect(done.events.isEmpty)
    // Enter brings the console to where the incident is.
    _ = ben.session.handle("", at: clock.now())
    #expect(ben.session.focus == "kickoff")
  }

  /// Two consoles answer before either has seen the other's answer: the second append reads
  /// the first under the lock and writes nothing.
  @Test func theConflictCheckRefusesASecondAnswer() throws {
    let dir = try TemporaryDirectory()
    let clock = ManualClock(incidentStart)
    var (anna, ben) = try twoSessions(dir, clock: clock)
    let opened = try anna.recorder.record(EventDraft(.stepStarted(StepStarted(step: "confirm"))))
    anna.session.record(opened)
    _ = ben.session.absorb(opened)
    let annaDrafts = anna.session.handle("a visible", at: clock.now()).events
    let benDrafts = ben.session.handle("a internal-only", at: clock.now()).events
    #expect(annaDrafts.count == 3 && benDrafts.count == 3)
    let session = anna.session
    let first = try anna.recorder.record(
      annaDrafts[0], after: session.state.lastSeq,
      conflict: { session.conflict(of: annaDrafts[0], with: $0) })
    #expect(first.event != nil)
    #expect(first.newer.isEmpty)
    let benSession = ben.session
    let second = try ben.recorder.record(
      benDrafts[0], after: benSession.state.lastSeq,
      conflict: { benSession.conflict(of: benDrafts[0], with: $0) })
    #expect(second.event == nil)
    #expect(second.refusal?.hasPrefix("already answered by anna at 17:03: visible") == true)
    #expect(second.newer.map(\.type) == [.decision])
    let file = try IncidentFile.read(path: anna.path)
    #expect(file.state.decisions.map(\.answer) == ["visible"])
  }

  @Test func aResolutionRefusesEverythingButTheScorecard() throws {
    let dir = try TemporaryDirectory()
    let clock = ManualClock(incidentStart)
    let (anna, ben) = try twoSessions(dir, clock: clock)
    let resolved = try anna.recorder.record(
      EventDraft(.incidentResolved(IncidentResolved(summary: "back"))))
    let note = EventDraft(.note(NoteAdded(text: "late")))
    #expect(
      ben.session.conflict(of: note, with: [resolved])
        == "the incident was resolved by anna at 17:03: back")
    #expect(
      ben.session.conflict(
        of: EventDraft(.scorecard(ScorecardRecorded(figures: []))), with: [resolved]) == nil)
    let file = try IncidentFile.read(path: anna.path)
    #expect(throws: CommandFailure.self) {
      try file.append(note, actor: "carl", clock: clock)
    }
  }

  @Test func presenceFollowsJoinsAndLeaves() throws {
    var state = IncidentState()
    func event(_ seq: Int, _ actor: String, _ body: EventBody) -> IncidentEvent {
      IncidentEvent(
        seq: seq, ts: incidentStart, incident: "i", mode: .live, body: body, actor: actor, line: seq
      )
    }
    state.apply(event(1, "anna", .operatorJoined(OperatorJoined(session: "a", pid: 10, host: "h"))))
    state.apply(event(2, "ben", .operatorJoined(OperatorJoined(session: "b", pid: 20, host: "h"))))
    state.apply(event(3, "carl", .operatorJoined(OperatorJoined(session: "c", pid: 30, host: "x"))))
    state.apply(event(4, "anna", .operatorLeft(OperatorLeft(session: "a"))))
    #expect(state.operators.map(\.actor) == ["ben", "carl"])
    // ben's process (20) is gone from this host; carl's runs elsewhere and cannot be checked.
    let liveness = OperatorLiveness(host: "h", isRunning: { $0 == 10 })
    #expect(liveness.others(in: state, than: nil).map(\.actor) == ["carl"])
    #expect(liveness.others(in: state, than: "c").isEmpty)
    #expect(OperatorLiveness.system.isRunning(Int64(getpid())))
  }

  /// The line loop polls on every tick: another terminal's note is announced above the prompt,
  /// and another terminal's resolution ends the loop without writing anything more.
  @Test func theLoopAnnouncesOthersAndEndsOnTheirResolution() throws {
    let dir = try TemporaryDirectory()
    let clock = ManualClock(incidentStart)
    let opened = try ShippedPlaybook("website-outage").opening().open(
      in: dir.path, clock: clock, actor: "anna", random: 7)
    func fromElsewhere(_ body: EventBody) {
      _ = try? IncidentFile.read(path: opened.path).append(
        EventDraft(body), actor: "ben", clock: clock)
    }
    let terminal = MemoryTerminal([
      .action { fromElsewhere(.note(NoteAdded(text: "hoster: \u{1B}[31mDDoS"))) }, .tick,
      .action { fromElsewhere(.incidentResolved(IncidentResolved(summary: "back"))) }, .tick,
      .line("n never written"),
    ])
    let loop = WalkthroughLoop(
      session: opened.session, recorder: opened.recorder, terminal: terminal, clock: clock,
      follower: try IncidentFollower(path: opened.path),
      seat: OperatorSeat(
        session: "a", liveness: OperatorLiveness(host: "h", isRunning: { _ in true })))
    try loop.run()
    #expect(terminal.output.contains("↪ T+0s ben: note: hoster: [31mDDoS"), "\(terminal.output)")
    #expect(!terminal.output.contains("\u{1B}"), "sanitised")
    #expect(terminal.output.contains("Resolved by ben at 17:03: back"))
    let types = try IncidentFile.read(path: opened.path, keepEvents: true).events.map(\.type)
    #expect(types.last == .incidentResolved)
    #expect(!terminal.isFinished, "the line after the resolution is never read")
  }
}
