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
    let w = words
    var rows: [[String]] = [[w.fact(.incident), ExportText.oneLine(state.id)]]
    rows.append([w.fact(.mode), w.mode(isDrill: isDrill)])
    rows.append([w.fact(.status), w.status(metrics.status)])
    let initial = state.initialSeverity
    var severity = w.severityName(state.severity.rawValue)
    if let initial, initial != state.severity.rawValue {
      severity += " (\(w.startedAs(ExportText.oneLine(w.severityName(initial)))))"
    }
    rows.append([w.fact(.severity), severity])
    var book = "\(ExportText.oneLine(playbook.title)) (\(ExportText.oneLine(playbook.id)))"
    if !state.playbookPath.isEmpty { book += ", \(ExportText.oneLine(state.playbookPath))" }
    rows.append([w.fact(.playbook), book])
    if let start = timeline.start {
      let by = state.startedBy.isEmpty ? "" : " " + w.by(person(state.startedBy))
      rows.append([w.fact(.started), w.dateTime(start) + by])
    }
    if let end = metrics.end {
      let what = w.ended(resolved: metrics.isResolved, tPlus: SpanText.exactTPlus(end.tPlus))
      rows.append([w.fact(.ended), "\(w.dateTime(end.time)) (\(what))"])
    }
    rows.append([w.fact(.duration), w.duration(SpanText.exact(metrics.duration), isDrill: isDrill)])
    if let summary = state.summary, !summary.isEmpty {
      rows.append([w.fact(.resolution), ExportText.multiline(summary)])
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
    if !roles.isEmpty { rows.append([w.fact(.roles), roles.joined(separator: "\n")]) }
    rows.append([
      w.fact(.log),
      w.logLines(events: timeline.entries.count, lastLine: lastLine, tornLine: tornLine),
    ])
    return ReportTable(headers: ["", ""], rows: rows)
  }

  /// Metric, value, target, result.
  public var metricsTable: ReportTable {
    let m = metrics
    let w = words
    var rows: [[String]] = []
    let fs = m.firstStatement
    let deadline = w.deadlineSource(
      SpanText.exactTPlus(fs.deadline), step: fs.deadlineStep.map(stepTitle),
      isDefault: fs.deadlineSource == .standard)
    if let first = fs.moment {
      rows.append([
        w.metric(.firstStatement),
        w.firstStatementValue(
          span: SpanText.exact(first.tPlus), channel: fs.channel.map(channelTitle),
          by: person(first.actor)),
        deadline, label(fs.outcome),
      ])
    } else {
      rows.append([w.metric(.firstStatement), w.noneValue, deadline, label(fs.outcome)])
    }
    let before = m.silenceBeforeFirstStatement
    rows.append([w.metric(.silenceBefore), spanFromTo(before), "", ""])
    let cadence = m.promisedCadence.map { w.promisedEvery(SpanText.exact($0)) } ?? w.noCadence
    if let longest = m.longestSilence {
      let kept = m.cadenceKept.map { w.promise($0 ? .kept : .broken) } ?? ""
      rows.append([w.metric(.longestSilence), spanFromTo(longest), cadence, kept])
    } else {
      rows.append([w.metric(.longestSilence), w.noPublicUpdate, cadence, ""])
    }
    for channel in m.firstMessages {
      let value =
        channel.first.map {
          w.firstValue(
            tPlus: SpanText.exactTPlus($0.tPlus), by: person($0.actor), count: channel.count)
        } ?? w.noneValue
      rows.append([
        w.firstOn(
          channel: ExportText.oneLine(channel.title), audience: w.audience(channel.audience)),
        value, "", "",
      ])
    }
    rows += obligationRows
    rows.append([w.metric(.steps), stepCounts, "", ""])
    rows.append([w.metric(.decisions), "\(m.decisions.count)", "", ""])
    rows.append([w.metric(.notes), "\(m.notes.count)", "", ""])
    rows.append([
      w.metric(.messages), w.messageCounts(total: m.messageCount, public: m.publicMessageCount),
      "", "",
    ])
    if !m.injects.isEmpty { rows.append([w.metric(.injects), injectSummary, "", ""]) }
    rows.append([
      w.metric(.duration), w.duration(SpanText.exact(m.duration), isDrill: isDrill), "", "",
    ])
    return ReportTable(headers: w.metricHeaders, rows: rows)
  }

  /// `12m (T+0s to T+12m)`.
  private func spanFromTo(_ silence: IncidentMetrics.Silence) -> String {
    words.spanFromTo(
      SpanText.exact(silence.seconds), from: SpanText.exactTPlus(silence.from),
      to: SpanText.exactTPlus(silence.to))
  }

  /// `3 on time, 1 late, 1 skipped` (open and overdue only when there are any).
  public var stepCounts: String {
    words.stepCounts(
      onTime: metrics.count(.onTime), late: metrics.count(.late),
      skipped: metrics.count(.skipped), open: metrics.count(.open),
      overdue: metrics.count(.overdue), neverDone: metrics.count(.neverDone))
  }

  /// Promises kept and broken per channel, steps never done, declared clocks, messages sent
  /// without their approval, channels left out of date: each a row only when it applies.
  var obligationRows: [[String]] {
    let o = metrics.obligations
    let w = words
    var rows: [[String]] = []
    if !o.promises.isEmpty {
      let perChannel = o.promisesByChannel.map { c in
        w.promisesPerChannel(
          channel: ExportText.oneLine(c.title), kept: c.kept, broken: c.broken, open: c.open,
          paused: c.paused)
      }
      rows.append([
        w.metric(.promisedUpdates), perChannel.joined(separator: "\n"), w.everyPromiseKept,
        o.promisesBroken == 0 ? w.promise(.kept) : w.brokenCount(o.promisesBroken),
      ])
    }
    let never = o.stepsNeverDone.map { stepTitle($0) }
    rows.append([
      w.metric(.stepsNeverDone),
      never.isEmpty ? w.noneValue : never.map { ExportText.oneLine($0) }.joined(separator: "\n"),
      w.noneValue, never.isEmpty ? w.outcome(.met) : w.missedCount(never.count),
    ])
    for clock in o.clocks {
      let value = clock.met.map { w.metAt(SpanText.exactTPlus($0)) } ?? w.notMet
      let target = clock.due.map { w.dueBy(SpanText.exactTPlus($0)) } ?? w.startNeverSet
      rows.append([
        w.clockTitle(ExportText.oneLine(clock.title)), value, target, label(clock.outcome),
      ])
    }
    if !o.unapproved.isEmpty {
      let list = o.unapproved.map {
        w.sentAt(channel: channelTitle($0.channel), tPlus: SpanText.exactTPlus($0.elapsed))
      }
      rows.append([
        w.metric(.unapproved), list.joined(separator: "\n"), w.noneValue,
        w.missedCount(o.unapproved.count),
      ])
    }
    if !o.staleChannels.isEmpty {
      rows.append([
        w.metric(.staleChannels), o.staleChannels.map(channelTitle).joined(separator: ", "),
        w.noneValue, w.notCorrected,
      ])
    }
    return rows
  }

  /// `2 injects; reaction after 1m, 45s` / `1 without reaction`.
  var injectSummary: String {
    let reactions = injectReactions
    return words.injectSummary(
      count: reactions.count, delays: reactions.compactMap(\.delay).map(SpanText.exact),
      unanswered: reactions.filter { $0.reaction == nil }.count)
  }

  /// Every step of the playbook with its owner, holder, times and result.
  public var stepsTable: ReportTable {
    let rows = metrics.steps.map { s -> [String] in
      var result = label(s.result)
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
    return ReportTable(headers: words.stepHeaders, rows: rows)
  }

  /// The timeline table's column headers.
  public var timelineHeaders: [String] {
    isPublic ? words.publicTimelineHeaders : words.timelineHeaders
  }

  /// The timeline table's row for `entries[index]`. The formats write the timeline a row at
  /// a time through this (it has a row per event), instead of building the whole table.
  /// A message's row points to its number under "Messages as sent", where its text stands
  /// once.
  public func timelineRow(_ index: Int) -> [String] {
    let e = entries[index]
    if isPublic {
      return [
        dateTime(e.time), channelTitle(e.event.body.channel ?? ""),
        ExportText.multiline(e.event.message?.text ?? ""),
        ExportText.oneLine(e.event.message?.url ?? ""),
      ]
    }
    var event = describe(e)
    if let number = messageNumbers[index] {
      event = words.messageRow(
        channel: channelTitle(e.event.body.channel ?? ""), number: number)
    }
    return [
      clock(e.time), SpanText.exactTPlus(e.tPlus), person(e.event.actor), roleTitles(e), event,
    ]
  }

  public var decisionsTable: ReportTable {
    ReportTable(
      headers: words.decisionHeaders,
      rows: metrics.decisions.map { d in
        let next = d.next.map { $0 == Playbook.endTarget ? words.endTarget : stepTitle($0) } ?? ""
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
      headers: words.noteHeaders,
      rows: metrics.notes.map { n in
        [
          clock(n.moment.time) + (n.backdated ? " (\(words.notedLater))" : ""),
          SpanText.exactTPlus(n.moment.tPlus),
          person(n.moment.actor), ExportText.multiline(n.text),
        ]
      })
  }

  /// Who did what: events each person wrote by hand.
  public var activityTable: ReportTable {
    let holders = timeline.roleHolders
    return ReportTable(
      headers: words.activityHeaders,
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

  /// Drill injects and the reaction to each: the expected action when the inject says what
  /// it expects, else the first thing a person did.
  public var injectsTable: ReportTable {
    ReportTable(
      headers: words.injectHeaders,
      rows: injectReactions.map { i in
        let what =
          ExportText.multiline(i.title)
          + (i.text.isEmpty || i.text == i.title ? "" : "\n" + ExportText.multiline(i.text))
        return [
          SpanText.exactTPlus(i.happened), what, i.role.map(roleTitle) ?? "",
          reactionText(i), i.delay.map(SpanText.exact) ?? "",
        ]
      })
  }

  /// The drill's scorecard: steps (naming the late and skipped ones), promises (naming the
  /// broken ones), first statement, cadence, decisions, each inject's expected reaction,
  /// and the three things to practise next time.
  public var scorecardTable: ReportTable {
    let m = metrics
    let w = options.language.scorecard
    var rows: [[String]] = [[w.stepsOnTime, "\(m.count(.onTime))"]]
    let late = m.steps.filter { $0.result == .late || $0.result == .overdue }
    rows.append([w.stepsLate, "\(late.count)"])
    for s in late {
      rows.append([
        "",
        w.lateStep(
          title: ExportText.oneLine(s.title), finished: s.finished.map(SpanText.exactTPlus),
          due: s.due.map(SpanText.exactTPlus)),
      ])
    }
    let skipped = m.steps.filter { $0.result == .skipped }
    rows.append([w.stepsSkipped, "\(skipped.count)"])
    for s in skipped {
      let reason = s.skipReason.map(ExportText.oneLine).flatMap { $0.isEmpty ? nil : $0 }
      rows.append(["", w.skippedStep(title: ExportText.oneLine(s.title), reason: reason)])
    }
    let never = m.obligations.stepsNeverDone
    if !never.isEmpty {
      rows.append([
        w.stepsNeverDone,
        "\(never.count): "
          + never.map { ExportText.oneLine(stepTitle($0)) }.joined(separator: ", "),
      ])
    }
    let promises = m.obligations.promises
    if !promises.isEmpty {
      let open = promises.filter { $0.result == .open }.count
      rows.append([
        w.promisedUpdates,
        w.promises(
          kept: m.obligations.promisesKept, broken: m.obligations.promisesBroken, open: open),
      ])
      for p in promises where p.result == .broken {
        rows.append([
          "",
          w.brokenPromise(channel: ExportText.oneLine(p.title), due: SpanText.exactTPlus(p.due)),
        ])
      }
    }
    let fs = m.firstStatement
    rows.append([
      w.firstStatement,
      w.firstStatementValue(
        first: fs.moment.map { SpanText.exact($0.tPlus) }, deadline: SpanText.exact(fs.deadline),
        outcome: label(fs.outcome)),
    ])
    rows.append([
      w.cadence,
      w.cadenceValue(
        longest: m.longestSilence.map { SpanText.exact($0.seconds) },
        every: m.promisedCadence.map(SpanText.exact), kept: m.cadenceKept),
    ])
    rows.append([w.decisions, "\(m.decisions.count)"])
    for i in injectReactions {
      rows.append([
        w.injectLabel(
          tPlus: SpanText.exactTPlus(i.happened), title: ExportText.oneLine(i.title)),
        reactionText(i),
      ])
    }
    for (n, item) in practice.enumerated() {
      rows.append([n == 0 ? w.practise : "", "\(n + 1). " + w.practice(item)])
    }
    return ReportTable(headers: w.headers, rows: rows)
  }

  /// The reaction to an inject in words: the expected action and its time, or "not done";
  /// without `expect:`, the first reaction, labelled as such; then what was done before.
  func reactionText(_ i: InjectOutcome) -> String {
    let w = options.language.scorecard
    let delay = i.delay.map(SpanText.exact)
    var text: String
    if i.hasExpectation, i.ahead, let done = i.reaction {
      text = w.expectedAhead(
        i.expected.map(expectedTitle), at: SpanText.exactTPlus(done.moment.tPlus))
    } else if i.hasExpectation {
      text = w.expected(i.expected.map(expectedTitle), after: delay)
    } else {
      text = w.firstReaction(
        after: delay, type: i.reaction.map { ExportText.oneLine(w.action($0.type)) })
    }
    if i.hasExpectation, !i.unexpected.isEmpty {
      text +=
        "; "
        + w.alsoDid(
          i.unexpected.map {
            "\(SpanText.exactTPlus($0.moment.tPlus)) \(ExportText.oneLine(w.action($0.type)))"
          })
    }
    return text
  }

  /// An expected item as people know it: a step's title, a template with its channel, a
  /// channel's title.
  func expectedTitle(_ id: String) -> String {
    if let step = playbook.step(id) { return ExportText.oneLine(step.title) }
    if let template = playbook.template(id) {
      return options.language.scorecard.template(
        ExportText.oneLine(id), on: ExportText.oneLine(channelTitle(template.channel.id)))
    }
    return ExportText.oneLine(channelTitle(id))
  }

  /// The three things to practise next time, most pressing first: the first statement, an
  /// expected reaction that never came, broken promises, late, skipped and unapproved work,
  /// the cadence; filled up with general advice so there are always three.
  public var practice: [PracticeItem] {
    let m = metrics
    var items: [PracticeItem] = []
    if m.firstStatement.outcome == .missed {
      items.append(.firstStatement(deadline: SpanText.exact(m.firstStatement.deadline)))
    }
    for i in injectReactions where i.hasExpectation && i.reaction == nil {
      items.append(
        .inject(title: ExportText.oneLine(i.title), expected: i.expected.map(expectedTitle)))
    }
    if m.obligations.promisesBroken > 0 { items.append(.promises) }
    for s in m.steps where s.result == .late || s.result == .overdue || s.result == .neverDone {
      if m.firstStatement.outcome == .missed, s.id == m.firstStatement.deadlineStep { continue }
      items.append(.step(title: ExportText.oneLine(s.title)))
    }
    for s in m.steps where s.result == .skipped {
      items.append(.skippedStep(title: ExportText.oneLine(s.title)))
    }
    if !m.obligations.unapproved.isEmpty { items.append(.approval) }
    if m.cadenceKept == false, let every = m.promisedCadence {
      items.append(.cadence(every: SpanText.exact(every)))
    }
    for filler in [PracticeItem.faster, .swapRoles, .newInject] where items.count < 3 {
      items.append(filler)
    }
    return Array(items.prefix(3))
  }

  /// The follow-up actions table of the review: one row per open follow-up (its suggested
  /// action and owner), then blank rows to add more.
  public var followUpTable: ReportTable {
    var rows = followUps.map { [$0.action, $0.ownerName, "", ""] }
    rows += Array(repeating: ["", "", "", ""], count: 2)
    return ReportTable(headers: words.followUpHeaders, rows: rows)
  }

  /// The findings table: what happened, the owning role, who held it, the suggested action.
  public var findingsTable: ReportTable {
    ReportTable(
      headers: words.findingHeaders,
      rows: findings.map { f in
        [
          words.finding(f), f.role.map(roleTitle) ?? "", holderShown(f) ?? "",
          followUp(f),
        ]
      })
  }

  /// `Owner: Communications (Anna)` for a finding.
  public func ownerText(_ f: ReviewFinding) -> String {
    words.owner(role: f.role.map(roleTitle), heldBy: holderShown(f))
  }

  /// `Communications (Anna)`, the owner without the word `Owner:`.
  public func ownerName(_ f: ReviewFinding) -> String {
    guard let role = f.role.map(roleTitle) else { return words.owner(role: nil, heldBy: nil) }
    return role + (holderShown(f).map { " (\($0))" } ?? "")
  }

  /// Who held the finding's role as printed; nil when redaction turned them into the very
  /// role title already shown ("Kommunikation (Kommunikation)" says nothing).
  func holderShown(_ f: ReviewFinding) -> String? {
    guard let shown = f.heldBy.map(person) else { return nil }
    return shown == f.role.map(roleTitle) ? nil : shown
  }
}
