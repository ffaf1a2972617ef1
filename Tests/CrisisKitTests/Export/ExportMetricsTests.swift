import Testing

@testable import CrisisKit

/// The definitions of docs/metrics.md, one at a time, on small live logs.
@Suite struct ExportMetricsTests {
  typealias F = ExportFixtures

  /// A live log: started at T+0 with Jörg as comms.
  func live(_ build: (inout F.LogBuilder) -> Void) -> [IncidentEvent] {
    var log = F.LogBuilder()
    log.mode = .live
    log.add(
      .incidentStarted, 0, by: F.anna,
      [("title", .string("Shop down")), ("roles", .object([("comms", .string(F.joerg))]))])
    build(&log)
    return log.events
  }

  func message(_ channel: String, step: String? = nil) -> [(String, JSONValue)] {
    var fields: [(String, JSONValue)] = [("channel", .string(channel)), ("text", .string("hi"))]
    if let step { fields.insert(("step", .string(step)), at: 0) }
    return fields
  }

  @Test func firstPublicStatementUsesTheSendingStepsDue() {
    let events = live { log in
      log.add(.messageSent, 60, by: F.joerg, message("team"))
      log.add(.messageSent, 1000, by: F.joerg, message("status", step: "go-public"))
    }
    let m = IncidentMetrics(playbook: F.shopOutage, events: events)
    #expect(m.firstStatement.moment?.tPlus == 1000)
    #expect(m.firstStatement.deadlineSource == .sendingStep)
    #expect(m.firstStatement.deadline == 900)
    #expect(m.firstStatement.outcome == .missed)
    #expect(m.firstMessages.first { $0.channel == "team" }?.first?.tPlus == 60)
  }

  @Test func deadlineFallsBackToTheEarliestPublicStepThenFifteenMinutes() {
    let events = live { log in
      log.add(.messageSent, 300, by: F.joerg, message("x", step: "updates"))
    }
    let m = IncidentMetrics(playbook: F.shopOutage, events: events)
    #expect(m.firstStatement.deadlineSource == .earliestPublicStep)
    #expect(m.firstStatement.deadlineStep == "go-public")
    var bare = F.shopOutage
    bare.steps = bare.steps.map {
      var s = $0
      s.due = nil
      return s
    }
    let fallback = IncidentMetrics(playbook: bare, events: events)
    #expect(fallback.firstStatement.deadlineSource == .standard)
    #expect(fallback.firstStatement.deadline == 900)
    #expect(fallback.firstStatement.outcome == .met)
  }

