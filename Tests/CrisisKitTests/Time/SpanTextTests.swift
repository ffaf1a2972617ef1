import Testing

@testable import CrisisKit

/// The one span formatter: the same figures on the screen and in the report, and no trap on
/// any double a damaged log or a wild clock can produce.
@Suite struct SpanTextTests {
  @Test func minutesAndSeconds() {
    #expect(SpanText.text(45) == "45s")
    #expect(SpanText.text(760) == "12m")
    #expect(SpanText.exact(760) == "12m40s")
    #expect(SpanText.exact(3920) == "1h05m20s")
    #expect(SpanText.text(93_600) == "26h00m")
    #expect(SpanText.exact(-180) == "3m")
  }

  @Test func incidentTime() {
    #expect(SpanText.tPlus(720) == "T+12m")
    #expect(SpanText.tPlus(-300) == "T-5m")
    #expect(SpanText.tPlus(-0.4) == "T+0s")
    #expect(SpanText.exactTPlus(760) == "T+12m40s")
  }

  @Test func countdownsRoundUpAndStopAtZero() {
    #expect(SpanText.countdown(0.2) == "1s")
    #expect(SpanText.countdown(59.1) == "1m")
    #expect(SpanText.countdown(-30) == "0s")
  }

  @Test(arguments: [
    Double.nan, .infinity, -.infinity, .greatestFiniteMagnitude, -.greatestFiniteMagnitude, 9.3e18,
    -1e19,
  ])
  func neverTraps(_ seconds: Double) {
    for text in [
      SpanText.text(seconds), SpanText.exact(seconds), SpanText.countdown(seconds),
      SpanText.tPlus(seconds), SpanText.exactTPlus(seconds),
    ] {
      #expect(!text.isEmpty)
    }
  }
}
