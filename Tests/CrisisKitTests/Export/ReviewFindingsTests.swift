import Foundation
import Testing

@testable import CrisisKit

/// A live incident scripted to go wrong in three ways: the first public statement comes at
/// T+20m (due T+15m), the promised next update on both channels does not come in time, and
/// the recurring update step is skipped with a reason. Each must be a finding with the role
/// that owned it and who held it, in all four formats.
@Suite struct ReviewFindingsTests {
  typealias F = ExportFixtures

  static var events: [IncidentEvent] {
    var log = F.LogBuilder()
    log.mode = .live
    log.add(
      .incidentStarted, 0, by: F.anna,
      [
        (
          "playbook",
          .object([
            ("path", .string("shop.yml")), ("sha256", .string("ab")), ("text", .string("x")),
          ])
        ),
        ("severity", .string("high")), ("roles", .object([("lead", .string(F.anna))])),
      ])
    log.add(
      .roleAssigned, 10, by: F.anna, [("role", .string("comms")), ("name", .string(F.joerg))])
    log.add(.roleAssigned, 10, by: F.anna, [("role", .string("it")), ("name", .string(F.sam))])
    log.add(.stepStarted, 10, by: F.anna, [("step", .string("confirm"))])
    log.add(
      .decision, 120, by: F.sam,
      [
        ("step", .string("confirm")), ("question", .string("Sehen Kund:innen die Störung?")),
        ("answer", .string("ja")), ("next", .string("go-public")),
      ])
    log.add(.stepDone, 120, by: F.sam, [("step", .string("confirm"))])
    log.add(.stepStarted, 120, by: F.sam, [("step", .string("go-public"))])
    let promise = JSONValue.string(log.wall(1500).rfc3339)
    for (template, channel) in [("x-post", "x"), ("status-post", "status")] {
      log.add(
        .messageSent, 1200, by: F.joerg,
        [
          ("step", .string("go-public")), ("template", .string(template)),
          ("channel", .string(channel)), ("text", .string("Shop down. Next update 17:28.")),
          ("promise", promise),
        ])
    }
    log.add(.stepDone, 1200, by: F.joerg, [("step", .string("go-public"))])
    log.add(.stepStarted, 1200, by: F.joerg, [("step", .string("updates"))])
    log.add(
      .stepSkipped, 1300, by: F.joerg,
      [("step", .string("updates")), ("reason", .string("Agentur nicht erreichbar"))])
    log.add(
      .messageSent, 2400, by: F.joerg,
      [
        ("step", .string("updates")), ("template", .string("x-post")), ("channel", .string("x")),
        ("text", .string("Shop is back.")),
      ])
    log.add(.incidentResolved, 2700, by: F.anna, [("summary", .string("Wieder da."))])
    return log.events
  }

  static func report(_ language: Language = .english) -> ExportReport {
    ExportReport(
      playbook: F.shopOutage, events: events, options: ExportOptions(language: language))
  }

