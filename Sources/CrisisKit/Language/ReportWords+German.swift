/// The report in German, as a German comms team writes a Nachbericht: short nouns for
/// headings, "Verantwortlich" for the owner, dates as 30.11.2026, 14:30 Uhr.
struct GermanReportWords: ReportWords {
  func dateTime(_ time: Timestamp) -> String {
    let t = time.local
    return
      "\(Self.date(t)), \(Self.pad(t.hour)):\(Self.pad(t.minute)):\(Self.pad(t.second)) Uhr (\(Self.offset(time)))"
  }
  func clock(_ time: Timestamp, sameDayAs day: Timestamp?) -> String {
    let clock = time.clockTimeWithSeconds
    guard let day else { return clock }
    let (a, t) = (day.local, time.local)
    guard a.year != t.year || a.month != t.month || a.day != t.day else { return clock }
    return "\(Self.date(t)) \(clock)"
  }
  /// `30.11.2026`.
  static func date(_ t: LocalTime) -> String { "\(pad(t.day)).\(pad(t.month)).\(t.year)" }
  static func pad(_ n: Int) -> String { n < 10 && n >= 0 ? "0\(n)" : "\(n)" }
  /// `MEZ+0`-free and unambiguous: `UTC+01:00`, `UTC`.
  static func offset(_ time: Timestamp) -> String {
    let text = ExportText.offset(time)
    return text == "UTC" ? text : "UTC" + text
  }

  let untitled = "Vorfall"
  func documentKind(isPublic: Bool) -> String {
    isPublic ? "Öffentliche Meldungen" : "Nachbericht"
  }
  func section(_ section: ReportSection) -> String {
    switch section {
    case .summary: "Zusammenfassung"
    case .whatHappened: "Was ist passiert"
    case .impact: "Auswirkungen"
    case .keyFigures: "Kennzahlen"
    case .wentWell: "Was gut lief"
    case .wentBadly: "Was nicht gut lief"
    case .followUps: "Offene Maßnahmen"
    case .facts: "Eckdaten"
    case .chart: "Zeitverlauf im Überblick"
    case .metrics: "Kennzahlen im Detail"
    case .scorecard: "Auswertung der Übung"
    case .injects: "Einspielungen"
    case .steps: "Schritte"
    case .timeline: "Zeitverlauf"
    case .messages: "Meldungen im Wortlaut"
    case .decisions: "Entscheidungen"
    case .notes: "Notizen"
    case .activity: "Wer hat was getan"
    case .review: "Nachbesprechung"
    case .findings: "Feststellungen"
    case .followUpActions: "Maßnahmen"
    case .statements: "Meldungen"
    }
  }
  let none = "Keine."
  let noneValue = "keine"
  let nothingPosted = "Auf öffentlichen Kanälen wurde nichts veröffentlicht."
  let noMessageSent = "Es wurde keine Meldung als gesendet erfasst."
  func footer(id: String, events: Int?) -> String {
    guard let events else { return "Exportiert von crisis aus dem Vorfall \(id)." }
    return "Exportiert von crisis aus dem Log des Vorfalls \(id) (\(self.events(events)))."
  }
  let drillStamp = "ÜBUNG · Planspiel · kein echter Vorfall"
  func chartCaption(isDrill: Bool) -> String {
    "T+ ist \(isDrill ? "die simulierte Übungszeit" : "die Zeit seit Beginn"); Details beim Überfahren einer Markierung."
  }
  let notAWebAddress = "Link (keine Webadresse)"
  let stepPrefix = "Schritt"

