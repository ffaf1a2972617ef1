/// The walkthrough's prompt in German. The commands keep their typed names (`d`, `sent`,
/// `cancel` and `abbrechen` both work), the explanations are German.
struct GermanPromptWords: PromptWords {
  func commandHelp(_ name: String) -> String {
    switch name {
    case "done": "Schritt als erledigt markieren und weiter"
    case "skip": "Schritt überspringen (fragt nach dem Grund)"
    case "answer": "die Frage dieses Schritts beantworten"
    case "sent": "Meldung N gepostet (edit: vorher ändern)"
    case "link": "Link zu früher geposteter Meldung N"
    case "approve": "Meldung N ist freigegeben (von NAME)"
    case "copy": "Meldung N in die Zwischenablage kopieren"
    case "note": "Notiz in die Zeitleiste schreiben"
    case "set": "Variable ändern; Meldungen passen sich an"
    case "assign": "Rolle einer Person zuweisen"
    case "goto": "zu einem Schritt springen"
    case "list": "alle Schritte mit Stand"
    case "status": "wo der Vorfall steht"
    case "down": "Kanal gestört oder gehackt: nicht posten"
    case "up": "Kanal ist wieder verfügbar"
    case "severity": "Schweregrad ändern (low, medium, high, critical)"
    case "pause": "verlassen; `crisis resume` macht weiter"
    case "resolve": "Vorfall ist vorbei (mit Rückfrage)"
    case "end": "Übung beenden und Auswertung zeigen"
    case "inject": "dem Team eine spontane Einspielung geben"
    case "hold": "Übungsuhr anhalten"
    case "go": "Übungsuhr wieder starten"
    case "wait": "Übungsuhr vorstellen (z. B. wait 10m)"
    case "help": "diese Liste"
    default: name
    }
  }
  func arguments(_ english: String) -> String {
    switch english {
    case "[REASON]": "[GRUND]"
    case "[N] [URL] [edit|paste]": "[N] [URL] [edit|paste]"
    case "[N] [NAME]": "[N] [NAME]"
    case "VAR VALUE": "VARIABLE WERT"
    case "ROLE NAME": "ROLLE NAME"
    case "STEP": "SCHRITT"
    case "CHANNEL REASON": "KANAL GRUND"
    case "CHANNEL": "KANAL"
    case "LEVEL": "STUFE"
    case "[SUMMARY]": "[ZUSAMMENFASSUNG]"
    case "DURATION": "DAUER"
    default: english
    }
  }
  let commandsTitle = "Befehle (das Kürzel links bewirkt dasselbe):"
  let showStepAgain = "aktuellen Schritt erneut zeigen"
  func unknownCommand(_ word: String, suggestion: String?) -> String {
    "unbekannter Befehl '\(word)'" + (suggestion.map { "; meinten Sie '\($0)'?" } ?? "")
      + " (? zeigt die Liste)"
  }
  func drillOnly(_ name: String) -> String { "'\(name)' gibt es nur in Übungen" }
  let noteNeedsText = "eine Notiz braucht Text: note TEXT"
  let injectNeedsText = "eine Einspielung braucht Text: inject TEXT"
  func sentUsage(_ part: String) -> String {
    "Aufruf: sent [N] [URL] [edit|paste] ('\(part)' passt zu nichts davon)"
  }
  let linkUsage = "Aufruf: link [N] URL (die Adresse des Posts)"
  let downUsage = "Aufruf: down KANAL GRUND (z. B. down x Konto gehackt)"
  let upUsage = "Aufruf: up KANAL"
  let setUsage = "Aufruf: set VARIABLE WERT"
  let assignUsage = "Aufruf: assign ROLLE NAME"
  let gotoUsage = "Aufruf: goto SCHRITT (l zeigt die Schritte)"
  let severityUsage = "Aufruf: severity low|medium|high|critical"
  let waitUsage = "Aufruf: wait DAUER (z. B. wait 10m)"

