/// Events as screen lines in German, in the words a German team uses on its board:
/// "Schritt erledigt", "Meldung gepostet auf …", "ÜBERFÄLLIG: …".
struct GermanEventWords: EventWords {
  func line(_ event: IncidentEvent, playbook: Playbook?) -> String {
    func step(_ id: String) -> String {
      playbook?.step(id)?.title ?? (id.isEmpty ? "?" : id)
    }
    func role(_ id: String) -> String { playbook?.role(id)?.title ?? id }
    func channel(_ id: String) -> String { playbook?.channel(id)?.title ?? id }

    switch event.body {
    case .incidentStarted(let p):
      var text = (event.mode == .drill ? "Übung begonnen: " : "Vorfall begonnen: ") + p.title
      if let severity = p.severity { text += " (Schweregrad \(germanSeverity(severity)))" }
      return text
    case .stepStarted(let p): return "Schritt geöffnet: \(step(p.step))"
    case .stepDone(let p): return "Schritt erledigt: \(step(p.step))"
    case .stepSkipped(let p):
      return "Schritt übersprungen: \(step(p.step)) (\(p.reason ?? "ohne Grund"))"
    case .decision(let p): return "Entscheidung: \(p.question) → \(p.answer)"
    case .messageSent(let p):
      return "Meldung gepostet auf \(channel(p.channel))" + (p.url.map { " (\($0))" } ?? "")
    case .varSet(let p): return "\(p.name) gesetzt auf „\(p.value)“"
    case .roleAssigned(let p): return "\(role(p.role)): \(p.name)"
    case .note(let p): return "Notiz: \(p.text)"
    case .reminder(let p):
      let text = p.text.isEmpty ? step(p.step ?? "") : p.text
      switch p.kind {
      case .deadline: return "ÜBERFÄLLIG: \(text)"
      case .soon: return "BALD FÄLLIG: \(text)"
      case .update: return "ERINNERUNG: \(p.text.isEmpty ? "Update posten" : p.text)"
      }
    case .inject(let p):
      var text = "EINSPIELUNG: " + p.title
      if !p.text.isEmpty, p.text != p.title { text += ": \(p.text)" }
      if let id = p.role { text += " (für \(role(id)))" }
      return text
    case .severityChanged(let p):
      return "Schweregrad \(germanSeverity(p.from ?? "?")) → \(germanSeverity(p.to))"
    case .incidentPaused: return "Ablauf pausiert"
    case .incidentResumed: return "Ablauf fortgesetzt"
    case .incidentResolved(let p):
      let summary = p.summary ?? ""
      return "beendet" + (summary.isEmpty ? "" : ": \(summary)")
    case .clockPaused: return "Übungsuhr angehalten"
    case .clockResumed: return "Übungsuhr läuft wieder"
    case .clockAdvanced(let p):
      return "Übungsuhr vorgestellt um \(Duration.seconds(p.seconds).compact)"
    case .scorecard: return "Auswertung erfasst"
    case .messageLinked(let p):
      return "Link zum Post auf \(channel(p.channel)) ergänzt: \(p.url)"
    case .messageApproved(let p):
      return "Meldung \(p.template) freigegeben von \(p.by) (\(role(p.role)))"
    case .channelState(let p):
      guard !p.available else { return "\(channel(p.channel)) ist wieder verfügbar" }
      return "\(channel(p.channel)) nicht verfügbar" + (p.reason.map { ": \($0)" } ?? "")
    case .operatorJoined: return "eingestiegen"
    case .operatorLeft(let p):
      return "ausgestiegen" + (p.reason.map { " (\(reason($0)))" } ?? "")
    case .other(let name): return name
    }
  }

  /// The reasons the program itself writes when a console leaves; any other is shown as
  /// written.
  private func reason(_ text: String) -> String {
    switch text {
    case "end of input": "Eingabe beendet"
    case "interrupted": "unterbrochen"
    case "paused": "pausiert"
    default: text
    }
  }
}
