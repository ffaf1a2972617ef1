/// Runtime errors and `crisis verify` in German, as German tools report them: what failed,
/// where, and what to do, without apology ("Protokoll … nicht lesbar: …"). The system's own
/// reason (`Permission denied`) and event types (`incident.started`) stay as they are.
struct GermanErrorWords: ErrorWords {
  let errorPrefix = "crisis: Fehler: "

  func noIncidents(in directory: String) -> String {
    "keine Vorfälle in \(directory) (`crisis start` beginnt einen; sonst --log-dir angeben)"
  }
  func noIncident(_ query: String, suggestion: String?) -> String {
    "kein Vorfall '\(query)'" + (suggestion.map { "; meinten Sie '\($0)'?" } ?? "")
  }
  func ambiguous(_ query: String, matches: [String]) -> String {
    "'\(query)' passt auf mehrere Vorfälle: \(matches.joined(separator: ", ")); "
      + "mehr von der ID angeben"
  }
  let noneOpen = "kein offener Vorfall; bitte einen nennen (`crisis list` zeigt alle)"
  func severalOpen(_ ids: [String]) -> String {
    "mehrere Vorfälle sind offen, bitte einen nennen: \(ids.joined(separator: ", "))"
  }
  func resolvedRefusal(_ id: String, by actor: String?, at time: String?) -> String {
    let who = actor.map { " von \($0) um \(time ?? "?")" } ?? ""
    return "\(id) wurde\(who) beendet; es wird nichts mehr hineingeschrieben "
      + "(`crisis export \(id)` schreibt die Zeitleiste)"
  }

  let neverStarted =
    "das Protokoll ist leer: Dieser Vorfall wurde nie begonnen (der Start brach vor dem "
    + "ersten Ereignis ab); er wird übergangen und kann gelöscht werden"
  func cannotCreateDirectory(_ directory: String, _ reason: String) -> String {
    "Protokollordner \(directory) lässt sich nicht anlegen: \(reason)"
  }
  func cannotWriteDirectory(_ directory: String, _ reason: String) -> String {
    "in den Protokollordner \(directory) lässt sich nicht schreiben: \(reason)"
  }
  func incidentExists(_ path: String) -> String {
    "Protokoll \(path) gibt es schon; jede Vorfall-ID darf es nur einmal geben"
  }
  func cannotCreate(_ path: String, _ reason: String) -> String {
    "Protokoll \(path) lässt sich nicht anlegen: \(reason)"
  }
  func cannotOpen(_ path: String, _ reason: String) -> String {
    "Protokoll \(path) lässt sich nicht öffnen: \(reason)"
  }
  func cannotRead(_ path: String, _ reason: String) -> String {
    "Protokoll \(path) lässt sich nicht lesen: \(reason)"
  }
  func withoutLineEnd(_ path: String, _ failure: String) -> String {
    "Ereignis ohne Zeilenende in \(path) geschrieben (\(failure)); "
      + "es zählt, sobald das nächste Ereignis angefügt ist"
  }
  func notRecordedPartly(_ path: String, _ failure: String) -> String {
    "Ereignis NICHT erfasst in \(path): \(failure) "
      + "(eine halbe Zeile blieb stehen; Leser übergehen sie als abgerissenen Schreibvorgang)"
  }
  func notRecorded(_ path: String, _ failure: String) -> String {
    "Ereignis NICHT erfasst in \(path): \(failure)"
  }
  func notDurable(_ path: String, _ reason: String) -> String {
    "Ereignis in \(path) geschrieben, aber die Platte hat es nicht bestätigt (fsync: "
      + "\(reason)); bei einem Absturz kann es verloren gehen"
  }
  func invalidEvent(_ reason: String) -> String { "ungültiges Ereignis: \(reason)" }
  func wouldNotReadBack(_ path: String, _ reason: String) -> String {
    "Ereignis NICHT erfasst in \(path): Das Protokoll wäre danach unlesbar (\(reason))"
  }
  func cannotAppend(_ path: String, _ reason: String) -> String {
    "an \(path) lässt sich nichts anfügen: \(reason); `crisis verify` ausführen"
  }
  func timeOutOfRange(_ path: String, what: String, year: Int) -> String {
    "Ereignis NICHT erfasst in \(path): \(what) liegt im Jahr \(year), ein Protokoll fasst "
      + "nur die Jahre 0000 bis 9999; bitte die Uhr (oder $CRISIS_NOW) richtig stellen"
  }

  func brokenAt(_ path: String, line: Int, checkedOut: Int) -> String {
    "NICHT intakt: \(path) ist in Zeile \(line) gebrochen "
      + "(\(checkedOut) Ereignisse davor sind in Ordnung)"
  }
  func noEvents(_ path: String) -> String { "NICHT intakt: \(path) enthält keine Ereignisse" }
  func intact(events: Int, first: String, last: String) -> String {
    "intakt: \(events) Ereignisse, erstes \(first), letztes \(last)"
  }
  func tornLastLine(_ line: Int) -> String {
    "; abgerissene letzte Zeile \(line) übergangen (Absturz beim Schreiben)"
  }
  func head(_ hash: String) -> String { "Kopf: \(hash)" }
  func teamIntact(chains: Int) -> String {
    "intakt: \(chains) Kette(n), verknüpft zu einem Vorfall"
  }
  let teamErrorPrefix = "Fehler: "
  func wrongDevice(_ place: String, names: String?, chain: String) -> String {
    "\(place): Das Ereignis nennt das Gerät '\(names ?? "keins")', nicht '\(chain)'"
  }
  func noStart(_ folder: String) -> String {
    "\(folder): keine Kette enthält incident.started (die Kette des ersten Rechners fehlt)"
  }
  func severalStarts(_ folder: String, places: [String]) -> String {
    "\(folder): \(places.count)-mal incident.started (\(places.joined(separator: ", ")))"
  }
  func severalIncidents(_ folder: String, ids: [String]) -> String {
    "\(folder): Die Ketten gehören zu \(ids.count) Vorfällen (\(ids.joined(separator: ", ")))"
  }
  func linkToNothing(_ place: String, message: Int, device: String) -> String {
    "\(place): verweist auf Meldung \(message) von Gerät '\(device)', dort gibt es keine "
      + "solche message.sent"
  }
}
