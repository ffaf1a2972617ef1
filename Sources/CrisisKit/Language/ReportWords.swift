/// Words of every export (md, html, csv notices, json notices): headings, metric names,
/// results, notices, the summary, the findings and the dates in the report. One protocol so
/// the compiler refuses a phrase that one language lacks; names, titles and texts from the
/// playbook or the log are passed in and never translated.
public protocol ReportWords: Sendable {
  // MARK: Dates
  /// A full, unambiguous moment for headers: `2026-11-21 17:03:12 +01:00`.
  func dateTime(_ time: Timestamp) -> String
  /// A clock time in a table, with the date when it is not the start's day.
  func clock(_ time: Timestamp, sameDayAs day: Timestamp?) -> String

  // MARK: Document
  /// The timeline's sentence for an event; nil for English, whose sentences are
  /// `EventDescription`'s `.report` detail (one place for the English words, not two).
  func event(_ event: IncidentEvent, playbook: Playbook?, names: NameRedaction) -> String?
  var untitled: String { get }
  func documentKind(isPublic: Bool) -> String
  func section(_ section: ReportSection) -> String
  var none: String { get }
  /// `none` as a value in a table cell.
  var noneValue: String { get }
  var nothingPosted: String { get }
  var noMessageSent: String { get }
  func footer(id: String, events: Int?) -> String
  var drillStamp: String { get }
  func chartCaption(isDrill: Bool) -> String
  var notAWebAddress: String { get }
  var stepPrefix: String { get }

  // MARK: Notices
  func noticeLabel(_ kind: ExportNotice.Kind) -> String
  func drillNotice(speed: Double?) -> String
  func damagedLogNotice(tornLine: Int, lastLine: Int?) -> String
  func notResolvedNotice(paused: Bool, end: String?) -> String
  var redactedNotice: String { get }
  var publicNotice: String { get }
  func responder(_ number: Int?) -> String

  // MARK: Results and counts
  func result(_ result: IncidentMetrics.StepResult) -> String
  func outcome(_ outcome: IncidentMetrics.Outcome) -> String
  func promise(_ result: ObligationMetrics.PromiseResult) -> String
  func audience(_ audience: ChannelAudience?) -> String
  func events(_ n: Int) -> String
  func messages(_ n: Int) -> String
  func injects(_ n: Int) -> String
  /// `2 missed` for a row that counts failures.
  func missedCount(_ n: Int) -> String
  func brokenCount(_ n: Int) -> String
  var notCorrected: String { get }

  // MARK: Header and facts
  func started(_ dateTime: String) -> String
  func resolvedAfter(_ span: String) -> String
  func resolvedAt(_ dateTime: String) -> String
  var notResolved: String { get }
  func severity(_ value: String) -> String
  /// A severity level as the report prints it (`high`, `hoch`); an unknown one as written.
  func severityName(_ value: String) -> String
  func fact(_ fact: ReportFact) -> String
  func mode(isDrill: Bool) -> String
  func status(_ status: IncidentState.Status) -> String
  func startedAs(_ severity: String) -> String
  func by(_ person: String) -> String
  func ended(resolved: Bool, tPlus: String) -> String
  func duration(_ span: String, isDrill: Bool) -> String
  func logLines(events: Int, lastLine: Int?, tornLine: Int?) -> String

  // MARK: Summary page
  func whatHappened(
    title: String, playbook: String, started: String?, duration: String, resolved: Bool,
    severity: String
  ) -> String
  func impact(silence: String, hadStatement: Bool, publicMessages: Int, channels: [String])
    -> String
  func keyFigure(_ figure: KeyFigure) -> String
  func dueBy(_ tPlus: String) -> String
  func promisedEvery(_ span: String) -> String
  var noCadence: String { get }
  var noPublicUpdate: String { get }
  func promisesValue(kept: Int, broken: Int) -> String
  var noPromise: String { get }
  func stepsValue(onTime: Int, late: Int, skipped: Int, neverDone: Int) -> String
  func stepsDetail(late: Int, skipped: Int, neverDone: Int) -> String
  var drillTime: String { get }
  var untilResolved: String { get }
  func wentWell(_ good: GoodPoint) -> String
  var nothingWentWell: String { get }
  var noFindings: String { get }
  /// The summary's last line when a list is longer than it has room for.
  func moreInReview(_ n: Int) -> String

