/// The scorecard in German, in the words of a German exercise debrief (Übungsauswertung).
struct GermanScorecardWords: ScorecardWords {
  let headers = ["Prüfpunkt", "Ergebnis"]
  let stepsOnTime = "Schritte pünktlich"
  let stepsLate = "Schritte verspätet"
  let stepsSkipped = "Schritte übersprungen"
  let stepsNeverDone = "Fällige, nie erledigte Schritte"
  let promisedUpdates = "Zugesagte Updates"
  let firstStatement = "Erste öffentliche Meldung"
  let cadence = "Update-Rhythmus"
  let decisions = "Entscheidungen"
  let practise = "Beim nächsten Mal üben"
  func lateStep(title: String, finished: String?, due: String?) -> String {
    "\(title): " + (finished.map { "erledigt \($0)" } ?? "nicht erledigt")
      + (due.map { ", fällig \($0)" } ?? "")
  }
  func skippedStep(title: String, reason: String?) -> String {
    "\(title): " + (reason ?? "ohne Begründung")
  }
  func promises(kept: Int, broken: Int, open: Int) -> String {
    "\(kept) eingehalten, \(broken) gebrochen" + (open > 0 ? ", \(open) am Ende noch offen" : "")
  }
  func brokenPromise(channel: String, due: String) -> String {
    "gebrochen: \(channel), fällig \(due)"
  }
  func firstStatementValue(first: String?, deadline: String, outcome: String) -> String {
    "\(first ?? "keine") (Frist \(deadline)): \(outcome)"
  }
  func cadenceValue(longest: String?, every: String?, kept: Bool?) -> String {
    guard let longest else { return "kein öffentliches Update" }
    guard let every, let kept else { return "längste Funkstille \(longest)" }
    return
      "\(kept ? "gehalten" : "nicht gehalten"): längste Funkstille \(longest), zugesagt alle \(every)"
  }
  func injectLabel(tPlus: String, title: String) -> String { "Einspielung \(tPlus): \(title)" }
  func expected(_ items: [String], after delay: String?) -> String {
    let what = items.joined(separator: " oder ")
    guard let delay else { return "erwartet \(what): NICHT ERLEDIGT" }
    return "erwartet \(what): erledigt nach \(delay)"
  }
  func expectedAhead(_ items: [String], at: String) -> String {
    "erwartet \(items.joined(separator: " oder ")): schon vorher erledigt, bei \(at)"
  }
  func firstReaction(after delay: String?, type: String?) -> String {
    guard let delay else { return "keine Reaktion (keine erwartete Handlung festgelegt)" }
    return "erste Reaktion nach \(delay)" + (type.map { " (\($0))" } ?? "")
      + " (keine erwartete Handlung festgelegt)"
  }
  func alsoDid(_ actions: [String]) -> String {
    "in der Zwischenzeit: " + actions.joined(separator: ", ")
  }
  func template(_ id: String, on channel: String) -> String { "Text „\(id)“ auf \(channel)" }
  func action(_ type: String) -> String {
    switch type {
    case "incident.resolved": "Vorfall beendet"
    case "incident.paused": "Ablauf pausiert"
    case "incident.resumed": "Ablauf fortgesetzt"
    case "reminder": "Erinnerung"
    case "inject": "Einspielung"
    case "operator.joined": "jemand kam hinzu"
    case "operator.left": "jemand ging"
    case "clock.paused", "clock.resumed", "clock.advanced": "Übungsuhr bewegt"
    case "step.started": "Schritt geöffnet"
    case "step.done": "Schritt erledigt"
    case "step.skipped": "Schritt übersprungen"
    case "message.sent": "Meldung gepostet"
    case "message.approved": "Meldung freigegeben"
    case "message.linked": "Link ergänzt"
    case "decision": "Entscheidung"
    case "note": "Notiz"
    case "role.assigned": "Rolle vergeben"
    case "var.set": "Angabe geändert"
    case "severity.changed": "Schweregrad geändert"
    case "channel.state": "Kanal gestört oder wieder da"
    default: type
    }
  }
  func practice(_ item: PracticeItem) -> String {
    switch item {
    case .firstStatement(let deadline):
      "Die erste öffentliche Meldung innerhalb von \(deadline) veröffentlichen."
    case .inject(let title, let expected):
      "Wenn „\(title)“ passiert: \(expected.joined(separator: " oder "))."
    case .promises: "Jedes zugesagte Update pünktlich posten, auch ohne Neuigkeiten."
    case .step(let title): "„\(title)“ fristgerecht erledigen."
    case .skippedStep(let title):
      "„\(title)“: erledigen oder vorab klären, wann der Schritt entfallen darf."
    case .approval: "Freigabe einholen, bevor eine freigabepflichtige Meldung rausgeht."
    case .cadence(let every): "Öffentliche Updates alle \(every) liefern."
    case .faster: "Dieselbe Übung schneller durchspielen (höheres --speed), um Routine aufzubauen."
    case .swapRoles: "Rollen tauschen, damit auch die Vertretungen üben."
    case .newInject: "Eine Einspielung ergänzen, die das Team noch nicht kennt."
    }
  }
}
