import Testing

@testable import CrisisKit

/// `crisis list`: the `--json` schema and the table.
@Suite struct IncidentListingTests {
  static let older = IncidentSummary(
    id: "2026-11-20-data-breach-0001", path: "incidents/2026-11-20-data-breach-0001.jsonl",
    mode: .drill, status: .resolved, startedAt: incidentStart.adding(seconds: -86_400),
    title: "Breach drill", playbook: "data-breach")
  static let newer = IncidentSummary(
    id: "2026-11-21-website-outage-7f3a", path: "incidents/2026-11-21-website-outage-7f3a.jsonl",
    mode: .live, status: .open, startedAt: incidentStart, title: "Shop down",
    playbook: "website-outage")

  @Test func jsonSchemaNewestFirst() {
    let json = IncidentListing.json([Self.older, Self.newer])
    let expected = """
      [{"id":"2026-11-21-website-outage-7f3a","mode":"live","status":"open",\
      "started":"2026-11-21T17:03:12.345+01:00","title":"Shop down","playbook":"website-outage",\
      "path":"incidents/2026-11-21-website-outage-7f3a.jsonl"},\
      {"id":"2026-11-20-data-breach-0001","mode":"drill","status":"resolved",\
      "started":"2026-11-20T17:03:12.345+01:00","title":"Breach drill","playbook":"data-breach",\
      "path":"incidents/2026-11-20-data-breach-0001.jsonl"}]
      """
    #expect(JSONWriter().string(json) == expected)
  }

  @Test func unknownStartIsNull() {
    var summary = Self.newer
    summary.startedAt = nil
    guard case .array(let items) = IncidentListing.json([summary]) else {
      Issue.record("not an array")
      return
    }
    #expect(items.first?["started"] == .null)
  }

  @Test func tableIsAlignedNewestFirst() {
    let lines = IncidentListing.lines([Self.older, Self.newer], directory: "incidents")
    #expect(
      lines == [
        "ID                              MODE   STATE     STARTED           TITLE         PLAYBOOK",
        "2026-11-21-website-outage-7f3a  live   open      2026-11-21 17:03  Shop down     website-outage",
        "2026-11-20-data-breach-0001     drill  resolved  2026-11-20 17:03  Breach drill  data-breach",
      ])
  }

  @Test func emptyDirectorySaysHowToBegin() {
    #expect(
      IncidentListing.lines([], directory: "x\u{202E}y") == [
        "No incidents in xy. `crisis start` begins one; `crisis drill` practises one."
      ])
  }

  /// A log's `incident` and `title` are the log writer's words, not ours.
  @Test func cellsAreSanitised() {
    var hostile = Self.newer
    hostile.id = "evil\u{1B}]52;c;ZXZpbA==\u{07}"
    hostile.title = "Shop\u{1B}[2J down"
    let lines = IncidentListing.lines([hostile], directory: "incidents")
    #expect(!lines.joined().contains("\u{1B}"))
    #expect(lines[1].hasPrefix("evil]52;c;ZXZpbA==  live"))
  }
}
