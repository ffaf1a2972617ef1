import Testing

@testable import CrisisKit

/// What a writer writes, every reader reads: each event type, with ordinary and extreme
/// values, goes through the real recorder and comes back through the real reader unchanged;
/// a value the reader would refuse is refused by the writer, and the log stays as it was.
@Suite struct EventRoundTripTests {
  /// The repository, from this file's place in it.
  static let root = "/" + #filePath.split(separator: "/").dropLast(4).joined(separator: "/")
  static let playbookText = String(
    decoding: Files.read(root + "/Playbooks/website-outage.yml"), as: UTF8.self)

  static let awkward =
    "Grüße 🛒 \"quoted\" \\ back\nslash\t<b>&amp;</b> \u{1B}[31m \u{202E} "
    + String(
      repeating: "ä", count: 5000)

  static var started: IncidentStarted {
    IncidentStarted(
      title: awkward, severity: .critical,
      playbook: IncidentStarted.EmbeddedPlaybook(
        path: "Playbooks/website-outage.yml", sha256: "00", text: playbookText),
      variables: [("product", awkward), ("eta", "")], roles: [("comms", "Jörg Weiß"), ("it", "")],
      speed: IncidentStarted.speedRange.upperBound,
      injects: [
        IncidentStarted.ScenarioInject(at: .seconds(3600), title: awkward, text: "", role: "it")
      ],
      rehearses: "2026-11-30-x", since: Timestamp(milliseconds: 0, utcOffset: 86_340))
  }

  /// Every event type at least once, with values at the edges of what readers accept.
  static var bodies: [EventBody] {
    [
      .stepStarted(StepStarted(step: "confirm")),
      .stepDone(StepDone(step: "confirm")),
      .stepSkipped(StepSkipped(step: "confirm", reason: awkward)),
      .stepSkipped(StepSkipped(step: "confirm", reason: nil)),
      .decision(DecisionTaken(step: "confirm", question: awkward, answer: "", next: nil)),
      .messageSent(MessageSent(step: nil, template: nil, channel: "x", text: awkward, url: nil)),
      .messageSent(
        MessageSent(
          step: "go-public", template: "first-post", channel: "x", text: "", url: "https://x.com/ä")
      ),
      .messageSent(
        MessageSent(
          step: "go-public", template: "first-post", channel: "x", text: awkward, url: nil,
          promise: Timestamp(milliseconds: 253_402_300_799_999, utcOffset: -86_340), edited: true)),
      .messageSent(
        MessageSent(
          step: nil, template: nil, channel: "", text: "", url: nil,
          promise: Timestamp(milliseconds: 0, utcOffset: 0))),
      .messageLinked(
        MessageLinked(message: Int64(Int32.max), template: nil, channel: awkward, url: awkward)),
      .messageLinked(MessageLinked(message: nil, template: "t", channel: "", url: "")),
      .messageApproved(MessageApproved(template: awkward, role: "", by: awkward)),
      .messageApproved(MessageApproved(template: "", role: "legal", by: "", step: "x")),
      .channelState(ChannelStateChanged(channel: "x", available: false, reason: awkward)),
      .channelState(ChannelStateChanged(channel: awkward, available: true)),
      .reminder(
        ReminderGiven(kind: .soon, step: nil, obligation: awkward, due: "T+5m", text: awkward)),
      .varSet(VariableSet(name: "eta", value: awkward)),
      .roleAssigned(RoleAssigned(role: "comms", name: "")),
      .note(NoteAdded(text: awkward)),
      .reminder(
        ReminderGiven(kind: .update, step: nil, sincePublicUpdate: Int64(Int32.max), text: awkward)),
      .reminder(ReminderGiven(kind: .deadline, step: "confirm", due: "T+5m", text: "")),
      .inject(InjectGiven(source: .facilitator, title: awkward, text: awkward)),
      .inject(
        InjectGiven(
          source: .log, index: Int64(Int32.max), title: "", text: "", due: "T+0s", role: "it",
          channel: "x")),
      .severityChanged(SeverityChanged(from: .low, to: .critical)),
      .incidentPaused(IncidentPaused(reason: awkward)),
      .incidentPaused(IncidentPaused()),
      .operatorJoined(OperatorJoined(session: awkward, pid: Int64(Int32.max), host: awkward)),
      .operatorJoined(OperatorJoined(session: "", pid: 1, host: nil)),
      .operatorJoined(OperatorJoined(session: "a1", pid: nil, host: "")),
      .operatorLeft(OperatorLeft(session: awkward, reason: awkward)),
      .operatorLeft(OperatorLeft(session: "", reason: nil)),
      .incidentResumed,
      .clockPaused,
      .clockResumed,
      .clockAdvanced(ClockAdvanced(seconds: 0)),
      .clockAdvanced(ClockAdvanced(seconds: ClockAdvanced.maximumSeconds)),
      .scorecard(
        ScorecardRecorded(figures: [("first_statement", .object([("met", .bool(true))]))])),
      .incidentResolved(IncidentResolved(summary: awkward)),
    ]
  }

