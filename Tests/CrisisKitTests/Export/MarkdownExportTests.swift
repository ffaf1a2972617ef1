import Testing

@testable import CrisisKit

@Suite struct MarkdownExportTests {
  @Test func drillReport() {
    Snapshot.assert(MarkdownExport.render(ExportFixtures.report()), named: "drill-report.md")
  }

  @Test func drillReportRedacted() {
    Snapshot.assert(MarkdownExport.render(ExportFixtures.report(ExportOptions(redact: true))), named: "drill-redacted.md")
  }

  @Test func publicStatements() {
    Snapshot.assert(MarkdownExport.render(ExportFixtures.report(ExportOptions(audience: .public))), named: "drill-public.md")
  }
}