  @Test func theThreeFailuresAreFindingsWithOwners() {
    let findings = Self.report().findings
    let late = findings.first { $0.kind == .lateFirstStatement }
    #expect(late?.role == "comms")
    #expect(late?.heldBy == F.joerg)
    #expect(late?.at == 1200)
    #expect(late?.due == 900)
    let skipped = findings.first { $0.kind == .skipped }
    #expect(skipped?.subject == "updates")
    #expect(skipped?.role == "comms")
    #expect(skipped?.detail == "Agentur nicht erreichbar")
    let broken = findings.filter { $0.kind == .brokenPromise }
    #expect(Set(broken.map(\.subject)) == ["x", "status"])
    #expect(broken.allSatisfy { $0.role == "comms" && $0.heldBy == F.joerg })
    #expect(
      !findings.contains { $0.kind == .lateStep && $0.subject == "go-public" },
      "the late first statement already says it")
    let times = findings.map { $0.at ?? $0.due ?? .infinity }
    #expect(times == times.sorted(), "in time order")
  }

  @Test func markdownHasAChecklistWithOwners() {
    let md = MarkdownExport.render(Self.report())
    let review = md.components(separatedBy: "## Post-incident review").last ?? ""
    let items = review.split(separator: "\n").filter { $0.hasPrefix("- [ ] ") }
    #expect(items.count == Self.report().findings.count)
    #expect(
      items.contains {
        $0.contains("First public statement late: at T+20m, due by T+15m")
          && $0.contains("Owner: Kommunikation (Jörg Weiß)")
      })
    #expect(
      items.contains {
        $0.contains("“Regelmäßige Updates” skipped at T+21m40s: Agentur nicht erreichbar")
          && $0.contains("Owner: Kommunikation")
      })
    #expect(items.contains { $0.contains("Promised update on “Statusseite” broken") })
    // The summary on top says the same, grouped.
    let summary = md.components(separatedBy: "## Incident").first ?? ""
    #expect(summary.contains("### What did not go well"))
    #expect(summary.contains("### Open follow-ups"))
    #expect(summary.contains("“Statusseite”, “X”: Set a reminder"))
  }

  @Test func htmlHasTheFindingsTable() {
    let html = HTMLExport.render(Self.report())
    let review = html.components(separatedBy: "<section id=\"review\">").last ?? ""
    #expect(review.contains("<table class=\"findings\">"))
    #expect(review.contains("First public statement late: at T+20m, due by T+15m."))
    #expect(review.contains("<td>Kommunikation</td><td>Jörg Weiß</td>"))
    #expect(review.contains("Agentur nicht erreichbar"))
    #expect(review.contains("Promised update on “X” broken"))
    let summary = html.components(separatedBy: "<section id=\"summary\"").last ?? ""
    #expect(summary.contains("What did not go well"))
  }

  @Test func csvHasAFindingRowEach() throws {
    let csv = CSVExport.render(Self.report())
    let rows = try CSVReader.parse(String(csv.dropFirst()))
    let findings = rows.filter { $0[7].hasPrefix("finding.") }
    #expect(findings.count == Self.report().findings.count)
    let skipped = try #require(findings.first { $0[7] == "finding.skipped" })
    #expect(skipped[6] == "Kommunikation")
    #expect(skipped[5] == F.joerg)
    #expect(skipped[8] == "updates")
    #expect(skipped[10].contains("Agentur nicht erreichbar"))
    #expect(
      findings.contains { $0[7] == "finding.late_first_statement" && $0[6] == "Kommunikation" })
    #expect(
      findings.filter { $0[7] == "finding.broken_promise" }.map { $0[9] }.sorted() == [
        "status", "x",
      ])
  }

  @Test func jsonHasTheFindingsArray() throws {
    let json = JSONExport.render(Self.report())
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let metrics = try #require(object["metrics"] as? [String: Any])
    let findings = try #require(metrics["findings"] as? [[String: Any]])
    let kinds = findings.compactMap { $0["kind"] as? String }
    #expect(kinds.contains("late_first_statement"))
    #expect(kinds.contains("skipped"))
    #expect(kinds.filter { $0 == "broken_promise" }.count == 2)
    for finding in findings
    where ["late_first_statement", "skipped", "broken_promise"].contains(finding["kind"] as? String)
    {
      #expect(finding["role"] as? String == "comms")
      #expect(finding["role_title"] as? String == "Kommunikation")
      #expect(finding["held_by"] as? String == F.joerg)
      #expect((finding["follow_up"] as? String)?.isEmpty == false)
    }
  }

  @Test func aCleanIncidentHasNoFindingsAndSaysSo() {
    var log = F.LogBuilder()
    log.mode = .live
    log.add(.incidentStarted, 0, by: F.anna, [("severity", .string("low"))])
    log.add(.incidentResolved, 60, by: F.anna, [])
    let report = ExportReport(playbook: Playbook(id: "calm", title: "Calm"), events: log.events)
    #expect(report.findings.isEmpty)
    #expect(MarkdownExport.render(report).contains(EnglishReportWords().noFindings))
  }

  @Test func eachMessageIsPrintedOnce() {
    let md = MarkdownExport.render(Self.report())
    #expect(md.components(separatedBy: "Shop is back.").count == 2, "once, under Messages as sent")
    #expect(md.contains("Message on X (text: message 3 under “Messages as sent”)"))
    #expect(md.contains("**Message 3**"))
  }

  /// The other kinds: a message sent without the approval its template needs, a channel left
  /// saying an ETA that changed, a declared clock never met; each with its owner.
  @Test func approvalStaleFactsAndClocksAreFindingsToo() throws {
    var playbook = F.shopOutage
    let index = try #require(playbook.templates.firstIndex { $0.id == "status-post" })
    playbook.templates[index].text = "Shop down. ETA {{eta}}."
    playbook.templates[index].approve = F.ref("lead")
    playbook.clocks = [
      DeadlineClock(
        id: "authority", title: "Behörde informieren", within: .seconds(600),
        role: F.ref("lead"), doneBy: F.ref("watch"))
    ]
    var log = F.LogBuilder()
    log.mode = .live
    log.add(
      .incidentStarted, 0, by: F.anna,
      [
        ("roles", .object([("lead", .string(F.anna)), ("comms", .string(F.joerg))])),
        ("variables", .object([("eta", .string("unbekannt"))])),
      ])
    log.add(
      .messageSent, 300, by: F.joerg,
      [
        ("step", .string("go-public")), ("template", .string("status-post")),
        ("channel", .string("status")), ("text", .string("Shop down. ETA unbekannt.")),
      ])
    log.add(.varSet, 600, by: F.anna, [("name", .string("eta")), ("value", .string("18:00"))])
    log.add(.incidentResolved, 1200, by: F.anna, [])
    let report = ExportReport(playbook: playbook, events: log.events)
    let unapproved = try #require(report.findings.first { $0.kind == .unapproved })
    #expect(unapproved.subject == "status")
    #expect(unapproved.role == "comms")
    #expect(unapproved.heldBy == F.joerg)
    #expect(unapproved.detail == "Einsatzleitung", "names whose approval it needed")
    let stale = try #require(report.findings.first { $0.kind == .staleChannel })
    #expect(stale.subject == "status")
    #expect(stale.detail == "eta")
    #expect(stale.at == 600)
    let clock = try #require(report.findings.first { $0.kind == .missedClock })
    #expect(clock.role == "lead")
    #expect(clock.heldBy == F.anna)
    #expect(clock.due == 600)
    let md = MarkdownExport.render(report)
    #expect(
      md.contains("Message on “Statusseite” at T+5m went out without approval by Einsatzleitung."))
    #expect(
      md.contains("“Statusseite” kept saying what was no longer true from T+10m (changed: eta)"))
    #expect(md.contains("Deadline “Behörde informieren” missed: due by T+10m, not met."))
  }

  /// However much went wrong, the summary lists at most eight lines per list, weightiest
  /// first, and says how many more the review has; the review lists every finding.
  @Test func theSummaryStaysShortTheReviewListsEverything() {
    var playbook = Playbook(
      id: "long", title: "Long",
      roles: [Role(id: "lead", title: "Lead", duties: nil, position: F.p)])
    playbook.steps = (1...12).map {
      F.step("s\($0)", "Step \($0)", role: "lead", due: Int64($0) * 60)
    }
    var log = F.LogBuilder()
    log.mode = .live
    log.add(.incidentStarted, 0, by: F.anna, [("roles", .object([("lead", .string(F.anna))]))])
    log.add(.incidentResolved, 3600, by: F.anna, [])
    let report = ExportReport(playbook: playbook, events: log.events)
    #expect(report.findings.count == 13, "12 steps never done, no public statement")
    let bad = report.wentBadly
    #expect(bad.count == ExportReport.summaryLimit)
    #expect(bad.first?.hasPrefix("No public statement") == true, "the weightiest first")
    #expect(bad.last == "… and 6 more in the post-incident review.")
    let md = MarkdownExport.render(report)
    let review = md.components(separatedBy: "## Post-incident review").last ?? ""
    #expect(review.split(separator: "\n").filter { $0.hasPrefix("- [ ] ") }.count == 13)
  }
}
