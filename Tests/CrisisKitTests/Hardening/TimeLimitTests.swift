import Testing

@testable import CrisisKit

/// Issue 10, items 3 and 4: every time the log holds is RFC 3339 that reads back as the same
/// instant, and a time that cannot be written that way is refused before anything is written.
@Suite struct TimeLimitTests {
  // MARK: Item 4: the timestamp writer

  /// An offset with seconds (`TZ=XXX-01:00:30`, local mean time before 1900) is written as UTC,
  /// so two instants a millisecond apart stay a millisecond apart in the log.
  @Test(arguments: [3630, -3630, 1172, 86400, -86400, 90000, 24 * 3600 + 59 * 60])
  func unwritableOffsetsAreWrittenAsUTC(offset: Int) throws {
    let ts = Timestamp(milliseconds: 1_795_276_992_345, utcOffset: offset)
    let text = ts.rfc3339
    #expect(text == "2026-11-21T16:03:12.345Z")
    let back = try #require(Timestamp.parse(text))
    #expect(back.milliseconds == ts.milliseconds)
  }

  /// Every whole-minute offset within a day keeps its offset and reads back exactly.
  @Test func wholeMinuteOffsetsRoundTrip() throws {
    for minutes in stride(from: -(23 * 60 + 59), through: 23 * 60 + 59, by: 7) {
      let ts = Timestamp(milliseconds: 1_795_276_992_345, utcOffset: minutes * 60)
      let back = try #require(Timestamp.parse(ts.rfc3339), "\(ts.rfc3339)")
      #expect(back.milliseconds == ts.milliseconds)
      #expect(back.utcOffset == ts.utcOffset)
    }
  }

  @Test func yearsBeyondFourDigitsAreNotWritable() throws {
    let last = try #require(Timestamp.parse("9999-12-31T23:59:59.999Z"))
    #expect(last.isWritable)
    #expect(!last.adding(seconds: 0.001).isWritable)
    let first = try #require(Timestamp.parse("0000-01-01T00:00:00.000Z"))
    #expect(first.isWritable)
    #expect(!first.adding(seconds: -0.001).isWritable)
    // Local year 10000 in its own offset, although UTC is still 9999.
    #expect(!Timestamp(milliseconds: last.milliseconds, utcOffset: 3600).isWritable)
    #expect(!Timestamp(milliseconds: .max).isWritable)
    #expect(!Timestamp(milliseconds: .min).isWritable)
  }

  /// Never traps, whatever the seconds: the result saturates and is then not writable.
  @Test(arguments: [1e308, -1e308, Double.infinity, -Double.infinity, Double.nan, 9.3e15])
  func addingNeverTraps(seconds: Double) {
    let t = Timestamp(milliseconds: 0).adding(seconds: seconds)
    _ = t.local
    _ = t.rfc3339
  }

  /// A clock past 9999-12-31 must not write `10000-01-01…` and report success.
  @Test func appendRefusesAClockPastYear9999() throws {
    let dir = try TemporaryDirectory()
    let log = try IncidentLog.create(at: dir.file("a.jsonl"))
    let clock = ManualClock(try #require(Timestamp.parse("9999-12-31T23:59:59.999Z")))
    try log.append(clock: clock) { _, now in event("note", at: now) }
    let before = Files.read(log.path)
    clock.advance(seconds: 0.001)
    #expect(throws: LogError.self) {
      try log.append(clock: clock) { _, now in event("note", at: now) }
    }
    #expect(Files.read(log.path) == before)
    var count = 0
    try IncidentLog.read(path: log.path) { _ in count += 1 }
    #expect(count == 1)
  }

  /// Under an offset with seconds, the `ts` written is UTC and is the clock's instant.
  @Test func appendWritesUTCForAnOffsetWithSeconds() throws {
    let dir = try TemporaryDirectory()
    let log = try IncidentLog.create(at: dir.file("a.jsonl"))
    let clock = ManualClock(Timestamp(milliseconds: 1_795_276_992_345, utcOffset: 3630))
    let line = try log.append(clock: clock) { _, now in event("note", at: now) }
    #expect(line.timestamp.utcOffset == 0)
    let text = String(decoding: line.bytes, as: UTF8.self)
    #expect(text.contains(#""ts":"2026-11-21T16:03:12.345Z""#))
  }

  // MARK: Item 3: `--at` and RFC 3339 ranges

  @Test(arguments: [
    "2026-11-30T00:00:00+99:99", "2026-11-30T00:00:00+24:00", "2026-11-30T00:00:00-23:60",
    "2026-02-30T00:00:00Z", "2026-04-31T00:00:00Z", "2025-02-29T12:00:00Z",
  ])
  func parseRefusesImpossibleDatesAndOffsets(text: String) {
    #expect(Timestamp.parse(text) == nil)
  }

  @Test func parseAcceptsTheEdges() {
    #expect(Timestamp.parse("2024-02-29T12:00:00Z") != nil)
    #expect(Timestamp.parse("2026-11-30T00:00:00+23:59") != nil)
    #expect(Timestamp.parse("2026-11-30T00:00:00-23:59") != nil)
  }

  static let now = Timestamp(milliseconds: 1_795_276_992_345, utcOffset: 3600)

  @Test func atRefusesTheFuture() {
    guard case .failure(.future) = PastTime.read("2099-01-01T00:00:00Z", now: Self.now) else {
      Issue.record("a time in 2099 was accepted")
      return
    }
    // Now itself is the latest accepted time.
    #expect(PastTime.parse(Self.now.rfc3339, now: Self.now) == Self.now)
  }

  @Test func atRefusesOutOfRangeTimes() {
    guard case .failure(.malformed) = PastTime.read("2026-11-30T00:00:00+99:99", now: Self.now)
    else {
      Issue.record("+99:99 was accepted")
      return
    }
    guard case .failure(.tooEarly) = PastTime.read("0001-01-01T00:00:00Z", now: Self.now) else {
      Issue.record("year 1 was accepted")
      return
    }
    guard case .failure(.tooEarly) = PastTime.read("-99999999d", now: Self.now) else {
      Issue.record("-99999999d was accepted")
      return
    }
    #expect(PastTime.parse("-20m", now: Self.now) == Self.now.adding(seconds: -1200))
  }

  /// The message names the value and what to do.
  @Test func atErrorsSayWhatIsWrong() {
    let message = PastTime.Failure.future("2099-01-01T00:00:00Z", now: Self.now).description
    #expect(message.contains("in the future"))
    #expect(message.contains("2099-01-01T00:00:00Z"))
  }

  /// The recorder refuses an `at` the log could not hold, before anything is written.
  @Test func recorderRefusesAnUnwritableAt() throws {
    let dir = try TemporaryDirectory()
    let log = try IncidentLog.create(at: dir.file("a.jsonl"))
    let recorder = IncidentRecorder(
      log: log, incident: "x", mode: .live, actor: "anna", clock: ManualClock(Self.now))
    let far = Timestamp(milliseconds: Timestamp.latestWritable + 1)
    #expect(throws: LogError.self) {
      try recorder.record(EventDraft(.note, [("text", .string("t"))], at: far))
    }
    #expect(Files.read(log.path).isEmpty)
  }
}
