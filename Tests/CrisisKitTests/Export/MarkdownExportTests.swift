import Testing

@testable import CrisisKit

@Suite struct MarkdownExportTests {
  @Test func drillReport() {
    Snapshot.assert(MarkdownExport.render(ExportFixtures.report()), named: "drill-report.md")
  }

  @Test func drillReportRedacted() {
    Snapshot.assert(
      MarkdownExport.render(ExportFixtures.report(ExportOptions(redact: true))),
      named: "drill-redacted.md")
  }

  @Test func publicStatements() {
    Snapshot.assert(
      MarkdownExport.render(ExportFixtures.report(ExportOptions(audience: .public))),
      named: "drill-public.md")
  }

  /// A live incident still running: no drill marks, a "not resolved" notice, an open step.
  @Test func liveIncidentStillOpen() {
    var log = ExportFixtures.LogBuilder()
    log.mode = .live
    log.incident = "2026-11-27-shop-ausfall-0b1c"
    log.add(
      .incidentStarted, 0, by: "anna",
      [
        ("title", .string("Checkout kaputt")), ("severity", .string("high")),
        ("roles", .object([("comms", .string("ben"))])),
      ])
    log.add(.stepStarted, 0, by: "anna", [("step", .string("confirm"))])
    log.add(
      .decision, 200, by: "anna",
      [
        ("step", .string("confirm")), ("question", .string("Sehen Kund:innen die Störung?")),
        ("answer", .string("ja")), ("next", .string("go-public")),
      ])
    log.add(.stepDone, 200, by: "anna", [("step", .string("confirm"))])
    log.add(.stepStarted, 200, by: "anna", [("step", .string("go-public"))])
    log.add(.incidentPaused, 1000, by: "anna")
    log.add(.incidentResumed, 1100, by: "ben")
    log.add(.note, 1200, by: "ben", [("text", .string("Noch keine Meldung raus – Freigabe fehlt"))])
    let report = ExportReport(playbook: ExportFixtures.shopOutage, events: log.events)
    Snapshot.assert(MarkdownExport.render(report), named: "live-open.md")
  }
}
