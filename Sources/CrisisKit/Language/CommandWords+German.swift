/// The command line in German: the overview, help and `list` as German tools word them
/// ("Aufruf", "Befehle", "Optionen"), dates as `21.11.2026 17:03`.
struct GermanCommandWords: CommandWords {
  func overviewIntro(version: String) -> String {
    """
    crisis \(version): führt ein Kommunikationsteam Schritt für Schritt durch ein
    Krisen-Playbook und protokolliert jede Handlung so, dass nichts verloren geht.
    """
  }
  let usage = "Aufruf"
  let overviewUsage = "crisis BEFEHL [OPTIONEN]"
  let commands = "Befehle"
  let overviewOutro = """
    'crisis help BEFEHL' zeigt die Optionen eines Befehls.
    Rückgabe: 0 ok, 1 Eingabe fehlerhaft, 2 falscher Aufruf, 130 abgebrochen (Strg-C).
    """
  let options = "Optionen"
  func summary(_ command: String, english: String) -> String {
    switch command {
    case "lint": "Playbooks prüfen: DATEI:ZEILE:SPALTE: error|warning: Meldung"
    case "show": "Überblick: Rollen, Kanäle, Schritte, Fristen, Verzweigungen"
    case "convert": "das YAML-artige Dokument als JSON auf stdout"
    case "start": "einen Vorfall beginnen und durch sein Playbook geführt werden"
    case "resume": "einen unterbrochenen Vorfall oder eine Übung fortsetzen"
    case "status": "Stand: Schritt, Verantwortliche, Überfälliges, nächstes Update"
    case "note": "Notiz anfügen, von jedem Terminal aus"
    case "approve": "freigabepflichtige Meldung freigeben, von jedem Terminal aus"
    case "resolve": "den Vorfall als beendet markieren (geht auch im Ablauf)"
    case "list": "Vorfälle im Protokollordner, neueste zuerst"
    case "drill": "Planspiel mit simulierter Uhr, deutlich als Übung markiert"
    case "replay": "einen aufgezeichneten Vorfall auf dem Bildschirm abspielen"
    case "verify": "Hash-Kette prüfen: nichts geändert, entfernt oder eingefügt"
    case "merge": "eine Zeitleiste aus den Protokollen mehrerer Beteiligter"
    case "export": "Bericht: Zeitleiste, Kennzahlen, Meldungen, Auswertung"
    case "team": "einen Protokollordner über ein Git-Remote mit dem Team teilen"
    case "sync": "Ereignisse dieses Rechners teilen, die des Teams holen (eine Runde)"
    default: english
    }
  }
  func optionHelp(_ english: String) -> String { Self.optionHelp[english] ?? english }

  /// The options' help lines, by their English text.
  static let optionHelp: [String: String] = [
    "the interface language (default: the playbook's, else the locale)":
      "Sprache (Vorgabe: die des Playbooks, sonst der Umgebung)",
    "line by line instead of the full-screen console (scripts, screen readers)":
      "zeilenweise statt Vollbild-Konsole (Skripte, Screenreader)",
    "your name in the log (default: the last --as, else your login name)":
      "eigener Name im Protokoll (Vorgabe: letztes --as, sonst Anmeldename)",
    "when it became known, if earlier (16:52, -20m): deadlines count from then":
      "seit wann bekannt, falls früher (16:52, -20m); Fristen ab dann",
    "which incident (default: the single open one)":
      "welcher Vorfall (Vorgabe: der einzige offene)",
    "where logs are (default: $CRISIS_LOG_DIR or ./incidents)":
      "Protokollordner (Vorgabe: $CRISIS_LOG_DIR oder ./incidents)",
    "where logs go (default: $CRISIS_LOG_DIR or ./incidents)":
      "Protokollordner (Vorgabe: $CRISIS_LOG_DIR oder ./incidents)",
    "where to look for playbooks by name": "wo Playbooks nach Namen gesucht werden",
    "the incident's title (default: the playbook's)":
      "Titel des Vorfalls (Vorgabe: der des Playbooks)",
    "low, medium, high or critical (default: the playbook's)":
      "low, medium, high oder critical (Vorgabe: die des Playbooks)",
    "set a variable instead of being asked": "Variable setzen, statt gefragt zu werden",
    "print the list as JSON": "die Liste als JSON ausgeben",
    "print the status as JSON": "den Stand als JSON ausgeben",
    "print the outline as JSON": "den Überblick als JSON ausgeben",
    "one line on how it ended": "eine Zeile dazu, wie er endete",
    "when it happened (16:52, -20m)": "wann es geschah (16:52, -20m)",
    "simulated seconds per real second (default 1)":
      "simulierte Sekunden pro echter Sekunde (Vorgabe 1)",
    "how many times faster than it happened (default 60)":
      "wie viel schneller als in echt (Vorgabe 60)",
    "one event per Enter": "ein Ereignis pro Enter",
    "start at T+T, e.g. 15m": "bei T+T beginnen, z. B. 15m",
    "rehearse a past incident from its log": "einen früheren Vorfall aus seinem Protokoll üben",
    "one line instead of indented": "eine Zeile statt eingerückt",
    "overwrite FILE if it exists": "DATEI überschreiben, falls vorhanden",
    "the merged log to write (required)": "das zusammengeführte Protokoll (Pflicht)",
    "write to FILE instead of stdout": "in DATEI statt auf stdout schreiben",
    "print nothing (for the console's background rounds)":
      "nichts ausgeben (für die Hintergrundrunden der Konsole)",
  ]

