import Testing

@testable import CrisisKit

/// Every phrase of the report's and the scorecard's words, filled with the same sample
/// arguments, compared between the languages: nothing empty, and no German phrase left as
/// the English one (but for the few that read the same in both). The protocols already make
/// a phrase missing in one language a compile error.
@Suite struct ReportCatalogueTests {
  static let x = "XQX"
  static let time = Timestamp.parse("2026-11-21T17:03:12.000+01:00") ?? Timestamp(milliseconds: 0)

  static func finding(_ kind: ReviewFinding.Kind, at: Double? = 600) -> ReviewFinding {
    ReviewFinding(
      kind: kind, subject: "s", subjectTitle: x, role: "r", heldBy: x, at: at, due: 300,
      detail: x)
  }

  /// The report's phrases, keyed, in the same order for both languages.
  static func report(_ w: any ReportWords) -> [(String, String)] {
    var rows: [(String, String)] = []
    func add(_ key: String, _ text: String) { rows.append((key, text)) }
    add("dateTime", w.dateTime(time))
    add("untitled", w.untitled)
    add("documentKind", w.documentKind(isPublic: false))
    add("documentKind.public", w.documentKind(isPublic: true))
    for section in ReportSection.allCases { add("section.\(section)", w.section(section)) }
    add("none", w.none)
    add("noneValue", w.noneValue)
    add("nothingPosted", w.nothingPosted)
    add("noMessageSent", w.noMessageSent)
    add("footer", w.footer(id: x, events: 3))
    add("footer.public", w.footer(id: x, events: nil))
    add("drillStamp", w.drillStamp)
    add("chartCaption", w.chartCaption(isDrill: true))
    add("notAWebAddress", w.notAWebAddress)
    add("stepPrefix", w.stepPrefix)
    for kind in [ExportNotice.Kind.drill, .damagedLog, .notResolved, .redacted, .publicOnly] {
      add("noticeLabel.\(kind)", w.noticeLabel(kind))
    }
    add("drillNotice", w.drillNotice(speed: 2))
    add("damagedLogNotice", w.damagedLogNotice(tornLine: 3, lastLine: 2))
    add("notResolvedNotice", w.notResolvedNotice(paused: true, end: x))
    add("redactedNotice", w.redactedNotice)
    add("publicNotice", w.publicNotice)
    add("responder", w.responder(2))
    for r in IncidentMetrics.StepResult.allCases { add("result.\(r)", w.result(r)) }
    for o in [IncidentMetrics.Outcome.met, .missed, .pending, .notNeeded] {
      add("outcome.\(o)", w.outcome(o))
    }
    for p in [ObligationMetrics.PromiseResult.kept, .broken, .open, .paused] {
      add("promise.\(p)", w.promise(p))
    }
    for a in ChannelAudience.allCases { add("audience.\(a)", w.audience(a)) }
    add("audience.unknown", w.audience(nil))
    add("events", w.events(2))
    add("messages", w.messages(2))
    add("injects", w.injects(2))
    add("missedCount", w.missedCount(2))
    add("brokenCount", w.brokenCount(2))
    add("notCorrected", w.notCorrected)
    add("started", w.started(x))
    add("resolvedAfter", w.resolvedAfter(x))
    add("resolvedAt", w.resolvedAt(x))
    add("notResolved", w.notResolved)
    add("severity", w.severity(x))
    add("severityName", w.severityName("critical"))
    for fact in [
      ReportFact.incident, .mode, .status, .severity, .started, .ended, .duration, .resolution,
      .roles,
    ] {
      add("fact.\(fact)", w.fact(fact))
    }
    add("mode", w.mode(isDrill: true))
    add("status", w.status(.paused))
    add("startedAs", w.startedAs(x))
    add("by", w.by(x))
    add("ended", w.ended(resolved: true, tPlus: x))
    add("duration", w.duration(x, isDrill: true))
    add("logLines", w.logLines(events: 2, lastLine: 3, tornLine: 4))
    add(
      "whatHappened",
      w.whatHappened(
        title: x, playbook: "P", started: x, duration: x, resolved: true, severity: x))
    add(
      "impact", w.impact(silence: x, hadStatement: true, publicMessages: 2, channels: [x]))
    add(
      "impact.none", w.impact(silence: x, hadStatement: false, publicMessages: 0, channels: []))
    for figure in [KeyFigure.firstStatement, .promises, .longestSilence, .runningFor, .steps] {
      add("keyFigure.\(figure)", w.keyFigure(figure))
    }
    add("dueBy", w.dueBy(x))
    add("promisedEvery", w.promisedEvery(x))
    add("noCadence", w.noCadence)
    add("noPublicUpdate", w.noPublicUpdate)
    add("promisesValue", w.promisesValue(kept: 1, broken: 2))
    add("noPromise", w.noPromise)
    add("stepsValue", w.stepsValue(onTime: 1, late: 2, skipped: 3, neverDone: 4))
    add("stepsDetail", w.stepsDetail(late: 2, skipped: 3, neverDone: 4))
    add("drillTime", w.drillTime)
    add("untilResolved", w.untilResolved)
    let good: [GoodPoint] = [
      .firstStatement(span: x, due: x), .promisesKept(2), .cadenceKept(every: x),
      .stepsOnTime(1, of: 2), .clocksMet(2), .injectsAnswered(2),
    ]
    for (i, point) in good.enumerated() { add("wentWell.\(i)", w.wentWell(point)) }
    add("nothingWentWell", w.nothingWentWell)
    add("noFindings", w.noFindings)
    add("moreInReview", w.moreInReview(3))
    for kind in ReviewFinding.Kind.allCases {
      add("finding.\(kind)", w.finding(finding(kind)))
      add("finding.\(kind).open", w.finding(finding(kind, at: nil)))
      add("followUp.\(kind)", w.followUp(kind, subjects: [x]))
    }
    add("owner", w.owner(role: x, heldBy: x))
    add("owner.none", w.owner(role: nil, heldBy: nil))
    add("metricHeaders", w.metricHeaders.joined(separator: "|"))
    for metric in [
      MetricName.firstStatement, .silenceBefore, .longestSilence, .promisedUpdates,
      .stepsNeverDone, .unapproved, .staleChannels, .steps, .decisions, .notes, .messages,
      .injects, .duration,
    ] {
      add("metric.\(metric)", w.metric(metric))
    }
    add("firstStatementValue", w.firstStatementValue(span: x, channel: x, by: x))
    add("deadlineSource", w.deadlineSource(x, step: nil, isDefault: true))
    add("spanFromTo", w.spanFromTo(x, from: x, to: x))
    add("firstOn", w.firstOn(channel: x, audience: x))
    add("firstValue", w.firstValue(tPlus: x, by: x, count: 2))
    add(
      "promisesPerChannel", w.promisesPerChannel(channel: x, kept: 1, broken: 1, open: 1, paused: 1)
    )
    add("everyPromiseKept", w.everyPromiseKept)
    add("clockTitle", w.clockTitle(x))
    add("metAt", w.metAt(x))
    add("notMet", w.notMet)
    add("startNeverSet", w.startNeverSet)
    add("sentAt", w.sentAt(channel: x, tPlus: x))
    add(
      "stepCounts", w.stepCounts(onTime: 1, late: 1, skipped: 1, open: 1, overdue: 1, neverDone: 1))
    add("messageCounts", w.messageCounts(total: 2, public: 1))
    add("injectSummary", w.injectSummary(count: 2, delays: [x], unanswered: 1))
    add("stepHeaders", w.stepHeaders.joined(separator: "|"))
    add("timelineHeaders", w.timelineHeaders.joined(separator: "|"))
    add("publicTimelineHeaders", w.publicTimelineHeaders.joined(separator: "|"))
    add("messageRow", w.messageRow(channel: x, number: 2))
    add("messageNumber", w.messageNumber(2))
    add("decisionHeaders", w.decisionHeaders.joined(separator: "|"))
    add("endTarget", w.endTarget)
    add("noteHeaders", w.noteHeaders.joined(separator: "|"))
    add("notedLater", w.notedLater)
    add("activityHeaders", w.activityHeaders.joined(separator: "|"))
    add("injectHeaders", w.injectHeaders.joined(separator: "|"))
    add("followUpHeaders", w.followUpHeaders.joined(separator: "|"))
    add("findingHeaders", w.findingHeaders.joined(separator: "|"))
    add("reviewLead", w.reviewLead)
    for (i, q) in w.reviewQuestions.enumerated() {
      add("review.\(i).title", q.title)
      add("review.\(i).prompt", q.prompt)
    }
    add("chartTitle", w.chartTitle(from: x, to: x))
    add("noRole", w.noRole)
    for item in ChartLegendItem.allCases { add("legend.\(item)", w.chartLegend(item)) }
    add("dueAt", w.dueAt(step: x, tPlus: x))
    add("firstStatementDueAt", w.firstStatementDueAt(x))
    add("resolvedAtTPlus", w.resolvedAtTPlus(x))
    add("injectAt", w.injectAt(tPlus: x, title: x, reaction: x))
    return rows
  }