  let asksQuestionFirst = "Dieser Schritt stellt zuerst eine Frage."
  func unpostedMessages(_ count: Int) -> String {
    count == 1
      ? "Hinweis: 1 Meldung dieses Schritts ist nicht als gepostet vermerkt (m N URL erfasst einen Post)."
      : "Hinweis: \(count) Meldungen dieses Schritts sind nicht als gepostet vermerkt (m N URL erfasst einen Post)."
  }
  func whySkip(_ title: String) -> String {
    "Warum '\(title)' überspringen? (eine Zeile; `abbrechen` geht zurück)"
  }
  let noQuestionTypeDone = "dieser Schritt stellt keine Frage; d, wenn er erledigt ist"
  let noQuestion = "dieser Schritt stellt keine Frage"
  func answerWithNumber(_ count: Int) -> String {
    "bitte mit einer Zahl von 1 bis \(count) antworten"
  }
  let endsPath =
    "Damit endet der Weg durch das Playbook. Update-Takt weiter einhalten; x beendet den Vorfall."
  let lastStep = "Das war der letzte Schritt. Update-Takt weiter einhalten; x beendet den Vorfall."
  let pathDone =
    "alle Schritte sind erledigt; Update-Takt einhalten und x, wenn der Vorfall vorbei ist"
  let noStepOpen = "kein Schritt offen; l zeigt die Schritte, goto SCHRITT öffnet einen"
  let endTarget = "Ende"
  func unknownVariable(_ name: String, suggestion: String?, known: [String]) -> String {
    "keine Variable '\(name)'\(mean(suggestion)) (Variablen: \(known.joined(separator: ", ")))"
  }
  func unknownRole(_ name: String, suggestion: String?, known: [String]) -> String {
    "keine Rolle '\(name)'\(mean(suggestion)) (Rollen: \(known.joined(separator: ", ")))"
  }
  func unknownStep(_ name: String, suggestion: String?) -> String {
    "kein Schritt '\(name)'\(mean(suggestion)) (l zeigt sie)"
  }
  func unknownChannel(_ name: String, suggestion: String?, known: [String]) -> String {
    "kein Kanal '\(name)'\(mean(suggestion)) (Kanäle: \(known.joined(separator: ", ")))"
  }
  private func mean(_ suggestion: String?) -> String {
    suggestion.map { "; meinten Sie '\($0)'?" } ?? ""
  }
  let severityLevels = "Schweregrad ist einer von low, medium, high, critical"
  let clockAlreadyHeld = "die Übungsuhr steht schon; `go` startet sie wieder"
  let clockHeld = "Übungsuhr angehalten. Auch die Fristen stehen; `go` startet sie wieder."
  let clockRunning = "die Übungsuhr läuft"
  let cancelled = "Abgebrochen."
  let reasonPlease = "bitte einen Grund angeben (oder `abbrechen`)"
  let orCancel = " (oder `abbrechen`)"
  func listDue(_ tPlus: String) -> String { "  fällig \(tPlus)" }
  func listEvery(_ span: String) -> String { "  alle \(span)" }

  func who(_ actor: String, at time: String) -> String { "\(actor) um \(time)" }
  let someone = "jemand"
  func resolvedElsewhere(by who: String, summary: String?) -> String {
    "der Vorfall wurde beendet von \(who)" + (summary.map { ": \($0)" } ?? "")
  }
  func alreadyFinished(_ title: String, skipped: Bool, by who: String) -> String {
    "'\(title)' wurde schon \(skipped ? "übersprungen" : "erledigt") von \(who)"
  }
  func alreadyAnswered(by who: String, answer: String) -> String {
    "schon beantwortet von \(who): \(answer)"
  }
  func alreadyOpened(_ title: String, by who: String) -> String {
    "'\(title)' wurde schon geöffnet von \(who)"
  }
  func reminderAlreadyGiven(by who: String) -> String {
    "die Erinnerung kam schon von \(who)"
  }
  func injectAlreadyGiven(by who: String) -> String {
    "die Einspielung kam schon von \(who)"
  }
  let enterShowsNow = " (Enter zeigt den aktuellen Stand)"
  func conflict(
    question: String, kept: (actor: String, answer: String),
    overruled: (actor: String, answer: String)
  ) -> String {
    "Konflikt: \(kept.actor) hat „\(kept.answer)“ und \(overruled.actor) gleichzeitig "
      + "„\(overruled.answer)“ auf „\(question)“ geantwortet; es gilt „\(kept.answer)“ "
      + "(\(kept.actor), zuerst)"
  }

