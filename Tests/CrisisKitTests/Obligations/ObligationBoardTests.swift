import Testing

@testable import CrisisKit

/// The board, the promise rules and the obligation metrics, driven through the session on a
/// manual clock (the Fixtures playbook: confirm → go-public → updates).
@Suite struct ObligationBoardTests {
  func board(_ driver: Driver) -> [Obligation] {
    ObligationBoard(agenda: driver.session.agenda).obligations(
      at: driver.session.elapsed(at: driver.now))
  }

  @Test func aGotoLeavesTheStepOwedAndItComesBackAtTheEnd() {
    var driver = Driver()
    driver.type("g updates")
    #expect(board(driver).filter { $0.kind == .step }.map(\.id) == ["step:confirm"])
    driver.wait(301)
    #expect(board(driver).first?.urgency(at: 301) == .overdue)
    // The path runs out after updates (`next: end`): confirm comes back.
    driver.type("d")
    #expect(driver.session.state.currentStep == "confirm")
  }

  @Test func stepsAheadOnThePathAreOwedFromFiveMinutesBeforeTheirDeadline() {
    var driver = Driver()
    driver.type("a yes")  // go-public (due 15m) opens at once; nothing ahead has a due
    driver.type("g updates")
    let ids = board(driver).map(\.id)
    #expect(ids.contains("step:go-public"), "opened and left")
    #expect(!ids.contains("step:watch"), "a branch not taken is never owed")
  }

  @Test func aPromiseHoldsThroughItsMinuteAndIsKeptOrBroken() {
    var driver = Driver()
    driver.type("a yes")
    driver.type("m 1")  // X promises 17:35 (T+31m48s)
    #expect(driver.session.state.promises.first?.due == 1908)
    driver.wait(1908 + 59)
    driver.type("m 1")  // 17:35:59: still "by 17:35"
    #expect(driver.session.state.promises.first?.kept == true)
    var late = Driver()
    late.type("a yes")
    late.type("m 1")
    late.wait(1908 + 60)
    late.type("m 1")
    #expect(late.session.state.promises.first?.kept == false)
    let metrics = ObligationMetrics(
      playbook: late.session.playbook, state: late.session.state, end: 1968)
    #expect(metrics.promisesBroken == 1)
    #expect(metrics.promisesByChannel.first?.channel == "x")
  }

  @Test func theStepsMessagesShareOneTimeAndTheNextRoundGetsANewOne() {
    var driver = Driver()
    driver.type("a yes")
    let first = driver.session.offeredMessages(at: 0).compactMap(\.promise)
    driver.type("m 1")
    driver.wait(150)
    // The status post has no {{next_update}}; X's time stays the round's.
    let again = driver.session.renderer.roundPromise(step: "go-public", channel: "status", at: 150)
    #expect(again == first.first)
    driver.wait(1800)
    driver.type("d")
    driver.type("m 1")  // updates: a new round
    let promises = driver.session.state.promises.map(\.promised)
    #expect(promises.count == 2 && promises[0] != promises[1])
  }

