import Testing

@testable import CrisisKit

/// The `incident.started` event `crisis start` and `crisis drill` write, and the log it
/// opens.
@Suite struct IncidentOpeningTests {
  @Test func liveDraftHasTheFieldsInOrder() throws {
    let shipped = try ShippedPlaybook("website-outage")
    var opening = shipped.opening()
    opening.variables = [("product", "the shop"), ("eta", "16:00")]
    let draft = opening.draft
    #expect(draft.type == .incidentStarted)
    #expect(draft.fields.map(\.0) == ["title", "severity", "playbook", "variables", "roles"])
    #expect(draft.fields[0].1 == .string(shipped.playbook.title))
    #expect(draft.fields[1].1 == .string(shipped.playbook.severity.rawValue))
    let embedded = draft.fields[2].1
    #expect(embedded["path"]?.stringValue == shipped.path)
    #expect(embedded["sha256"]?.stringValue == SHA256.hex(of: shipped.bytes))
    #expect(embedded["text"]?.stringValue == String(decoding: shipped.bytes, as: UTF8.self))
    #expect(
      draft.fields[3].1 == .object([("product", .string("the shop")), ("eta", .string("16:00"))]))
    #expect(draft.fields[4].1 == .object([]))
  }

  @Test func drillDraftCarriesSpeedThenTheRehearsal() throws {
    var opening = try ShippedPlaybook("website-outage").opening(mode: .drill, speed: 10)
    opening.rehearsal = ([], "2026-11-21-website-outage-7f3a")
    opening.title = "Rehearsal"
    opening.severity = .critical
    let fields = opening.draft.fields
    #expect(fields.map(\.0).suffix(3) == ["speed", "injects", "rehearses"])
    #expect(fields.first { $0.0 == "speed" }?.1 == .double(10))
    #expect(fields[0].1 == .string("Rehearsal"))
    #expect(fields[1].1 == .string("critical"))
  }

  @Test func givenVariables() throws {
    let playbook = try ShippedPlaybook("website-outage").playbook
    let given = try IncidentOpening.givenVariables(
      ["product=the shop", "eta=a=b", "product=our app"], playbook: playbook, now: incidentStart)
    #expect(given == ["product": "our app", "eta": "a=b"])
  }

  @Test(arguments: [
    ("product", "--var takes NAME=VALUE, got 'product'"),
    ("=x", "--var takes NAME=VALUE, got '=x'"),
  ])
  func malformedVariable(_ pair: String, _ message: String) throws {
    let playbook = try ShippedPlaybook("website-outage").playbook
    #expect(throws: UsageError(message)) {
      try IncidentOpening.givenVariables([pair], playbook: playbook, now: incidentStart)
    }
  }

  @Test func unknownVariableSuggestsTheClosest() throws {
    let playbook = try ShippedPlaybook("website-outage").playbook
    do {
      _ = try IncidentOpening.givenVariables(["prodcut=x"], playbook: playbook, now: incidentStart)
      Issue.record("no error")
    } catch {
      #expect(error.message.hasPrefix("playbook website-outage has no variable 'prodcut'"))
      #expect(error.message.contains("did you mean 'product'?"))
    }
  }

  /// The log it creates reads back as the incident it describes.
  @Test func openWritesTheFirstEventAndReadsBack() throws {
    let dir = try TemporaryDirectory()
    var opening = try ShippedPlaybook("website-outage").opening(mode: .drill, speed: 5)
    opening.variables = [("product", "the shop")]
    let clock = ManualClock(incidentStart)
    let opened = try opening.open(in: dir.path, clock: clock, actor: "anna", random: 0x7f3a)
    #expect(opened.event.incident == "2026-11-21-website-outage-7f3a")
    #expect(opened.path == dir.path + "/2026-11-21-website-outage-7f3a.jsonl")
    #expect(opened.event.seq == 1)
    #expect(opened.session.state.id == opened.event.incident)
    #expect(opened.session.isDrill)
    let file = try IncidentFile.read(path: opened.path)
    #expect(file.state.mode == .drill)
    #expect(file.state.speed == 5)
    #expect(file.state.variables["product"] == "the shop")
    #expect(file.state.startedBy == "anna")
    #expect(file.state.playbook?.id == "website-outage")
  }

  @Test func aSecondOpeningWithTheSameIdIsRefused() throws {
    let dir = try TemporaryDirectory()
    let opening = try ShippedPlaybook("website-outage").opening()
    let clock = ManualClock(incidentStart)
    _ = try opening.open(in: dir.path, clock: clock, actor: "anna", random: 1)
    #expect(throws: LogError.self) {
      try opening.open(in: dir.path, clock: clock, actor: "anna", random: 1)
    }
  }

  /// `drill --from-log`: the rehearsal's opening comes from the past incident's log.
  @Test func rehearsalOfALog() throws {
    let dir = try TemporaryDirectory()
    let shipped = try ShippedPlaybook("website-outage")
    let clock = ManualClock(incidentStart)
    let opened = try shipped.opening().open(in: dir.path, clock: clock, actor: "anna", random: 2)
    clock.advance(seconds: 120)
    let past = try IncidentFile.read(path: opened.path)
    _ = try past.append(
      EventDraft(.note, [("text", .string("A journalist called"))]), actor: "ben", clock: clock)
    let file = try IncidentFile.read(path: opened.path, keepEvents: true)
    let (rehearsal, count) = DrillScenario.rehearsal(
      of: file, playbook: shipped.playbook, speed: 10)
    #expect(rehearsal.mode == .drill)
    #expect(rehearsal.title == "Rehearsal of \(shipped.playbook.title)")
    #expect(rehearsal.playbookBytes == shipped.bytes)
    #expect(count == 1)
    #expect(rehearsal.rehearsal?.injects.map(\.title) == ["ben reports"])
    #expect(rehearsal.rehearsal?.of == file.state.id)
  }
}