  // MARK: Findings
  func finding(_ finding: ReviewFinding) -> String
  /// The suggested follow-up for findings of one kind about `subjects` (titles).
  func followUp(_ kind: ReviewFinding.Kind, subjects: [String]) -> String
  /// `Owner: Communications (Anna)`, `no owner in the playbook`.
  func owner(role: String?, heldBy: String?) -> String
  var findingHeaders: [String] { get }

  // MARK: Tables
  var metricHeaders: [String] { get }
  func metric(_ metric: MetricName) -> String
  func firstStatementValue(span: String, channel: String?, by person: String) -> String
  func deadlineSource(_ tPlus: String, step: String?, isDefault: Bool) -> String
  func spanFromTo(_ span: String, from: String, to: String) -> String
  func firstOn(channel: String, audience: String) -> String
  func firstValue(tPlus: String, by person: String, count: Int) -> String
  func promisesPerChannel(channel: String, kept: Int, broken: Int, open: Int, paused: Int)
    -> String
  var everyPromiseKept: String { get }
  func clockTitle(_ title: String) -> String
  func metAt(_ tPlus: String) -> String
  var notMet: String { get }
  var startNeverSet: String { get }
  func sentAt(channel: String, tPlus: String) -> String
  func stepCounts(
    onTime: Int, late: Int, skipped: Int, open: Int, overdue: Int, neverDone: Int
  ) -> String
  func messageCounts(total: Int, public: Int) -> String
  func injectSummary(count: Int, delays: [String], unanswered: Int) -> String
  var stepHeaders: [String] { get }
  var timelineHeaders: [String] { get }
  var publicTimelineHeaders: [String] { get }
  /// The timeline's line for a message, whose text stands once, under "Messages as sent".
  func messageRow(channel: String, number: Int) -> String
  /// The heading above a message: `Message 3`.
  func messageNumber(_ number: Int) -> String
  var decisionHeaders: [String] { get }
  var endTarget: String { get }
  var noteHeaders: [String] { get }
  var notedLater: String { get }
  var activityHeaders: [String] { get }
  var injectHeaders: [String] { get }
  var followUpHeaders: [String] { get }
  var reviewLead: String { get }
  var reviewQuestions: [(title: String, prompt: String)] { get }

  // MARK: Chart
  func chartTitle(from: String, to: String) -> String
  var noRole: String { get }
  func chartLegend(_ item: ChartLegendItem) -> String
  func dueAt(step: String, tPlus: String) -> String
  func firstStatementDueAt(_ tPlus: String) -> String
  func resolvedAtTPlus(_ tPlus: String) -> String
  func injectAt(tPlus: String, title: String, reaction: String?) -> String
}

/// The sections of a report, each a heading.
public enum ReportSection: Sendable, CaseIterable {
  case summary, whatHappened, impact, keyFigures, wentWell, wentBadly, followUps
  case facts, chart, metrics, scorecard, injects, steps, timeline, messages, decisions, notes
  case activity, review, findings, followUpActions, statements
}

/// The rows of the facts table.
public enum ReportFact: Sendable {
  case incident, mode, status, severity, playbook, started, ended, duration, resolution, roles
  case log
}

/// The cards of the summary.
public enum KeyFigure: Sendable {
  case firstStatement, promises, longestSilence, duration, runningFor, steps
}

