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
    self.tornLine = tornLine
    let timeline = IncidentTimeline(state: state)
    self.timeline = timeline
    metrics = IncidentMetrics(playbook: playbook, state: state)
    names = options.redact ? NameRedaction(timeline: timeline, playbook: playbook) : .off
    var withoutEvents = state
    withoutEvents.dropTimeline()
    self.state = withoutEvents
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
  }

  public var isDrill: Bool { timeline.mode == .drill }
  public var isPublic: Bool { options.audience == .public }

  /// The incident's title: as started, else the playbook's, else its id.
  public var title: String {
    let candidates = [state.title, playbook.title, state.id]
    return ExportText.oneLine(candidates.first { !$0.isEmpty } ?? "Incident")
  }

  /// What the document is: `After-incident report` or `Public statements`.
  public var documentKind: String { isPublic ? "Public statements" : "After-incident report" }

  /// The title as headers print it, with `[DRILL]` in front for a drill (the same mark every
  /// drill message carries).
  public var heading: String {
    (isDrill ? "[DRILL] " : "") + "\(title) · \(documentKind)"
  }

  /// The notices every format shows near the top, in this order: drill, damaged log,
  /// incident not resolved, redaction, public audience.
  public var notices: [ExportNotice] {
    var out: [ExportNotice] = []
    if isDrill {
      var text = "This was a tabletop exercise, not a real incident."
      if !isPublic {
        text += " T+ is the drill's simulated clock"
        text += timeline.speed == 1 ? "." : " (×\(JSONWriter.format(timeline.speed)) speed)."
      }
      out.append(ExportNotice(kind: .drill, text: text))
    }
    if let tornLine {
      let included =
        lastLine.map { "events up to line \($0) are included" } ?? "no events could be read"
      out.append(
        ExportNotice(
          kind: .damagedLog,
          text: "The log ends with a damaged line \(tornLine) (crash during a write); \(included).")
      )
    }
    if !metrics.isResolved {
      let end =
        metrics.end.map { " (\(SpanText.exactTPlus($0.tPlus)), \(ExportText.dateTime($0.time)))" }
        ?? ""
      let how = metrics.status == .paused ? "paused, not resolved" : "still open"
      out.append(
        ExportNotice(
          kind: .notResolved,
          text: "The incident was \(how) at the last event\(end); this report ends there."))
    }
    if names.isEnabled, !isPublic {
      out.append(
        ExportNotice(
          kind: .redacted,
          text:
            "Names are replaced by roles (\"Responder N\" for people without a role). Notes and messages are quoted as written and may still contain names."
        ))
    }
    if isPublic {
      out.append(
        ExportNotice(
          kind: .publicOnly,
          text: "Only messages posted on public channels are included. Review before publishing."))
    }
    return out
  }

  /// The closing line: where the report comes from (no date: exports are reproducible).
  public var footer: String {
    let id = state.id.isEmpty ? "?" : state.id
    if isPublic { return "Exported by crisis from incident \(id)." }
    return
      "Exported by crisis from the log of incident \(id) (\(ExportText.count(timeline.entries.count, "event")))."
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
    EventDescription.text(entry.event, playbook: playbook, detail: .report, names: names)
  }

  /// The clock time of a moment, with the date when it is not the start's day.
  public func clock(_ time: Timestamp) -> String {
    ExportText.clock(time, sameDayAs: timeline.start)
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
    playbook.channel(channel)?.audience.rawValue ?? "unknown"
  }

  /// A label for a step's result.
  public static func label(_ result: IncidentMetrics.StepResult) -> String {
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

  /// A label for a deadline outcome.
  public static func label(_ outcome: IncidentMetrics.Outcome) -> String {
    switch outcome {
    case .met: "met"
    case .missed: "missed"
    case .pending: "pending"
    case .notNeeded: "none sent (resolved before the deadline)"
    }
  }
}
