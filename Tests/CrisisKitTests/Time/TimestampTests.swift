import Testing

@testable import CrisisKit

@Suite struct TimestampTests {
  @Test(arguments: [
    ("2026-11-21T17:03:12.345+01:00", Int64(1_795_276_992_345), 3600),
    ("1970-01-01T00:00:00.000Z", Int64(0), 0),
    ("2024-02-29T23:59:59.999-05:30", Int64(1_709_270_999_999), -19800),
  ])
  func roundTrips(text: String, millis: Int64, offset: Int) throws {
    let ts = try #require(Timestamp.parse(text))
    #expect(ts.milliseconds == millis)
    #expect(ts.utcOffset == offset)
    #expect(ts.rfc3339 == text)
  }

  @Test(arguments: [
    "", "2026-13-01T00:00:00Z", "2026-11-21 17:03", "2026-11-21T17:03:12+0100",
    "2026-11-21T17:03:12.Z",
  ])
  func rejectsMalformed(text: String) {
    #expect(Timestamp.parse(text) == nil)
  }

  @Test func acceptsNoFraction() throws {
    let ts = try #require(Timestamp.parse("2026-11-21T16:03:12Z"))
    #expect(ts.rfc3339 == "2026-11-21T16:03:12.000Z")
    #expect(ts.clockTime == "16:03")
  }
}

@Suite struct DurationTextTests {
  @Test(arguments: [
    ("90s", 90), ("15m", 900), ("1h30m", 5400), ("72h", 259_200), ("1d2h", 93600), ("0s", 0),
  ])
  func parses(text: String, seconds: Int64) {
    #expect(Duration.parse(text)?.wholeSeconds == seconds)
  }

  @Test(arguments: ["", "15", "m", "30m1h", "1h1h", "1.5h", "-5m", "15 m", "15min"])
  func rejects(text: String) {
    #expect(Duration.parse(text) == nil)
  }

  @Test func compactRoundTrips() {
    for seconds: Int64 in [0, 5, 60, 61, 3600, 5400, 3605, 259_200] {
      let d = Duration.seconds(seconds)
      #expect(Duration.parse(d.compact) == d)
    }
  }

  @Test func elapsedLabels() {
    #expect(SpanText.text(0) == "0s")
    #expect(SpanText.text(59) == "59s")
    #expect(SpanText.text(720) == "12m")
    #expect(SpanText.text(3900) == "1h05m")
    #expect(SpanText.countdown(0.2) == "1s")
  }
}
