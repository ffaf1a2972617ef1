import Testing

@testable import CrisisKit

@Suite struct ExportMarkdownPiecesTests {
  @Test func fenceIsLongerThanAnyBacktickRun() {
    #expect(MarkdownExport.fenced("a ``` b") == "````text\na ``` b\n````\n\n")
    #expect(MarkdownExport.fenced("plain") == "```text\nplain\n```\n\n")
    #expect(MarkdownExport.fenced("``````").hasPrefix("```````text\n"))
  }

  @Test func cellsCannotBreakTheTableOrInjectHTML() {
    #expect(MarkdownExport.cell("a | b\nc") == "a \\| b<br>c")
    #expect(
      MarkdownExport.cell("<img src=x onerror=alert(1)>") == "&lt;img src=x onerror=alert(1)&gt;")
    #expect(
      MarkdownExport.cell("*bold* [x](javascript:1) @team #12")
        == "\\*bold\\* \\[x\\](javascript:1) \\@team \\#12")
    #expect(MarkdownExport.cell("a\r\nb") == "a<br>b")
  }

  @Test(
    arguments: [
      ("https://x.com/a?b=1", "https://x.com/a?b=1"), ("javascript:alert(1)", nil),
      ("HTTP://X.COM/<a>", "HTTP://X.COM/%3Ca%3E"),
      ("data:text/html,hi", nil), ("https://x.com/a b|c", "https://x.com/a%20b%7Cc"),
    ] as [(String, String?)])
  func linkTargets(url: String, expected: String?) {
    #expect(LinkTarget.safe(url) == expected)
  }

  @Test(arguments: [
    (0.0, "0s"), (45, "45s"), (600, "10m"), (760, "12m40s"), (3900, "1h05m"), (3920, "1h05m20s"),
  ])
  func spans(seconds: Double, expected: String) {
    #expect(SpanText.exact(seconds) == expected)
  }

  @Test func negativeTPlusForMomentsBeforeTheStart() {
    #expect(SpanText.exactTPlus(-180) == "T-3m")
    #expect(SpanText.exactTPlus(-0.4) == "T+0s")
  }
}