  func seeHelp(_ command: String?) -> String {
    command.map { " (siehe 'crisis help \($0)')" } ?? " (siehe 'crisis --help')"
  }
  func unknownCommand(_ name: String, suggestion: String?) -> String {
    (name.hasPrefix("-") ? "unbekannte Option '\(name)'" : "unbekannter Befehl '\(name)'")
      + (suggestion.map { "; meinten Sie '\($0)'?" } ?? "")
  }

  func needsValue(_ option: String, value: String) -> String {
    "Option \(option) braucht einen Wert (\(value))"
  }
  func givenTwice(_ option: String) -> String { "Option \(option) doppelt angegeben" }
  func takesNoValue(_ option: String) -> String { "Option \(option) nimmt keinen Wert" }
  func missingArgument(usage: String) -> String { "Argument fehlt: Aufruf: \(usage)" }
  func unexpectedArgument(_ argument: String, usage: String) -> String {
    "unerwartetes Argument '\(argument)': Aufruf: \(usage)"
  }
  func unknownOption(_ option: String, command: String, suggestion: String?) -> String {
    "unbekannte Option '\(option)' für 'crisis \(command)'"
      + (suggestion.map { "; meinten Sie '\($0)'?" } ?? "")
  }
  func optionTakes(_ option: String, expected: String, got value: String) -> String {
    "\(option) erwartet \(Self.expectations[expected] ?? expected), nicht '\(value)'"
  }

  /// What an option's value must be, by the spec's English.
  static let expectations: [String: String] = [
    "a number above 0, e.g. 10": "eine Zahl über 0, z. B. 10",
    "a number above 0": "eine Zahl über 0",
    "a duration like 15m": "eine Dauer wie 15m",
  ]

  func unknownSeverity(_ value: String) -> String {
    "unbekannter Schweregrad '\(value)'; low, medium, high oder critical angeben"
  }
  func unknownLanguage(_ value: String) -> String {
    "unbekannte Sprache '\(value)'; de oder en angeben"
  }
  func audienceTakes(_ value: String) -> String {
    "--audience erwartet 'public' (oder 'all'), nicht '\(value)'"
  }
  func formatTakes(_ value: String) -> String {
    "--format erwartet md, html, json oder csv, nicht '\(value)'"
  }
  func timeMalformed(_ option: String, got value: String) -> String {
    "\(option) erwartet eine Zeit wie 16:52, -20m oder 2026-11-21T16:52:00+01:00 (ein "
      + "echtes Datum, Versatz von -23:59 bis +23:59), nicht '\(value)'"
  }
  func timeInFuture(_ option: String, _ value: String, now: String) -> String {
    let purpose =
      option == "--since"
      ? "sagt, seit wann der Vorfall bekannt ist; das liegt in der Vergangenheit"
      : "hält fest, was schon geschehen ist"
    return "\(option) '\(value)' liegt in der Zukunft (jetzt ist \(now)); \(option) \(purpose)"
  }
  func timeTooEarly(_ option: String, _ value: String) -> String {
    "\(option) '\(value)' liegt vor dem 01.01.1970; bitte eine Zeit während des Vorfalls angeben"
  }
  func sinceTooLongAgo(_ value: String, now: String) -> String {
    "--since '\(value)' liegt mehr als 30 Tage zurück (jetzt ist \(now)); bitte angeben, "
      + "seit wann dieser Vorfall bekannt ist (Tippfehler im Datum?)"
  }
  let playbookOrLog = "entweder PLAYBOOK oder --from-log angeben, nicht beides"
  let mergeNeedsOutput = "merge braucht -o FILE für das zusammengeführte Protokoll"
  func exportExists(_ path: String) -> String {
    "\(path) gibt es schon; --force überschreibt die Datei"
  }
  func mergeExists(_ path: String) -> String {
    "\(path) gibt es schon; merge schreibt eine neue Datei, bitte ein anderes -o FILE wählen"
  }
  let exportUpToDamage =
    "crisis: Warnung: Das Protokoll ist dort beschädigt; exportiert wird, was davor liegt"