  func noticeLabel(_ kind: ExportNotice.Kind) -> String {
    switch kind {
    case .drill: "ÜBUNG"
    case .damagedLog: "Log beschädigt"
    case .notResolved: "Nicht gelöst"
    case .redacted: "Anonymisiert"
    case .publicOnly: "Öffentlich"
    }
  }
  func drillNotice(speed: Double?) -> String {
    var text = "Dies war eine Planspielübung, kein echter Vorfall."
    if let speed {
      text += " T+ ist die simulierte Übungszeit"
      text +=
        speed == 1
        ? "." : " (\(String(JSONWriter.format(speed).map { $0 == "." ? "," : $0 }))-fach)."
    }
    return text
  }
  func damagedLogNotice(tornLine: Int, lastLine: Int?) -> String {
    let included =
      lastLine.map { "Ereignisse bis Zeile \($0) sind enthalten" }
      ?? "es konnten keine Ereignisse gelesen werden"
    return
      "Das Log endet mit einer beschädigten Zeile \(tornLine) (Absturz beim Schreiben); \(included)."
  }
  func notResolvedNotice(paused: Bool, end: String?) -> String {
    let how = paused ? "pausiert, nicht gelöst" : "noch offen"
    return
      "Der Vorfall war beim letzten Ereignis \(how)\(end.map { " (\($0))" } ?? ""); der Bericht endet dort."
  }
  let redactedNotice =
    "Namen sind durch Rollen ersetzt („Beteiligte:r N“ für Personen ohne Rolle). Notizen und Meldungen stehen im Wortlaut und können noch Namen enthalten."
  let publicNotice =
    "Enthalten sind nur Meldungen auf öffentlichen Kanälen. Vor der Veröffentlichung prüfen."
  func responder(_ number: Int?) -> String {
    number.map { "Beteiligte:r \($0)" } ?? "Beteiligte:r"
  }

  func result(_ result: IncidentMetrics.StepResult) -> String {
    switch result {
    case .onTime: "pünktlich"
    case .late: "verspätet"
    case .skipped: "übersprungen"
    case .open: "offen"
    case .overdue: "offen, überfällig"
    case .notReached: "nicht erreicht"
    case .neverDone: "NIE ERLEDIGT"
    }
  }
  func outcome(_ outcome: IncidentMetrics.Outcome) -> String {
    switch outcome {
    case .met: "eingehalten"
    case .missed: "verpasst"
    case .pending: "ausstehend"
    case .notNeeded: "keine gesendet (vor der Frist gelöst)"
    }
  }
  func promise(_ result: ObligationMetrics.PromiseResult) -> String {
    switch result {
    case .kept: "eingehalten"
    case .broken: "gebrochen"
    case .open: "offen"
    case .paused: "pausiert (Kanal gestört)"
    }
  }
  func audience(_ audience: ChannelAudience?) -> String {
    switch audience {
    case .public: "öffentlich"
    case .customers: "Kund:innen"
    case .internal: "intern"
    case nil: "unbekannt"
    }
  }
  func events(_ n: Int) -> String { n == 1 ? "1 Ereignis" : "\(n) Ereignisse" }
  func messages(_ n: Int) -> String { n == 1 ? "1 Meldung" : "\(n) Meldungen" }
  func injects(_ n: Int) -> String { n == 1 ? "1 Einspielung" : "\(n) Einspielungen" }
  func missedCount(_ n: Int) -> String { "\(n) verpasst" }
  func brokenCount(_ n: Int) -> String { "\(n) gebrochen" }
  let notCorrected = "nicht korrigiert"

