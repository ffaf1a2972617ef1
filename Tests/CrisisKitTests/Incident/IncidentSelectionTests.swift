import Testing

@testable import CrisisKit

@Suite struct IncidentSelectionTests {
  func summary(_ id: String, _ status: IncidentState.Status, _ ms: Int64 = 0) -> IncidentSummary {
    IncidentSummary(
      id: id, path: "\(id).jsonl", mode: .live, status: status,
      startedAt: Timestamp(milliseconds: ms), title: "",
      playbook: "p")
  }

  var incidents: [IncidentSummary] {
    [
      summary("2026-11-21-website-outage-7f3a", .open, 2),
      summary("2026-11-20-website-outage-11aa", .resolved, 1),
      summary("2026-11-21-data-breach-0b0b", .resolved, 3),
    ]
  }

  @Test func prefixAndSuffix() throws {
    #expect(
      try IncidentSelection.select("2026-11-21-w", among: incidents, directory: "d").get().id
        == "2026-11-21-website-outage-7f3a")
    #expect(
      try IncidentSelection.select("11aa", among: incidents, directory: "d").get().id
        == "2026-11-20-website-outage-11aa")
    #expect(
      IncidentSelection.select("2026-11-2", among: incidents, directory: "d")
        == .failure(.ambiguous("2026-11-2", matches: incidents.map(\.id))))
  }

  @Test func defaultsToTheSingleOpenOne() throws {
    #expect(
      try IncidentSelection.select(nil, among: incidents, directory: "d").get().status == .open)
    var two = incidents
    two.append(summary("2026-11-22-x-0000", .paused))
    #expect(
      IncidentSelection.select(nil, among: two, directory: "d")
        == .failure(.severalOpen(["2026-11-21-website-outage-7f3a", "2026-11-22-x-0000"])))
    #expect(
      IncidentSelection.select(nil, among: [], directory: "d") == .failure(.none(directory: "d")))
  }

  @Test func newestFirst() {
    #expect(IncidentSelection.newestFirst(incidents).map(\.startedAt?.milliseconds) == [3, 2, 1])
  }
}
