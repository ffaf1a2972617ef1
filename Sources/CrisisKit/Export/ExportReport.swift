/// Everything the four formats print, worked out once: the timeline, the metrics, the
/// redaction, the notices, and which events the chosen audience may see. The formats only
/// lay it out, so a Markdown and an HTML export of the same log always say the same.
public struct ExportReport: Sendable {
  public let playbook: Playbook
  public let options: ExportOptions
  public let timeline: IncidentTimeline
  public let metrics: IncidentMetrics
  public let names: NameRedaction
  /// The incident as the fold sees it (id, title, severity, resolution summary).
  public let state: IncidentState
  /// The 1-based line of a damaged last line in the log (a crash mid-write), if any.
  public let tornLine: Int?
  /// The line of the last event included.
  public let lastLine: Int?
  /// The events this audience sees, in timeline order.
  public let entries: [IncidentTimeline.Entry]
  /// The words of the report's language, made once (the timeline asks for them per row).
  public let words: any ReportWords
  /// What the log shows went wrong, each with its owner: the review's pre-filled start.
  public let findings: [ReviewFinding]
  /// Each drill inject with its expected (or first) reaction.
  public let injectReactions: [InjectOutcome]
  /// The number of each `message.sent` (by its position in `entries`) under "Messages as sent", so the timeline
  /// points to a message instead of printing its text a second time.
  public let messageNumbers: [Int: Int]

  /// The report of `events` read against `playbook` (tests, and callers without a fold).
  public init(
    playbook: Playbook, events: [IncidentEvent], tornLine: Int? = nil,
    options: ExportOptions = ExportOptions()
  ) {
    var state = IncidentState(playbook: playbook, keepsTimeline: true)
    for event in events { state.apply(event) }
    self.init(state: state, playbook: playbook, tornLine: tornLine, options: options)
  }

  /// - Parameters:
  ///   - state: the fold of the log, with its timeline kept (`keepsTimeline`).
  ///   - playbook: decoded from the copy embedded in the log's first event.
  ///   - tornLine: the line number of a torn last line the reader skipped.
  public init(
    state: IncidentState, playbook: Playbook, tornLine: Int? = nil,
    options: ExportOptions = ExportOptions()
  ) {
    self.playbook = playbook
    self.options = options
    words = options.language.report
    self.tornLine = tornLine
    let timeline = IncidentTimeline(state: state)
    self.timeline = timeline
    metrics = IncidentMetrics(playbook: playbook, state: state)
    names =
      options.redact
      ? NameRedaction(timeline: timeline, playbook: playbook, words: options.language.report)
      : .off
    var withoutEvents = state
    withoutEvents.dropTimeline()
    self.state = withoutEvents
    findings = ReviewFinding.all(metrics: metrics, playbook: playbook, state: withoutEvents)
    injectReactions = InjectOutcome.all(
      metrics: metrics, playbook: playbook, entries: timeline.entries)
    var lastLine: Int?
    for entry in timeline.entries where lastLine.map({ entry.event.line > $0 }) ?? true {
      lastLine = entry.event.line
    }
    self.lastLine = lastLine
    switch options.audience {
    case .all:
      entries = timeline.entries
    case .public:
      entries = timeline.entries.filter { entry in
        guard case .messageSent(let m) = entry.event.body else { return false }
        return playbook.channel(m.channel)?.audience == .public
      }
    }
    messageNumbers = Self.numberMessages(entries, playbook: playbook)
  }

  /// Messages numbered 1, 2, … in the order "Messages as sent" prints them: by channel (the
  /// playbook's order, then others), each channel in time order.
  private static func numberMessages(_ entries: [IncidentTimeline.Entry], playbook: Playbook)
    -> [Int: Int]
  {
    var ids = playbook.channels.map(\.id)
    var byChannel: [String: [Int]] = [:]
    for (position, entry) in entries.enumerated() {
      guard case .messageSent(let m) = entry.event.body else { continue }
      if byChannel[m.channel] == nil, !ids.contains(m.channel) { ids.append(m.channel) }
      byChannel[m.channel, default: []].append(position)
    }
    var numbers: [Int: Int] = [:]
    for id in ids {
      for position in byChannel[id] ?? [] { numbers[position] = numbers.count + 1 }
    }
    return numbers
  }

  public var isDrill: Bool { timeline.mode == .drill }
  public var isPublic: Bool { options.audience == .public }

  /// The incident's title: as started, else the playbook's, else its id.
  public var title: String {
    let candidates = [state.title, playbook.title, state.id]
    return ExportText.oneLine(candidates.first { !$0.isEmpty } ?? words.untitled)
  }