  func started(_ dateTime: String) -> String { "Beginn \(dateTime)" }
  func resolvedAfter(_ span: String) -> String { "Gelöst nach \(span)" }
  func resolvedAt(_ dateTime: String) -> String { "Gelöst \(dateTime)" }
  let notResolved = "Nicht gelöst"
  func severity(_ value: String) -> String { "Schweregrad \(value)" }
  func severityName(_ value: String) -> String {
    switch Severity(rawValue: value) {
    case .low: "niedrig"
    case .medium: "mittel"
    case .high: "hoch"
    case .critical: "kritisch"
    case nil: value
    }
  }
  func fact(_ fact: ReportFact) -> String {
    switch fact {
    case .incident: "Vorfall"
    case .mode: "Art"
    case .status: "Stand"
    case .severity: "Schweregrad"
    case .playbook: "Playbook"
    case .started: "Beginn"
    case .ended: "Ende"
    case .duration: "Dauer"
    case .resolution: "Lösung"
    case .roles: "Rollen"
    case .log: "Log"
    }
  }
  func mode(isDrill: Bool) -> String { isDrill ? "ÜBUNG (Planspiel)" : "Echter Vorfall" }
  func status(_ status: IncidentState.Status) -> String {
    switch status {
    case .resolved: "Gelöst"
    case .paused: "Pausiert, nicht gelöst"
    case .open: "Noch offen"
    }
  }
  func startedAs(_ severity: String) -> String { "zu Beginn \(severity)" }
  func by(_ person: String) -> String { "von \(person)" }
  func ended(resolved: Bool, tPlus: String) -> String {
    "\(resolved ? "gelöst" : "letztes Ereignis"), \(tPlus)"
  }
  func duration(_ span: String, isDrill: Bool) -> String {
    span + (isDrill ? " Übungszeit" : "")
  }
  func logLines(events: Int, lastLine: Int?, tornLine: Int?) -> String {
    var log = self.events(events)
    if let lastLine { log += ", Zeilen 1–\(lastLine)" }
    if let tornLine { log += "; beschädigte Zeile \(tornLine) ausgelassen" }
    return log
  }

  func whatHappened(
    title: String, playbook: String, started: String?, duration: String, resolved: Bool,
    severity: String
  ) -> String {
    let book = playbook == title ? "" : "Playbook: \(playbook), "
    var text = "\(title) (\(book)Schweregrad \(severity))."
    if let started { text += " Beginn \(started);" }
    text += resolved ? " gelöst nach \(duration)." : " nach \(duration) noch nicht gelöst."
    return text
  }
  func impact(silence: String, hadStatement: Bool, publicMessages: Int, channels: [String])
    -> String
  {
    guard hadStatement else {
      return
        "Die Öffentlichkeit hat die ganzen \(silence) nichts von uns gehört: keine öffentliche Meldung."
    }
    return
      "Die Öffentlichkeit hat \(silence) lang nichts von uns gehört; danach gingen \(messages(publicMessages)) auf öffentlichen Kanälen raus (\(channels.joined(separator: ", ")))."
  }
  func keyFigure(_ figure: KeyFigure) -> String {
    switch figure {
    case .firstStatement: "Zeit bis zur ersten Meldung"
    case .promises: "Zugesagte Updates"
    case .longestSilence: "Längste öffentliche Funkstille"
    case .duration: "Dauer"
    case .runningFor: "Läuft seit"
    case .steps: "Schritte"
    }
  }
  func dueBy(_ tPlus: String) -> String { "fällig bis \(tPlus)" }
  func promisedEvery(_ span: String) -> String { "zugesagt alle \(span)" }
  let noCadence = "kein Rhythmus zugesagt"
  let noPublicUpdate = "kein öffentliches Update"
  func promisesValue(kept: Int, broken: Int) -> String {
    "\(kept) eingehalten, \(broken) gebrochen"
  }
  let noPromise = "keine gegeben"
  func stepsValue(onTime: Int, late: Int, skipped: Int, neverDone: Int) -> String {
    "\(onTime) pünktlich"
  }
  func stepsDetail(late: Int, skipped: Int, neverDone: Int) -> String {
    "\(late) verspätet · \(skipped) übersprungen"
      + (neverDone > 0 ? " · \(neverDone) nie erledigt" : "")
  }
  let drillTime = "Übungszeit"
  let untilResolved = "bis zur Lösung"
  func wentWell(_ good: GoodPoint) -> String {
    switch good {
    case .firstStatement(let span, let due):
      "Die erste öffentliche Meldung ging nach \(span) raus, innerhalb der Frist (\(due))."
    case .promisesKept(let n):
      n == 1
        ? "Das zugesagte Update kam pünktlich." : "Alle \(n) zugesagten Updates kamen pünktlich."
    case .cadenceKept(let every): "Der zugesagte Update-Rhythmus (alle \(every)) wurde gehalten."
    case .stepsOnTime(let n, let total):
      "\(n) von \(total) Schritten \(n == 1 ? "wurde" : "wurden") pünktlich erledigt."
    case .clocksMet(let n):
      n == 1
        ? "Die gesetzte Frist wurde eingehalten."
        : "Alle \(n) gesetzten Fristen wurden eingehalten."
    case .injectsAnswered(let n):
      n == 1
        ? "Das Team hat auf die Einspielung reagiert."
        : "Das Team hat auf jede der \(n) Einspielungen reagiert."
    }
  }
  func moreInReview(_ n: Int) -> String { "… und \(n) weitere in der Nachbesprechung." }
  let nothingWentWell =
    "Aus dem Log nicht ablesbar; was geholfen hat, in der Nachbesprechung ergänzen."
  let noFindings =
    "Das Log zeigt keine verpasste Frist, kein gebrochenes Versprechen, keinen übersprungenen Schritt und keine Meldung ohne Freigabe."

