/// The export as Markdown that pastes cleanly into a wiki or a GitHub issue. Text from the
/// log can never become markup: Markdown punctuation is backslash-escaped, `<`, `>` and `&`
/// become entities (GitHub renders raw HTML), `@` and `#` are escaped so nobody is mentioned
/// and no issue is linked, line breaks inside table cells become `<br>`, and messages stand in
/// code fences longer than any backtick run inside them, so they keep their line breaks.
public enum MarkdownExport {
  public static func render(_ report: ExportReport) -> String {
    var out = "# \(inline(report.heading))\n\n"
    let notices = report.notices
    if !notices.isEmpty {
      out += notices.map { "> **\($0.label):** " + inline($0.text) }.joined(separator: "\n>\n")
      out += "\n\n"
    }
    if report.isPublic {
      out += publicBody(report)
    } else {
      out += teamBody(report)
    }
    out = out.trimmingTrailingNewlines() + "\n\n---\n\n"
    out += "_\(inline(report.footer))\(report.isDrill ? " DRILL." : "")_\n"
    return out
  }

  // MARK: - Bodies

  private static func teamBody(_ report: ExportReport) -> String {
    var out = "## Summary\n\n"
    for row in report.summaryTable.rows {
      out += "- **\(inline(row[0])):** \(cell(row[1]))\n"
    }
    out += "\n## Metrics\n\n" + table(report.metricsTable)
    if report.isDrill {
      out += "\n## Drill scorecard\n\n" + table(report.scorecardTable)
    }
    if !report.metrics.injects.isEmpty {
      out += "\n## Injects\n\n" + table(report.injectsTable)
    }
    out += "\n## Steps\n\n" + table(report.stepsTable)
    out += "\n## Timeline\n\n" + table(report.timelineTable)
    out += "\n## Messages as sent\n\n"
    let groups = report.messagesByChannel
    if groups.isEmpty { out += "_No message was recorded as sent._\n" }
    for (channel, messages) in groups {
      out += "### \(inline(report.channelTitle(channel))) (\(report.audience(of: channel)))\n\n"
      for m in messages {
        var line =
          "**\(ExportText.tPlus(m.tPlus))** · \(report.clock(m.time)) · \(inline(report.person(m.event.actor)))"
        let roles = report.roleTitles(m)
        if !roles.isEmpty, !report.names.isEnabled { line += " (\(inline(roles)))" }
        if let step = m.event.string("step") {
          line += " · step: \(inline(report.stepTitle(step)))"
        }
        out += line + "\n\n" + fenced(m.event.string("text") ?? "") + link(m.event.string("url"))
      }
    }
    out =
      out.trimmingTrailingNewlines() + "\n\n## Decisions\n\n"
      + (report.metrics.decisions.isEmpty ? "_None._\n" : table(report.decisionsTable))
    out +=
      "\n## Notes\n\n" + (report.metrics.notes.isEmpty ? "_None._\n" : table(report.notesTable))
    out += "\n## Who did what\n\n" + table(report.activityTable)
    out += "\n## Post-incident review\n\n"
    out +=
      "_To fill in together, without blame. Every follow-up action gets one owner and a date._\n\n"
    for (title, prompt) in ExportReport.reviewQuestions {
      out += "### \(title)\n\n_\(prompt)_\n\n"
    }
    out += "### Follow-up actions\n\n" + table(ExportReport.followUpTable) + "\n"
    return out
  }

  private static func publicBody(_ report: ExportReport) -> String {
    var out = ""
    if let start = report.timeline.start {
      out += "Started \(ExportText.dateTime(start))"
      if report.metrics.isResolved, let end = report.metrics.end {
        out += ", resolved \(ExportText.dateTime(end.time))"
      }
      out += ".\n\n"
    }
    if report.entries.isEmpty { out += "_Nothing was posted on a public channel._\n\n" }
    for m in report.entries {
      let channel = report.channelTitle(m.event.string("channel") ?? "")
      out += "## \(ExportText.dateTime(m.time)) · \(inline(channel))\n\n"
      out += fenced(m.event.string("text") ?? "") + link(m.event.string("url"))
    }
    return out
  }

  // MARK: - Pieces

  /// A GitHub-flavoured table; every cell escaped.
  public static func table(_ table: ReportTable) -> String {
    var out = "| " + table.headers.map(cell).joined(separator: " | ") + " |\n"
    out +=
      "|"
      + table.headers.indices.map { table.numeric.contains($0) ? " ---: " : " --- " }.joined(
        separator: "|") + "|\n"
    for row in table.rows {
      out += "| " + row.map(cell).joined(separator: " | ") + " |\n"
    }
    return out
  }

  /// Text as a fenced block that keeps its line breaks: the fence is one backtick longer
  /// than the longest run of backticks in the text (at least three).
  public static func fenced(_ text: String) -> String {
    let body = ExportText.multiline(text)
    var longest = 0
    var run = 0
    for character in body {
      run = character == "`" ? run + 1 : 0
      longest = max(longest, run)
    }
    let fence = String(repeating: "`", count: max(3, longest + 1))
    return "\(fence)text\n\(body)\n\(fence)\n\n"
  }

  /// `Link: <https://…>`, or the URL as plain text when it is not a web or mail link.
  static func link(_ url: String?) -> String {
    guard let url, !url.isEmpty else { return "" }
    if let safe = LinkTarget.safe(url) { return "Link: <\(safe)>\n\n" }
    return "Link (not a web address): \(inline(url))\n\n"
  }

  /// Text escaped for a table cell: inline escaping, line breaks as `<br>`.
  public static func cell(_ text: String) -> String {
    inline(ExportText.multiline(text)).replacingLineBreaks(with: "<br>")
  }

  /// Inline text that renders as written: Markdown punctuation backslash-escaped, HTML's
  /// `<`, `>`, `&` as entities, control characters removed. Line breaks are kept.
  public static func inline(_ text: String) -> String {
    var out = ""
    for character in TerminalText.sanitize(text, keepNewlines: true) {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\\", "`", "*", "_", "[", "]", "|", "~", "#", "@", "$", "!":
        out += "\\"
        out.append(character)
      default: out.append(character)
      }
    }
    return out
  }
}

extension String {
  /// The string without trailing line feeds.
  func trimmingTrailingNewlines() -> String {
    var slice = self[...]
    while slice.last == "\n" { slice = slice.dropLast() }
    return String(slice)
  }
}
