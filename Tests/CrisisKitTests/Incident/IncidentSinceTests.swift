import Testing

@testable import CrisisKit

/// `--since TIME` on `crisis start` and `crisis drill`: T0 before the opening. It is read like
/// `note --at`, goes into `incident.started`, and every clock counts from it.
@Suite struct IncidentSinceTests {
  static let now = incidentStart

  // MARK: Reading the option

  @Test func readsTheThreeForms() throws {
    #expect(try IncidentSince.read("-20m", now: Self.now).get() == Self.now.adding(seconds: -1200))
    #expect(
      try IncidentSince.read("16:52", now: Self.now).get().rfc3339
        == "2026-11-21T16:52:00.000+01:00")
    let full = "2026-11-21T15:00:00Z"
    #expect(try IncidentSince.read(full, now: Self.now).get() == Timestamp.parse(full))
    #expect(try IncidentSince.read("-0s", now: Self.now).get() == Self.now)
  }

  @Test func thirtyDaysBackIsTheLimit() throws {
    #expect(
      try IncidentSince.read("-30d", now: Self.now).get() == Self.now.adding(seconds: -2_592_000))
    #expect(
      IncidentSince.read("-30d1s", now: Self.now)
        == .failure(.tooLongAgo("-30d1s", now: Self.now)))
    #expect(
      IncidentSince.read("2025-11-21T16:00:00+01:00", now: Self.now)
        == .failure(.tooLongAgo("2025-11-21T16:00:00+01:00", now: Self.now)))
  }

  /// Each refusal names `--since` (not `--at`) and the value, in one sentence.
  @Test(arguments: ["2099-01-01T00:00:00Z", "soon", "-31d", "1969-12-31T23:59:59Z"])
  func refusalsNameTheOptionAndTheValue(_ text: String) {
    guard case .failure(let failure) = IncidentSince.read(text, now: Self.now) else {
      Issue.record("'\(text)' was accepted")
      return
    }
    let message = failure.description
    #expect(message.hasPrefix("--since "), "\(message)")
    #expect(message.contains("'\(text)'"))
    #expect(!message.contains("--at"))
    #expect(!message.contains("\n"))
  }

  @Test func theFutureAndTheDistantPastSayWhy() {
    let future = IncidentSince.read("2099-01-01T00:00:00Z", now: Self.now)
    #expect(future == .failure(.time(.future("2099-01-01T00:00:00Z", now: Self.now))))
    if case .failure(let failure) = future {
      #expect(failure.description.contains("in the future"))
    }
    if case .failure(let failure) = IncidentSince.read("-40d", now: Self.now) {
      #expect(failure.description.contains("more than 30 days"))
    }
  }

  /// `--at` keeps its own words.
  @Test func noteAtMessagesAreUnchanged() {
    let message = PastTime.Failure.future("2099-01-01T00:00:00Z", now: Self.now).description
    #expect(message.hasPrefix("--at '2099-01-01T00:00:00Z' is in the future"))
    #expect(message.hasSuffix("--at records when something already happened"))
  }

  // MARK: The opening and the fold

  @Test func theDraftCarriesSince() throws {
    var opening = try ShippedPlaybook("website-outage").opening()
    #expect(!opening.draft.fields.contains { $0.0 == "since" })
    let since = Self.now.adding(seconds: -1200)
    opening.since = since
    #expect(opening.started.since == since)
    #expect(opening.draft.fields.first { $0.0 == "since" }?.1 == .string(since.rfc3339))
  }

  /// A live incident opened 20 minutes after T0: T+ counts from T0, the opening sits at
  /// T+20m, and the walkthrough's clock reads T+20m at once.
  @Test func liveIncidentCountsFromSince() throws {
    let dir = try TemporaryDirectory()
    var opening = try ShippedPlaybook("website-outage").opening()
    let since = Self.now.adding(seconds: -1200)
    opening.since = since
    let clock = ManualClock(Self.now)
    let opened = try opening.open(in: dir.path, clock: clock, actor: "anna", random: 1)
    #expect(opened.event.sim == nil)
    #expect(opened.session.elapsed(at: Self.now) == 1200)
    #expect(opened.session.state.startedAt == since)
    #expect(opened.session.state.openedAt == Self.now)
    #expect(opened.session.state.openedAfter == 1200)

    let file = try IncidentFile.read(path: opened.path)
    #expect(file.state.startedAt == since)
    #expect(file.state.openedAt == Self.now)
    #expect(file.state.lastElapsed == 1200)
    // The first step (due 5m) is overdue as soon as the incident is opened.
    let playbook = try #require(file.state.playbook)
    let overdue = ObligationBoard(playbook: playbook, state: file.state).steps(at: 1200)
      .filter { $0.urgency(at: 1200) == .overdue }
    #expect(overdue.compactMap(\.step) == ["confirm"])

    // Resumed (or read by `status`) later, the clock still runs from T0.
    clock.advance(seconds: 60)
    let resumed = IncidentClock.resuming(file.state, at: clock.now(), running: true)
    #expect(resumed.elapsed(at: clock.now()) == 1260)
    let session = try file.resume(actor: "ben", clock: clock).session
    #expect(session.elapsed(at: clock.now()) == 1260)
  }

  /// A drill opened with `--since -20m`: its simulated clock starts at T+20m (not 20 minutes
  /// times the speed) and runs at the drill's speed from there; the first event's `sim` says so.
  @Test func drillClockStartsAtTheTimeSinceT0() throws {
    let dir = try TemporaryDirectory()
    var opening = try ShippedPlaybook("website-outage").opening(mode: .drill, speed: 10)
    opening.since = Self.now.adding(seconds: -1200)
    let clock = ManualClock(Self.now)
    let opened = try opening.open(in: dir.path, clock: clock, actor: "anna", random: 2)
    #expect(opened.event.sim == 1200)
    #expect(opened.session.elapsed(at: Self.now) == 1200)
    #expect(opened.session.elapsed(at: Self.now.adding(seconds: 6)) == 1260)
    // The playbook's injects up to T+20m are due at once.
    let due = opened.session.dueEvents(at: Self.now).filter { $0.type == .inject }
    #expect(
      due.count
        == opened.session.agenda.scheduledInjects.filter { $0.at.secondsValue <= 1200 }.count)
    #expect(!due.isEmpty)

    let file = try IncidentFile.read(path: opened.path)
    #expect(file.state.lastElapsed == 1200)
    clock.advance(seconds: 6)
    #expect(
      IncidentClock.resuming(file.state, at: clock.now(), running: true).elapsed(at: clock.now())
        == 1260)
  }

  /// Without `--since` nothing changes: T0 is the opening, a drill starts at T+0.
  @Test func withoutSinceT0IsTheOpening() throws {
    let dir = try TemporaryDirectory()
    let opening = try ShippedPlaybook("website-outage").opening(mode: .drill, speed: 10)
    let opened = try opening.open(
      in: dir.path, clock: ManualClock(Self.now), actor: "anna", random: 3)
    #expect(opened.event.sim == 0)
    #expect(opened.session.elapsed(at: Self.now) == 0)
    #expect(opened.session.state.startedAt == opened.session.state.openedAt)
  }
}
