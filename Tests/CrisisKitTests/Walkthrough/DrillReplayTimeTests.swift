import Testing

@testable import CrisisKit

/// A drill replays in the drill's time of day, not the room's.
@Suite struct DrillReplayTimeTests {
  @Test func eventsShowTheSimulatedTime() {
    var driver = Driver(mode: .drill, speed: 60)
    driver.wait(60)  // one real minute: an hour of drill time
    driver.type("n an hour into the drill")
    var state = IncidentState(playbook: Fixtures.websiteOutage, keepsTimeline: true)
    for event in driver.log { state.apply(event) }
    let script = ReplayScript(state: state, speed: 1)
    let note = script.items.last { $0.type == .note }
    #expect(note?.elapsed == 3600)
    #expect(note?.time.clockTime == "18:03", "17:03 plus an hour of drill time")
  }
}
