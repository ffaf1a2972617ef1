/// One event in words, for the timeline of every export: "Step done: Confirm the outage
/// with IT", "Message on X (public): …". Plain text with the log's own line breaks kept (each
/// format escapes it its own way); names of people go through the redaction.
public enum EventSummary {
  public static func text(
    _ event: IncidentEvent, playbook: Playbook, names: NameRedaction = .off
  ) -> String {
    let s = { (key: String) in ExportText.multiline(event.string(key) ?? "") }
    func step() -> String {
      let id = event.string("step") ?? "?"
      guard let title = playbook.step(id)?.title else { return id }
      return "\(title) [\(id)]"
    }
    func role(_ id: String) -> String { playbook.role(id)?.title ?? id }
    switch event.type {
    case .incidentStarted:
      var text = event.mode == .drill ? "Drill started" : "Incident started"
      let title = s("title")
      if !title.isEmpty { text += ": \(title)" }
      var details: [String] = []
      if let severity = event.string("severity") { details.append("severity \(severity)") }
      if let path = event.value("playbook")?["path"]?.stringValue, !path.isEmpty {
        details.append("playbook \(ExportText.oneLine(path))")
      }
      if event.mode == .drill, let speed = event.value("speed"), speed != .int(1),
        speed != .double(1)
      {
        details.append("drill clock ×\(JSONWriter().string(speed))")
      }
      if !details.isEmpty { text += " (\(details.joined(separator: ", ")))" }
      let holders = IncidentTimeline.assignmentsIn(event).filter { !$0.1.isEmpty }
      if !holders.isEmpty {
        text +=
          "; roles: "
          + holders.map { "\(role($0.0)): \(names(ExportText.oneLine($0.1)))" }.joined(
            separator: ", ")
      }
      return text
    case .stepStarted: return "Step started: \(step())"
    case .stepDone: return "Step done: \(step())"
    case .stepSkipped:
      let reason = s("reason")
      return "Step skipped: \(step())" + (reason.isEmpty ? "" : "; reason: \(reason)")
    case .decision:
      var text = "Decision: \(s("question")) → \(s("answer"))"
      if let next = event.string("next") {
        text +=
          next == Playbook.endTarget
          ? " (ends the playbook's path)" : " (next: \(playbook.step(next)?.title ?? next))"
      }
      return text
    case .messageSent:
      let id = event.string("channel") ?? "?"
      let channel = playbook.channel(id)
      let audience = channel.map { " (\($0.audience.rawValue))" } ?? ""
      return "Message on \(channel?.title ?? id)\(audience): \(s("text"))"
    case .varSet:
      return "Set \(s("name")) = \(s("value"))"
    case .roleAssigned:
      let name = event.string("name") ?? ""
      let title = role(event.string("role") ?? "?")
      return name.isEmpty
        ? "\(title) unassigned" : "\(title) assigned to \(names(ExportText.oneLine(name)))"
    case .note:
      return "Note: \(s("text"))"
    case .reminder:
      return "Reminder: \(s("text"))"
    case .inject:
      let text = s("text")
      var line = "Inject: \(s("title"))"
      if !text.isEmpty, text != s("title") { line += ": \(text)" }
      if let id = event.string("role") { line += " (for \(role(id)))" }
      return line
    case .severityChanged:
      return "Severity \(s("from")) → \(s("to"))"
    case .incidentPaused: return "Walkthrough paused"
    case .incidentResumed: return "Walkthrough resumed"
    case .incidentResolved:
      let summary = s("summary")
      return "Incident resolved" + (summary.isEmpty ? "" : ": \(summary)")
    case .clockPaused: return "Drill clock held"
    case .clockResumed: return "Drill clock restarted"
    case .clockAdvanced:
      let seconds = event.value("seconds")?.intValue ?? 0
      return "Drill clock moved forward by \(ExportText.span(Double(seconds)))"
    case .scorecard: return "Drill scorecard recorded"
    case .other(let name):
      return "\(ExportText.oneLine(name)) (an event type this version does not know)"
    }
  }
}
