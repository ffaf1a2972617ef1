import Testing

@testable import CrisisKit

/// `crisis note` and `crisis resolve` append to an incident that runs in another terminal.
@Suite struct IncidentFileAppendTests {
  @Test func appendedNoteIsStampedAndFolds() throws {
    let dir = try TemporaryDirectory()
    let clock = ManualClock(incidentStart)
    let opened = try ShippedPlaybook("website-outage").opening().open(
      in: dir.path, clock: clock, actor: "anna", random: 3)
    clock.advance(seconds: 90)
    let file = try IncidentFile.read(path: opened.path)
    let earlier = incidentStart.adding(seconds: 30)
    let event = try file.append(
      EventDraft(.note, [("text", .string("IT called"))], at: earlier), actor: "ben", clock: clock)
    #expect(event.seq == 2)
    #expect(event.actor == "ben")
    #expect(event.ts == incidentStart.adding(seconds: 90))
    #expect(event.sim == nil)
    let after = try IncidentFile.read(path: opened.path)
    #expect(after.state.notes.map(\.text) == ["IT called"])
    #expect(after.state.notes.first?.time == earlier)
  }

  /// A drill's T+ continues from where the log left off, at the drill's speed.
  @Test func drillAppendCarriesSimulatedTime() throws {
    let dir = try TemporaryDirectory()
    let clock = ManualClock(incidentStart)
    let opened = try ShippedPlaybook("website-outage").opening(mode: .drill, speed: 10).open(
      in: dir.path, clock: clock, actor: "anna", random: 4)
    clock.advance(seconds: 6)
    let file = try IncidentFile.read(path: opened.path)
    let event = try file.append(EventDraft(.incidentResolved), actor: "anna", clock: clock)
    #expect(event.sim == 60)
    #expect(try IncidentFile.read(path: opened.path).state.isResolved)
  }

  /// `crisis resume` of a paused drill: the resumed event, and a session whose drill clock
  /// continues from the log's last T+, not from the time nobody ran it.
  @Test func resumeRecordsAndContinuesTheDrillClock() throws {
    let dir = try TemporaryDirectory()
    let clock = ManualClock(incidentStart)
    let opened = try ShippedPlaybook("website-outage").opening(mode: .drill, speed: 10).open(
      in: dir.path, clock: clock, actor: "anna", random: 8)
    clock.advance(seconds: 6)
    _ = try opened.recorder.record(EventDraft(.incidentPaused), simulated: { _ in 60 })
    clock.advance(seconds: 3600)
    let resumed = try IncidentFile.read(path: opened.path).resume(actor: "ben", clock: clock)
    #expect(resumed.event.type == .incidentResumed)
    #expect(resumed.event.actor == "ben")
    #expect(resumed.event.sim == 60)
    #expect(resumed.session.state.status == .open)
    #expect(resumed.session.actor == "ben")
    #expect(resumed.path == opened.path)
  }
}