/// The metrics table's row names.
public enum MetricName: Sendable {
  case firstStatement, silenceBefore, longestSilence, promisedUpdates, stepsNeverDone
  case unapproved, staleChannels, steps, decisions, notes, messages, injects, duration
}

/// What the summary can say went well, from the log alone.
public enum GoodPoint: Sendable {
  case firstStatement(span: String, due: String)
  case promisesKept(Int)
  case cadenceKept(every: String)
  case stepsOnTime(Int, of: Int)
  case clocksMet(Int)
  case injectsAnswered(Int)
}

/// The legend of the timeline chart.
public enum ChartLegendItem: Sendable, CaseIterable {
  case onTime, late, skipped, open, neverDone, deadline, statementDue, publicMessage
  case otherMessage, decision, note, inject, resolved
}

extension Language {
  /// The words of this language's exports.
  public var report: any ReportWords {
    self == .german ? GermanReportWords() : EnglishReportWords()
  }
}

/// The report in English.
struct EnglishReportWords: ReportWords {
  func dateTime(_ time: Timestamp) -> String { ExportText.dateTime(time) }
  func clock(_ time: Timestamp, sameDayAs day: Timestamp?) -> String {
    ExportText.clock(time, sameDayAs: day)
  }

  func event(_ event: IncidentEvent, playbook: Playbook?, names: NameRedaction) -> String? {
    nil
  }

  let untitled = "Incident"
  func documentKind(isPublic: Bool) -> String {
    isPublic ? "Public statements" : "After-incident report"
  }
  func section(_ section: ReportSection) -> String {
    switch section {
    case .summary: "Summary"
    case .whatHappened: "What happened"
    case .impact: "Impact"
    case .keyFigures: "Key figures"
    case .wentWell: "What went well"
    case .wentBadly: "What did not go well"
    case .followUps: "Open follow-ups"
    case .facts: "Incident"
    case .chart: "Timeline at a glance"
    case .metrics: "Metrics"
    case .scorecard: "Drill scorecard"
    case .injects: "Injects"
    case .steps: "Steps"
    case .timeline: "Timeline"
    case .messages: "Messages as sent"
    case .decisions: "Decisions"
    case .notes: "Notes"
    case .activity: "Who did what"
    case .review: "Post-incident review"
    case .findings: "Findings"
    case .followUpActions: "Follow-up actions"
    case .statements: "Statements"
    }
  }
  let none = "None."
  let noneValue = "none"
  let nothingPosted = "Nothing was posted on a public channel."
  let noMessageSent = "No message was recorded as sent."
  func footer(id: String, events: Int?) -> String {
    guard let events else { return "Exported by crisis from incident \(id)." }
    return "Exported by crisis from the log of incident \(id) (\(self.events(events)))."
  }
  let drillStamp = "DRILL · tabletop exercise · not a real incident"
  func chartCaption(isDrill: Bool) -> String {
    "T+ is \(isDrill ? "simulated drill time" : "time since the start"); hover a mark for details."
  }
  let notAWebAddress = "Link (not a web address)"
  let stepPrefix = "step"

  func noticeLabel(_ kind: ExportNotice.Kind) -> String {
    switch kind {
    case .drill: "DRILL"
    case .damagedLog: "Damaged log"
    case .notResolved: "Not resolved"
    case .redacted: "Redacted"
    case .publicOnly: "Public"
    }
  }
  func drillNotice(speed: Double?) -> String {
    var text = "This was a tabletop exercise, not a real incident."
    if let speed {
      text += " T+ is the drill's simulated clock"
      text += speed == 1 ? "." : " (×\(JSONWriter.format(speed)) speed)."
    }
    return text
  }
  func damagedLogNotice(tornLine: Int, lastLine: Int?) -> String {
    let included =
      lastLine.map { "events up to line \($0) are included" } ?? "no events could be read"
    return "The log ends with a damaged line \(tornLine) (crash during a write); \(included)."
  }
  func notResolvedNotice(paused: Bool, end: String?) -> String {
    let how = paused ? "paused, not resolved" : "still open"
    return
      "The incident was \(how) at the last event\(end.map { " (\($0))" } ?? ""); this report ends there."
  }
  let redactedNotice =
    "Names are replaced by roles (\"Responder N\" for people without a role). Notes and messages are quoted as written and may still contain names."
  let publicNotice =
    "Only messages posted on public channels are included. Review before publishing."
  func responder(_ number: Int?) -> String { number.map { "Responder \($0)" } ?? "Responder" }

