/// A table of plain-text cells; Markdown and HTML each escape and lay it out their own way.
public struct ReportTable: Sendable, Equatable {
  public var headers: [String]
  public var rows: [[String]]
  /// Columns holding numbers, aligned right.
  public var numeric: Set<Int> = []
}

/// The tables the Markdown and HTML exports share, built once from the report so both print
/// the same words and numbers. Cells are plain text; a cell may contain line breaks.
extension ExportReport {
  /// Key facts: incident, mode, status, severity, playbook, start, end, duration, roles, log.
  public var summaryTable: ReportTable {
    var rows: [[String]] = [["Incident", ExportText.oneLine(state.id)]]
    rows.append(["Mode", isDrill ? "DRILL (tabletop exercise)" : "Live incident"])
    let status: String
    switch metrics.status {
    case .resolved: status = "Resolved"
    case .paused: status = "Paused, not resolved"
    case .open: status = "Still open"
    }
    rows.append(["Status", status])
    let initial = state.initialSeverity
    var severity = state.severity.rawValue
    if let initial, initial != severity {
      severity += " (started as \(ExportText.oneLine(initial)))"
    }
    rows.append(["Severity", severity])
    var book = "\(ExportText.oneLine(playbook.title)) (\(ExportText.oneLine(playbook.id)))"
    if !state.playbookPath.isEmpty { book += ", \(ExportText.oneLine(state.playbookPath))" }
    rows.append(["Playbook", book])
    if let start = timeline.start {
      let by = state.startedBy.isEmpty ? "" : " by \(person(state.startedBy))"
      rows.append(["Started", ExportText.dateTime(start) + by])
    }
    if let end = metrics.end {
      let what = metrics.isResolved ? "resolved" : "last event"
      rows.append([
        "Ended", "\(ExportText.dateTime(end.time)) (\(what), \(SpanText.exactTPlus(end.tPlus)))",
      ])
    }
    rows.append(["Duration", SpanText.exact(metrics.duration) + (isDrill ? " of drill time" : "")])
    if let summary = state.summary, !summary.isEmpty {
      rows.append(["Resolution", ExportText.multiline(summary)])
    }
    let given = timeline.namesGivenByRole
    let roles = timeline.roleIDs.compactMap { id -> String? in
      var holders: [String] = []
      for name in given[id] ?? [] {
        let shown = person(name)
        if holders.last != shown { holders.append(shown) }
      }
      return holders.isEmpty ? nil : "\(roleTitle(id)): \(holders.joined(separator: " → "))"
    }
    if !roles.isEmpty { rows.append(["Roles", roles.joined(separator: "\n")]) }
    var log = ExportText.count(timeline.entries.count, "event")
    if let lastLine { log += ", lines 1–\(lastLine)" }
    if let tornLine { log += "; damaged line \(tornLine) left out" }
    rows.append(["Log", log])
    return ReportTable(headers: ["", ""], rows: rows)
  }

