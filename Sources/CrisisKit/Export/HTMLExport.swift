/// The export as one self-contained HTML file a team lead can forward or print to PDF: inline
/// CSS and SVG, no script, nothing fetched, system fonts only. It is also well-formed XHTML
/// (every element closed, only XML's five entities), so XML tools read it. Every text from the
/// log goes through `HTMLText`, and only http(s) and mailto links become links.
public enum HTMLExport {
  public static func render(_ report: ExportReport) -> String {
    var out = """
      <!DOCTYPE html>
      <html xmlns="http://www.w3.org/1999/xhtml" lang="\(report.options.language.rawValue)">
      <head>
      <meta charset="utf-8"/>
      <meta name="viewport" content="width=device-width, initial-scale=1"/>
      <meta name="generator" content="crisis export"/>
      <title>\(e(report.heading))</title>
      <style>
      \(stylesheet)
      </style>
      </head>
      <body class="\(report.isDrill ? "is-drill" : "is-live")">

      """
    // One growing string for the whole document: the big parts (the timeline table, the
    // messages) are appended to it in place rather than built on their own and copied in.
    // About 320 bytes per event; reserved generously, as memory never written costs
    // next to nothing.
    out.reserveCapacity(4096 + report.entries.count * 448)
    out += header(report)
    out += "<main>\n"
    if report.isPublic {
      out += publicBody(report)
    } else {
      appendTeamBody(report, to: &out)
    }
    out += "</main>\n"
    out +=
      "<footer><p>\(e(report.footer))\(report.isDrill ? " <strong>\(e(report.words.noticeLabel(.drill))).</strong>" : "")</p></footer>\n"
    out += "</body>\n</html>\n"
    return out
  }

  // MARK: - Header