  func result(_ result: IncidentMetrics.StepResult) -> String {
    switch result {
    case .onTime: "on time"
    case .late: "late"
    case .skipped: "skipped"
    case .open: "open"
    case .overdue: "open, overdue"
    case .notReached: "not reached"
    case .neverDone: "NEVER DONE"
    }
  }
  func outcome(_ outcome: IncidentMetrics.Outcome) -> String {
    switch outcome {
    case .met: "met"
    case .missed: "missed"
    case .pending: "pending"
    case .notNeeded: "none sent (resolved before the deadline)"
    }
  }
  func promise(_ result: ObligationMetrics.PromiseResult) -> String {
    switch result {
    case .kept: "kept"
    case .broken: "broken"
    case .open: "open"
    case .paused: "paused (channel down)"
    }
  }
  func audience(_ audience: ChannelAudience?) -> String {
    switch audience {
    case .public: "public"
    case .customers: "customers"
    case .internal: "internal"
    case nil: "unknown"
    }
  }
  func events(_ n: Int) -> String { ExportText.count(n, "event") }
  func messages(_ n: Int) -> String { ExportText.count(n, "message") }
  func injects(_ n: Int) -> String { ExportText.count(n, "inject") }
  func missedCount(_ n: Int) -> String { "\(n) missed" }
  func brokenCount(_ n: Int) -> String { "\(n) broken" }
  let notCorrected = "not corrected"

  func started(_ dateTime: String) -> String { "Started \(dateTime)" }
  func resolvedAfter(_ span: String) -> String { "Resolved after \(span)" }
  func resolvedAt(_ dateTime: String) -> String { "Resolved \(dateTime)" }
  let notResolved = "Not resolved"
  func severity(_ value: String) -> String { "Severity \(value)" }
  func severityName(_ value: String) -> String { value }
  func fact(_ fact: ReportFact) -> String {
    switch fact {
    case .incident: "Incident"
    case .mode: "Mode"
    case .status: "Status"
    case .severity: "Severity"
    case .playbook: "Playbook"
    case .started: "Started"
    case .ended: "Ended"
    case .duration: "Duration"
    case .resolution: "Resolution"
    case .roles: "Roles"
    case .log: "Log"
    }
  }
  func mode(isDrill: Bool) -> String { isDrill ? "DRILL (tabletop exercise)" : "Live incident" }
  func status(_ status: IncidentState.Status) -> String {
    switch status {
    case .resolved: "Resolved"
    case .paused: "Paused, not resolved"
    case .open: "Still open"
    }
  }
  func startedAs(_ severity: String) -> String { "started as \(severity)" }
  func by(_ person: String) -> String { "by \(person)" }
  func ended(resolved: Bool, tPlus: String) -> String {
    "\(resolved ? "resolved" : "last event"), \(tPlus)"
  }
  func duration(_ span: String, isDrill: Bool) -> String {
    span + (isDrill ? " of drill time" : "")
  }
  func logLines(events: Int, lastLine: Int?, tornLine: Int?) -> String {
    var log = self.events(events)
    if let lastLine { log += ", lines 1–\(lastLine)" }
    if let tornLine { log += "; damaged line \(tornLine) left out" }
    return log
  }

