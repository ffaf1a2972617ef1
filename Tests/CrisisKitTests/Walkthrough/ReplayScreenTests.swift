import Testing

@testable import CrisisKit

/// The lines of `crisis replay`, without waiting.
@Suite struct ReplayScreenTests {
  let screen = ReplayScreen(styles: .plain, width: 40)

  func item(
    _ type: EventType, summary: String, body: String? = nil, role: String? = nil,
    gap: Double = 0, shortened: Bool = false
  ) -> ReplayScript.Item {
    ReplayScript.Item(
      elapsed: 725, delay: 0, gap: gap, shortened: shortened, time: incidentStart,
      actor: "anna", role: role, type: type, summary: summary, body: body)
  }

  @Test func header() {
    var state = IncidentState()
    state.id = "2026-11-21-website-outage-7f3a\u{1B}[2J"
    state.title = "Shop down"
    #expect(
      screen.header(state: state, eventCount: 12, speed: 60, stepping: false)
        == "Replay of Shop down (2026-11-21-website-outage-7f3a[2J, 12 events, 60× speed)")
    state.mode = .drill
    #expect(
      screen.header(state: state, eventCount: 1, speed: 2.5, stepping: true)
        == "Replay of Shop down [DRILL] (2026-11-21-website-outage-7f3a[2J, 1 events, Enter for the next, q to stop)"
    )
    #expect(
      screen.header(state: state, eventCount: 1, speed: 1e300, stepping: false).hasSuffix(
        "1e+300× speed)"))
  }

  @Test func eventLineAndWrappedBody() {
    let lines = screen.lines(
      for: item(
        .messageSent, summary: "sent on X", body: "We know the shop is down and are on it.\nMore",
        role: "Communications"))
    #expect(
      lines == [
        "T+12m    17:03  anna (Communications)  sent on X",
        "      │ We know the shop is down and are",
        "      │ on it.",
        "      │ More",
      ])
  }

  @Test func hostileTextIsSanitised() {
    let lines = screen.lines(for: item(.note, summary: "note \u{1B}]0;x\u{07}", body: "a\u{9B}2Jb"))
    #expect(lines == ["T+12m    17:03  anna  note ]0;x", "      │ a2Jb"])
  }

  @Test func gapsFromFiveMinutes() {
    #expect(screen.gap(before: item(.note, summary: "", gap: 240)) == nil)
    #expect(screen.gap(before: item(.note, summary: "", gap: 300)) == "   … 5m later …")
    #expect(
      screen.gap(before: item(.note, summary: "", gap: 90_000, shortened: true))
        == "   … 25h00m later (skipped ahead) …")
  }

  @Test func endings() {
    #expect(screen.ending(damage: nil, tornLastLine: nil) == ["End of the recording."])
    #expect(
      screen.ending(damage: nil, tornLastLine: 9) == [
        "The log ends with a torn line 9 (a crash during a write); it was skipped.",
        "End of the recording.",
      ])
    #expect(
      screen.ending(damage: "a.jsonl:4:1: error: x", tornLastLine: 9) == [
        "Stopped: the log is damaged after this point: a.jsonl:4:1: error: x"
      ])
  }
}