  private static func header(_ report: ExportReport) -> String {
    var out = "<header class=\"masthead\">\n"
    if report.isDrill {
      out += "<p class=\"drill-stamp\">\(e(report.words.drillStamp))</p>\n"
    }
    out += "<p class=\"kicker\">\(e(report.documentKind))</p>\n"
    out +=
      "<h1>\(report.isDrill ? "<span class=\"drill-tag\">\(e(report.drillMark))</span> " : "")\(e(report.title))</h1>\n"
    let w = report.words
    var facts: [String] = []
    if let start = report.timeline.start {
      facts.append(e(w.started(report.dateTime(start))))
    }
    if !report.isPublic {
      facts.append(
        e(
          report.metrics.isResolved
            ? w.resolvedAfter(SpanText.exact(report.metrics.duration)) : w.notResolved))
      facts.append(e(w.severity(w.severityName(report.state.severity.rawValue))))
    } else if report.metrics.isResolved, let end = report.metrics.end {
      facts.append(e(w.resolvedAt(report.dateTime(end.time))))
    }
    facts.append("<code>\(e(report.state.id))</code>")
    out +=
      "<p class=\"meta\">" + facts.map { "<span>\($0)</span>" }.joined(separator: " ") + "</p>\n"
    out += "</header>\n"
    let notices = report.notices
    guard !notices.isEmpty else { return out }
    out += "<div class=\"notices\">\n"
    for notice in notices {
      out +=
        "<div class=\"notice notice-\(notice.kind.rawValue)\"><strong>\(e(notice.label))</strong> \(e(notice.text))</div>\n"
    }
    return out + "</div>\n"
  }

  // MARK: - Bodies

  private static func appendTeamBody(_ report: ExportReport, to out: inout String) {
    let w = report.words
    out += summaryPage(report)
    out += "<div class=\"details\">\n"
    out += section(
      "facts", w.section(.facts), table(report.summaryTable, className: "facts", headers: false))
    out += section(
      "chart", w.section(.chart),
      "<figure>\n\(TimelineChart(report: report).svg())\n<figcaption>\(e(w.chartCaption(isDrill: report.isDrill)))</figcaption>\n</figure>\n"
    )
    out += section(
      "metrics", w.section(.metrics),
      table(report.metricsTable, className: "metrics", resultColumn: 3, words: w))
    if report.isDrill {
      out += section(
        "scorecard", w.section(.scorecard), table(report.scorecardTable, className: "compact"))
    }
    if !report.metrics.injects.isEmpty {
      out += section("injects", w.section(.injects), table(report.injectsTable))
    }
    out += section(
      "steps", w.section(.steps),
      table(report.stepsTable, className: "steps", resultColumn: 7, words: w))
    // Row by row: the timeline has a row per event, too many to hold as a table first.
    out += sectionStart("timeline", w.section(.timeline))
    appendTable(
      headers: report.timelineHeaders, numeric: [], rowCount: report.entries.count,
      row: report.timelineRow, className: "timeline", to: &out)
    out += sectionEnd
    out += sectionStart("messages", w.section(.messages))
    appendMessages(report, to: &out)
    out += sectionEnd
    out += section(
      "decisions", w.section(.decisions),
      report.metrics.decisions.isEmpty
        ? "<p class=\"none\">\(e(w.none))</p>\n" : table(report.decisionsTable))
    out += section(
      "notes", w.section(.notes),
      report.metrics.notes.isEmpty
        ? "<p class=\"none\">\(e(w.none))</p>\n" : table(report.notesTable))
    out += section(
      "activity", w.section(.activity), table(report.activityTable, className: "compact"))
    out += "</div>\n"
    out += section("review", w.section(.review), review(report))
  }

  /// Page 1: what happened and its impact, the key figures, what went well and what did
  /// not, the open follow-ups with owners. Printed alone on the first A4 page.
  private static func summaryPage(_ report: ExportReport) -> String {
    let w = report.words
    var out =
      "<section id=\"summary\" class=\"summary-page\">\n<h2>\(e(w.section(.summary)))</h2>\n"
    var happened = report.whatHappened
    if let summary = report.state.summary, !summary.isEmpty {
      happened += " " + ExportText.oneLine(summary)
    }
    out += "<p><strong>\(e(w.section(.whatHappened))):</strong> \(e(happened))</p>\n"
    out += "<p><strong>\(e(w.section(.impact))):</strong> \(e(report.impact))</p>\n"
    out += "<div class=\"cards\" aria-label=\"\(e(w.section(.keyFigures)))\">\n"
    for card in report.keyFigures {
      out +=
        "<div class=\"card\"><p class=\"card-label\">\(e(card.label))</p><p class=\"card-value\">\(e(card.value))</p>"
      out += "<p class=\"card-detail\">\(e(card.detail))"
      if let result = card.result {
        out += " <span class=\"pill \(card.tone?.rawValue ?? "neutral")\">\(e(result))</span>"
      }
      out += "</p></div>\n"
    }
    out += "</div>\n<div class=\"verdict\">\n"
    func list(_ items: [String], empty: String, className: String) -> String {
      guard !items.isEmpty else { return "<p class=\"none\">\(e(empty))</p>\n" }
      return "<ul class=\"\(className)\">"
        + items.map { "<li>\(e($0))</li>" }.joined() + "</ul>\n"
    }
    out += "<div><h3>\(e(w.section(.wentWell)))</h3>\n"
    out += list(report.wentWell, empty: w.nothingWentWell, className: "good") + "</div>\n"
    out += "<div><h3>\(e(w.section(.wentBadly)))</h3>\n"
    out += list(report.wentBadly, empty: w.noFindings, className: "bad") + "</div>\n"
    out += "</div>\n<h3>\(e(w.section(.followUps)))</h3>\n"
    let followUps = report.summaryFollowUps
    if followUps.isEmpty {
      out += "<p class=\"none\">\(e(w.none))</p>\n"
    } else {
      out +=
        "<ul class=\"followups-summary\">"
        + followUps.map {
          "<li>\(e($0.action)) <span class=\"owner\">\(e($0.owner))</span></li>"
        }.joined() + "</ul>\n"
    }
    return out + "</section>\n"
  }

  private static func publicBody(_ report: ExportReport) -> String {
    if report.entries.isEmpty {
      return section(
        "statements", report.words.section(.statements),
        "<p class=\"none\">\(e(report.words.nothingPosted))</p>\n")
    }
    var body = ""
    for m in report.entries {
      let channel = report.channelTitle(m.event.body.channel ?? "")
      body +=
        "<article class=\"message\">\n<p class=\"message-meta\"><time datetime=\"\(e(m.time.rfc3339))\">\(e(report.dateTime(m.time)))</time> · <span class=\"channel\">\(e(channel))</span></p>\n"
      body +=
        "<blockquote class=\"message-text\"><p>\(HTMLText.lines(m.event.message?.text ?? ""))</p></blockquote>\n"
      body += link(m.event.message?.url, words: report.words)
      body += "</article>\n"
    }
    return section("statements", report.words.section(.statements), body)
  }

  private static func appendMessages(_ report: ExportReport, to out: inout String) {
    let w = report.words
    let groups = report.messagesByChannel
    if groups.isEmpty {
      out += "<p class=\"none\">\(e(w.noMessageSent))</p>\n"
      return
    }
    var number = 0
    for (channel, messages) in groups {
      let audience = report.audience(of: channel)
      let kind = report.playbook.channel(channel)?.audience.rawValue ?? "unknown"
      out +=
        "<h3>\(e(report.channelTitle(channel))) <span class=\"audience audience-\(kind)\">\(e(audience))</span></h3>\n"
      for m in messages {
        number += 1
        var meta =
          "<span class=\"number\">\(e(w.messageNumber(number)))</span> · <strong>\(e(SpanText.exactTPlus(m.tPlus)))</strong> · <time datetime=\"\(e(m.time.rfc3339))\">\(e(report.clock(m.time)))</time> · \(e(report.person(m.event.actor)))"
        let roles = report.roleTitles(m)
        if !roles.isEmpty, !report.names.isEnabled { meta += " (\(e(roles)))" }
        if let step = m.event.body.step {
          meta += " · \(e(w.stepPrefix)): \(e(report.stepTitle(step)))"
        }
        out += "<article class=\"message\">\n<p class=\"message-meta\">\(meta)</p>\n"
        out +=
          "<blockquote class=\"message-text\"><p>\(HTMLText.lines(m.event.message?.text ?? ""))</p></blockquote>\n"
        out += link(m.event.message?.url, words: w)
        out += "</article>\n"
      }
    }
  }

  /// The review: pre-filled findings with owners, the questions to answer together, and the
  /// follow-up actions (one per finding, then blank rows).
  private static func review(_ report: ExportReport) -> String {
    let w = report.words
    var out = "<p class=\"lead\">\(e(w.reviewLead))</p>\n"
    out += "<div class=\"review-item\"><h3>\(e(w.section(.findings)))</h3>\n"
    out +=
      report.findings.isEmpty
      ? "<p class=\"none\">\(e(w.noFindings))</p>\n"
      : table(report.findingsTable, className: "findings")
    out += "</div>\n"
    for (title, prompt) in w.reviewQuestions {
      out +=
        "<div class=\"review-item\"><h3>\(e(title))</h3><p class=\"prompt\">\(e(prompt))</p><div class=\"fill\"></div></div>\n"
    }
    out += "<div class=\"review-item\"><h3>\(e(w.section(.followUpActions)))</h3>\n"
    out += table(report.followUpTable, className: "followups") + "</div>\n"
    return out
  }

  // MARK: - Pieces

  private static func section(_ id: String, _ title: String, _ body: String) -> String {
    sectionStart(id, title) + body + sectionEnd
  }

  /// A section's opening tag and heading; the body and `sectionEnd` follow.
  private static func sectionStart(_ id: String, _ title: String) -> String {
    "<section id=\"\(id)\">\n<h2>\(e(title))</h2>\n"
  }

  private static let sectionEnd = "</section>\n"

  /// A table; every cell escaped, line breaks as `<br/>`. `resultColumn` gets a coloured pill.
  static func table(
    _ table: ReportTable, className: String? = nil, headers: Bool = true, resultColumn: Int? = nil,
    words: any ReportWords = Language.english.report
  ) -> String {
    var out = ""
    appendTable(
      headers: headers ? table.headers : nil, numeric: table.numeric, rowCount: table.rows.count,
      row: { table.rows[$0] }, className: className, resultColumn: resultColumn, words: words,
      to: &out)
    return out
  }

  /// Appends a table whose rows are made one at a time by `row(0)`, `row(1)` …, so a table
  /// with a row per event never exists as a whole. Without `headers`, the first cell of each
  /// row is a row header.
  static func appendTable(
    headers: [String]?, numeric: Set<Int>, rowCount: Int, row: (Int) -> [String],
    className: String? = nil, resultColumn: Int? = nil,
    words: any ReportWords = Language.english.report, to out: inout String
  ) {
    out += "<table\(className.map { " class=\"\($0)\"" } ?? "")>\n"
    if let headers {
      out += "<thead><tr>"
      for (i, h) in headers.enumerated() {
        out += "<th\(numeric.contains(i) ? " class=\"num\"" : "") scope=\"col\">\(e(h))</th>"
      }
      out += "</tr></thead>\n"
    }
    out += "<tbody>\n"
    for index in 0..<rowCount {
      out += "<tr>"
      for (i, cell) in row(index).enumerated() {
        if headers == nil && i == 0 {
          out += "<th scope=\"row\">\(HTMLText.lines(cell))</th>"
        } else if i == resultColumn, !cell.isEmpty {
          // `skipped: reason`: the result word in a pill, the reason after it.
          let parts = cell.split(separator: ":", maxSplits: 1).map(String.init)
          let word = parts.first ?? cell
          let rest = parts.count > 1 ? HTMLText.lines(":" + parts[1]) : ""
          out +=
            "<td><span class=\"pill \(pillClass(word, words))\">\(HTMLText.lines(word))</span>\(rest)</td>"
        } else {
          out += numeric.contains(i) ? "<td class=\"num\">" : "<td>"
          out += HTMLText.lines(cell)
          out += "</td>"
        }
      }
      out += "</tr>\n"
    }
    out += "</tbody>\n</table>\n"
  }

  /// `ok`, `warn`, `bad` or `neutral` for a result word, in the report's language.
  private static func pillClass(_ result: String, _ w: any ReportWords) -> String {
    let ok = [w.outcome(.met), w.promise(.kept), w.result(.onTime)]
    let warn = [w.result(.late), w.result(.overdue)]
    let bad = [w.outcome(.missed), w.promise(.broken), w.result(.neverDone), w.notCorrected]
    if ok.contains(result) { return "ok" }
    if warn.contains(result) { return "warn" }
    if bad.contains(result) { return "bad" }
    let missed = " " + w.outcome(.missed)
    let broken = " " + w.promise(.broken)
    if result.hasSuffix(missed) || result.hasSuffix(broken) { return "bad" }
    return "neutral"
  }

  private static func link(_ url: String?, words: any ReportWords) -> String {
    guard let url, !url.isEmpty else { return "" }
    if let safe = LinkTarget.safe(url) {
      return "<p class=\"message-link\"><a href=\"\(HTMLText.escape(safe))\">\(e(url))</a></p>\n"
    }
    return "<p class=\"message-link\">\(e(words.notAWebAddress)): <code>\(e(url))</code></p>\n"
  }

  private static func e(_ text: String) -> String { HTMLText.escape(text) }

  /// Inline CSS: readable on screen, clean on paper. No web fonts: the system's sans serif.
  static let stylesheet = """
    :root { --ink: #1f2933; --muted: #5f6b7a; --line: #d5dbe1; --soft: #f4f6f8; --accent: #1d4ed8;
      --ok: #2e7d32; --warn: #e65100; --bad: #c62828; --drill: #7b1fa2; }
    * { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; }
    body { margin: 0; color: var(--ink); background: #ffffff;
      font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif; }
    main, .masthead, footer, .notices { max-width: 1100px; margin-left: auto; margin-right: auto; }
    .notices { padding: 0 32px; }
    .masthead { width: calc(100% - 64px); max-width: 1036px; padding: 28px 0 18px; border-bottom: 3px solid var(--ink); }
    .is-drill .masthead { border-bottom-color: var(--drill); }
    .drill-stamp { display: inline-block; margin: 0 0 10px; padding: 3px 10px; border: 2px solid var(--drill);
      color: var(--drill); font-weight: 700; letter-spacing: .08em; text-transform: uppercase; font-size: 12px; }
    .kicker { margin: 0; color: var(--muted); text-transform: uppercase; letter-spacing: .08em; font-size: 12px; font-weight: 600; }
    h1 { margin: 4px 0 8px; font-size: 28px; line-height: 1.2; }
    .drill-tag { color: var(--drill); }
    .meta { margin: 0; color: var(--muted); font-size: 14px; }
    .meta span + span::before { content: "·"; margin: 0 8px; color: var(--line); }
    code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; font-size: .9em; }
    .notice { margin-top: 14px; padding: 10px 14px; border-left: 4px solid var(--warn); background: #fff4e5; font-size: 14px; }
    .notice strong { margin-right: 6px; }
    .notice-drill { border-left-color: var(--drill); background: #f6ecfa; }
    .notice-drill strong { color: var(--drill); }
    .notice-redacted, .notice-public_only { border-left-color: var(--accent); background: #eef3fd; }
    main { padding: 8px 32px 24px; }
    section { margin-top: 28px; }
    h2 { font-size: 19px; margin: 0 0 10px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
    h3 { font-size: 15px; margin: 18px 0 8px; }
    .cards { display: grid; grid-template-columns: repeat(5, 1fr); gap: 12px; margin: 16px 0; }
    .summary-page > p { margin: 0 0 8px; }
    .verdict { display: grid; grid-template-columns: 1fr 1fr; gap: 24px; }
    .verdict h3 { margin-top: 8px; }
    .verdict ul, .followups-summary { margin: 0; padding-left: 20px; }
    .verdict li, .followups-summary li { margin-bottom: 3px; }
    ul.good li::marker { color: var(--ok); }
    ul.bad li::marker { color: var(--bad); }
    .owner { color: var(--muted); }
    .number { font-weight: 600; color: var(--ink); }
    .card { border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; background: var(--soft); }
    .card p { margin: 0; }
    .card-label { font-size: 12px; color: var(--muted); text-transform: uppercase; letter-spacing: .05em; font-weight: 600; }
    .card-value { font-size: 24px; font-weight: 700; margin: 2px 0; }
    .card-detail { font-size: 13px; color: var(--muted); }
    table { width: 100%; border-collapse: collapse; font-size: 13.5px; }
    th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); overflow-wrap: break-word; }
    thead th { background: var(--soft); font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
    table.facts th { width: 160px; color: var(--muted); font-weight: 600; }
    table.timeline td:nth-child(1), table.timeline td:nth-child(2) { white-space: nowrap; font-variant-numeric: tabular-nums; }
    table.steps td:nth-child(n+4):nth-child(-n+7) { white-space: nowrap; font-variant-numeric: tabular-nums; }
    table.steps td:nth-child(1) { min-width: 12em; }
    table.steps td:nth-child(2), table.steps td:nth-child(3) { min-width: 7em; }
    table.findings td:nth-child(1), table.findings td:nth-child(4) { min-width: 14em; }
    table.metrics td:nth-child(1) { min-width: 11em; }
    table.compact { width: auto; min-width: 50%; }
    .pill { display: inline-block; white-space: nowrap; padding: 0 8px; border-radius: 10px; font-size: 12px; font-weight: 600; background: #e4e7eb; color: var(--ink); }
    .pill.ok { background: #e3f1e4; color: var(--ok); }
    .pill.warn { background: #fdebdc; color: var(--warn); }
    .pill.bad { background: #fbe3e3; color: var(--bad); }
    figure { margin: 0; }
    svg.chart { width: 100%; height: auto; display: block; border: 1px solid var(--line); border-radius: 6px; }
    figcaption { font-size: 12px; color: var(--muted); margin-top: 4px; }
    .audience { font-size: 11px; font-weight: 600; text-transform: uppercase; letter-spacing: .05em; padding: 1px 6px;
      border-radius: 8px; background: #e4e7eb; color: var(--muted); vertical-align: middle; }
    .audience-public { background: #e0e8fb; color: var(--accent); }
    .message { margin: 0 0 14px; }
    .message-meta { margin: 0 0 4px; font-size: 13px; color: var(--muted); }
    .message-meta strong { color: var(--ink); }
    .message-text { margin: 0; padding: 10px 14px; border-left: 4px solid var(--accent); background: var(--soft);
      white-space: normal; overflow-wrap: anywhere; }
    .message-text p { margin: 0; }
    .message-link { margin: 4px 0 0; font-size: 13px; overflow-wrap: anywhere; }
    a { color: var(--accent); }
    .none { color: var(--muted); font-style: italic; }
    .lead { color: var(--muted); }
    .review-item { margin-bottom: 8px; }
    .prompt { margin: 0 0 6px; color: var(--muted); font-size: 13.5px; }
    .fill { height: 84px; border: 1px dashed #b8c0ca; border-radius: 6px; }
    table.followups td { height: 34px; }
    table.followups td:nth-child(2) { min-width: 9em; }
    table.followups td:nth-child(3), table.followups td:nth-child(4) { min-width: 7em; }
    footer { width: calc(100% - 64px); max-width: 1036px; padding: 14px 0 32px; color: var(--muted); font-size: 12px;
      border-top: 1px solid var(--line); }
    @media (max-width: 760px) { .cards { grid-template-columns: repeat(2, 1fr); } .verdict { grid-template-columns: 1fr; } main, .notices { padding-left: 16px; padding-right: 16px; }
      .masthead, footer { width: calc(100% - 32px); } }
    @page { size: A4; margin: 14mm 12mm 16mm; }
    @media print {
      body { font-size: 10pt; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      main, .masthead, footer, .notices { max-width: none; width: auto; }
      .masthead, main, footer, .notices { padding-left: 0; padding-right: 0; }
      .masthead { padding-top: 0; }
      h1 { font-size: 20pt; }
      section { margin-top: 16pt; }
      h2, h3 { break-after: avoid; page-break-after: avoid; }
      figure, .card, .message, .notice { break-inside: avoid; page-break-inside: avoid; }
      table.facts, table.followups, .cards { break-inside: avoid; page-break-inside: avoid; }
      tr, th, td { break-inside: avoid; page-break-inside: avoid; }
      thead { display: table-header-group; }
      a { color: inherit; text-decoration: none; }
      table { font-size: 8.5pt; }
      th, td { padding: 3pt 5pt; }
      .cards { grid-template-columns: repeat(5, 1fr); gap: 6pt; }
      .card { padding: 6pt 8pt; }
      .card-value { font-size: 13pt; }
      .card-label { font-size: 7pt; }
      .card-detail { font-size: 8pt; }
      .cards { margin: 8pt 0; }
      .summary-page { break-after: page; page-break-after: always; font-size: 8.5pt; line-height: 1.35; }
      .summary-page h2 { margin-bottom: 6pt; }
      .summary-page h3 { margin: 8pt 0 3pt; font-size: 10pt; }
      .summary-page > p { margin-bottom: 4pt; }
      .verdict { grid-template-columns: 1fr 2fr; gap: 14pt; }
      .followups-summary { columns: 2; column-gap: 18pt; }
      .followups-summary li { break-inside: avoid; }
      h1 { font-size: 16pt; margin: 2pt 0 4pt; }
      .masthead { padding-bottom: 8pt; }
      .drill-stamp { margin-bottom: 4pt; }
      .notice { margin-top: 6pt; padding: 5pt 10pt; }
      .verdict li, .followups-summary li { margin-bottom: 1pt; }
      #timeline, #messages, #review { break-before: page; page-break-before: always; }
      .fill { height: 18mm; }
    }
    """
}