  /// Metric, value, target, result.
  public var metricsTable: ReportTable {
    let m = metrics
    var rows: [[String]] = []
    let fs = m.firstStatement
    var deadline = "by \(SpanText.exactTPlus(fs.deadline))"
    switch fs.deadlineSource {
    case .sendingStep, .earliestPublicStep:
      if let id = fs.deadlineStep { deadline += " (\(stepTitle(id)))" }
    case .standard: deadline += " (default)"
    }
    if let first = fs.moment {
      let channel = fs.channel.map { " on \(channelTitle($0))" } ?? ""
      rows.append([
        "Time to first public statement",
        "\(SpanText.exact(first.tPlus))\(channel), by \(person(first.actor))",
        deadline, Self.label(fs.outcome),
      ])
    } else {
      rows.append(["Time to first public statement", "none", deadline, Self.label(fs.outcome)])
    }
    let before = m.silenceBeforeFirstStatement
    rows.append([
      "Silence before the first public statement",
      "\(SpanText.exact(before.seconds)) (\(SpanText.exactTPlus(before.from)) to \(SpanText.exactTPlus(before.to)))",
      "",
      "",
    ])
    let cadence =
      m.promisedCadence.map { "every \(SpanText.exact($0))" } ?? "no cadence in the playbook"
    if let longest = m.longestSilence {
      let kept = m.cadenceKept.map { $0 ? "kept" : "broken" } ?? ""
      rows.append([
        "Longest silence between public updates",
        "\(SpanText.exact(longest.seconds)) (\(SpanText.exactTPlus(longest.from)) to \(SpanText.exactTPlus(longest.to)))",
        cadence, kept,
      ])
    } else {
      rows.append(["Longest silence between public updates", "no public update", cadence, ""])
    }
    for channel in m.firstMessages {
      let audience = channel.audience?.rawValue ?? "unknown channel"
      let value =
        channel.first.map {
          "\(SpanText.exactTPlus($0.tPlus)) by \(person($0.actor)) (\(ExportText.count(channel.count, "message")))"
        } ?? "none"
      rows.append([
        "First message on \(ExportText.oneLine(channel.title)) (\(audience))", value, "", "",
      ])
    }
    rows += obligationRows
    rows.append(["Steps", stepCounts, "", ""])
    rows.append(["Decisions", "\(m.decisions.count)", "", ""])
    rows.append(["Notes", "\(m.notes.count)", "", ""])
    rows.append(["Messages", "\(m.messageCount) (\(m.publicMessageCount) public)", "", ""])
    if !m.injects.isEmpty { rows.append(["Injects", injectSummary, "", ""]) }
    rows.append([
      "Duration", SpanText.exact(m.duration) + (isDrill ? " of drill time" : ""), "", "",
    ])
    return ReportTable(headers: ["Metric", "Value", "Target", "Result"], rows: rows)
  }

  /// `3 on time, 1 late, 1 skipped` (open and overdue only when there are any).
  public var stepCounts: String {
    var parts = [
      "\(metrics.count(.onTime)) on time", "\(metrics.count(.late)) late",
      "\(metrics.count(.skipped)) skipped",
    ]
    if metrics.count(.open) > 0 { parts.append("\(metrics.count(.open)) open") }
    if metrics.count(.overdue) > 0 { parts.append("\(metrics.count(.overdue)) open and overdue") }
    if metrics.count(.neverDone) > 0 { parts.append("\(metrics.count(.neverDone)) never done") }
    return parts.joined(separator: ", ")
  }

  /// Promises kept and broken per channel, steps never done, declared clocks, messages sent
  /// without their approval, channels left out of date: each a row only when it applies.
  var obligationRows: [[String]] {
    let o = metrics.obligations
    var rows: [[String]] = []
    if !o.promises.isEmpty {
      let perChannel = o.promisesByChannel.map { c in
        var parts = ["\(c.kept) kept"]
        if c.broken > 0 { parts.append("\(c.broken) broken") }
        if c.open > 0 { parts.append("\(c.open) open") }
        if c.paused > 0 { parts.append("\(c.paused) paused (channel down)") }
        return "\(ExportText.oneLine(c.title)): \(parts.joined(separator: ", "))"
      }
      rows.append([
        "Promised updates", perChannel.joined(separator: "\n"), "every promise kept",
        o.promisesBroken == 0 ? "kept" : "\(o.promisesBroken) broken",
      ])
    }
    let never = o.stepsNeverDone.map { stepTitle($0) }
    rows.append([
      "Steps owed and never done",
      never.isEmpty ? "none" : never.map { ExportText.oneLine($0) }.joined(separator: "\n"),
      "none", never.isEmpty ? "met" : "\(never.count) missed",
    ])
    for clock in o.clocks {
      let value = clock.met.map { "met at \(SpanText.exactTPlus($0))" } ?? "not met"
      let target = clock.due.map { "by \(SpanText.exactTPlus($0))" } ?? "start never set"
      rows.append([
        "Deadline: \(ExportText.oneLine(clock.title))", value, target, Self.label(clock.outcome),
      ])
    }
    if !o.unapproved.isEmpty {
      let list = o.unapproved.map {
        "\(channelTitle($0.channel)) at \(SpanText.exactTPlus($0.elapsed))"
      }
      rows.append([
        "Messages sent without the approval they needed", list.joined(separator: "\n"), "none",
        "\(o.unapproved.count) missed",
      ])
    }
    if !o.staleChannels.isEmpty {
      rows.append([
        "Channels left saying what is no longer true",
        o.staleChannels.map(channelTitle).joined(separator: ", "), "none", "not corrected",
      ])
    }
    return rows
  }

