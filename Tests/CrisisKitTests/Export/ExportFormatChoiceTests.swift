import Testing

@testable import CrisisKit

@Suite struct ExportFormatChoiceTests {
  @Test(
    arguments: [
      (nil, nil, ExportFormat.markdown), ("HTML", "x.csv", .html), (nil, "out/review.html", .html),
      (nil, "a.HTM", .html), (nil, "t.json", .json), (nil, "t.csv", .csv),
      (nil, "notes.markdown", .markdown), (nil, "dir.d/report", .markdown), ("csv", nil, .csv),
    ] as [(String?, String?, ExportFormat)])
  func chosen(_ option: String?, _ output: String?, _ expected: ExportFormat) throws {
    #expect(try ExportFormat.choose(option: option, output: output) == expected)
  }

  @Test func unknownFormatIsAUsageError() {
    #expect(throws: UsageError("--format takes md, html, json or csv, not 'pdf'")) {
      try ExportFormat.choose(option: "pdf", output: "x.pdf")
    }
  }
}
