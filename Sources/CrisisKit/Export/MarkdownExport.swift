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
    // One growing string for the whole document: sections and tables are appended to it in
    // place rather than built as strings of their own and copied in.
    out.reserveCapacity(estimatedSize(report))
    if report.isPublic {
      out += publicBody(report)
    } else {
      appendTeamBody(report, to: &out)
    }
    out.removeTrailingNewlines()
    out += "\n\n---\n\n"
    out +=
      "_\(inline(report.footer))\(report.isDrill ? " \(report.words.noticeLabel(.drill))." : "")_\n"
    return out
  }

  // MARK: - Bodies

  /// Room for a report of this many events (a timeline row and its share of the messages
  /// take about 180 bytes), so the string rarely has to grow and copy itself. Generous on
  /// purpose: memory reserved but never written is not touched, so it costs next to nothing.
  private static func estimatedSize(_ report: ExportReport) -> Int {
    4096 + report.entries.count * 256
  }

  private static func appendTeamBody(_ report: ExportReport, to out: inout String) {
    let w = report.words
    appendSummaryPage(report, to: &out)
    out += "\n## \(w.section(.facts))\n\n"
    for row in report.summaryTable.rows {
      out += "- **\(inline(row[0])):** \(cell(row[1]))\n"
    }
    out += "\n## \(w.section(.metrics))\n\n"
    appendTable(report.metricsTable, to: &out)
    if report.isDrill {
      out += "\n## \(w.section(.scorecard))\n\n"
      appendTable(report.scorecardTable, to: &out)
    }
    if !report.metrics.injects.isEmpty {
      out += "\n## \(w.section(.injects))\n\n"
      appendTable(report.injectsTable, to: &out)
    }
    out += "\n## \(w.section(.steps))\n\n"
    appendTable(report.stepsTable, to: &out)
    out += "\n## \(w.section(.timeline))\n\n"
    // Row by row: the timeline has a row per event, too many to hold as a table first.
    appendTable(
      headers: report.timelineHeaders, numeric: [], rowCount: report.entries.count,
      row: report.timelineRow, to: &out)
    out += "\n## \(w.section(.messages))\n\n"
    let groups = report.messagesByChannel
    if groups.isEmpty { out += "_\(w.noMessageSent)_\n" }
    var number = 0
    for (channel, messages) in groups {
      out += "### \(inline(report.channelTitle(channel))) (\(report.audience(of: channel)))\n\n"
      for m in messages {
        number += 1
        var line =
          "**\(w.messageNumber(number))** · **\(SpanText.exactTPlus(m.tPlus))** · \(report.clock(m.time)) · \(inline(report.person(m.event.actor)))"
        let roles = report.roleTitles(m)
        if !roles.isEmpty, !report.names.isEnabled { line += " (\(inline(roles)))" }
        if let step = m.event.body.step {
          line += " · \(w.stepPrefix): \(inline(report.stepTitle(step)))"
        }
        out += line
        out += "\n\n"
        out += fenced(m.event.message?.text ?? "")
        out += link(m.event.message?.url, words: w)
      }
    }
    out.removeTrailingNewlines()
    out += "\n\n## \(w.section(.decisions))\n\n"
    if report.metrics.decisions.isEmpty {
      out += "_\(w.none)_\n"
    } else {
      appendTable(report.decisionsTable, to: &out)
    }
    out += "\n## \(w.section(.notes))\n\n"
    if report.metrics.notes.isEmpty {
      out += "_\(w.none)_\n"
    } else {
      appendTable(report.notesTable, to: &out)
    }
    out += "\n## \(w.section(.activity))\n\n"
    appendTable(report.activityTable, to: &out)
    out += "\n## \(w.section(.review))\n\n"
    out += "_\(inline(w.reviewLead))_\n\n"
    out += "### \(w.section(.findings))\n\n"
    out += findingsChecklist(report)
    out += "\n"
    for (title, prompt) in w.reviewQuestions {
      out += "### \(title)\n\n_\(prompt)_\n\n"
    }
    out += "### \(w.section(.followUpActions))\n\n"
    appendTable(report.followUpTable, to: &out)
    out += "\n"
  }

  /// The top of the report: what happened and its impact, key figures, what went well and
  /// what did not, and the open follow-ups with owners.
  private static func appendSummaryPage(_ report: ExportReport, to out: inout String) {
    let w = report.words
    out += "## \(w.section(.summary))\n\n"
    out += "**\(w.section(.whatHappened)):** \(inline(report.whatHappened))"
    if let summary = report.state.summary, !summary.isEmpty {
      out += " \(inline(ExportText.oneLine(summary)))"
    }
    out += "\n\n**\(w.section(.impact)):** \(inline(report.impact))\n\n"
    out += "### \(w.section(.keyFigures))\n\n"
    appendTable(
      ReportTable(
        headers: w.metricHeaders,
        rows: report.keyFigures.map { [$0.label, $0.value, $0.detail, $0.result ?? ""] }),
      to: &out)
    out += "\n### \(w.section(.wentWell))\n\n"
    let good = report.wentWell
    out += good.isEmpty ? "_\(w.nothingWentWell)_\n" : good.map { "- \(inline($0))\n" }.joined()
    out += "\n### \(w.section(.wentBadly))\n\n"
    let bad = report.wentBadly
    out += bad.isEmpty ? "_\(w.noFindings)_\n" : bad.map { "- \(inline($0))\n" }.joined()
    out += "\n### \(w.section(.followUps))\n\n"
    let followUps = report.summaryFollowUps
    out +=
      followUps.isEmpty
      ? "_\(w.none)_\n"
      : followUps.map {
        "- \(inline($0.action))\($0.owner.isEmpty ? "" : " " + inline($0.owner))\n"
      }.joined()
  }

  /// The findings as a checklist to paste into a wiki or a ticket: what happened, the owner
  /// (and who held the role), the suggested follow-up.
  static func findingsChecklist(_ report: ExportReport) -> String {
    let w = report.words
    guard !report.findings.isEmpty else { return "_\(w.noFindings)_\n" }
    return report.findings.map { f in
      "- [ ] \(inline(w.finding(f))) \(inline(report.ownerText(f))). \(inline(report.followUp(f)))\n"
    }.joined()
  }

  private static func publicBody(_ report: ExportReport) -> String {
    var out = ""
    if let start = report.timeline.start {
      out += report.words.started(report.dateTime(start))
      if report.metrics.isResolved, let end = report.metrics.end {
        out += ". " + report.words.resolvedAt(report.dateTime(end.time))
      }
      out += ".\n\n"
    }
    if report.entries.isEmpty { out += "_\(report.words.nothingPosted)_\n\n" }
    for m in report.entries {
      let channel = report.channelTitle(m.event.body.channel ?? "")
      out += "## \(report.dateTime(m.time)) · \(inline(channel))\n\n"
      out += fenced(m.event.message?.text ?? "") + link(m.event.message?.url, words: report.words)
    }
    return out
  }

  // MARK: - Pieces

  /// A GitHub-flavoured table; every cell escaped.
  public static func table(_ table: ReportTable) -> String {
    var out = ""
    appendTable(table, to: &out)
    return out
  }

  /// Appends `table` to `out`.
  static func appendTable(_ table: ReportTable, to out: inout String) {
    appendTable(
      headers: table.headers, numeric: table.numeric, rowCount: table.rows.count,
      row: { table.rows[$0] }, to: &out)
  }

  /// Appends a table whose rows are made one at a time by `row(0)`, `row(1)` …, so a table
  /// with a row per event never exists as a whole.
  static func appendTable(
    headers: [String], numeric: Set<Int>, rowCount: Int, row: (Int) -> [String],
    to out: inout String
  ) {
    appendRow(headers, to: &out)
    out += "|"
    for i in headers.indices {
      out += numeric.contains(i) ? " ---: |" : " --- |"
    }
    out += "\n"
    for i in 0..<rowCount {
      appendRow(row(i), to: &out)
    }
  }

  /// `| a | b |` and a line feed, every cell escaped.
  private static func appendRow(_ cells: [String], to out: inout String) {
    out += "|"
    for text in cells {
      out += " "
      out += cell(text)
      out += " |"
    }
    out += "\n"
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
  static func link(_ url: String?, words: any ReportWords = Language.english.report) -> String {
    guard let url, !url.isEmpty else { return "" }
    if let safe = LinkTarget.safe(url) { return "Link: <\(safe)>\n\n" }
    return "\(words.notAWebAddress): \(inline(url))\n\n"
  }

  /// Text escaped for a table cell: inline escaping, line breaks as `<br>`.
  public static func cell(_ text: String) -> String {
    if inlineEscapes.leavesUnchanged(text) { return text }
    // `multiline` already removed the control characters `inline` would.
    return inlineEscapes.apply(ExportText.multiline(text)).replacingLineBreaks(with: "<br>")
  }

  /// Inline text that renders as written: Markdown punctuation backslash-escaped, HTML's
  /// `<`, `>`, `&` as entities, control characters removed. Line breaks are kept.
  public static func inline(_ text: String) -> String {
    if inlineEscapes.leavesUnchanged(text) { return text }
    return inlineEscapes.apply(TerminalText.strippingControls(text, keepNewlines: true))
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
