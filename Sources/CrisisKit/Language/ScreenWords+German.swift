/// The walkthrough's screens in German, as German software speaks to its operator: short
/// imperatives, no "Sie", the terms a German comms team uses on its own boards ("Fällig",
/// "Überfällig", "Verantwortlich", "Nächstes Update").
struct GermanScreenWords: ScreenWords {
  let drillBanner = " ÜBUNG: kein echter Vorfall "
  let drill = "ÜBUNG"
  func severity(_ level: String) -> String { "Schweregrad \(germanSeverity(level))" }
  let clockHeld = "Uhr angehalten"
  let resolved = "beendet"
  func you(_ name: String) -> String { "angemeldet: \(name)" }
  let noRole = " (keine Rolle)"
  func notShared(_ count: Int, offline: Bool) -> String {
    (offline ? "offline, " : "") + "\(count) noch nicht geteilt"
  }

  func stepOf(_ number: Int, of total: Int, title: String) -> String {
    "Schritt \(number) von \(total): \(title)"
  }
  func owner(_ owner: String) -> String { "Verantwortlich: \(owner)" }
  func due(_ tPlus: String) -> String { "Fällig \(tPlus)" }
  func dueIn(_ tPlus: String, left: String) -> String { "Fällig \(tPlus), noch \(left)" }
  func overdueBy(_ span: String) -> String { "ÜBERFÄLLIG seit \(span)" }
  func wasDue(_ tPlus: String) -> String { " (war fällig bei \(tPlus))" }
  func repeats(every: String) -> String {
    "Wiederholt sich alle \(every), bis der Vorfall beendet ist"
  }
  let toDo = "Zu tun"
  func question(_ text: String) -> String { "Frage: \(text)" }
  let endOfPath = "Ende"
  let answered = "✓ beantwortet"
  let answerHint = "a N zum Antworten"
  func finishedHere(skipped: Bool, by: String?) -> String {
    "✓ \(skipped ? "übersprungen" : "erledigt")\(by.map { " von \($0)" } ?? ""); Enter zeigt den aktuellen Stand"
  }
  let pathComplete = "Alle Schritte auf dem Weg sind erledigt."
  let keepPosting =
    "Updates weiter im zugesagten Takt posten; x beendet den Vorfall, wenn er vorbei ist."
  let noStepOpen = "Kein Schritt offen. l zeigt die Schritte, g SCHRITT öffnet einen."
  let messagesReady = "Meldungen, bereit zum Posten"
  func audience(_ audience: ChannelAudience) -> String {
    switch audience {
    case .public: "öffentlich"
    case .customers: "Kunden"
    case .internal: "intern"
    }
  }
  func characters(_ count: Int, limit: Int?) -> String {
    limit.map { "\(count)/\($0) Zeichen" } ?? "\(count) Zeichen"
  }
  let tooLong = "ZU LANG"
  func posted(at time: String) -> String { "gepostet \(time)" }
  let messageKeys = "m N [URL] gepostet · m N edit: vorher ändern · c N kopieren · k N URL Link"
  func approvedBy(_ name: String) -> String { "✓ freigegeben von \(name)" }
  func needsApproval(_ owner: String) -> String {
    "Freigabe nötig: \(owner) (ok N, sobald erteilt)"
  }
  func namesUnheldRole(_ roles: String, assignID: String) -> String {
    "nennt eine unbesetzte Rolle: \(roles) (assign \(assignID) NAME)"
  }
  func claimsUndone(_ titles: [String]) -> String {
    "meldet \(titles.joined(separator: ", ")) als erledigt; stimmt noch nicht: vor dem Posten ändern (m N edit)"
  }
  func promisesUpdate(by time: String) -> String { "verspricht das nächste Update bis \(time)" }
  func openCount(_ count: Int) -> String { "Offen (\(count)), Dringendstes zuerst" }
  func moreOpen(_ count: Int) -> String { "  … \(count) weitere: i zeigt alle" }
  func lastPublicUpdate(ago: String) -> String { "Letztes öffentliches Update vor \(ago)" }
  let noPublicUpdate = "Noch kein öffentliches Update"
  let keyLine = "d erledigt · s überspringen · a Antwort · m Post · c Kopie · n Notiz · ? Hilfe"

  let injectBanner = " 📣 EINSPIELUNG "
  let injectAck = "  (Esc oder ack)"
  let nothingOwed = "Gerade ist nichts fällig."
  func moreOwed(_ count: Int) -> String { "… \(count) weitere offen: i zeigt alle" }
  func moreAbove(_ count: Int) -> String { "↑ \(count) weitere oben (PgUp)" }
  func moreBelow(_ count: Int) -> String { "↓ \(count) weitere unten (PgDn)" }
  let backToStep = "  (Esc: zurück zum Schritt)"
  func moreLines(_ count: Int) -> String { "↓ \(count) weitere Zeilen (PgDn)" }
  let latest = "zuletzt"
  func hintLine(escape: HintEscape?) -> String {
    var keys = "Enter ausführen · ? Befehle · PgUp/PgDn blättern"
    switch escape {
    case .back?: keys += " · Esc zurück"
    case .acknowledge?: keys += " · Esc quittieren"
    case nil: break
    }
    return keys + " · Strg-D Pause"
  }
  func narrowHintLine(escape: Bool) -> String {
    "? · PgUp/PgDn" + (escape ? " · Esc" : "") + " · ^D Pause"
  }
  func acknowledged(_ injects: String) -> String { "Quittiert: \(injects)" }
  let noInjectToAcknowledge = "Keine Einspielung zu quittieren."
  let noClipboardHere = "Keine Zwischenablage; der Text steht oben."
  let textToPost = "Der Text zum Posten (bleibt die Zwischenablage leer, hier kopieren)"
  let notMarkedPaused =
    "Der Vorfall ist NICHT als pausiert vermerkt; `crisis resume` setzt ihn fort, sobald die Ursache behoben ist."