  /// `2 injects; reactions after 1m, 45s` / `no reaction to 1`.
  var injectSummary: String {
    let delays = metrics.injects.compactMap(\.delay)
    var text = ExportText.count(metrics.injects.count, "inject")
    if !delays.isEmpty {
      text += "; first reaction after " + delays.map(SpanText.exact).joined(separator: ", ")
    }
    let unanswered = metrics.injects.filter { $0.reaction == nil }.count
    if unanswered > 0 { text += "; \(unanswered) without reaction" }
    return text
  }

  /// Every step of the playbook with its owner, holder, times and result.
  public var stepsTable: ReportTable {
    let rows = metrics.steps.map { s -> [String] in
      var result = Self.label(s.result)
      if let reason = s.skipReason, !reason.isEmpty {
        result += ": \(ExportText.multiline(reason))"
      }
      return [
        "\(ExportText.oneLine(s.title)) [\(ExportText.oneLine(s.id))]",
        s.role.map(roleTitle) ?? "",
        s.heldBy.map(person) ?? "",
        s.due.map(SpanText.exactTPlus) ?? "",
        s.started.map(SpanText.exactTPlus) ?? "",
        s.finished.map(SpanText.exactTPlus) ?? "",
        s.duration.map(SpanText.exact) ?? "",
        result,
      ]
    }
    return ReportTable(
      headers: ["Step", "Owner", "Held by", "Due", "Started", "Finished", "Took", "Result"],
      rows: rows)
  }

  /// The timeline table's column headers.
  public var timelineHeaders: [String] {
    isPublic ? ["Time", "Channel", "Message", "Link"] : ["Time", "T+", "Actor", "Role", "Event"]
  }

  /// The timeline table's row for `entries[index]`. The formats write the timeline a row at
  /// a time through this (it has a row per event), instead of building the whole table.
  public func timelineRow(_ index: Int) -> [String] {
    let e = entries[index]
    if isPublic {
      return [
        ExportText.dateTime(e.time), channelTitle(e.event.body.channel ?? ""),
        ExportText.multiline(e.event.message?.text ?? ""),
        ExportText.oneLine(e.event.message?.url ?? ""),
      ]
    }
    return [
      clock(e.time), SpanText.exactTPlus(e.tPlus), person(e.event.actor), roleTitles(e),
      describe(e),
    ]
  }

  public var decisionsTable: ReportTable {
    ReportTable(
      headers: ["T+", "Step", "Question", "Answer", "Next", "By"],
      rows: metrics.decisions.map { d in
        let next = d.next.map { $0 == Playbook.endTarget ? "end" : stepTitle($0) } ?? ""
        return [
          SpanText.exactTPlus(d.moment.tPlus), ExportText.oneLine(stepTitle(d.step)),
          ExportText.multiline(d.question), ExportText.multiline(d.answer),
          ExportText.oneLine(next),
          person(d.moment.actor),
        ]
      })
  }

  public var notesTable: ReportTable {
    ReportTable(
      headers: ["Time", "T+", "By", "Note"],
      rows: metrics.notes.map { n in
        [
          clock(n.moment.time) + (n.backdated ? " (noted later)" : ""),
          SpanText.exactTPlus(n.moment.tPlus),
          person(n.moment.actor), ExportText.multiline(n.text),
        ]
      })
  }

