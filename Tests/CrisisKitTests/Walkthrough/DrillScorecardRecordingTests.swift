import Testing

@testable import CrisisKit

/// The one scorecard flow, shared by the walkthrough's `x` and `crisis resolve`.
@Suite struct DrillScorecardRecordingTests {
  @Test func scorecardCountsEveryTerminalsEventsAndIsRecorded() throws {
    let dir = try TemporaryDirectory()
    let clock = ManualClock(incidentStart)
    let shipped = try ShippedPlaybook("website-outage")
    let opened = try shipped.opening(mode: .drill, speed: 10).open(
      in: dir.path, clock: clock, actor: "anna", random: 6)
    clock.advance(seconds: 30)
    // Written by another terminal: the scorecard must see it although the recorder did not.
    _ = try IncidentFile.read(path: opened.path).append(
      EventDraft(.note, [("text", .string("the press called"))]), actor: "ben", clock: clock)
    _ = try opened.recorder.record(EventDraft(.incidentResolved), simulated: { _ in 300 })

    let recorded = try DrillScorecard.record(
      with: opened.recorder, playbook: shipped.playbook, simulated: { _ in 301 })
    let (event, scorecard) = try #require(recorded)
    #expect(event.type == .scorecard)
    #expect(event.seq == 4)
    #expect(event.sim == 301)
    #expect(!scorecard.lines.isEmpty)
    let file = try IncidentFile.read(path: opened.path, keepEvents: true)
    #expect(file.events.last?.type == .scorecard)
    let expected = DrillScorecard(playbook: shipped.playbook, events: Array(file.events.dropLast()))
    #expect(scorecard.lines == expected.lines)
    #expect(event.fields.map(\.0) == expected.event.fields.map(\.0))
  }

  /// The drill is resolved either way; an unreadable log only means no scorecard.
  @Test func unreadableLogGivesNoScorecard() throws {
    let dir = try TemporaryDirectory()
    let shipped = try ShippedPlaybook("website-outage")
    let recorder = IncidentRecorder(
      log: IncidentLog(path: dir.file("gone.jsonl")), incident: "x", mode: .drill, actor: "anna",
      clock: ManualClock(incidentStart))
    let recorded = try DrillScorecard.record(
      with: recorder, playbook: shipped.playbook, simulated: { _ in 0 })
    #expect(recorded == nil)
  }
}
