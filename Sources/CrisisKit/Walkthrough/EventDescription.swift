/// One readable line per event, for the walkthrough's confirmations, `crisis replay` and
/// timelines: what happened, in the words of the people doing it. Plain text; callers
/// sanitise and style.
public enum EventDescription {
  public static func text(_ event: IncidentEvent, playbook: Playbook?) -> String {
    func step(_ key: String = "step") -> String {
      guard let id = event.string(key) else { return "?" }
      return playbook?.step(id)?.title ?? id
    }
    func channel() -> String {
      guard let id = event.string("channel") else { return "?" }
      return playbook?.channel(id)?.title ?? id
    }
    switch event.type {
    case .incidentStarted:
      var text =
        "\(event.mode == .drill ? "drill" : "incident") started: \(event.string("title") ?? "")"
      if let severity = event.string("severity") { text += " (severity \(severity))" }
      return text
    case .stepStarted: return "step opened: \(step())"
    case .stepDone: return "step done: \(step())"
    case .stepSkipped:
      return "step skipped: \(step()) (\(event.string("reason") ?? "no reason given"))"
    case .decision:
      return "decision: \(event.string("question") ?? "?") → \(event.string("answer") ?? "?")"
    case .messageSent:
      var text = "message posted on \(channel())"
      if let url = event.string("url") { text += " (\(url))" }
      return text
    case .varSet: return "\(event.string("name") ?? "?") set to \"\(event.string("value") ?? "")\""
    case .roleAssigned:
      let role = event.string("role").map { playbook?.role($0)?.title ?? $0 } ?? "?"
      return "\(role): \(event.string("name") ?? "?")"
    case .note: return "note: \(event.string("text") ?? "")"
    case .reminder:
      if event.string("kind") == "deadline" { return "OVERDUE: \(event.string("text") ?? step())" }
      return "REMINDER: \(event.string("text") ?? "post an update")"
    case .inject:
      var text = "INJECT: \(event.string("title") ?? "")"
      if let body = event.string("text"), body != event.string("title") { text += ": \(body)" }
      if let role = event.string("role") { text += " (for \(playbook?.role(role)?.title ?? role))" }
      return text
    case .severityChanged:
      return "severity \(event.string("from") ?? "?") → \(event.string("to") ?? "?")"
    case .incidentPaused: return "walkthrough paused"
    case .incidentResumed: return "walkthrough resumed"
    case .incidentResolved:
      return "resolved" + (event.string("summary").map { ": \($0)" } ?? "")
    case .clockPaused: return "drill clock held"
    case .clockResumed: return "drill clock running again"
    case .clockAdvanced:
      let seconds = event.value("seconds")?.intValue ?? 0
      return "drill clock jumped ahead \(Duration.seconds(seconds).compact)"
    case .scorecard: return "scorecard recorded"
    case .other(let name): return name
    }
  }
}
