import Testing

@testable import CrisisKit

@Suite struct IncidentStateTests {
  func events(_ drafts: [(EventDraft, Double)], mode: IncidentMode = .live) -> [IncidentEvent] {
    var recorder = Fixtures.Recorder()
    recorder.mode = mode
    recorder.clock = .drill(elapsed: 0, at: Fixtures.start, speed: 1)
    return drafts.map { draft, seconds in
      recorder.event(draft, at: Fixtures.start.adding(seconds: seconds))
    }
  }

  func fold(_ drafts: [(EventDraft, Double)], mode: IncidentMode = .live) -> IncidentState {
    var state = IncidentState()
    for (i, event) in events(drafts, mode: mode).enumerated() {
      state.apply(event)
      if i == 0 { state.playbook = Fixtures.websiteOutage }
    }
    return state
  }

  @Test func foldsAWholeIncident() {
    let state = fold([
      (Fixtures.started(Fixtures.websiteOutage), 0),
      (EventDraft(.stepStarted, [("step", .string("confirm"))]), 1),
      (
        EventDraft(
          .decision,
          [
            ("step", .string("confirm")), ("answer", .string("yes")),
            ("next", .string("go-public")),
          ]), 120
      ),
      (EventDraft(.stepDone, [("step", .string("confirm"))]), 120),
      (EventDraft(.stepStarted, [("step", .string("go-public"))]), 120),
      (
        EventDraft(.messageSent, [("channel", .string("team")), ("text", .string("internal"))]), 200
      ),
      (EventDraft(.messageSent, [("channel", .string("x")), ("text", .string("We know"))]), 600),
      (EventDraft(.roleAssigned, [("role", .string("lead")), ("name", .string("Jörg"))]), 650),
      (EventDraft(.varSet, [("name", .string("eta")), ("value", .string("18:00"))]), 700),
      (
        EventDraft(.severityChanged, [("from", .string("high")), ("to", .string("critical"))]), 710
      ),
      (
        EventDraft(
          .note, [("text", .string("Server room on fire 🔥"))],
          at: Fixtures.start.adding(seconds: -300)), 720
      ),
      (
        EventDraft(
          .stepSkipped, [("step", .string("go-public")), ("reason", .string("done by phone"))]), 800
      ),
      (EventDraft(.incidentPaused(IncidentPaused())), 900),
    ])
    #expect(state.id == "inc-1")
    #expect(state.title == "Website or shop is down")
    #expect(state.currentStep == nil)
    #expect(state.steps["confirm"]?.doneAt == 120)
    #expect(state.steps["go-public"]?.skipReason == "done by phone")
    #expect(state.decisions.map(\.next) == ["go-public"])
    #expect(state.messages.count == 2)
    #expect(state.lastPublicUpdate == 600)  // the internal message does not count
    #expect(state.roleHolders == ["comms": "Ben", "lead": "Jörg"])
    #expect(state.variables["eta"] == "18:00")
    #expect(state.variables["product"] == "the shop")
    #expect(state.severity == .critical)
    #expect(state.notes.first?.elapsed == -300)  // `at` wins over `ts`
    #expect(state.status == .paused)
    #expect(state.lastSeq == 13)
  }

  @Test func drillTimeComesFromSim() {
    let state = fold(
      [
        (Fixtures.started(Fixtures.websiteOutage, mode: .drill), 0),
        (EventDraft(.stepStarted, [("step", .string("updates"))]), 42),
      ], mode: .drill)
    #expect(state.steps["updates"]?.startedAt == 42)
    #expect(state.cadences["updates"] == 42)
  }

  @Test func resolvedStaysResolved() {
    let state = fold([
      (Fixtures.started(Fixtures.websiteOutage), 0),
      (EventDraft(.incidentResolved, [("summary", .string("fixed"))]), 60),
      (EventDraft(.incidentResumed), 70),
    ])
    #expect(state.status == .resolved)
    #expect(state.resolvedAt == 60)
  }

  @Test func unknownStepsAreNotedNotFatal() {
    let state = fold([
      (Fixtures.started(Fixtures.websiteOutage), 0),
      (EventDraft(.stepStarted, [("step", .string("ghost"))]), 1),
      (EventDraft(.other("future.event"), [("x", .int(1))]), 2),
    ])
    #expect(state.oddities == ["line 2: unknown step 'ghost'"])
    #expect(state.eventCount == 3)
  }
}