  @Test(arguments: [IncidentMode.live, .drill])
  func everyEventTypeReadsBackAsWritten(mode: IncidentMode) throws {
    let dir = try TemporaryDirectory()
    let path = dir.file("round-trip.jsonl")
    let log = try IncidentLog.create(at: path)
    let clock = ManualClock(Timestamp(milliseconds: 253_402_300_799_000, utcOffset: -86_340))
    let recorder = IncidentRecorder(
      log: log, incident: "round-trip", mode: mode, actor: Self.awkward, clock: clock)
    var written: [IncidentEvent] = []
    written.append(
      try recorder.record(EventDraft(.incidentStarted(Self.started)), simulated: { _ in 0 }))
    let sims = [IncidentEvent.simRange.upperBound, IncidentEvent.simRange.lowerBound, 0.001]
    for (i, body) in Self.bodies.enumerated() {
      written.append(
        try recorder.record(EventDraft(body), simulated: { _ in sims[i % sims.count] }))
    }
    let file = try IncidentFile.read(path: path, keepEvents: true)
    let read = file.events
    #expect(read.count == written.count)
    for (a, b) in zip(written, read) {
      #expect(a.body == b.body, "line \(b.line)")
      #expect(a.extra.isEmpty && b.extra.isEmpty)
      #expect(a.sim == b.sim && a.ts == b.ts && a.actor == b.actor && a.seq == b.seq)
    }
  }

  /// Values beyond what readers accept: refused before anything reaches the file.
  @Test func valuesTheReaderRefusesAreNotWritten() throws {
    let dir = try TemporaryDirectory()
    let path = dir.file("refused.jsonl")
    let log = try IncidentLog.create(at: path)
    let clock = ManualClock(Timestamp(milliseconds: 1_795_276_992_000))
    let recorder = IncidentRecorder(
      log: log, incident: "refused", mode: .drill, actor: "anna", clock: clock)
    _ = try recorder.record(EventDraft(.incidentStarted(Self.started)), simulated: { _ in 0 })
    let before = Files.read(path)
    var tooFast = Self.started
    tooFast.speed = 1e308
    let refused: [(EventDraft, Double)] = [
      (EventDraft(.note(NoteAdded(text: "x"))), 1e308),
      (EventDraft(.note(NoteAdded(text: "x"))), .infinity),
      (EventDraft(.note(NoteAdded(text: "x"))), .nan),
      (EventDraft(.note(NoteAdded(text: "x"))), -1e19),
      (EventDraft(.clockAdvanced(ClockAdvanced(seconds: Int64.max))), 1),
      (EventDraft(.inject(InjectGiven(source: .playbook, index: -1, title: "t", text: ""))), 1),
      (EventDraft(.incidentStarted(tooFast)), 0),
    ]
    for (draft, sim) in refused {
      #expect(throws: LogError.self) { try recorder.record(draft, simulated: { _ in sim }) }
    }
    #expect(Files.read(path) == before)
    // And the log still reads.
    #expect(try IncidentFile.read(path: path).state.eventCount == 1)
  }

  /// A body of an unknown type whose name is a known one (found by the round-trip fuzzer) is
  /// written as the known type, as it will read back.
  @Test func anOtherBodyWithAKnownNameIsTheKnownType() {
    #expect(EventDraft(.other("incident.resumed")).body == .incidentResumed)
    #expect(EventDraft(.other("note")).body == .note(NoteAdded(text: "")))
    #expect(EventDraft(.other("x.unknown")).body == .other("x.unknown"))
  }

  /// The last `seq` a log may hold: the next append is refused with a message, not a crash.
  @Test func aFullLogRefusesTheNextEvent() throws {
    let dir = try TemporaryDirectory()
    let path = dir.file("full.jsonl")
    let line =
      #"{"v":1,"seq":9007199254740992,"ts":"2026-11-30T00:00:00.000Z","incident":"i","mode":"live","type":"note","actor":"a","text":"x","prev":"00"}"#
    Files.write(path, Array((line + "\n").utf8))
    let clock = ManualClock(Timestamp(milliseconds: 1_795_276_992_000))
    #expect(throws: LogError.self) {
      try IncidentLog(path: path).append(clock: clock) { _, now in
        [
          ("ts", .string(now.rfc3339)), ("incident", .string("i")), ("mode", .string("live")),
          ("type", .string("note")), ("actor", .string("a")),
        ]
      }
    }
  }
}
