import Testing

@testable import CrisisKit

@Suite struct WalkthroughSessionTests {
  @Test func opensTheFirstStep() {
    let driver = Driver()
    #expect(driver.types == ["incident.started", "step.started"])
    #expect(driver.session.state.currentStep == "confirm")
  }

  @Test func doneOnAQuestionAsksIt() {
    var driver = Driver()
    let reaction = driver.type("d")
    #expect(reaction.events.isEmpty)
    #expect(driver.session.pending == .answer(step: "confirm"))
    #expect(reaction.output.contains("  1) yes  → First public statement"))
    driver.type("7")
    #expect(driver.session.pending == .answer(step: "confirm"))
    driver.type("1")
    #expect(driver.session.pending == nil)
    #expect(driver.session.state.currentStep == "go-public")
    #expect(driver.session.state.decisions.map(\.answer) == ["yes"])
  }

  @Test func theOtherBranch() {
    var driver = Driver()
    driver.type("a no")
    #expect(driver.session.state.currentStep == "watch")
    driver.type("done")
    #expect(driver.session.state.currentStep == nil)
    #expect(driver.session.agenda.isPathComplete)
    #expect(driver.type("d").hint?.contains("every step is done") == true)
  }

  @Test func sentRecordsTheRenderedText() throws {
    var driver = Driver()
    driver.type("a yes")
    driver.type("m 1 https://x.com/shop/status/1")
    let sent = try #require(driver.log.last { $0.type == .messageSent })
    #expect(sent.string("channel") == "x")
    #expect(sent.string("text") == "We know the shop is down and are on it. Next update by 17:35.")
    #expect(sent.string("url") == "https://x.com/shop/status/1")
    #expect(driver.session.state.lastPublicUpdate == 0)
  }

  @Test func sentWithoutNumberAsksWhichWhenSeveral() {
    var driver = Driver()
    driver.type("a yes")
    driver.type("m")
    #expect(driver.session.pending == .pickMessage(.post(url: nil, text: .asShown)))
    driver.type("2")
    #expect(driver.session.state.messages.map(\.channel) == ["status"])
  }

  @Test func skipAsksForAReason() {
    var driver = Driver()
    driver.type("a yes")
    #expect(driver.type("s").events.isEmpty)
    #expect(driver.type("").hint != nil)
    driver.type("Status page vendor is down too")
    #expect(driver.session.state.steps["go-public"]?.skipReason == "Status page vendor is down too")
    #expect(driver.session.state.currentStep == "updates")
  }

  @Test func deadlineIsAnnouncedOnceWhileWaiting() {
    var driver = Driver()
    driver.wait(299)
    #expect(!driver.types.contains("reminder"))
    driver.wait(2)
    #expect(driver.log.last?.string("kind") == "deadline")
    #expect(driver.log.last?.string("step") == "confirm")
    driver.wait(60)
    #expect(driver.types.filter { $0 == "reminder" }.count == 1)
  }

  /// The first post promised "by 17:35" (T+31m48s): a warning five minutes before the end of
  /// that minute, the deadline once it has passed, then the cadence every 30 minutes.
  @Test func promiseWarnsBeforeAndAfterThenCadenceTakesOver() {
    var driver = Driver()
    driver.type("a yes")
    driver.type("m 1")
    #expect(driver.log.last?.string("promise") == "2026-11-21T17:35:00.000+01:00")
    driver.type("d")
    #expect(driver.session.state.currentStep == "updates")
    driver.type("d")
    driver.wait(1666)
    #expect(!driver.types.contains("reminder"))
    driver.wait(1)
    #expect(driver.log.last?.string("kind") == "soon")
    #expect(driver.log.last?.string("obligation") == "promise:x:2026-11-21T17:35:00.000+01:00")
    driver.wait(299)
    #expect(driver.log.last?.string("kind") == "soon")
    driver.wait(1)
    #expect(driver.log.last?.string("kind") == "deadline")
    driver.wait(1800)
    #expect(driver.log.last?.string("kind") == "deadline")
    driver.wait(1)
    #expect(driver.log.last?.string("kind") == "update")
    #expect(driver.log.last?.value("since_public_update") == .int(3768))
    #expect(driver.log.filter { $0.string("kind") == "update" }.count == 1)
    // Posting an update starts a new promise: no cadence reminder while it is in time.
    driver.type("m 1")
    driver.wait(1799)
    #expect(driver.log.filter { $0.string("kind") == "update" }.count == 1)
  }