  func noteIn(_ id: String, happenedAt time: String?) -> String {
    " Notiz in \(id)" + (time.map { " (geschehen um \($0))" } ?? "")
  }
  func recordedIn(_ what: String, id: String) -> String { " \(what) in \(id)" }
  func alreadyOpen(id: String, title: String, at time: String) -> String {
    "Hier schon offen: „\(title)“ (\(id)), begonnen um \(time). "
      + "`crisis resume \(id)` steigt dort ein; dies beginnt einen zweiten Vorfall."
  }
  func resolved(_ id: String) -> String { " \(id) beendet" }
  func leftOpen(_ count: Int) -> String {
    "Offen geblieben (\(count)); die Auswertung führt sie auf:"
  }
  let scorecardRecorded = " Auswertung der Übung:"
  let noteEmpty = "die Notiz ist leer"
  func alreadyResolved(_ id: String) -> String { "\(id) ist schon beendet" }
  func resolvedSeeExport(_ id: String) -> String {
    "\(id) ist beendet; `crisis export \(id)` schreibt die Zeitleiste"
  }

  func syncBusy(_ directory: String) -> String {
    "Für \(directory) läuft schon ein Abgleich; nichts getan."
  }
  func notSharedOffline(_ reason: String, waiting count: Int) -> String {
    "Nicht geteilt: \(reason). \(count) Ereignis(se) dieses Rechners warten auf den nächsten Abgleich."
  }
  let allShared =
    "✓ geteilt: Jedes Ereignis dieses Rechners liegt im Remote, die der anderen sind hier"
  func synced(notShared count: Int) -> String {
    "✓ abgeglichen; \(count) Ereignis(se) dieses Rechners noch nicht geteilt"
  }
  func unknownTeamCommand(_ word: String) -> String {
    "unbekannter team-Befehl '\(word)'; `crisis team init URL` verwenden"
  }
  func alreadyTeamDirectory(_ directory: String) -> String {
    "\(directory) ist schon ein Team-Protokollordner; `crisis sync` teilt ihn"
  }
  func notTeamDirectory(_ directory: String) -> String {
    "\(directory) ist kein Team-Protokollordner; `crisis team init URL --log-dir DIR` "
      + "richtet einen ein"
  }
  func notEmptyForTeam(_ directory: String) -> String {
    "\(directory) ist nicht leer; ein Team-Ordner beginnt leer (anderen --log-dir wählen "
      + "oder die Protokolle erst verschieben: `crisis merge` holt sie später ins Team)"
  }
  func cannotClone(_ url: String, reason: String) -> String {
    "\(url) lässt sich nicht klonen: \(reason)"
  }
  func cannotPush(_ url: String, reason: String) -> String {
    "Push nach \(url) gescheitert: \(reason)"
  }
  func cloneOf(_ directory: String, url: String) -> String {
    "✓ \(directory) ist ein Klon von \(url)"
  }
  let remoteWasEmpty =
    "✓ das Remote war leer: Es ist jetzt das Protokoll des Teams (erster Commit gepusht)"
  func writesAsDevice(_ device: String) -> String {
    "✓ dieser Rechner schreibt als Gerät \(device)"
  }
  func sharedWith(_ url: String, directory: String) -> [String] {
    [
      "Geteilt mit allen, die \(url) lesen können: jeder Vorfall, der mit",
      "--log-dir \(directory) (oder CRISIS_LOG_DIR=\(directory)) begonnen wird, mit Namen,",
      "Notizen und Meldungen, gepostet oder vorbereitet. Sonst teilt dieser Rechner nichts.",
      "Läuft eine Konsole, gehen Ereignisse im Hintergrund hinaus; `crisis sync` teilt von Hand.",
    ]
  }

  func noIncidents(in directory: String) -> String {
    "Keine Vorfälle in \(directory). `crisis start` beginnt einen, `crisis drill` übt einen."
  }
  let listHeader = ["ID", "ART", "STAND", "BEGONNEN", "TITEL", "PLAYBOOK"]
  func mode(_ raw: String) -> String {
    switch raw {
    case "live": "echt"
    case "drill": "Übung"
    default: raw
    }
  }
  func status(_ raw: String) -> String { Language.german.status.status(raw) }
  func dateTime(_ time: Timestamp) -> String {
    // rfc3339 is `2026-11-21T17:03:12.345+01:00`, in the time's own offset.
    let text = Array(time.rfc3339)
    guard text.count >= 16 else { return time.rfc3339 }
    let year = String(text[0..<4])
    let month = String(text[5..<7])
    let day = String(text[8..<10])
    let clock = String(text[11..<16])
    return "\(day).\(month).\(year) \(clock)"
  }
}
