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
    out.removeTrailingNewlines()
    out += "\n\n---\n\n"
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
    out.removeTrailingNewlines()
    out +=
      "\n\n## Decisions\n\n"
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
    let longest = longestBacktickRun(body)
    let fence = String(repeating: "`", count: max(3, longest + 1))
    return "\(fence)text\n\(body)\n\(fence)\n\n"
  }

  /// The most backticks in a row in `text`, counted in `Character`s. Texts that are all
  /// ASCII, or have no backtick at all, are counted in bytes; others (where a combining mark
  /// can make a backtick part of another character, or U+1FEF equals one) character by
  /// character.
  static func longestBacktickRun(_ text: String) -> Int {
    var longest = 0
    var run = 0
    var sawNonASCII = false
    for byte in text.utf8 {
      if byte >= 0x80 { sawNonASCII = true }
      run = byte == UInt8(ascii: "`") ? run + 1 : 0
      longest = max(longest, run)
    }
    guard sawNonASCII, longest > 0 || text.unicodeScalars.contains("\u{1FEF}") else {
      return longest
    }
    longest = 0
    run = 0
    for character in text {
      run = character == "`" ? run + 1 : 0
      longest = max(longest, run)
    }
    return longest
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
    inlineEscapes.apply(TerminalText.sanitize(text, keepNewlines: true))
  }

  private static let inlineEscapes = CharacterEscapes(
    ["&": "&amp;", "<": "&lt;", ">": "&gt;"],
    prefixing: ["\\", "`", "*", "_", "[", "]", "|", "~", "#", "@", "$", "!"], with: "\\")
}

extension String {
  /// The string without trailing line feeds (a final CR LF is one character, not a line
  /// feed, so it stays, as do the line feeds before it).
  func trimmingTrailingNewlines() -> String {
    var copy = self
    copy.removeTrailingNewlines()
    return copy
  }

  /// Removes trailing line feeds in place, looking only at the last bytes.
  mutating func removeTrailingNewlines() {
    let end = endOfTextBeforeNewlines
    if end < endIndex { removeSubrange(end..<endIndex) }
  }

  /// Where the trailing line feeds start (`endIndex` when there are none).
  private var endOfTextBeforeNewlines: Index {
    let bytes = utf8
    var end = bytes.endIndex
    while end > bytes.startIndex {
      let last = bytes.index(before: end)
      guard bytes[last] == UInt8(ascii: "\n") else { break }
      if last > bytes.startIndex, bytes[bytes.index(before: last)] == UInt8(ascii: "\r") { break }
      end = last
    }
    return end
  }
}