  func finding(_ f: ReviewFinding) -> String {
    let what = "„\(ExportText.oneLine(f.subjectTitle))“"
    let due = f.due.map(SpanText.exactTPlus) ?? "?"
    let at = f.at.map(SpanText.exactTPlus)
    switch f.kind {
    case .lateFirstStatement:
      guard let at else { return "Keine öffentliche Meldung (fällig bis \(due))." }
      return "Erste öffentliche Meldung zu spät: um \(at), fällig bis \(due)."
    case .lateStep:
      guard let at else { return "\(what) am Ende noch nicht erledigt (fällig bis \(due))." }
      return "\(what) verspätet erledigt: um \(at), fällig bis \(due)."
    case .missedClock:
      return "Frist \(what) verpasst: fällig bis \(due), "
        + (at.map { "erfüllt um \($0)." } ?? "nicht erfüllt.")
    case .brokenPromise:
      return "Zugesagtes Update auf \(what) nicht eingehalten: fällig bis \(due), "
        + (at.map { "nächste Meldung um \($0)." } ?? "kein Update gekommen.")
    case .neverDone:
      return "\(what) war fällig und wurde nie erledigt."
    case .skipped:
      let reason = f.detail.map(ExportText.oneLine).flatMap { $0.isEmpty ? nil : $0 }
      return "\(what) übersprungen um \(at ?? "?"): " + (reason ?? "ohne Begründung") + "."
    case .unapproved:
      return "Meldung auf \(what) um \(at ?? "?") ohne Freigabe veröffentlicht"
        + (f.detail.map { " (Freigabe durch \(ExportText.oneLine($0)))" } ?? "") + "."
    case .staleChannel:
      return "\(what) zeigte ab \(at ?? "?") überholte Angaben"
        + (f.detail.map { " (geändert: \(ExportText.oneLine($0)))" } ?? "")
        + "; nicht korrigiert."
    }
  }
  func followUp(_ kind: ReviewFinding.Kind, subjects: [String]) -> String {
    let named = subjects.filter { !$0.isEmpty }.map { "„\(ExportText.oneLine($0))“" }
    let prefix = named.isEmpty ? "" : named.joined(separator: ", ") + ": "
    return prefix + advice(kind)
  }

