/// The discussions of `crisis help COMMAND` in German: what a command does and what to know
/// before typing it, written for the person at the keyboard, not translated sentence by
/// sentence. Option names, commands typed at the prompt and file formats stay as typed.
extension GermanCommandWords {
  func discussion(_ command: String, english: String) -> String {
    Self.discussions[command] ?? english
  }

  /// What `start` and `drill` both say about `--since`.
  static let since = """
    --since TIME sagt, seit wann der Vorfall bekannt ist, falls das vor diesem Befehl war:
    16:52 (heute), -20m (vor zwanzig Minuten) oder eine Zeit nach RFC 3339, nicht in der
    Zukunft und höchstens 30 Tage zurück. T+ und alle Fristen zählen ab dann; ein Schritt,
    der bei 15m fällig ist, ist also schon überfällig, wenn der Vorfall 20 Minuten zu spät
    eröffnet wird.
    """

  /// The discussions by command name; a command without one here has none in English either.
  static let discussions: [String: String] = [
    "lint": """
    Listet alle Probleme auf, nicht nur das erste: Verweise auf Rollen, Kanäle, Vorlagen,
    Schritte und Variablen; doppelte IDs; unbekannte Schlüssel; Dauern; unerreichbare
    Schritte; Meldungen, die länger sind, als ihr Kanal erlaubt. Rückgabe 1 bei jedem Fehler.
    Die Meldungen selbst sind englisch, wie die eines Compilers.
    """,
    "convert": """
    Werte werden nach dem Core-Schema von YAML 1.2 typisiert: `yes` bleibt Text, `0x1F` ist
    31, `.inf` hat keine JSON-Form und wird als Zeichenkette ".inf" geschrieben. Schlüssel
    behalten ihre Reihenfolge.
    """,
    "start": """
    PLAYBOOK ist eine Datei oder ein Name aus den Playbook-Ordnern (--playbooks,
    $CRISIS_PLAYBOOKS, ./Playbooks); ohne Angabe wählen Sie aus einer Liste. Jede Handlung
    steht im Protokoll des Vorfalls, bevor der Bildschirm sie als erfasst meldet. ? an der
    Eingabe zeigt die Befehle; Strg-D pausiert, `crisis resume` setzt fort.
    """ + "\n\n" + since,
    "resume": """
    Alles kommt aus dem Protokoll (auch das Playbook): Der Ablauf geht genau dort weiter, wo
    er stehen blieb, auch auf einem anderen Rechner. ID darf ein eindeutiger Anfang sein;
    ohne ID gilt der einzige offene Vorfall.
    """,
    "note": """
    --at hält etwas fest, das früher geschah: 16:52 (heute), -20m (vor zwanzig Minuten) oder
    eine Zeit nach RFC 3339, von 1970 bis jetzt (eine Zeit in der Zukunft wird abgelehnt).
    Die Notiz wird jetzt geschrieben; Zeitleisten zeigen sie zu jener Zeit.
    """,
    "approve": """
    TEMPLATE ist die ID einer Vorlage des Playbooks, bei der Vorlage oder Kanal
    `approve: ROLLE` verlangen; eine Freigabe gilt für den nächsten Post dieser Meldung. Sie
    wird als message.approved erfasst, mit Rolle, Ihrem Namen (--as, sonst Anmeldename) und
    dem Schritt auf dem Bildschirm. Eine Vorlage ohne Freigabepflicht oder ein beendeter
    Vorfall wird abgelehnt (Rückgabe 1).
    """,
    "drill": """
    Führt durch den Ablauf wie bei einem echten Vorfall, aber jeder Bildschirm und jede
    Meldung sagt ÜBUNG, die Uhr läuft --speed-mal schneller (10 spielt zwei Stunden in zwölf
    Minuten), und die Einspielungen des Playbooks (ein Journalist ruft an, ein Post geht
    viral) kommen nach Plan. An der Eingabe kann die Spielleitung außerdem `inject TEXT`
    tippen, mit `hold` / `go` die Uhr anhalten und weiterlaufen lassen und mit `wait 10m`
    vorspringen. Beenden schließt die Übung mit einer Auswertung ab.

    --from-log macht aus einem früheren Vorfall eine Übung: Das Playbook kommt aus dem
    Protokoll, Notizen, neue Fakten und Entscheidungen werden zu Einspielungen zu ihrer
    ursprünglichen Zeit.
    """ + "\n\n" + since + "\n\n" + """
      In einer Übung begann das Szenario dann entsprechend früher: Die simulierte Uhr startet
      bei diesem T+ (mit --since -20m bei T+20m, egal bei welchem Tempo), und die
      Einspielungen, die davor fällig waren, kommen sofort.
      """,
    "replay": """
    Zeigt jedes Ereignis mit T+, wer es in welcher Rolle tat, und die Meldungen, wie sie
    gesendet wurden, im ursprünglichen Takt, --speed-mal schneller (Vorgabe 60: eine Stunde
    in einer Minute). --step zeigt ein Ereignis pro Enter; --from 15m beginnt dort. Ein
    beschädigtes Protokoll läuft bis zur Schadstelle und sagt, wo es aufhörte.
    """,
    "verify": """
    Jede Zeile trägt den SHA-256 der Zeile davor; eine Änderung, eine gelöschte oder eine
    eingefügte Zeile bricht die Kette also genau dort. Die letzte Zeile schützt nichts
    danach: verify gibt ihren Hash aus (Kopf), damit Sie ihn notieren und später vergleichen.
    Rückgabe 0 intakt (eine abgerissene letzte Zeile nach einem Absturz wird gemeldet, ist
    aber erlaubt), sonst 1.
    """,
    "merge": """
    Ordnet die Ereignisse nach Zeit, behält jeden Akteur, lässt exakte Doppel weg, nummeriert
    neu und baut eine frische Hash-Kette. Das erste Ereignis nennt die Quelldateien und ihren
    SHA-256 (merged_from). Protokolle verschiedener Vorfälle werden abgelehnt; die Eingaben
    bleiben unverändert, und die Zieldatei (-o FILE) darf es noch nicht geben.
    """,
    "export": """
    Zuerst eine Seite Zusammenfassung (was geschah, Auswirkung, Kennzahlen, was gut lief und
    was nicht, offene Aufgaben mit Verantwortlichen), dann die Einzelheiten, dann die
    Auswertung, vorausgefüllt mit jedem Befund aus dem Protokoll und der Rolle, die ihn
    verantwortete. Formate: md (Wiki, GitHub-Issue), html (eine eigenständige Datei, die sich
    als PDF drucken lässt), json (Schema in docs/export-json.md), csv (eine Zeile pro
    Ereignis, UTF-8 mit BOM). Ohne --format entscheidet die Endung von -o FILE, sonst md.
    Geht bei laufenden, beendeten und beschädigten Protokollen; eine Übung ist durchgehend
    als Übung markiert. Der Bericht ist in der Sprache des Playbooks, außer --lang sagt
    etwas anderes.
    """,
    "team": """
    `crisis team init URL` macht den Protokollordner (leer oder noch nicht vorhanden) zu
    einem Klon von URL: ein Bare-Repository auf einem gemeinsamen Laufwerk, eine
    SSH-Adresse, ein interner Git-Server; Zugangsdaten regelt git. Jeder Laptop führt es
    einmal mit derselben URL aus. Danach ist jeder Vorfall in diesem Ordner geteilt: Jeder
    Rechner schreibt pro Vorfall seine eigene Datei, Konsolen senden und holen Ereignisse im
    Hintergrund, und `crisis sync` macht eine Runde von Hand. Aus einem Ordner, der nicht so
    eingerichtet wurde, wird nichts geteilt.
    """,
    "sync": """
    Committet die neuen Ereignisse dieses Rechners, holt die der anderen, führt zusammen und
    pusht. Offline ist normal: Die Ereignisse bleiben auf diesem Rechner und gehen mit der
    nächsten Runde hinaus. Rückgabe 0, wenn die Runde das Remote erreicht hat, 1, wenn
    nicht (der Grund wird ausgegeben).
    """,
  ]
}
