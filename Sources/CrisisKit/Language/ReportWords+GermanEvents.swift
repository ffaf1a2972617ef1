/// The export timeline's sentence for each event, in German: what `EventDescription`'s
/// `.report` detail is in English (titles with their ids, the log's text as written, names
/// through the redaction), in the words of a German Nachbericht.
extension GermanReportWords {
  func event(_ event: IncidentEvent, playbook: Playbook?, names: NameRedaction) -> String? {
    func quote(_ text: String) -> String { ExportText.multiline(text) }
    func person(_ name: String) -> String { names(ExportText.oneLine(name)) }
    func step(_ id: String) -> String {
      guard let title = playbook?.step(id)?.title else { return id.isEmpty ? "?" : id }
      return "\(title) [\(id)]"
    }
    func role(_ id: String) -> String { playbook?.role(id)?.title ?? id }
    func channel(_ id: String) -> String { playbook?.channel(id)?.title ?? id }

    switch event.body {
    case .incidentStarted(let p):
      var text = event.mode == .drill ? "Übung begonnen" : "Vorfall begonnen"
      let title = quote(p.title)
      if !title.isEmpty { text += ": \(title)" }
      var details: [String] = []
      if let severity = p.severity { details.append("Schweregrad \(severityName(severity))") }
      if !p.playbook.path.isEmpty {
        details.append("Playbook \(ExportText.oneLine(p.playbook.path))")
      }
      if event.mode == .drill, let speed = p.speed, speed != 1 {
        details.append("Übungsuhr ×\(JSONWriter.format(speed))")
      }
      if !details.isEmpty { text += " (\(details.joined(separator: ", ")))" }
      let holders = p.roles.filter { !$0.1.isEmpty }
      if !holders.isEmpty {
        text +=
          "; Rollen: " + holders.map { "\(role($0.0)): \(person($0.1))" }.joined(separator: ", ")
      }
      return text
    case .stepStarted(let p): return "Schritt geöffnet: \(step(p.step))"
    case .stepDone(let p): return "Schritt erledigt: \(step(p.step))"
    case .stepSkipped(let p):
      let reason = quote(p.reason ?? "")
      return "Schritt übersprungen: \(step(p.step))"
        + (reason.isEmpty ? "" : "; Begründung: \(reason)")
    case .decision(let p):
      var text = "Entscheidung: \(quote(p.question)) → \(quote(p.answer))"
      if let next = p.next {
        text +=
          next == Playbook.endTarget
          ? " (beendet den Ablauf)" : " (weiter mit: \(playbook?.step(next)?.title ?? next))"
      }
      return text
    case .messageSent(let p):
      let audience = playbook?.channel(p.channel).map { " (\(self.audience($0.audience)))" } ?? ""
      return "Meldung auf \(channel(p.channel))\(audience): \(quote(p.text))"
    case .varSet(let p): return "\(quote(p.name)) gesetzt auf „\(quote(p.value))“"
    case .roleAssigned(let p):
      return p.name.isEmpty
        ? "\(role(p.role)) nicht mehr besetzt" : "\(role(p.role)) übernimmt \(person(p.name))"
    case .note(let p): return "Notiz: \(quote(p.text))"
    case .reminder(let p): return "Erinnerung: \(quote(p.text))"
    case .inject(let p):
      var text = "Einspielung: " + quote(p.title)
      if !p.text.isEmpty, p.text != p.title { text += ": \(quote(p.text))" }
      if let id = p.role { text += " (für \(role(id)))" }
      return text
    case .severityChanged(let p):
      return "Schweregrad \(severityName(p.from ?? "?")) → \(severityName(p.to))"
    case .incidentPaused: return "Ablauf pausiert"
    case .incidentResumed: return "Ablauf fortgesetzt"
    case .incidentResolved(let p):
      let summary = quote(p.summary ?? "")
      return "Vorfall gelöst" + (summary.isEmpty ? "" : ": \(summary)")
    case .clockPaused: return "Übungsuhr angehalten"
    case .clockResumed: return "Übungsuhr läuft wieder"
    case .clockAdvanced(let p):
      return "Übungsuhr vorgestellt um \(SpanText.exact(Double(p.seconds)))"
    case .scorecard: return "Auswertung der Übung erfasst"
    case .messageLinked(let p):
      return "Link zum Post auf \(channel(p.channel)) ergänzt: \(quote(p.url))"
    case .messageApproved(let p):
      return "Meldung \(quote(p.template)) freigegeben von \(person(p.by)) (\(role(p.role)))"
    case .channelState(let p):
      guard !p.available else { return "\(channel(p.channel)) ist wieder verfügbar" }
      return "\(channel(p.channel)) nicht verfügbar" + (p.reason.map { ": \(quote($0))" } ?? "")
    case .operatorJoined: return "\(person(event.actor)) ist eingestiegen"
    case .operatorLeft(let p):
      return "\(person(event.actor)) ist ausgestiegen" + (p.reason.map { " (\(quote($0)))" } ?? "")
    case .other(let name):
      return "\(ExportText.oneLine(name)) (ein Ereignistyp, den diese Version nicht kennt)"
    }
  }
}
