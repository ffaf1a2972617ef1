/// One event in words: the single place that knows how each event type reads. Two details of
/// the same words: `.line` for the screen (the walkthrough's confirmations, announcements and
/// `crisis replay`: short, lower case, in the words of the people doing it) and `.report` for
/// the timeline of every export (a sentence with titles and ids, and names through the
/// redaction). Plain text with the log's own line breaks kept; callers sanitise and style.
public enum EventDescription {
  public enum Detail: Sendable {
    /// One short line for the screen.
    case line
    /// The export timeline's sentence.
    case report
  }

  public static func text(
    _ event: IncidentEvent, playbook: Playbook?, detail: Detail = .line,
    names: NameRedaction = .off
  ) -> String {
    let report = detail == .report
    /// Text from the log: line breaks normalised in a report.
    func quote(_ text: String) -> String { report ? ExportText.multiline(text) : text }
    func person(_ name: String) -> String { report ? names(ExportText.oneLine(name)) : name }
    func step(_ id: String) -> String {
      guard let title = playbook?.step(id)?.title else { return id.isEmpty ? "?" : id }
      return report ? "\(title) [\(id)]" : title
    }
    func role(_ id: String) -> String { playbook?.role(id)?.title ?? id }
    func capital(_ text: String) -> String {
      report ? text.prefix(1).uppercased() + text.dropFirst() : text
    }

    switch event.body {
    case .incidentStarted(let p):
      var text = event.mode == .drill ? "drill started" : "incident started"
      let title = quote(p.title)
      guard report else {
        text += ": \(title)"
        if let severity = p.severity { text += " (severity \(severity))" }
        return text
      }
      if !title.isEmpty { text += ": \(title)" }
      var details: [String] = []
      if let severity = p.severity { details.append("severity \(severity)") }
      if !p.playbook.path.isEmpty {
        details.append("playbook \(ExportText.oneLine(p.playbook.path))")
      }
      if event.mode == .drill, let speed = p.speed, speed != 1 {
        details.append("drill clock ×\(JSONWriter.format(speed))")
      }
      if !details.isEmpty { text += " (\(details.joined(separator: ", ")))" }
      let holders = p.roles.filter { !$0.1.isEmpty }
      if !holders.isEmpty {
        text +=
          "; roles: " + holders.map { "\(role($0.0)): \(person($0.1))" }.joined(separator: ", ")
      }
      return capital(text)
    case .stepStarted(let p):
      return report ? "Step started: \(step(p.step))" : "step opened: \(step(p.step))"
    case .stepDone(let p):
      return capital("step done: \(step(p.step))")
    case .stepSkipped(let p):
      guard report else {
        return "step skipped: \(step(p.step)) (\(p.reason ?? "no reason given"))"
      }
      let reason = quote(p.reason ?? "")
      return "Step skipped: \(step(p.step))" + (reason.isEmpty ? "" : "; reason: \(reason)")
    case .decision(let p):
      var text = capital("decision: \(quote(p.question)) → \(quote(p.answer))")
      if report, let next = p.next {
        text +=
          next == Playbook.endTarget
          ? " (ends the playbook's path)" : " (next: \(playbook?.step(next)?.title ?? next))"
      }
      return text
    case .messageSent(let p):
      let channel = playbook?.channel(p.channel)
      let title = channel?.title ?? p.channel
      guard report else {
        return "message posted on \(title)" + (p.url.map { " (\($0))" } ?? "")
      }
      let audience = channel.map { " (\($0.audience.rawValue))" } ?? ""
      return "Message on \(title)\(audience): \(quote(p.text))"
    case .varSet(let p):
      return report
        ? "Set \(quote(p.name)) = \(quote(p.value))" : "\(p.name) set to \"\(p.value)\""
    case .roleAssigned(let p):
      guard report else { return "\(role(p.role)): \(p.name)" }
      return p.name.isEmpty
        ? "\(role(p.role)) unassigned" : "\(role(p.role)) assigned to \(person(p.name))"
    case .note(let p):
      return capital("note: \(quote(p.text))")
    case .reminder(let p):
      if report { return "Reminder: \(quote(p.text))" }
      if p.kind == .deadline { return "OVERDUE: \(p.text.isEmpty ? step(p.step ?? "") : p.text)" }
      if p.kind == .soon { return "DUE SOON: \(p.text.isEmpty ? step(p.step ?? "") : p.text)" }
      return "REMINDER: \(p.text.isEmpty ? "post an update" : p.text)"
    case .inject(let p):
      var text = (report ? "Inject: " : "INJECT: ") + quote(p.title)
      if !p.text.isEmpty, p.text != p.title { text += ": \(quote(p.text))" }
      if let id = p.role { text += " (for \(role(id)))" }
      return text
    case .severityChanged(let p):
      return capital("severity \(p.from ?? "?") → \(p.to)")
    case .incidentPaused: return capital("walkthrough paused")
    case .incidentResumed: return capital("walkthrough resumed")
    case .incidentResolved(let p):
      let summary = quote(p.summary ?? "")
      let head = report ? "Incident resolved" : "resolved"
      return head + (summary.isEmpty ? "" : ": \(summary)")
    case .clockPaused: return capital("drill clock held")
    case .clockResumed: return report ? "Drill clock restarted" : "drill clock running again"
    case .clockAdvanced(let p):
      return report
        ? "Drill clock moved forward by \(SpanText.exact(Double(p.seconds)))"
        : "drill clock jumped ahead \(Duration.seconds(p.seconds).compact)"
    case .scorecard: return report ? "Drill scorecard recorded" : "scorecard recorded"
    case .messageLinked(let p):
      let title = playbook?.channel(p.channel)?.title ?? p.channel
      return capital("link added to the \(title) post: \(quote(p.url))")
    case .messageApproved(let p):
      let what = playbook?.template(p.template).map { _ in p.template } ?? p.template
      return capital("message \(quote(what)) approved by \(person(p.by)) (\(role(p.role)))")
    case .channelState(let p):
      let title = playbook?.channel(p.channel)?.title ?? p.channel
      guard !p.available else { return capital("\(title) is available again") }
      return capital("\(title) unavailable") + (p.reason.map { ": \(quote($0))" } ?? "")
    case .operatorJoined:
      return report ? "\(person(event.actor)) joined the incident" : "joined"
    case .operatorLeft(let p):
      let why = p.reason.map { " (\(quote($0)))" } ?? ""
      return (report ? "\(person(event.actor)) left the incident" : "left") + why
    case .other(let name):
      return report
        ? "\(ExportText.oneLine(name)) (an event type this version does not know)" : name
    }
  }
}