  /// The scorecard's phrases, keyed.
  static func scorecard(_ w: any ScorecardWords) -> [(String, String)] {
    var rows: [(String, String)] = []
    func add(_ key: String, _ text: String) { rows.append((key, text)) }
    add("headers", w.headers.joined(separator: "|"))
    add("stepsOnTime", w.stepsOnTime)
    add("stepsLate", w.stepsLate)
    add("stepsSkipped", w.stepsSkipped)
    add("stepsNeverDone", w.stepsNeverDone)
    add("promisedUpdates", w.promisedUpdates)
    add("firstStatement", w.firstStatement)
    add("cadence", w.cadence)
    add("decisions", w.decisions)
    add("practise", w.practise)
    add("lateStep", w.lateStep(title: x, finished: x, due: x))
    add("lateStep.open", w.lateStep(title: x, finished: nil, due: x))
    add("skippedStep", w.skippedStep(title: x, reason: nil))
    add("promises", w.promises(kept: 1, broken: 1, open: 1))
    add("brokenPromise", w.brokenPromise(channel: x, due: x))
    add("firstStatementValue", w.firstStatementValue(first: nil, deadline: x, outcome: x))
    add("cadenceValue", w.cadenceValue(longest: x, every: x, kept: false))
    add("cadenceValue.none", w.cadenceValue(longest: nil, every: nil, kept: nil))
    add("injectLabel", w.injectLabel(tPlus: x, title: x))
    add("expected", w.expected([x, x], after: x))
    add("expected.notDone", w.expected([x], after: nil))
    add("expectedAhead", w.expectedAhead([x], at: x))
    add("template", w.template(x, on: x))
    add("firstReaction", w.firstReaction(after: x, type: x))
    add("firstReaction.none", w.firstReaction(after: nil, type: nil))
    add("alsoDid", w.alsoDid([x]))
    for type in ["incident.resolved", "message.sent", "step.done", "reminder"] {
      add("action.\(type)", w.action(type))
    }
    let items: [PracticeItem] = [
      .firstStatement(deadline: x), .inject(title: x, expected: [x]), .promises,
      .step(title: x), .skippedStep(title: x), .approval, .cadence(every: x), .faster,
      .swapRoles, .newInject,
    ]
    for (i, item) in items.enumerated() { add("practice.\(i)", w.practice(item)) }
    for type in ["step.done", "message.sent", "note", "role.assigned", "var.set"] {
      add("action.\(type)", w.action(type))
    }
    return rows
  }

  /// Phrases that read the same in German: a playbook is a "Playbook", a person a "Person",
  /// a metric's T+ column.
  static let sameInBoth: Set<String> = ["timelineHeaders.T+", "fact.playbook"]

  @Test(arguments: [
    (report(Language.english.report), report(Language.german.report)),
    (scorecard(Language.english.scorecard), scorecard(Language.german.scorecard)),
  ])
  func germanIsEveryPhraseAndNotEnglish(english: [(String, String)], german: [(String, String)]) {
    #expect(english.map(\.0) == german.map(\.0))
    for ((key, en), (_, de)) in zip(english, german) where !Self.sameInBoth.contains(key) {
      #expect(!en.isEmpty && !de.isEmpty, "\(key) is empty")
      #expect(en != de, "\(key) is not translated: \(de)")
    }
  }
}