  @Test func badInputWritesNothing() {
    var driver = Driver()
    let before = driver.log.count
    for line in [
      "frobnicate", "note", "set nope 1", "assign ghost Bob", "goto nowhere", "severity huge",
      "inject x",
    ] {
      #expect(driver.type(line).hint != nil, "\(line)")
    }
    #expect(driver.log.count == before)
  }

  @Test func setRerendersMessages() throws {
    var driver = Driver()
    driver.type("set product the app")
    driver.type("a yes")
    let step = try #require(driver.session.playbook.step("go-public"))
    let text = driver.session.renderer.messages(for: step, at: 0).first?.text
    #expect(text?.hasPrefix("We know the app is down") == true)
  }

  @Test func drillInjectsArriveOnSimulatedTime() {
    var driver = Driver(mode: .drill, speed: 60)
    driver.wait(7)  // 7 s × 60 = T+7m
    #expect(!driver.types.contains("inject"))
    driver.wait(1)  // T+8m
    let inject = driver.log.last { $0.type == .inject }
    #expect(inject?.string("title") == "A journalist calls")
    #expect(inject?.sim == 480)
  }

  @Test func drillMessagesAreMarked() throws {
    var driver = Driver(mode: .drill)
    driver.type("a yes")
    let step = try #require(driver.session.playbook.step("go-public"))
    #expect(
      driver.session.renderer.messages(for: step, at: 0).allSatisfy {
        $0.text.hasPrefix("[DRILL] ")
      })
  }

  @Test func heldClockStopsDeadlines() {
    var driver = Driver(mode: .drill, speed: 10)
    driver.type("hold")
    driver.wait(3600)
    #expect(!driver.types.contains("reminder"))
    driver.type("go")
    driver.type("wait 5m")
    #expect(driver.log.last { $0.type == .reminder }?.string("step") == "confirm")
  }

  @Test func resolveEnds() {
    var driver = Driver()
    #expect(driver.type("x Back online at 17:40").ending == nil)
    #expect(!driver.session.state.isResolved)
    let reaction = driver.type("yes")
    #expect(reaction.ending == .resolved)
    #expect(driver.session.state.isResolved)
    #expect(driver.session.state.summary == "Back online at 17:40")
    driver.wait(7200)
    #expect(driver.types.last == "incident.resolved")
  }
}

/// A two-hour drill on a fake clock: minutes of simulated time pass in microseconds.
@Suite struct TwoHourDrillTests {
  @Test func injectsRemindersAndDeadlinesCarryTheirSimulatedTimes() throws {
    var driver = Driver(mode: .drill, speed: 10)
    driver.type("a yes")  // T+0: go-public opens
    // Let two simulated hours pass in 12 real minutes, ticking each real second as the loop does.
    for _ in 0..<720 { driver.wait(1) }
    let injects = driver.log.filter { $0.type == .inject }
    #expect(injects.map(\.sim) == [480, 1200])
    #expect(injects.map { $0.string("title") } == ["A journalist calls", "CEO posts on LinkedIn"])
    let deadlines = driver.log.filter { $0.type == .reminder && $0.string("kind") == "deadline" }
    #expect(deadlines.map { $0.string("step") } == ["go-public"])
    #expect(deadlines.first?.sim == 900)
    // Every event's sim is its wall time since the start times the speed.
    for event in driver.log {
      let wall = Fixtures.start.seconds(until: event.ts)
      #expect(event.sim.map { abs($0 - wall * 10) < 0.01 } == true, "\(event.type)")
    }
    // No cadence yet: the recurring step was never reached.
    #expect(!driver.log.contains { $0.string("kind") == "update" })
    driver.type("m 1")
    driver.type("d")  // updates opens at T+2h
    for _ in 0..<360 { driver.wait(1) }  // one more simulated hour
    // The post promised an update (by 19:35 in drill time, T+2h31m48s): warned before, then
    // overdue; the cadence's reminder follows 30 minutes after the promise broke.
    let promise = driver.log.filter { $0.string("obligation")?.hasPrefix("promise:x:") == true }
    #expect(promise.map { $0.string("kind") } == ["soon", "deadline"])
    let sims: [Double] = promise.compactMap(\.sim)
    #expect(sims.count == 2)
    #expect(!driver.log.contains { $0.string("kind") == "update" })
    driver.type("end Drill over")
    driver.type("yes")
    #expect(driver.session.state.isResolved)
  }
}