  func whatHappened(
    title: String, playbook: String, started: String?, duration: String, resolved: Bool,
    severity: String
  ) -> String {
    let book = playbook == title ? "" : "playbook: \(playbook), "
    var text = "\(title) (\(book)severity \(severity))."
    if let started { text += " Started \(started);" }
    text += resolved ? " resolved after \(duration)." : " not resolved after \(duration)."
    return text
  }
  func impact(silence: String, hadStatement: Bool, publicMessages: Int, channels: [String])
    -> String
  {
    guard hadStatement else {
      return "The public heard nothing from us for the whole \(silence): no public statement."
    }
    return
      "The public heard nothing from us for \(silence); then \(messages(publicMessages)) went out on public channels (\(channels.joined(separator: ", ")))."
  }
  func keyFigure(_ figure: KeyFigure) -> String {
    switch figure {
    case .firstStatement: "Time to first statement"
    case .promises: "Promised updates"
    case .longestSilence: "Longest public silence"
    case .duration: "Duration"
    case .runningFor: "Running for"
    case .steps: "Steps"
    }
  }
  func dueBy(_ tPlus: String) -> String { "due by \(tPlus)" }
  func promisedEvery(_ span: String) -> String { "promised every \(span)" }
  let noCadence = "no cadence promised"
  let noPublicUpdate = "no public update"
  func promisesValue(kept: Int, broken: Int) -> String { "\(kept) kept, \(broken) broken" }
  let noPromise = "none made"
  func stepsValue(onTime: Int, late: Int, skipped: Int, neverDone: Int) -> String {
    "\(onTime) on time"
  }
  func stepsDetail(late: Int, skipped: Int, neverDone: Int) -> String {
    "\(late) late · \(skipped) skipped" + (neverDone > 0 ? " · \(neverDone) never done" : "")
  }
  let drillTime = "drill time"
  let untilResolved = "until resolved"
  func wentWell(_ good: GoodPoint) -> String {
    switch good {
    case .firstStatement(let span, let due):
      "The first public statement went out after \(span), within its deadline (\(due))."
    case .promisesKept(let n):
      n == 1 ? "The promised update came on time." : "All \(n) promised updates came on time."
    case .cadenceKept(let every): "Public updates kept the promised cadence (every \(every))."
    case .stepsOnTime(let n, let total):
      "\(n) of \(total) steps \(n == 1 ? "was" : "were") done on time."
    case .clocksMet(let n):
      n == 1 ? "The declared deadline was met." : "All \(n) declared deadlines were met."
    case .injectsAnswered(let n):
      n == 1 ? "The team reacted to the inject." : "The team reacted to each of the \(n) injects."
    }
  }
  let nothingWentWell = "Nothing the log can show; add what helped in the review."
  func moreInReview(_ n: Int) -> String { "… and \(n) more in the post-incident review." }
  let noFindings =
    "The log shows no missed deadline, broken promise, skipped step or message without approval."

  func finding(_ f: ReviewFinding) -> String {
    let what = "“\(ExportText.oneLine(f.subjectTitle))”"
    let due = f.due.map(SpanText.exactTPlus)
    let at = f.at.map(SpanText.exactTPlus)
    switch f.kind {
    case .lateFirstStatement:
      guard let at else { return "No public statement at all (due by \(due ?? "?"))." }
      return "First public statement late: at \(at), due by \(due ?? "?")."
    case .lateStep:
      guard let at else { return "\(what) still not done at the end (due by \(due ?? "?"))." }
      return "\(what) done late: at \(at), due by \(due ?? "?")."
    case .missedClock:
      return "Deadline \(what) missed: due by \(due ?? "?"), "
        + (at.map { "met at \($0)." } ?? "not met.")
    case .brokenPromise:
      return "Promised update on \(what) broken: due by \(due ?? "?"), "
        + (at.map { "next message at \($0)." } ?? "no update came.")
    case .neverDone:
      return "\(what) was owed and never done."
    case .skipped:
      let reason = f.detail.map(ExportText.oneLine).flatMap { $0.isEmpty ? nil : $0 }
      return "\(what) skipped at \(at ?? "?"): " + (reason ?? "no reason given") + "."
    case .unapproved:
      return "Message on \(what) at \(at ?? "?") went out without approval"
        + (f.detail.map { " by \(ExportText.oneLine($0))" } ?? "") + "."
    case .staleChannel:
      return "\(what) kept saying what was no longer true from \(at ?? "?")"
        + (f.detail.map { " (changed: \(ExportText.oneLine($0)))" } ?? "") + "; not corrected."
    }
  }
  func followUp(_ kind: ReviewFinding.Kind, subjects: [String]) -> String {
    let named = subjects.filter { !$0.isEmpty }.map { "“\(ExportText.oneLine($0))”" }
    let prefix = named.isEmpty ? "" : named.joined(separator: ", ") + ": "
    return prefix + advice(kind)
  }