  /// Who did what: events each person wrote by hand.
  public var activityTable: ReportTable {
    let holders = timeline.roleHolders
    return ReportTable(
      headers: ["Person", "Roles", "Messages", "Steps", "Decisions", "Notes", "Other", "Total"],
      rows: metrics.activity.map { a in
        let roles =
          holders.first { $0.name == a.actor }?.roles.map(roleTitle).joined(separator: ", ") ?? ""
        return [
          person(a.actor), roles, "\(a.messages)", "\(a.steps)", "\(a.decisions)", "\(a.notes)",
          "\(a.other)",
          "\(a.total)",
        ]
      }, numeric: [2, 3, 4, 5, 6, 7])
  }

  /// Drill injects and the time to the first reaction after each.
  public var injectsTable: ReportTable {
    ReportTable(
      headers: ["T+", "Inject", "For", "First reaction", "After"],
      rows: metrics.injects.map { i in
        let what =
          ExportText.multiline(i.title)
          + (i.text.isEmpty || i.text == i.title ? "" : "\n" + ExportText.multiline(i.text))
        let reaction =
          i.reaction.map { r in
            "\(SpanText.exactTPlus(r.tPlus)) by \(person(r.actor)) (\(i.reactionType ?? "event"))"
          } ?? "none"
        return [
          SpanText.exactTPlus(i.moment.tPlus), what, i.role.map(roleTitle) ?? "", reaction,
          i.delay.map(SpanText.exact) ?? "",
        ]
      })
  }

  /// The drill's scorecard: steps, first statement, cadence, decisions, injects.
  public var scorecardTable: ReportTable {
    let m = metrics
    var rows: [[String]] = [
      ["Steps on time", "\(m.count(.onTime))"],
      ["Steps late", "\(m.count(.late) + m.count(.overdue))"],
      ["Steps skipped", "\(m.count(.skipped))"],
    ]
    let never = m.obligations.stepsNeverDone.count
    if never > 0 { rows.append(["Steps owed and never done", "\(never)"]) }
    if !m.obligations.promises.isEmpty {
      let open = m.obligations.promises.filter { $0.result == .open }.count
      rows.append([
        "Promised updates",
        "\(m.obligations.promisesKept) kept, \(m.obligations.promisesBroken) broken"
          + (open > 0 ? ", \(open) still running at the end" : ""),
      ])
    }
    let fs = m.firstStatement
    let first = fs.moment.map { SpanText.exact($0.tPlus) } ?? "none"
    rows.append([
      "First public statement",
      "\(first) (deadline \(SpanText.exact(fs.deadline))): \(Self.label(fs.outcome))",
    ])
    if let longest = m.longestSilence {
      var text = "longest silence \(SpanText.exact(longest.seconds))"
      if let cadence = m.promisedCadence, let kept = m.cadenceKept {
        text = (kept ? "kept" : "broken") + ": \(text), promised every \(SpanText.exact(cadence))"
      }
      rows.append(["Update cadence", text])
    } else {
      rows.append(["Update cadence", "no public update"])
    }
    rows.append(["Decisions", "\(m.decisions.count)"])
    for i in m.injects {
      let reaction = i.delay.map { "first reaction after \(SpanText.exact($0))" } ?? "no reaction"
      rows.append([
        "Inject at \(SpanText.exactTPlus(i.moment.tPlus)): \(ExportText.oneLine(i.title))",
        reaction,
      ])
    }
    return ReportTable(headers: ["Check", "Result"], rows: rows)
  }

  /// The follow-up actions table of the review: blank rows to fill in.
  public static var followUpTable: ReportTable {
    ReportTable(
      headers: ["Action", "Owner", "Due date", "Status"],
      rows: Array(repeating: ["", "", "", ""], count: 3))
  }

  /// The review's questions, each with a prompt.
  public static let reviewQuestions: [(title: String, prompt: String)] = [
    ("What happened", "In plain words: what customers saw, what caused it, how it was fixed."),
    ("Impact", "Who was affected, for how long, what it cost (orders, tickets, reach, mood)."),
    ("What went well", "What helped: the playbook, people, tools, messages that landed."),
    ("What to improve", "Where time was lost, what was unclear, which message or step to change."),
  ]
}