  let noApprovalNeeded = "keine Meldung hier braucht eine Freigabe"
  let noPreparedMessage =
    "dieser Schritt hat keine vorbereitete Meldung; mit `note` festhalten, was gesagt wurde"
  func noMessage(_ which: String, count: Int) -> String {
    "keine Meldung '\(which)'; 1 bis \(count) wählen"
  }
  let whichToCopy = "Welche Meldung kopieren?"
  let whichPosted = "Welche Meldung wurde gepostet?"
  let whichLink = "Zu welcher Meldung gehört der Link?"
  let whichApproved = "Welche Meldung ist freigegeben?"
  func alreadyLinked(at time: String) -> String {
    "dieser Post (\(time)) ist mit diesem Link schon erfasst"
  }
  func linkAdded(postedAt time: String, number: Int) -> String {
    "Diese Meldung wurde schon um \(time) gepostet: Der Link wird ihr hinzugefügt "
      + "(`sent \(number) edit` erfasst einen neuen Post)."
  }
  func pasteAsPosted(on channel: String) -> String {
    "Den Text so einfügen, wie er auf \(channel) gepostet wurde; mit einer Zeile nur mit Punkt (.) abschließen."
  }
  let noLongerOffered = "diese Meldung steht nicht mehr bereit; nichts erfasst"
  let emptyText = "der Text ist leer; nichts erfasst"
  func overLimit(_ count: Int, channel: String, limit: Int) -> String {
    "Achtung: \(count) Zeichen, \(channel) erlaubt \(limit)."
  }
  func promised(on channel: String, by time: String) -> String {
    "Zugesagt auf \(channel): nächstes Update bis \(time). crisis erinnert vorher daran."
  }
  func noPromise(on channel: String) -> String {
    "Der Text nennt keine Uhrzeit für das nächste Update; auf \(channel) ist daher keine Zusage vermerkt."
  }
  func namesUnheldRole(_ titles: [String]) -> String {
    "Achtung: Der Text nennt eine unbesetzte Rolle (\(titles.joined(separator: ", "))); "
      + "mit assign ROLLE NAME besetzen und eine Korrektur posten."
  }
  func claimsUndone(_ titles: [String]) -> String {
    "Achtung: Der Text meldet \(titles.joined(separator: ", ")) als erledigt, das Protokoll aber nicht; falls das nicht stimmt, eine Korrektur posten."
  }
  func postedWithoutApproval(of owner: String) -> String {
    "Achtung: ohne Freigabe von \(owner) gepostet; die Auswertung führt das auf."
  }
  let pasteTooLong =
    "mehr als 500 Zeilen eingefügt; nichts erfasst (ein Einfügen endet mit .)"
  let notPostedYet =
    "diese Meldung ist noch nicht gepostet; `sent N URL` erfasst den Post mit seinem Link"
  func unavailable(_ title: String, reason: String?, instead: String?, channel: String) -> String {
    var text = "\(title) ist nicht verfügbar"
    if let reason { text += " (\(reason))" }
    if let instead { text += "; stattdessen auf \(instead) posten" }
    return text + "; `up \(channel)`, sobald er wieder geht"
  }
  func alreadyInState(_ title: String, available: Bool) -> String {
    "\(title) ist schon \(available ? "verfügbar" : "als nicht verfügbar markiert")"
  }
  func heldAndPaused(instead: String?) -> String {
    "Seine Meldungen werden zurückgehalten, seine Zusagen ruhen."
      + (instead.map { " Stattdessen auf \($0) posten." } ?? "")
  }
  func outOfDate(_ channels: [String], variable: String) -> String {
    "Jetzt veraltet: \(channels.joined(separator: ", ")) nannte den alten Wert von \(variable); dort eine Korrektur posten."
  }