  private func advice(_ kind: ReviewFinding.Kind) -> String {
    switch kind {
    case .lateFirstStatement:
      "Ein vorab freigegebenes Erst-Statement vorbereiten, damit die erste Meldung fristgerecht rausgeht."
    case .lateStep:
      "Klären, was den Schritt aufgehalten hat; Vertretung für die Rolle benennen oder Frist anpassen."
    case .missedClock:
      "Festlegen, wer diese Frist ab Beginn im Blick hat, und sie in den Kalender eintragen."
    case .brokenPromise:
      "Für jedes zugesagte Update eine Erinnerung setzen und pünktlich posten, auch ohne Neuigkeiten."
    case .neverDone:
      "Entscheiden, ob der Schritt ins Playbook gehört; wenn ja, sicherstellen, dass die verantwortliche Rolle ihn sieht."
    case .skipped:
      "Begründung prüfen: Schritt oder Playbook so ändern, dass es zur Praxis passt."
    case .unapproved:
      "Klären, wie die Freigabe schnell erreichbar ist, oder eine Vertretung mit Freigaberecht benennen."
    case .staleChannel:
      "Korrektur veröffentlichen und den Kanal in jede Update-Runde aufnehmen."
    }
  }
  func owner(role: String?, heldBy: String?) -> String {
    guard let role else { return "keine verantwortliche Rolle im Playbook" }
    return "Verantwortlich: \(role)" + (heldBy.map { " (\($0))" } ?? "")
  }
  let findingHeaders = ["Feststellung", "Verantwortlich", "Besetzt mit", "Vorgeschlagene Maßnahme"]

  let metricHeaders = ["Kennzahl", "Wert", "Ziel", "Ergebnis"]
  func metric(_ metric: MetricName) -> String {
    switch metric {
    case .firstStatement: "Zeit bis zur ersten öffentlichen Meldung"
    case .silenceBefore: "Funkstille vor der ersten öffentlichen Meldung"
    case .longestSilence: "Längste Funkstille zwischen öffentlichen Updates"
    case .promisedUpdates: "Zugesagte Updates"
    case .stepsNeverDone: "Fällige, nie erledigte Schritte"
    case .unapproved: "Meldungen ohne nötige Freigabe"
    case .staleChannels: "Kanäle mit überholten Angaben"
    case .steps: "Schritte"
    case .decisions: "Entscheidungen"
    case .notes: "Notizen"
    case .messages: "Meldungen"
    case .injects: "Einspielungen"
    case .duration: "Dauer"
    }
  }
  func firstStatementValue(span: String, channel: String?, by person: String) -> String {
    "\(span)\(channel.map { " auf \($0)" } ?? ""), von \(person)"
  }
  func deadlineSource(_ tPlus: String, step: String?, isDefault: Bool) -> String {
    "bis \(tPlus)" + (isDefault ? " (Standard)" : step.map { " (\($0))" } ?? "")
  }
  func spanFromTo(_ span: String, from: String, to: String) -> String {
    "\(span) (\(from) bis \(to))"
  }
  func firstOn(channel: String, audience: String) -> String {
    "Erste Meldung auf \(channel) (\(audience))"
  }
  func firstValue(tPlus: String, by person: String, count: Int) -> String {
    "\(tPlus) von \(person) (\(messages(count)))"
  }
  func promisesPerChannel(channel: String, kept: Int, broken: Int, open: Int, paused: Int)
    -> String
  {
    var parts = ["\(kept) eingehalten"]
    if broken > 0 { parts.append("\(broken) gebrochen") }
    if open > 0 { parts.append("\(open) offen") }
    if paused > 0 { parts.append("\(paused) pausiert (Kanal gestört)") }
    return "\(channel): \(parts.joined(separator: ", "))"
  }
  let everyPromiseKept = "jede Zusage eingehalten"
  func clockTitle(_ title: String) -> String { "Frist: \(title)" }
  func metAt(_ tPlus: String) -> String { "erfüllt um \(tPlus)" }
  let notMet = "nicht erfüllt"
  let startNeverSet = "Beginn nie gesetzt"
  func sentAt(channel: String, tPlus: String) -> String { "\(channel) um \(tPlus)" }
  func stepCounts(
    onTime: Int, late: Int, skipped: Int, open: Int, overdue: Int, neverDone: Int
  ) -> String {
    var parts = ["\(onTime) pünktlich", "\(late) verspätet", "\(skipped) übersprungen"]
    if open > 0 { parts.append("\(open) offen") }
    if overdue > 0 { parts.append("\(overdue) offen und überfällig") }
    if neverDone > 0 { parts.append("\(neverDone) nie erledigt") }
    return parts.joined(separator: ", ")
  }
  func messageCounts(total: Int, public: Int) -> String { "\(total) (\(`public`) öffentlich)" }
  func injectSummary(count: Int, delays: [String], unanswered: Int) -> String {
    var text = injects(count)
    if !delays.isEmpty { text += "; Reaktion nach " + delays.joined(separator: ", ") }
    if unanswered > 0 { text += "; \(unanswered) ohne Reaktion" }
    return text
  }
  let stepHeaders = [
    "Schritt", "Verantwortlich", "Besetzt mit", "Fällig", "Begonnen", "Erledigt", "Dauer",
    "Ergebnis",
  ]
  let timelineHeaders = ["Uhrzeit", "T+", "Person", "Rolle", "Ereignis"]
  let publicTimelineHeaders = ["Zeit", "Kanal", "Meldung", "Link"]
  func messageRow(channel: String, number: Int) -> String {
    "Meldung auf \(channel) (Wortlaut: Meldung \(number) unter „Meldungen im Wortlaut“)"
  }
  func messageNumber(_ number: Int) -> String { "Meldung \(number)" }
  let decisionHeaders = ["T+", "Schritt", "Frage", "Antwort", "Weiter mit", "Von"]
  let endTarget = "Ende"
  let noteHeaders = ["Uhrzeit", "T+", "Von", "Notiz"]
  let notedLater = "nachgetragen"
  let activityHeaders = [
    "Person", "Rollen", "Meldungen", "Schritte", "Entscheidungen", "Notizen", "Sonstiges",
    "Gesamt",
  ]
  let injectHeaders = ["T+", "Einspielung", "Für", "Reaktion", "Nach"]
  let followUpHeaders = ["Maßnahme", "Verantwortlich", "Bis", "Stand"]
  let reviewLead =
    "Aus dem Log vorbefüllt; gemeinsam und ohne Schuldzuweisung ergänzen. Jede Maßnahme bekommt genau eine verantwortliche Person und ein Datum."
  let reviewQuestions: [(title: String, prompt: String)] = [
    (
      "Was ist passiert",
      "In einfachen Worten: Was haben Kund:innen gesehen, was war die Ursache, wie wurde es behoben?"
    ),
    (
      "Auswirkungen",
      "Wer war betroffen, wie lange, was hat es gekostet (Bestellungen, Tickets, Reichweite, Stimmung)?"
    ),
    ("Was gut lief", "Was hat geholfen: Playbook, Menschen, Werkzeuge, Meldungen, die ankamen?"),
    (
      "Was wir verbessern",
      "Wo ging Zeit verloren, was war unklar, welche Meldung oder welcher Schritt muss sich ändern?"
    ),
  ]

