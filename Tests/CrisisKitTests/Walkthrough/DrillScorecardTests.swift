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
    #expect(lines.count <= scorecard.lines.count + 2, "only the long label wraps")
    let steps = lines.first { $0.hasPrefix("Steps on time") }
    #expect(steps.map { DisplayWidth.of($0) < 60 } == true, "short rows stay short")
  }
}