  func varTakesPair(_ given: String) -> String { "--var erwartet NAME=WERT, nicht '\(given)'" }
  func playbookHasNoVariable(_ playbook: String, _ unknown: String) -> String {
    "Playbook \(playbook): \(unknown)"
  }
  func varRefused(_ explanation: String) -> String { "--var: \(explanation)" }

  private static let timeForms =
    "16:52 (heute, oder gestern, falls die Uhrzeit heute noch bevorsteht), -20m (vor 20 Minuten) "
    + "oder 2026-11-21T16:52:00+01:00"
  func timeRefused(_ failure: PastTime.Failure, variable: String) -> String {
    switch failure {
    case .malformed(let text):
      return "'\(text)' ist keine Uhrzeit für \(variable); möglich sind \(Self.timeForms)"
    case .future(let text, let now):
      return "'\(text)' liegt für \(variable) in der Zukunft (jetzt ist es \(now.clockTime)); "
        + "angeben, wann es geschah: \(Self.timeForms)"
    case .tooEarly(let text):
      return "'\(text)' liegt für \(variable) vor dem 1.1.1970; möglich sind \(Self.timeForms)"
    }
  }
  func needsTime(_ variable: String) -> String {
    "\(variable) braucht eine Uhrzeit: \(Self.timeForms)"
  }

  func nothingToApprove(_ id: String) -> String {
    "\(id) ist beendet; es gibt nichts freizugeben"
  }
  func noTemplate(_ template: String, in playbook: String, suggestion: String?) -> String {
    "Playbook \(playbook) hat keine Vorlage '\(template)'" + mean(suggestion)
  }
  func needsNoApproval(_ template: String) -> String {
    "Vorlage '\(template)' braucht keine Freigabe"
  }
  func needingApproval(_ templates: [String], playbook: String) -> String {
    templates.isEmpty
      ? "(keine Vorlage von Playbook \(playbook) braucht eine Freigabe)"
      : "(freigabepflichtige Vorlagen: \(templates.joined(separator: ", ")))"
  }

  let whichPlaybook = "Welches Playbook?"
  let numberOrName = "Nummer oder Name> "
  func pickNumber(_ count: Int) -> String {
    "Eine Zahl von 1 bis \(count) oder den Namen eines Playbooks eingeben."
  }

  let nothingOpen = "Nichts ist offen."
  func stillOpen(_ count: Int) -> String { "Noch offen (\(count)):" }
  func andMore(_ count: Int) -> String { "  … und \(count) weitere (i zeigt sie)" }
  func confirmResolve(drill: Bool, summary: String) -> String {
    "\(drill ? "Übung" : "Vorfall") mit der Zusammenfassung „\(summary)“ beenden? ja beendet, alles andere lässt \(drill ? "sie" : "ihn") offen."
  }
  func askSummary(drill: Bool) -> String {
    "Zum Beenden \(drill ? "der Übung" : "des Vorfalls") eine Zusammenfassung in einer Zeile eingeben (was geschah, was half); `abbrechen` lässt \(drill ? "sie" : "ihn") offen."
  }
  let notResolved = "Nicht beendet; der Vorfall bleibt offen."
  let summaryPlease = "bitte eine Zusammenfassung in Worten (oder `abbrechen`)"
}
