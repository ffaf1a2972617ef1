import Testing

@testable import CrisisKit

@Suite struct ReplayAndScenarioTests {
  /// A short live incident: start, a decision at 2m, a note at 10m written later about 5m, a message at 20m.
  func events() -> [IncidentEvent] {
    var recorder = Fixtures.Recorder()
    let s = Fixtures.start
    return [
      recorder.event(Fixtures.started(Fixtures.websiteOutage), at: s),
      recorder.event(EventDraft(.stepStarted, [("step", .string("confirm"))]), at: s),
      recorder.event(
        EventDraft(
          .decision,
          [
            ("step", .string("confirm")), ("question", .string("Visible?")),
            ("answer", .string("yes")),
          ]),
        at: s.adding(seconds: 120)),
      recorder.event(
        EventDraft(.note, [("text", .string("CDN down"))], at: s.adding(seconds: 300)),
        at: s.adding(seconds: 600), actor: "ben"),
      recorder.event(
        EventDraft(.varSet, [("name", .string("eta")), ("value", .string("18:00"))]),
        at: s.adding(seconds: 900)),
      recorder.event(
        EventDraft(.messageSent, [("channel", .string("x")), ("text", .string("We know."))]),
        at: s.adding(seconds: 1200)),
    ]
  }

  @Test func replayOrdersByWhenThingsHappenedAndScalesDelays() {
    let script = ReplayScript(events: events(), playbook: Fixtures.websiteOutage, speed: 60)
    #expect(script.items.map(\.elapsed) == [0, 0, 120, 300, 900, 1200])
    #expect(script.items.map(\.delay) == [0, 0, 2, 3, 10, 5])
    #expect(script.items[3].actor == "ben")
    #expect(script.items[5].body == "We know.")
  }

  /// Issue 10 item 6: a gap of decades (an `at` in year 2001) at speed 100000 waits at most
  /// `maximumDelay`, and the item says the wait was cut.
  @Test func replayCapsEveryWait() {
    var recorder = Fixtures.Recorder()
    let s = Fixtures.start
    let longAgo = Timestamp(milliseconds: 978_307_200_000)  // 2001-01-01
    let events = [
      recorder.event(Fixtures.started(Fixtures.websiteOutage), at: s),
      recorder.event(EventDraft(.note, [("text", .string("then"))], at: longAgo), at: s),
      recorder.event(EventDraft(.note, [("text", .string("later"))]), at: s.adding(seconds: 7200)),
    ]
    for speed in [1, 60, 100_000.0] {
      let script = ReplayScript(events: events, playbook: Fixtures.websiteOutage, speed: speed)
      #expect(script.items.allSatisfy { $0.delay <= ReplayScript.maximumDelay })
      #expect(script.items.contains { $0.shortened })
      #expect(script.items.reduce(0) { $0 + $1.delay } <= 2 * ReplayScript.maximumDelay)
    }
    let fast = ReplayScript(events: events, playbook: Fixtures.websiteOutage, speed: 100_000)
    #expect(fast.items.last?.shortened == false)  // 2 h at 100000× is 0.07 s
  }

  @Test func replayFrom() {
    let script = ReplayScript(
      events: events(), playbook: Fixtures.websiteOutage, speed: 1, from: 600)
    #expect(script.items.map(\.type) == [.incidentStarted, .varSet, .messageSent])
  }

  @Test func scenarioTurnsOutsideFactsIntoInjects() {
    var state = IncidentState(playbook: Fixtures.websiteOutage, keepsTimeline: true)
    for event in events() { state.apply(event) }
    let injects = DrillScenario.injects(from: state)
    #expect(
      injects.map(\.title) == [
        "Decide: Visible?", "ben reports", "New information: When does IT expect a fix?",
      ])
    #expect(injects.map(\.at) == [.seconds(120), .seconds(300), .seconds(900)])
    #expect(injects.first?.role == "it")
    // They read back as injects the fold schedules.
    let started = IncidentStarted(
      title: "t", severity: .high,
      playbook: IncidentStarted.EmbeddedPlaybook(path: "", sha256: "", text: ""), variables: [],
      injects: injects)
    var reader = EventFieldReader(started.fields, line: 1)
    let read = try? IncidentStarted(from: &reader)
    #expect(read?.injects?.map(\.inject.at) == [.seconds(120), .seconds(300), .seconds(900)])
  }

  @Test func mergeDropsDuplicatesAndRefusesOtherIncidents() throws {
    let all = events()
    let a = LogMerge.Source(path: "a", sha256: "aa", events: Array(all.prefix(4)))
    let b = LogMerge.Source(
      path: "b", sha256: "bb", events: Array(all.prefix(2)) + Array(all.suffix(2)))
    let merged = try LogMerge.merge([a, b]).get()
    #expect(
      merged.map(\.type) == [
        .incidentStarted, .stepStarted, .decision, .note, .varSet, .messageSent,
      ])
    #expect(
      merged.first?.value("merged_from")
        == .array([
          .object([("path", .string("a")), ("sha256", .string("aa"))]),
          .object([("path", .string("b")), ("sha256", .string("bb"))]),
        ]))
    var other = all[0]
    other.incident = "inc-2"
    let c = LogMerge.Source(path: "c", sha256: "cc", events: [other])
    #expect(throws: LogMerge.Failure.self) { try LogMerge.merge([a, c]).get() }
  }
}
