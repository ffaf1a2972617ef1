import Testing

@testable import CrisisKit

/// The scorecard printed at the end of a drill fits the terminal it is printed on.
@Suite struct DrillScorecardTests {
  @Test(arguments: [80, 60, 40, 24])
  func linesFitTheWidth(width: Int) {
    let scorecard = DrillScorecard(
      playbook: ExportFixtures.shopOutage, events: ExportFixtures.drillEvents)
    let lines = scorecard.lines(width: width)
    #expect(lines.count >= scorecard.lines.count)
    for line in lines {
      #expect(DisplayWidth.of(line) <= width, "\(line)")
    }
  }

  /// A long ad-hoc inject wraps in its own column; the other rows stay one line each.
  @Test func aLongInjectDoesNotWidenEveryRow() {
    var events = ExportFixtures.drillEvents
    var log = ExportFixtures.LogBuilder()
    log.events = events
    log.add(
      .inject, 600, by: ExportFixtures.anna,
      [
        ("source", .string("facilitator")),
        (
          "title",
          .string(
            "Ein Kunde ruft an und sagt, er sei doppelt belastet worden, und droht mit der Presse"
          )
        ),
      ])
    events = log.events
    let scorecard = DrillScorecard(playbook: ExportFixtures.shopOutage, events: events)
    let lines = scorecard.lines(width: 120)
    for line in lines { #expect(DisplayWidth.of(line) <= 120, "\(line)") }
    let without = DrillScorecard(
      playbook: ExportFixtures.shopOutage, events: ExportFixtures.drillEvents
    )
    .lines(width: 120)
    #expect(lines.count <= without.count + 3, "only the long inject's own row wraps")
    let steps = lines.first { $0.hasPrefix("Steps on time") }
    #expect(steps.map { DisplayWidth.of($0) < 60 } == true, "short rows stay short")
  }

  /// A 300-character ad-hoc inject title (words, one unbroken URL, double-width characters)
  /// never breaks the layout at 80 or 120 columns: each line fits, and the short rows stay
  /// short.
  @Test(arguments: [80, 120])
  func aThreeHundredCharacterInjectFits(width: Int) {
    for title in [
      String(String(repeating: "Kunde droht mit Presse und Anwalt, ", count: 9).prefix(300)),
      "https://x.com/" + String(repeating: "a", count: 286),
      String(repeating: "炎上", count: 150),
    ] {
      let lines = Self.scorecard(withInject: title).lines(width: width)
      for line in lines { #expect(DisplayWidth.of(line) <= width, "\(line)") }
      let steps = lines.first { $0.hasPrefix("Steps on time") }
      #expect(steps.map { DisplayWidth.of($0) <= width / 3 + 4 } == true, "short rows stay short")
    }
  }

  static func scorecard(withInject title: String) -> DrillScorecard {
    var log = ExportFixtures.LogBuilder()
    log.events = ExportFixtures.drillEvents
    log.add(
      .inject, 600, by: ExportFixtures.anna,
      [("source", .string("facilitator")), ("title", .string(title))])
    return DrillScorecard(playbook: ExportFixtures.shopOutage, events: log.events)
  }

  /// A playbook whose injects say what they expect.
  static var expecting: Playbook {
    var playbook = ExportFixtures.shopOutage
    playbook.injects[0].expect = [ExportFixtures.ref("x-post"), ExportFixtures.ref("go-public")]
    playbook.injects[1].expect = [ExportFixtures.ref("watch")]
    return playbook
  }

  /// Injects released by a `wait` that jumped past them, answered later: the reaction time
  /// runs from when the inject was due in the scenario to the expected action, not to the
  /// next keystroke; an expected action that never came is "not done"; what was done in
  /// between is listed; the late step is named.
  static var waitedDrill: [IncidentEvent] {
    typealias F = ExportFixtures
    var log = F.LogBuilder()
    log.add(
      .incidentStarted, 0, by: F.anna,
      [("roles", .object([("lead", .string(F.anna)), ("comms", .string(F.joerg))]))])
    log.add(.stepStarted, 0, by: F.anna, [("step", .string("confirm"))])
    log.add(
      .decision, 60, by: F.anna,
      [
        ("step", .string("confirm")), ("question", .string("?")), ("answer", .string("ja")),
        ("next", .string("go-public")),
      ])
    log.add(.stepDone, 60, by: F.anna, [("step", .string("confirm"))])
    log.add(.stepStarted, 60, by: F.anna, [("step", .string("go-public"))])
    log.add(.clockAdvanced, 60, by: F.anna, [("seconds", .int(1440))])
    // `wait 24m` jumped from T+1m to T+25m, past both injects (due T+8m and T+20m).
    for (index, title) in [(0, "Journalist ruft an"), (1, "CEO postet auf LinkedIn")] {
      log.add(
        .inject, 1500, by: F.anna,
        [("source", .string("playbook")), ("index", .int(Int64(index))), ("title", .string(title))])
    }
    log.add(.note, 1530, by: F.joerg, [("text", .string("Presse ruft an"))])
    log.add(
      .messageSent, 1620, by: F.joerg,
      [
        ("step", .string("go-public")), ("template", .string("x-post")), ("channel", .string("x")),
        ("text", .string("Wir arbeiten daran.")),
      ])
    log.add(.stepDone, 1680, by: F.joerg, [("step", .string("go-public"))])
    log.add(.incidentResolved, 1800, by: F.anna, [])
    return log.events
  }

  /// The team finished what an inject expects before the inject came: it was ahead of the
  /// scenario, which is done (not "not done"), and says so.
  @Test func anExpectedStepDoneBeforeTheInjectCountsAsAhead() throws {
    var playbook = Self.expecting
    playbook.injects[0].expect = [ExportFixtures.ref("confirm")]
    let scorecard = DrillScorecard(playbook: playbook, events: Self.waitedDrill)
    let journalist = try #require(scorecard.report.injectReactions.first)
    #expect(journalist.ahead)
    #expect(journalist.delay == 0)
    #expect(journalist.reaction?.moment.tPlus == 60)
    let text = scorecard.lines.joined(separator: "\n")
    #expect(text.contains("already done before it, at T+1m"), "\(text)")
  }

  @Test func expectedReactionsAreTimedFromWhenTheInjectWasDue() throws {
    let scorecard = DrillScorecard(playbook: Self.expecting, events: Self.waitedDrill)
    let reactions = scorecard.report.injectReactions
    #expect(reactions.count == 2)
    let journalist = try #require(reactions.first)
    #expect(journalist.happened == 480)
    #expect(journalist.reaction?.type == "message.sent")
    #expect(journalist.delay == 1140.0, "from T+8m, when it was due, to the post at T+27m")
    #expect(journalist.unexpected.map(\.type) == ["note"], "listed, not counted")
    let ceo = try #require(reactions.last)
    #expect(ceo.hasExpectation)
    #expect(ceo.reaction == nil, "its expected step was never done")

    let text = scorecard.lines.joined(separator: "\n")
    #expect(text.contains("Inject at T+8m: Journalist ruft an"))
    #expect(text.contains("done after 19m"))
    #expect(text.contains("meanwhile: T+25m30s note"))
    #expect(text.contains("expected Beobachten: NOT DONE"))
    #expect(
      text.contains("Erste öffentliche Meldung: done T+28m, due T+15m"), "names the late step")
    #expect(text.contains("Practise next time"))
    #expect(text.contains("1. Get the first public statement out within 15m."))
    #expect(text.contains("2. When “CEO postet auf LinkedIn” happens: Beobachten."))
  }

  @Test func withoutExpectTheFirstReactionIsLabelled() {
    let scorecard = DrillScorecard(playbook: ExportFixtures.shopOutage, events: Self.waitedDrill)
    let first = scorecard.report.injectReactions.first
    #expect(first?.hasExpectation == false)
    #expect(first?.delay == 1050.0, "from T+8m to the note at T+25m30s")
    #expect(
      scorecard.lines.joined().contains(
        "first reaction after 17m30s (note) (no expected action set)"))
  }

  @Test func aGermanDrillScoresInGerman() {
    var playbook = Self.expecting
    playbook.language = .german
    let text = DrillScorecard(playbook: playbook, events: Self.waitedDrill).lines.joined(
      separator: "\n")
    #expect(text.contains("Schritte verspätet"))
    #expect(text.contains("Einspielung T+8m: Journalist ruft an"))
    #expect(text.contains("erwartet Beobachten: NICHT ERLEDIGT"))
    #expect(text.contains("Beim nächsten Mal üben"))
    #expect(!text.contains("Steps"))
  }
}