  @Test func noStatementIsPendingWhileRunningAndMissedAfterTheDeadline() {
    let early = live { log in log.add(.note, 120, by: F.anna, [("text", .string("x"))]) }
    #expect(
      IncidentMetrics(playbook: F.shopOutage, events: early).firstStatement.outcome == .pending)
    let late = live { log in log.add(.note, 1200, by: F.anna, [("text", .string("x"))]) }
    #expect(IncidentMetrics(playbook: F.shopOutage, events: late).firstStatement.outcome == .missed)
    let resolved = live { log in log.add(.incidentResolved, 300, by: F.anna) }
    #expect(
      IncidentMetrics(playbook: F.shopOutage, events: resolved).firstStatement.outcome == .notNeeded
    )
  }

  @Test func silencesRunFromTheStartAndToTheEnd() {
    let events = live { log in
      log.add(.messageSent, 600, by: F.joerg, message("x"))
      log.add(.messageSent, 900, by: F.joerg, message("status"))
      log.add(.messageSent, 1200, by: F.joerg, message("team"))
      log.add(.note, 4000, by: F.anna, [("text", .string("still down"))])
    }
    let m = IncidentMetrics(playbook: F.shopOutage, events: events)
    #expect(m.silenceBeforeFirstStatement == .init(from: 0, to: 600))
    #expect(
      m.longestSilence == .init(from: 900, to: 4000),
      "the internal message does not count; the open end does")
    #expect(m.promisedCadence == 1800)
    #expect(m.cadenceKept == false)
    #expect(m.status == .open)
    #expect(m.end?.tPlus == 4000)
  }

  /// The report shows whole seconds: a step done within the second it was due is on time,
  /// one a second later is late (never "done late: at T+4m, due by T+4m").
  @Test func aStepDoneWithinItsDueSecondIsOnTime() {
    func result(doneAt t: Double) -> IncidentMetrics.StepResult? {
      let events = live { log in
        log.add(.stepStarted, 0, by: F.anna, [("step", .string("confirm"))])
        log.add(.stepDone, t, by: F.kai, [("step", .string("confirm"))])
      }
      return IncidentMetrics(playbook: F.shopOutage, events: events).steps.first {
        $0.id == "confirm"
      }?.result
    }
    #expect(result(doneAt: 240) == .onTime)
    #expect(result(doneAt: 240.9) == .onTime)
    #expect(result(doneAt: 241) == .late)
  }

  @Test func stepsOnTimeLateSkippedOpenAndWhoHeldThem() {
    let events = live { log in
      log.add(.stepStarted, 0, by: F.anna, [("step", .string("confirm"))])
      log.add(.stepDone, 300, by: F.kai, [("step", .string("confirm"))])
      log.add(.stepStarted, 300, by: F.kai, [("step", .string("go-public"))])
      log.add(
        .roleAssigned, 400, by: F.anna, [("role", .string("comms")), ("name", .string(F.sam))])
      log.add(.stepDone, 800, by: F.anna, [("step", .string("go-public"))])
      log.add(.stepStarted, 800, by: F.anna, [("step", .string("updates"))])
      log.add(.note, 5000, by: F.anna, [("text", .string("x"))])
    }
    let steps = Dictionary(
      uniqueKeysWithValues: IncidentMetrics(playbook: F.shopOutage, events: events).steps.map {
        ($0.id, $0)
      })
    #expect(steps["confirm"]?.result == .late)
    #expect(steps["confirm"]?.heldBy == F.kai, "nobody held IT: the one who marked it")
    #expect(steps["go-public"]?.result == .onTime)
    #expect(steps["go-public"]?.heldBy == F.sam, "the holder when it was finished")
    #expect(steps["go-public"]?.duration == 500)
    #expect(steps["updates"]?.result == .open)
    #expect(steps["watch"]?.result == .notReached)
  }

  @Test func backdatedNotesSortByWhenTheyHappened() {
    let events = live { log in
      log.add(.note, 600, by: F.anna, [("text", .string("later"))])
      log.add(.note, 900, by: F.kai, [("text", .string("customers called"))], noted: 120)
    }
    let timeline = IncidentTimeline(events: events, playbook: F.shopOutage)
    #expect(timeline.entries.map(\.event.seq) == [1, 3, 2])
    #expect(timeline.entries[1].tPlus == 120)
  }

  @Test func drillTimeIsSimulatedAndBackdatingScalesWithSpeed() {
    let timeline = IncidentTimeline(events: F.drillEvents, playbook: F.shopOutage)
    #expect(timeline.speed == 2)
    let backdated = timeline.entries.first { $0.event.at != nil }
    #expect(backdated?.tPlus == 120)
    #expect(timeline.entries.last?.tPlus == 2700)
  }

  @Test func injectReactionIsTheNextEventByAPerson() {
    let m = IncidentMetrics(playbook: F.shopOutage, events: F.drillEvents)
    #expect(m.injects.map(\.delay) == [60, 90])
    #expect(m.injects.map(\.reactionType) == ["note", "severity.changed"])
    let skipsReminders = live { log in
      log.add(.inject, 100, by: F.anna, [("title", .string("Call"))])
      log.add(.reminder, 150, by: F.anna, [("kind", .string("update"))])
      log.add(.clockAdvanced, 160, by: F.anna, [("seconds", .int(60))])
      log.add(.stepStarted, 170, by: F.anna, [("step", .string("watch"))])
      log.add(.messageSent, 200, by: F.joerg, message("x"))
    }
    let reaction = IncidentMetrics(playbook: F.shopOutage, events: skipsReminders).injects.first
    #expect(reaction?.delay == 100)
    #expect(reaction?.reaction?.actor == F.joerg)
  }

  @Test func whoDidWhatCountsHandMadeEvents() {
    let m = IncidentMetrics(playbook: F.shopOutage, events: F.drillEvents)
    let joerg = m.activity.first { $0.actor == F.joerg }
    #expect(joerg?.messages == 4)
    #expect(joerg?.steps == 2)
    #expect(m.activity.map(\.actor) == [F.anna, F.sam, F.joerg, F.kai])
  }

  @Test func emptyLogDoesNotCrash() {
    let report = ExportReport(playbook: F.shopOutage, events: [], tornLine: 1)
    for format in ExportFormat.allCases {
      #expect(!IncidentExport.render(report, as: format).isEmpty)
    }
    #expect(
      report.notices.contains {
        $0.text.contains("damaged line 1") && $0.text.contains("no events")
      })
  }
}

@Suite struct ExportRedactionTests {
  @Test func roleHoldersBecomeRolesOthersResponders() {
    let report = ExportFixtures.report(ExportOptions(redact: true))
    #expect(report.person(ExportFixtures.anna) == "Einsatzleitung")
    #expect(report.person(ExportFixtures.joerg) == "Kommunikation")
    #expect(report.person(ExportFixtures.kai) == "Responder 1")
    #expect(report.notices.contains { $0.kind == .redacted })
    let md = MarkdownExport.render(report)
    #expect(!md.contains("Jörg"))
    #expect(!md.contains("Anna"))
    #expect(md.contains("may still contain names"))
  }

  @Test func aSecondHolderOfTheSameRoleIsNumbered() {
    var log = ExportFixtures.LogBuilder()
    log.mode = .live
    log.add(.incidentStarted, 0, by: "a", [("roles", .object([("comms", .string("a"))]))])
    log.add(.roleAssigned, 60, by: "a", [("role", .string("comms")), ("name", .string("b"))])
    let timeline = IncidentTimeline(events: log.events, playbook: ExportFixtures.shopOutage)
    let names = NameRedaction(timeline: timeline, playbook: ExportFixtures.shopOutage)
    #expect(names("a") == "Kommunikation")
    #expect(names("b") == "Kommunikation (2)")
  }
}