  func chartTitle(from: String, to: String) -> String {
    "Zeitverlauf nach Rolle, \(from) bis \(to)"
  }
  let noRole = "Ohne Rolle"
  func chartLegend(_ item: ChartLegendItem) -> String {
    switch item {
    case .onTime: "Schritt pünktlich"
    case .late: "verspätet"
    case .skipped: "übersprungen"
    case .open: "offen"
    case .neverDone: "nie erledigt"
    case .deadline: "Frist"
    case .statementDue: "erste Meldung fällig"
    case .publicMessage: "öffentliche Meldung"
    case .otherMessage: "andere Meldung"
    case .decision: "Entscheidung"
    case .note: "Notiz"
    case .inject: "Einspielung"
    case .resolved: "gelöst"
    }
  }
  func dueAt(step: String, tPlus: String) -> String { "Fällig: \(step) um \(tPlus)" }
  func firstStatementDueAt(_ tPlus: String) -> String {
    "Erste öffentliche Meldung fällig um \(tPlus)"
  }
  func resolvedAtTPlus(_ tPlus: String) -> String { "Gelöst um \(tPlus)" }
  func injectAt(tPlus: String, title: String, reaction: String?) -> String {
    "Einspielung um \(tPlus): \(title)" + (reaction.map { "; Reaktion nach \($0)" } ?? "")
  }
}