  private func advice(_ kind: ReviewFinding.Kind) -> String {
    switch kind {
    case .lateFirstStatement:
      "Prepare and pre-approve a holding statement so the first post can go out within the deadline."
    case .lateStep: "Find out what held the step up; give the role a deputy or change the deadline."
    case .missedClock: "Agree who watches this deadline from the start, and put it in the calendar."
    case .brokenPromise:
      "Set a reminder for every promised update, and post on time even when nothing changed."
    case .neverDone:
      "Decide whether the step belongs in the playbook; if so, make sure its owner sees it."
    case .skipped: "Review the reason: change the step or the playbook so it fits what happens."
    case .unapproved: "Agree how to reach the approver fast, or name a deputy who may approve."
    case .staleChannel: "Post a correction, and add the channel to every update round."
    }
  }
  func owner(role: String?, heldBy: String?) -> String {
    guard let role else { return "no owner in the playbook" }
    return "Owner: \(role)" + (heldBy.map { " (\($0))" } ?? "")
  }
  let findingHeaders = ["Finding", "Owner", "Held by", "Suggested follow-up"]

  let metricHeaders = ["Metric", "Value", "Target", "Result"]
  func metric(_ metric: MetricName) -> String {
    switch metric {
    case .firstStatement: "Time to first public statement"
    case .silenceBefore: "Silence before the first public statement"
    case .longestSilence: "Longest silence between public updates"
    case .promisedUpdates: "Promised updates"
    case .stepsNeverDone: "Steps owed and never done"
    case .unapproved: "Messages sent without the approval they needed"
    case .staleChannels: "Channels left saying what is no longer true"
    case .steps: "Steps"
    case .decisions: "Decisions"
    case .notes: "Notes"
    case .messages: "Messages"
    case .injects: "Injects"
    case .duration: "Duration"
    }
  }
  func firstStatementValue(span: String, channel: String?, by person: String) -> String {
    "\(span)\(channel.map { " on \($0)" } ?? ""), by \(person)"
  }
  func deadlineSource(_ tPlus: String, step: String?, isDefault: Bool) -> String {
    "by \(tPlus)" + (isDefault ? " (default)" : step.map { " (\($0))" } ?? "")
  }
  func spanFromTo(_ span: String, from: String, to: String) -> String {
    "\(span) (\(from) to \(to))"
  }
  func firstOn(channel: String, audience: String) -> String {
    "First message on \(channel) (\(audience))"
  }
  func firstValue(tPlus: String, by person: String, count: Int) -> String {
    "\(tPlus) by \(person) (\(messages(count)))"
  }
  func promisesPerChannel(channel: String, kept: Int, broken: Int, open: Int, paused: Int)
    -> String
  {
    var parts = ["\(kept) kept"]
    if broken > 0 { parts.append("\(broken) broken") }
    if open > 0 { parts.append("\(open) open") }
    if paused > 0 { parts.append("\(paused) paused (channel down)") }
    return "\(channel): \(parts.joined(separator: ", "))"
  }
  let everyPromiseKept = "every promise kept"
  func clockTitle(_ title: String) -> String { "Deadline: \(title)" }
  func metAt(_ tPlus: String) -> String { "met at \(tPlus)" }
  let notMet = "not met"
  let startNeverSet = "start never set"
  func sentAt(channel: String, tPlus: String) -> String { "\(channel) at \(tPlus)" }
  func stepCounts(
    onTime: Int, late: Int, skipped: Int, open: Int, overdue: Int, neverDone: Int
  ) -> String {
    var parts = ["\(onTime) on time", "\(late) late", "\(skipped) skipped"]
    if open > 0 { parts.append("\(open) open") }
    if overdue > 0 { parts.append("\(overdue) open and overdue") }
    if neverDone > 0 { parts.append("\(neverDone) never done") }
    return parts.joined(separator: ", ")
  }
  func messageCounts(total: Int, public: Int) -> String { "\(total) (\(`public`) public)" }
  func injectSummary(count: Int, delays: [String], unanswered: Int) -> String {
    var text = injects(count)
    if !delays.isEmpty { text += "; reaction after " + delays.joined(separator: ", ") }
    if unanswered > 0 { text += "; \(unanswered) without reaction" }
    return text
  }
  let stepHeaders = ["Step", "Owner", "Held by", "Due", "Started", "Finished", "Took", "Result"]
  let timelineHeaders = ["Time", "T+", "Actor", "Role", "Event"]
  let publicTimelineHeaders = ["Time", "Channel", "Message", "Link"]
  func messageRow(channel: String, number: Int) -> String {
    "Message on \(channel) (text: message \(number) under “Messages as sent”)"
  }
  func messageNumber(_ number: Int) -> String { "Message \(number)" }
  let decisionHeaders = ["T+", "Step", "Question", "Answer", "Next", "By"]
  let endTarget = "end"
  let noteHeaders = ["Time", "T+", "By", "Note"]
  let notedLater = "noted later"
  let activityHeaders = [
    "Person", "Roles", "Messages", "Steps", "Decisions", "Notes", "Other", "Total",
  ]
  let injectHeaders = ["T+", "Inject", "For", "Reaction", "After"]
  let followUpHeaders = ["Action", "Owner", "Due date", "Status"]
  let reviewLead =
    "Pre-filled from the log; to complete together, without blame. Every follow-up action gets one owner and a date."
  let reviewQuestions: [(title: String, prompt: String)] = [
    ("What happened", "In plain words: what customers saw, what caused it, how it was fixed."),
    ("Impact", "Who was affected, for how long, what it cost (orders, tickets, reach, mood)."),
    ("What went well", "What helped: the playbook, people, tools, messages that landed."),
    ("What to improve", "Where time was lost, what was unclear, which message or step to change."),
  ]

  func chartTitle(from: String, to: String) -> String { "Timeline by role, \(from) to \(to)" }
  let noRole = "No role"
  func chartLegend(_ item: ChartLegendItem) -> String {
    switch item {
    case .onTime: "step on time"
    case .late: "late"
    case .skipped: "skipped"
    case .open: "open"
    case .neverDone: "never done"
    case .deadline: "deadline"
    case .statementDue: "first statement due"
    case .publicMessage: "public message"
    case .otherMessage: "other message"
    case .decision: "decision"
    case .note: "note"
    case .inject: "inject"
    case .resolved: "resolved"
    }
  }
  func dueAt(step: String, tPlus: String) -> String { "Due: \(step) at \(tPlus)" }
  func firstStatementDueAt(_ tPlus: String) -> String { "First public statement due at \(tPlus)" }
  func resolvedAtTPlus(_ tPlus: String) -> String { "Resolved at \(tPlus)" }
  func injectAt(tPlus: String, title: String, reaction: String?) -> String {
    "Inject at \(tPlus): \(title)" + (reaction.map { "; reaction after \($0)" } ?? "")
  }
}