  func recorded(at time: String) -> String { "✓ erfasst \(time)" }
  let notRecordedMark = "NICHT erfasst: "
  let nothingChanged =
    "Nichts geändert. Ursache beheben (Speicherplatz, Rechte) und den Befehl erneut eingeben."
  func cannotFollow(_ error: String) -> String {
    "Das Protokoll kann nicht mehr mitgelesen werden: \(error)"
  }
  func warning(_ problem: String) -> String { "Warnung: \(problem)" }
  func notRecorded(_ why: String) -> String { "Nicht erfasst: \(why)" }
  let someoneWroteFirst = "jemand anderes war schneller"
  func resolvedBy(_ name: String, at time: String) -> String {
    "Beendet von \(name) um \(time)"
  }
  func exportHint(_ id: String) -> String {
    "`crisis export \(id)` schreibt Zeitleiste und Auswertung."
  }
  let resolvedWord = "Beendet."
  let paused = "Pausiert. `crisis resume` macht an dieser Stelle weiter."
  let noEditor = "Kein Editor verfügbar; `sent N paste` erfasst den eingefügten Text."
  func nothingRecorded(_ reason: String) -> String { "Nichts erfasst: \(reason)" }
  let copied = "In die Zwischenablage kopiert (OSC 52): im Kanal einfügen."
  let clipboardBlocked =
    "Kommt nichts an, sperrt das Terminal die Zwischenablage; dann hier kopieren:"
  let noClipboard = "Kein Terminal, also keine Zwischenablage; der Text:"
  let scorecardTitle = "Auswertung der Übung"
  func stillOn(_ names: [String]) -> String {
    "Abgemeldet. \(names.joined(separator: ", ")) \(names.count == 1 ? "ist" : "sind") noch "
      + "dabei, der Vorfall läuft also weiter; `crisis resume` steigt wieder ein."
  }

  let reasonPrompt = "Grund> "
  func answerPrompt(_ count: Int) -> String { "Antwort 1-\(count)> " }
  let messagePrompt = "Nummer der Meldung> "
  let summaryPrompt = "Zusammenfassung> "
  let resolvePrompt = "beenden? ja/nein> "
  let pastePrompt = "einfügen, . beendet> "
  let keepsDefault = " (Enter übernimmt die Vorgabe)"
  let cancelledBeforeStart = "Abgebrochen, bevor der Vorfall begann; nichts wurde geschrieben."
  func started(drill: Bool, id: String, path: String) -> String {
    " \(drill ? "Übung" : "Vorfall") \(id) begonnen; Protokoll: \(path)"
  }
  func resumed(_ id: String) -> String { " fortgesetzt: \(id)" }
  func joining(_ actor: String, since time: String) -> String {
    "Einstieg: \(actor) ist seit \(time) bei diesem Vorfall"
  }
  func rehearsing(_ id: String, injects: Int) -> String {
    "Übung nach \(id): \(injects) Einspielungen aus dem, was damals geschah."
  }
  func rehearsal(of title: String) -> String { "Übung nach: \(title)" }
  func reports(_ actor: String) -> String { "\(actor) meldet" }
  func newInformation(_ prompt: String) -> String { "Neue Information: \(prompt)" }
  func nowIs(_ variable: String, value: String) -> String {
    "\(variable) ist jetzt „\(value)“. Was ändert sich an euren Meldungen?"
  }
  func decide(_ question: String) -> String { "Entscheidet: \(question)" }
  func realTeamDecided(at tPlus: String) -> String {
    "Das echte Team musste das bei \(tPlus) entscheiden. Wie entscheidet ihr, und wer sagt es?"
  }

  func unassignedMark(_ role: String) -> String { "[\(role): NICHT BESETZT]" }
  let unassignedTail = "NICHT BESETZT]"
  let drillPrefix = "[ÜBUNG] "
  func dateTime(_ time: Timestamp) -> String { Language.german.command.dateTime(time) }

  func replayOf(_ title: String, id: String, events: Int, pace: String?) -> String {
    "Wiedergabe von \(title) (\(id), \(events) Ereignisse"
      + (pace.map { ", \($0)-fache Geschwindigkeit)" } ?? ", Enter für das nächste, q stoppt)")
  }
  func later(_ span: String, skipped: Bool) -> String {
    "   … \(span) später\(skipped ? " (übersprungen)" : "") …"
  }
  let replayDamaged = "Angehalten: Das Protokoll ist ab hier beschädigt: "
  func tornLine(_ line: Int) -> String {
    "Das Protokoll endet mit einer abgerissenen Zeile \(line) (Absturz beim Schreiben); sie wurde übersprungen."
  }
  let replayEnd = "Ende der Aufzeichnung."
}

/// `HIGH` → `HOCH`: the severity levels as a German board names them.
func germanSeverity(_ level: String) -> String {
  switch level.lowercased() {
  case "low": "NIEDRIG"
  case "medium": "MITTEL"
  case "high": "HOCH"
  case "critical": "KRITISCH"
  default: level
  }
}
