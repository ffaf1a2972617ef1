import Testing

@testable import CrisisKit

#if canImport(Glibc)
  import Glibc
#endif

/// The one order of a team incident's chains: the same for every arrival order.
@Suite struct TeamOrderTests {
  func event(
    _ device: String, _ seq: Int, lamport: Int64, _ body: EventBody = .note(NoteAdded(text: "n"))
  ) -> IncidentEvent {
    var e = IncidentEvent(
      seq: seq, ts: incidentStart, incident: "i", mode: .live, body: body, actor: device,
      line: seq)
    e.device = device
    e.lamport = lamport
    return e
  }

  func keys(_ events: [IncidentEvent]) -> [String] {
    events.map { "\($0.device ?? "")/\($0.chainSeq ?? 0)@\($0.lamport ?? 0)#\($0.seq)" }
  }

  @Test func orderIsLamportThenDeviceThenSeqWhateverTheArrival() {
    let a = [event("a", 1, lamport: 1), event("a", 2, lamport: 2), event("a", 3, lamport: 5)]
    let b = [event("b", 1, lamport: 2), event("b", 2, lamport: 3)]
    let one = TeamOrder(device: "a")
    _ = one.insert(a)
    _ = one.insert(b)
    let two = TeamOrder(device: "b")
    _ = two.insert(b)
    _ = two.insert(a)
    #expect(keys(one.events) == keys(two.events))
    #expect(
      keys(one.events) == ["a/1@1#1", "a/2@2#2", "b/1@2#3", "b/2@3#4", "a/3@5#5"])
  }

  @Test func laterEventsAreAppendedEarlierOnesReorder() {
    let order = TeamOrder(device: "a")
    guard case .appended(let first) = order.insert([event("a", 1, lamport: 1)]) else {
      Issue.record("the first event is appended")
      return
    }
    #expect(first.map(\.seq) == [1])
    guard case .appended(let next) = order.insert([event("a", 2, lamport: 4)]) else {
      Issue.record("a later event is appended")
      return
    }
    #expect(next.map(\.seq) == [2])
    // b wrote at lamport 2 while offline: it sorts between a's two events.
    guard case .reordered(let all, let fresh) = order.insert([event("b", 1, lamport: 2)]) else {
      Issue.record("an earlier event reorders")
      return
    }
    #expect(keys(all) == ["a/1@1#1", "b/1@2#2", "a/2@4#3"])
    #expect(keys(fresh) == ["b/1@2#2"])
    #expect(order.takeReorder())
    #expect(!order.takeReorder())
    #expect(order.maxLamport == 4)
  }

  @Test func knownEventsAreSkipped() {
    let order = TeamOrder(device: "a")
    _ = order.insert([event("a", 1, lamport: 1), event("b", 1, lamport: 2)])
    guard case .nothing = order.insert([event("b", 1, lamport: 2), event("a", 1, lamport: 1)])
    else {
      Issue.record("nothing new")
      return
    }
    #expect(order.count == 2)
    #expect(order.ownCount == 1)
  }

  /// A link names its message by chain and seq; in the fold it names the message's place.
  @Test func linksToAnotherChainAreTranslatedToPlaces() {
    let order = TeamOrder(device: "a")
    let sent = event(
      "b", 1, lamport: 3,
      .messageSent(MessageSent(step: "s", template: "t", channel: "x", text: "hi", url: nil)))
    var link = MessageLinked(message: 1, template: "t", channel: "x", url: "https://x/1")
    link.messageDevice = "b"
    _ = order.insert([event("a", 1, lamport: 1), event("a", 2, lamport: 2), sent])
    _ = order.insert([event("a", 3, lamport: 4, .messageLinked(link))])
    guard case .messageLinked(let placed) = order.events.last?.body else {
      Issue.record("the link is last")
      return
    }
    #expect(placed.message == 3)
    #expect(order.chainKey(ofPlace: 3) == TeamOrder.ChainKey(device: "b", seq: 1))
    #expect(order.chainKey(ofPlace: 9) == nil)
  }

  @Test func deviceIDsAreFileNamesPeopleRecognise() {
    #expect(
      TeamChains.makeDeviceID(host: "Annas MacBook Pro", random: 0xAB)
        == "annas-macbook-pro-000000ab")
    #expect(TeamChains.makeDeviceID(host: "", random: 1) == "device-00000001")
    #expect(TeamChains.makeDeviceID(host: "Größe/../x", random: 2) == "gr-e-x-00000002")
    let long = TeamChains.makeDeviceID(host: String(repeating: "a", count: 300), random: 3)
    #expect(IncidentEvent.isDeviceID(long))
    #expect(!IncidentEvent.isDeviceID("../etc"))
    #expect(!IncidentEvent.isDeviceID(""))
    #expect(!IncidentEvent.isDeviceID("A"))
  }

  @Test func teamEnvelopeFieldsAreCheckedWhenRead() throws {
    func read(_ extra: String) throws -> IncidentEvent {
      let line =
        #"{"v":1,"seq":1,"ts":"2026-11-30T10:00:00Z","incident":"i","mode":"live","type":"note","actor":"a","text":"x""#
        + extra + #","prev":""}"#
      return try IncidentEvent(json: try JSONParser.parse(line), line: 1)
    }
    let good = try read(#","device":"laptop-1","lamport":7"#)
    #expect(good.device == "laptop-1")
    #expect(good.lamport == 7)
    #expect(good.extra.isEmpty)
    #expect(throws: EventFormatError.self) { try read(#","device":"../x","lamport":7"#) }
    #expect(throws: EventFormatError.self) { try read(#","device":"a","lamport":0"#) }
    #expect(throws: EventFormatError.self) { try read(#","device":"a""#) }
    #expect(throws: EventFormatError.self) { try read(#","lamport":3"#) }
  }

  /// An `incident.started` in another machine's chain (a copy, or planted) does not replace
  /// the incident's title, playbook or T0: a team incident starts once.
  @Test func aSecondStartFromAnotherChainChangesNothing() {
    func started(_ title: String) -> EventBody {
      .incidentStarted(
        IncidentStarted(
          title: title, severity: .high,
          playbook: .init(path: "p.yml", sha256: "x", text: "playbook: p"), variables: []))
    }
    let order = TeamOrder(device: "a")
    _ = order.insert([
      event("a", 1, lamport: 1, started("Shop down")),
      event("b", 1, lamport: 5, started("Hijacked")),
    ])
    var state = IncidentState()
    for e in order.events { state.apply(e) }
    #expect(state.title == "Shop down")
    #expect(state.startedBy == "a")
  }

  /// Two laptops' consoles both wrote the same reminder before they synced: the state counts
  /// it once. A later reminder of the same obligation (the next cadence round) still counts.
  @Test func aReminderFromTwoLaptopsCountsOnce() {
    func reminder() -> EventBody {
      .reminder(
        ReminderGiven(kind: .deadline, step: "confirm", obligation: "step:confirm", text: "!"))
    }
    var a = event("a", 1, lamport: 3, reminder())
    var b = event("b", 1, lamport: 3, reminder())
    var later = event("a", 2, lamport: 9, reminder())
    a.sim = 300
    b.sim = 301
    later.sim = 2100
    var state = IncidentState()
    for e in [a, b, later] { state.apply(e) }
    #expect(state.reminders.count == 2)
    var single = IncidentState()
    for var e in [a, b] {
      e.device = nil
      e.lamport = nil
      single.apply(e)
    }
    #expect(single.reminders.count == 2, "a single-file log is read as written")
  }

  /// Two machines answered one question before they synced: the first in the order stands,
  /// the other is a conflict naming who answered what.
  @Test func concurrentAnswersAreAConflictTheFirstStands() throws {
    var state = IncidentState()
    let order = TeamOrder(device: "a")
    func decision(_ device: String, _ answer: String) -> EventBody {
      .decision(DecisionTaken(step: "confirm", question: "Visible?", answer: answer, next: nil))
    }
    _ = order.insert([
      event("a", 1, lamport: 1, .stepStarted(StepStarted(step: "confirm"))),
      event("b", 1, lamport: 2, decision("b", "internal-only")),
      event("a", 2, lamport: 2, decision("a", "visible")),
    ])
    for e in order.events { state.apply(e) }
    #expect(state.decisions.map(\.answer) == ["visible"])
    #expect(state.conflicts.count == 1)
    let conflict = try #require(state.conflicts.first)
    #expect(conflict.kept.actor == "a" && conflict.kept.answer == "visible")
    #expect(conflict.overruled.actor == "b" && conflict.overruled.answer == "internal-only")
  }
}

/// Chains come from other machines through git, which checks out symbolic links: a link is
/// never read as a chain, nor a linked folder as an incident.
@Suite struct TeamChainsTests {
  @Test func symbolicLinksAreNeitherChainsNorIncidents() throws {
    let dir = try TemporaryDirectory()
    try FileSystem.makeDirectories(dir.file("inc"), mode: 0o700)
    try NewFile.write("{}\n", to: dir.file("inc/laptop-1.jsonl"), replace: false)
    try NewFile.write("secret\n", to: dir.file("secret.txt"), replace: false)
    #expect(symlink(dir.file("secret.txt"), dir.file("inc/laptop-2.jsonl")) == 0)
    #expect(symlink(dir.file("inc"), dir.file("linked")) == 0)
    #expect(TeamChains.chains(in: dir.file("inc")).map(\.device) == ["laptop-1"])
    #expect(TeamChains.isIncidentFolder(dir.file("inc")))
    #expect(!TeamChains.isIncidentFolder(dir.file("linked")))
  }
}
