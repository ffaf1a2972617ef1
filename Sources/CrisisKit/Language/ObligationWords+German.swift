/// Obligations and reminders in German: "Überfällig", "Fällig in", the owner as
/// "Kommunikation: Anna" or "Kommunikation, unbesetzt".
struct GermanObligationWords: ObligationWords {
  let paused = "ruht"
  let open = "offen"
  func overdue(_ span: String) -> String { "ÜBERFÄLLIG \(span)" }
  func dueIn(_ span: String) -> String { "in \(span)" }
  func step(_ title: String) -> String { "Schritt: \(title)" }
  func deadline(_ title: String) -> String { "Frist: \(title)" }
  let passedOver = "übergangen"
  let notReachedYet = "noch nicht erreicht"
  func promisedUpdate(on channel: String, by time: String) -> String {
    "Update auf \(channel), zugesagt bis \(time)"
  }
  func pausedUnavailable(_ channel: String) -> String { "ruht: \(channel) ist nicht verfügbar" }
  func publicUpdate(every span: String) -> String {
    "Öffentliches Update (alle \(span)), auch ohne Neuigkeiten"
  }
  func clockStarts(when variable: String, set example: String) -> String {
    "beginnt, sobald \(variable) gesetzt ist (set \(example) ZEIT)"
  }
  func approval(of channel: String, template: String) -> String {
    "Freigabe der Meldung für \(channel) (\(template)) vor dem Posten"
  }
  func stale(_ channel: String, variables: [String]) -> String {
    "\(channel) nennt überholte Fakten (\(variables.joined(separator: ", ")) geändert): Korrektur posten"
  }
  func unavailable(_ channel: String, reason: String?) -> String {
    "\(channel) nicht verfügbar" + (reason.map { ": \($0)" } ?? "")
  }
  func postInstead(on channels: String) -> String { "stattdessen auf \(channels) posten" }

  func owner(_ role: String, holder: String) -> String { "\(role): \(holder)" }
  func unassigned(_ role: String, deputy: String?) -> String {
    "\(role), unbesetzt" + (deputy.map { " (Vertretung: \($0))" } ?? "")
  }
  let noOwner = "niemand verantwortlich"
  func onChannels(_ titles: [String]) -> String {
    titles.isEmpty ? "" : " auf " + titles.joined(separator: ", ")
  }

  func dueSoon(_ what: String, in span: String) -> String { "\(what) fällig in \(span)" }
  func promisedOn(_ channel: String, by time: String) -> String {
    "das auf \(channel) bis \(time) zugesagte Update"
  }
  func titled(_ title: String, owner: String) -> String { "„\(title)“ (\(owner))" }
  func promiseLate(on channel: String, by time: String) -> String {
    "das auf \(channel) bis \(time) zugesagte Update ist überfällig: jetzt eines posten, auch ohne Neuigkeiten"
  }
  func ranOut(_ title: String, at tPlus: String, owner: String) -> String {
    "Frist „\(title)“ ist bei \(tPlus) abgelaufen (\(owner))"
  }
  func wasDue(_ title: String, at tPlus: String, owner: String) -> String {
    "„\(title)“ war fällig bei \(tPlus) (\(owner))"
  }
  func silence(_ span: String, channels: String) -> String {
    "\(span) seit dem letzten öffentlichen Update: Update posten\(channels), auch ohne Neuigkeiten"
  }
  func noPublicUpdateYet(channels: String) -> String {
    "noch kein öffentliches Update: jetzt eines posten\(channels), auch ohne Neuigkeiten"
  }
}