  /// What the document is: `After-incident report` or `Public statements`.
  public var documentKind: String { words.documentKind(isPublic: isPublic) }

  /// The title as headers print it, with `[DRILL]` in front for a drill (the same mark every
  /// drill message carries).
  public var heading: String {
    (isDrill ? drillMark + " " : "") + "\(title) · \(documentKind)"
  }

  /// `[DRILL]` / `[ÜBUNG]`: the mark every drill message carries, in the report's language.
  public var drillMark: String {
    var mark = options.language.screen.drillPrefix
    while mark.hasSuffix(" ") { mark.removeLast() }
    return mark
  }

  /// The notices every format shows near the top, in this order: drill, damaged log,
  /// incident not resolved, redaction, public audience.
  public var notices: [ExportNotice] {
    var out: [ExportNotice] = []
    let words = self.words
    func notice(_ kind: ExportNotice.Kind, _ text: String) {
      out.append(ExportNotice(kind: kind, text: text, label: words.noticeLabel(kind)))
    }
    if isDrill { notice(.drill, words.drillNotice(speed: isPublic ? nil : timeline.speed)) }
    if let tornLine {
      notice(.damagedLog, words.damagedLogNotice(tornLine: tornLine, lastLine: lastLine))
    }
    if !metrics.isResolved {
      let end = metrics.end.map { "\(SpanText.exactTPlus($0.tPlus)), \(words.dateTime($0.time))" }
      notice(.notResolved, words.notResolvedNotice(paused: metrics.status == .paused, end: end))
    }
    if names.isEnabled, !isPublic { notice(.redacted, words.redactedNotice) }
    if isPublic { notice(.publicOnly, words.publicNotice) }
    return out
  }

  /// The closing line: where the report comes from (no date: exports are reproducible).
  public var footer: String {
    let id = state.id.isEmpty ? "?" : state.id
    return words.footer(id: id, events: isPublic ? nil : timeline.entries.count)
  }

  // MARK: - Names and titles

  /// A person's name as this export prints it (redacted or not).
  public func person(_ name: String) -> String { names(ExportText.oneLine(name)) }

  public func roleTitle(_ id: String) -> String { playbook.role(id)?.title ?? id }

  /// The titles of the roles the entry's actor held, `, `-joined; empty when none.
  public func roleTitles(_ entry: IncidentTimeline.Entry) -> String {
    if entry.actorRoles.isEmpty { return "" }
    return entry.actorRoles.map(roleTitle).joined(separator: ", ")
  }

  public func channelTitle(_ id: String) -> String { playbook.channel(id)?.title ?? id }

  public func stepTitle(_ id: String) -> String { playbook.step(id)?.title ?? id }

  /// The one-line description of the event.
  public func describe(_ entry: IncidentTimeline.Entry) -> String {
    words.event(entry.event, playbook: playbook, names: names)
      ?? EventDescription.text(entry.event, playbook: playbook, detail: .report, names: names)
  }

  /// The clock time of a moment, with the date when it is not the start's day.
  public func clock(_ time: Timestamp) -> String {
    words.clock(time, sameDayAs: timeline.start)
  }

  /// Messages grouped by channel (the playbook's order, then others), each in time order.
  public var messagesByChannel: [(channel: String, messages: [IncidentTimeline.Entry])] {
    // One pass: each message goes straight to its channel's list.
    var ids = playbook.channels.map(\.id)
    var byChannel: [String: [IncidentTimeline.Entry]] = [:]
    for i in entries.indices {
      guard case .messageSent(let m) = entries[i].event.body else { continue }
      let c = m.channel
      if byChannel[c] == nil, !ids.contains(c) { ids.append(c) }
      byChannel[c, default: []].append(entries[i])
    }
    return ids.compactMap { id in
      guard let on = byChannel[id], !on.isEmpty else { return nil }
      return (id, on)
    }
  }

  /// The channel's audience in words: `public`, `customers`, `internal`, `unknown`.
  public func audience(of channel: String) -> String {
    words.audience(playbook.channel(channel)?.audience)
  }

  /// A label for a step's result.
  public func label(_ result: IncidentMetrics.StepResult) -> String { words.result(result) }

  /// A label for a deadline outcome.
  public func label(_ outcome: IncidentMetrics.Outcome) -> String { words.outcome(outcome) }

  /// A moment as headers print it, in the report's language.
  public func dateTime(_ time: Timestamp) -> String { words.dateTime(time) }
}
