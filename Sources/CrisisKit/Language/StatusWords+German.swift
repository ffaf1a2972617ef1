/// `crisis status` in German: a short situation report as a German crisis team writes one.
struct GermanStatusWords: StatusWords {
  let drill = "ÜBUNG, "
  func status(_ raw: String) -> String {
    switch raw {
    case "open": "offen"
    case "paused": "pausiert"
    case "resolved": "beendet"
    default: raw
    }
  }
  func severity(_ raw: String) -> String { "Schweregrad \(germanSeverity(raw))" }
  func knownSince(_ start: String, opened: String, by: String) -> String {
    "bekannt seit \(start) (T0), eröffnet \(opened) von \(by)"
  }
  func started(_ time: String, by: String) -> String { "begonnen \(time) von \(by)" }
  func resolvedAt(_ tPlus: String) -> String { "beendet bei \(tPlus)" }
  func now(_ tPlus: String) -> String { "jetzt \(tPlus)" }
  func currentStep(_ text: String) -> String { "Aktueller Schritt: \(text)" }
  let noCurrentStepDone = "Aktueller Schritt: keiner, alle Schritte erledigt"
  let noCurrentStep = "Aktueller Schritt: keiner"
  func openObligations(_ count: Int) -> String { "Offene Punkte (\(count)), Dringendstes zuerst:" }
  let next = "Danach: "
  func dueAt(_ tPlus: String) -> String { " (fällig \(tPlus))" }
  func lastUpdate(ago: String, at tPlus: String) -> String {
    "Letztes öffentliches Update: vor \(ago) (\(tPlus))"
  }
  let noUpdateYet = "Letztes öffentliches Update: noch keines"
  func nextUpdateDue(_ tPlus: String, when: String) -> String {
    "Nächstes Update fällig: \(tPlus), \(when)"
  }
  func overdueBy(_ span: String) -> String { "ÜBERFÄLLIG seit \(span)" }
  func dueIn(_ span: String) -> String { "in \(span)" }
  func stepDue(_ tPlus: String, in span: String) -> String { ", fällig \(tPlus) (in \(span))" }
  let unassigned = "unbesetzt"
  let roles = "Rollen: "
  func since(_ time: String) -> String { "seit \(time)" }
  let onItNow = "Jetzt dabei: "
  let nobody = "niemand"
  let allShared = "Geteilt: Jedes Ereignis dieses Rechners liegt im Team-Remote"
  func notShared(_ count: Int) -> String {
    count == 1
      ? "Noch nicht geteilt: 1 Ereignis dieses Rechners (`crisis sync` sendet es)"
      : "Noch nicht geteilt: \(count) Ereignisse dieses Rechners (`crisis sync` sendet sie)"
  }
}