  @Test func anUnavailableChannelPausesItsPromiseAndHoldsItsMessages() {
    var driver = Driver()
    driver.type("a yes")
    driver.type("m 1")
    driver.type("down x hacked")
    let promise = board(driver).first { $0.kind == .promise }
    #expect(promise?.isPaused == true)
    #expect(promise?.secondsLeft(at: 5000) == nil)
    #expect(
      driver.type("m 1").hint?.contains("X is unavailable (hacked); post on Status page instead")
        == true)
    driver.type("up x")
    #expect(board(driver).first { $0.kind == .promise }?.isPaused == false)
  }

  @Test func aChangedFactMakesTheChannelStaleUntilItPostsAgain() {
    var driver = Driver()
    driver.type("a yes")
    driver.type("m 2")  // status-post uses {{eta}}
    let reaction = driver.type("v eta 18:30")
    #expect(reaction.output.contains { $0.hasPrefix("Now out of date: Status page") })
    #expect(board(driver).contains { $0.id == "stale:status" })
    driver.type("m 2")
    #expect(!board(driver).contains { $0.kind == .stale })
  }

  @Test func resolvingNeedsASummaryInWords() {
    var driver = Driver()
    #expect(driver.type("x 1").ending == nil)
    #expect(driver.session.pending == .resolve(summary: nil))
    #expect(driver.type("2").hint != nil)
    #expect(driver.type("no").ending == nil)
    #expect(driver.session.pending == nil)
    driver.type("x")
    #expect(driver.type("Shop is back").ending == .resolved)
  }

  @Test func anUnassignedRoleRendersAsSuch() {
    var playbook = Fixtures.websiteOutage
    playbook.templates[1].text = "Contact: {{role.lead}}"
    var driver = Driver(playbook: playbook)
    driver.type("a yes")
    let message = driver.session.offeredMessages(at: 0)[1]
    #expect(message.text == "Contact: [Incident lead: UNASSIGNED]")
    #expect(message.unassignedRoles == ["lead"])
    driver.type("r lead Jörg")
    #expect(driver.session.offeredMessages(at: 0)[1].text == "Contact: Jörg")
  }

  /// A clock whose `done_by` step the decisions steer away from is moot, not broken.
  @Test func aClockTheDecisionsMakeMootCloses() {
    var playbook = Fixtures.websiteOutage
    playbook.clocks = [
      DeadlineClock(
        id: "notify", title: "Notify", within: .seconds(3600), doneBy: Fixtures.ref("go-public"))
    ]
    var open = Driver(playbook: playbook)
    #expect(board(open).contains { $0.id == "clock:notify" }, "before the question")
    open.type("a yes")
    #expect(board(open).contains { $0.id == "clock:notify" })
    var moot = Driver(playbook: playbook)
    moot.type("a no")
    #expect(!board(moot).contains { $0.kind == .clock })
    let metrics = ObligationMetrics(
      playbook: playbook, state: moot.session.state, end: 4000)
    #expect(metrics.clocks.first?.outcome == .notNeeded)
  }

  @Test func promisedTimeIsReadFromTheTextAsPosted() {
    let now = Fixtures.start  // 17:03:12 +01:00
    let rendered = Timestamp(milliseconds: now.milliseconds + 1_908_000, utcOffset: 3600)
    #expect(PromisedTime.find(in: "next by 17:35", rendered: rendered, postedAt: now) == rendered)
    let edited = PromisedTime.find(
      in: "Nächstes Update um 18.15 Uhr", rendered: rendered, postedAt: now)
    #expect(edited?.clockTime == "18:15")
    #expect(
      PromisedTime.find(in: "Stand 30.11.2026, Preis 12.50", rendered: nil, postedAt: now) == nil)
    // A time earlier today is tomorrow's.
    let tomorrow = PromisedTime.find(in: "at 09:00", rendered: nil, postedAt: now)
    #expect(tomorrow.map { now.seconds(until: $0) > 0 } == true)
  }
}

/// `crisis status` says who is on the incident, once per person.
@Suite struct StatusOperatorsTests {
  @Test func listsEachPersonOnceWithTheirFirstJoin() {
    let driver = Driver()
    let anna = IncidentState.OperatorRecord(
      actor: "anna", session: "a", pid: 1, host: "h", since: Fixtures.start, seq: 2)
    var again = anna
    again.session = "b"
    let report = StatusReport(
      agenda: driver.session.agenda, elapsed: 60, operators: [anna, again])
    #expect(report.lines().contains("On it now: anna (since 17:03)"))
    guard case .object(let fields) = report.json(),
      case .array(let people)? = fields.first(where: { $0.0 == "operators" })?.1
    else {
      Issue.record("no operators in the JSON")
      return
    }
    #expect(people.count == 1)
  }
}
