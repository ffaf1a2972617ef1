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
}
