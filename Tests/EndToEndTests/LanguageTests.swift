import CrisisKit
import Foundation
import Testing

/// The interface's language from the command line to the screen: a German playbook runs in
/// German without `--lang`, `--lang en` turns it English, and the order of the choice
/// (`--lang`, the playbook's `language:`, the locale, English) holds end to end.
@Suite struct LanguageTests {
  /// Enter for every variable the start asks (each keeps its default).
  static func defaults(_ playbook: String) throws -> String {
    let path = CrisisRun.packageRoot.appendingPathComponent("Playbooks/\(playbook).yml").path
    let loaded = try #require(PlaybookLoader.load(path: path).playbook)
    let asked = loaded.variables.filter { !VariableQuestions.startsAtDefault($0) }
    return String(repeating: "\n", count: asked.count)
  }

  /// Every variable at its default, then: answer the question, post the team message, a
  /// note, the next step done, the first public statement posted on two channels, status,
  /// the step list, the command list, a mistyped command, and resolving with a summary.
  static func germanScript() throws -> String {
    try defaults("de/webshop-ausfall") + """
      a 1
      m 1
      n Hotline informiert
      d
      g erstmeldung
      m 1
      m 2
      i
      l
      ?
      zzz
      x
      Shop läuft wieder

      """
  }

  /// Words of the program's English that its German never uses: the English catalogue's
  /// words, less every word of the German catalogue (`crisis resume`, `OK`, `T+`…), less the
  /// commands typed at the prompt (`done`, `skip`: keys, the same in both languages, which
  /// `?` lists). A German screen showing one has an English phrase left in it.
  static let englishOnly: Set<String> = {
    // An option named in a German phrase (`--step`) is typed, not German.
    let german = Set(
      CatalogueSample.phrases(.german).flatMap { words(in: withoutOptions($0.text)) })
    let english = Set(CatalogueSample.phrases(.english).flatMap { words(in: $0.text) })
    let typed = Set(OperatorCommand.table.flatMap { [$0.name, $0.shortcut] })
    return english.subtracting(german).subtracting(typed)
  }()

  /// What the output may contain besides the program's words: the playbook's own text
  /// (German, with the words German shares with English: "live", "Update") and the default
  /// log directory's name in the log's path.
  static func notTheProgram(playbook: String) throws -> Set<String> {
    let url = CrisisRun.packageRoot.appendingPathComponent("Playbooks/\(playbook).yml")
    let text = try String(contentsOf: url, encoding: .utf8)
    return Set(words(in: text)).union(["incidents"])
  }

  /// `text` without the options it names (`--from-log`, `(--step`).
  static func withoutOptions(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace)
      .filter { !$0.drop(while: { "(`'".contains($0) }).hasPrefix("-") }
      .joined(separator: " ")
  }

  /// Lower-cased words of three letters or more.
  static func words(in text: String) -> [String] {
    text.split { !$0.isLetter }.map { $0.lowercased() }.filter { $0.count >= 3 }
  }

  func run(_ arguments: String..., stdin: String, environment: [String: String] = [:])
    throws -> CrisisRun.Result
  {
    var run = CrisisRun(stdin: stdin)
    run.arguments = arguments
    run.environment = environment
    return try run.run()
  }

  @Test func theEnglishOnlyWordsAreTheProgramsOwn() {
    // The check below is only as good as this list: it holds the words of the screen.
    for word in ["owner", "step", "due", "recorded", "overdue", "skipped", "resolved", "question"] {
      #expect(Self.englishOnly.contains(word), "\(word)")
    }
  }

  /// LANG empty counts as unset (as POSIX reads the locale variables); C and an English
  /// locale lose against the playbook's `language: de`.
  @Test(arguments: ["", "C", "C.UTF-8", "en_US.UTF-8"])
  func aGermanPlaybookRunsInGermanWithoutLang(locale: String) throws {
    let result = try run(
      "start", "de/webshop-ausfall", "--plain", "--as", "anna", stdin: try Self.germanScript(),
      environment: ["LANG": locale])
    #expect(result.status == 0, "\(result.stderr)")
    let output = result.stdout + result.stderr
    let english = Set(Self.words(in: output)).intersection(Self.englishOnly)
      .subtracting(try Self.notTheProgram(playbook: "de/webshop-ausfall"))
    #expect(english.isEmpty, "English on the German screen: \(english.sorted())\n\(output)")
    for phrase in [
      "Schritt 1 von 20", "Verantwortlich: IT-Ansprechperson, unbesetzt", "Fällig T+5m",
      "✓ erfasst", "Schritt erledigt:", "Entscheidung:", "Meldung gepostet auf", "Notiz:",
      "Aktueller Schritt:", "Befehle (das Kürzel links bewirkt dasselbe):",
      "unbekannter Befehl 'zzz'", "Noch offen", "Zusammenfassung>", "beendet: Shop läuft wieder",
      "[Krisenleitung: NICHT BESETZT]", "Zugesagt auf Statusseite",
    ] {
      #expect(output.contains(phrase), "missing: \(phrase)")
    }
  }

  /// A drill: injects, deadline warnings and promises late on a jumped clock, the clock held
  /// and restarted, a channel down and back, a fact changed, the severity raised, a role
  /// given, a skipped step with its reason, errors of every kind; then a pause (the
  /// scorecard is the review's and checked there).
  @Test func aGermanDrillStaysGerman() throws {
    let script =
      try Self.defaults("de/webshop-ausfall") + """
        wait 20m
        a 1
        m 1
        d
        m 1
        m 2
        wait 40m
        hold
        go
        j Ein Reporter ruft an
        down x Konto gehackt
        up x
        v eta 18:30
        e critical
        r leitung Anna
        ok
        s
        keine Zeit
        g 99
        k 1 https://x.com/1
        c 1
        v nix 1
        set
        wait
        x
        abbrechen
        p

        """
    let result = try run(
      "drill", "de/webshop-ausfall", "--plain", "--as", "anna", stdin: script,
      environment: ["LANG": "C"])
    #expect(result.status == 0, "\(result.stderr)")
    let output = result.stdout + result.stderr
    let english = Set(Self.words(in: output)).intersection(Self.englishOnly)
      .subtracting(try Self.notTheProgram(playbook: "de/webshop-ausfall"))
    #expect(english.isEmpty, "English on the German screen: \(english.sorted())\n\(output)")
    for phrase in [
      "ÜBUNG: kein echter Vorfall", "EINSPIELUNG:", "ÜBERFÄLLIG:", "Übungsuhr angehalten",
      "X nicht verfügbar: Konto gehackt", "Schweregrad HOCH → KRITISCH", "Krisenleitung: Anna",
      "Schritt übersprungen:", "kein Schritt '99'", "keine Variable 'nix'", "Abgebrochen.",
      "Pausiert.", "[ÜBUNG]",
    ] {
      #expect(output.contains(phrase), "missing: \(phrase)")
    }
  }

  /// The data-breach playbook: its 72-hour clock, a message that needs approval, a time
  /// variable set with a time, a jump past deadlines.
  @Test func theGermanDataBreachDrillStaysGerman() throws {
    let script =
      try Self.defaults("de/datenpanne") + """
        a 1
        m 1
        d
        d
        v bekannt_seit -30m
        v bekannt_seit morgen
        i
        wait 1h
        g benachrichtigen
        ok 2
        m 2
        d
        p

        """
    let result = try run(
      "drill", "de/datenpanne", "--plain", "--as", "anna", stdin: script,
      environment: ["LANG": "C"])
    #expect(result.status == 0, "\(result.stderr)")
    let output = result.stdout + result.stderr
    let english = Set(Self.words(in: output)).intersection(Self.englishOnly)
      .subtracting(try Self.notTheProgram(playbook: "de/datenpanne"))
    #expect(english.isEmpty, "English on the German screen: \(english.sorted())\n\(output)")
    for phrase in ["Frist: ", "Freigabe nötig: ", "ist keine Uhrzeit für bekannt_seit"] {
      #expect(output.contains(phrase), "missing: \(phrase)\n\(output)")
    }
  }

  /// The German playbooks shipped.
  static let germanPlaybooks: [String] = {
    let dir = CrisisRun.packageRoot.appendingPathComponent("Playbooks/de")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
    return names.filter { $0.hasSuffix(".yml") }.map { "de/" + $0.dropLast(".yml".count) }.sorted()
  }()

  @Test func thereAreGermanPlaybooks() {
    #expect(Self.germanPlaybooks.count >= 2)
  }

  /// Every shipped German playbook walked from start to end (each question answered with
  /// its first choice, each step done), its status and list shown, then resolved: no English
  /// word of the program on the way.
  @Test(arguments: germanPlaybooks)
  func everyGermanPlaybookWalksInGerman(playbook: String) throws {
    // `d` finishes a step, or asks a step's question, which `1` then answers; on a step
    // without a question `1` is only a hint.
    let walk = String(repeating: "d\n1\n", count: 25)
    let script = try Self.defaults(playbook) + walk + "i\nl\nx\nAlles erledigt\n"
    let result = try run(
      "start", playbook, "--plain", "--as", "anna", stdin: script, environment: ["LANG": "C"])
    #expect(result.status == 0, "\(result.stderr)")
    let output = result.stdout + result.stderr
    let english = Set(Self.words(in: output)).intersection(Self.englishOnly)
      .subtracting(try Self.notTheProgram(playbook: playbook))
    #expect(english.isEmpty, "English on the German screen: \(english.sorted())\n\(output)")
    #expect(output.contains("Schritt 1 von "))
    #expect(output.contains("beendet: Alles erledigt"), "\(output)")
  }

  @Test func langEnTurnsTheGermanPlaybookEnglish() throws {
    let result = try run(
      "start", "de/webshop-ausfall", "--plain", "--lang", "en", "--as", "anna",
      stdin: try Self.germanScript())
    #expect(result.status == 0, "\(result.stderr)")
    for phrase in [
      "Step 1 of 20", "Owner: IT-Ansprechperson, unassigned", "✓ recorded", "step done:",
      "Commands (a shortcut on the left does the same):", "unknown command 'zzz'",
      "summary>", "resolved: Shop läuft wieder",
    ] {
      #expect(result.stdout.contains(phrase), "missing: \(phrase)\n\(result.stdout)")
    }
    #expect(!result.stdout.contains("Schritt 1 von"))
    #expect(!result.stdout.contains("✓ erfasst"))
  }

  /// A playbook that says nothing about its language.
  static let unspoken = """
    playbook: quiet
    title: Quiet
    roles:
      lead: { title: Lead }
    steps:
      - id: one
        title: One
        role: lead

    """

  @Test(arguments: [
    // The playbook's `language:` wins over the locale, both ways.
    ("de/webshop-ausfall", "en_US.UTF-8", [String](), "Schritt 1 von 20"),
    ("website-outage", "de_DE.UTF-8", [], "Step 1 of"),
    // Without `language:`, the locale decides; LC_ALL before LANG.
    ("quiet.yml", "de_DE.UTF-8", [], "Schritt 1 von 1"),
    ("quiet.yml", "C", [], "Step 1 of 1"),
    // `--lang` wins over everything.
    ("quiet.yml", "C", ["--lang", "de"], "Schritt 1 von 1"),
    ("website-outage", "de_DE.UTF-8", ["--lang", "de"], "Schritt 1 von"),
  ])
  func theLanguageIsChosenInOrder(
    playbook: String, locale: String, flags: [String], expected: String
  ) throws {
    var run = CrisisRun(
      stdin: String(repeating: "\n", count: 20) + "p\n", files: ["quiet.yml": Self.unspoken])
    run.arguments = ["start", playbook, "--plain"] + flags
    run.environment = ["LANG": locale]
    let result = try run.run()
    #expect(result.stdout.contains(expected), "\(result.stdout)\n\(result.stderr)")
  }

  @Test func lcAllComesBeforeLang() throws {
    var run = CrisisRun(stdin: "p\n", files: ["quiet.yml": Self.unspoken])
    run.arguments = ["start", "quiet.yml", "--plain"]
    run.environment = ["LANG": "C", "LC_ALL": "de_AT.UTF-8"]
    #expect(try run.run().stdout.contains("Schritt 1 von 1"))
  }

  @Test func statusListAndHelpSpeakTheLocale() throws {
    let dir = try CrisisRun.makeDirectory()
    var start = CrisisRun(
      "start", "de/webshop-ausfall", "--plain", stdin: String(repeating: "\n", count: 20) + "p\n")
    start.directory = dir
    _ = try start.run()
    var status = CrisisRun("status")
    status.directory = dir
    let statusText = try status.run().stdout
    #expect(statusText.contains("Aktueller Schritt:"), "\(statusText)")
    #expect(statusText.contains("pausiert · Schweregrad HOCH"), "\(statusText)")
    var english = CrisisRun("status", "--lang", "en")
    english.directory = dir
    #expect(try english.run().stdout.contains("Current step:"))
    var list = CrisisRun("list")
    list.directory = dir
    list.environment = ["LANG": "de_DE.UTF-8"]
    let listText = try list.run().stdout
    #expect(listText.hasPrefix("ID"), "\(listText)")
    #expect(listText.contains("BEGONNEN"), "\(listText)")
    #expect(listText.contains("echt"), "\(listText)")
    var help = CrisisRun("--help")
    help.environment = ["LANG": "de_DE.UTF-8"]
    let helpText = try help.run().stdout
    #expect(helpText.contains("Befehle:"), "\(helpText)")
    #expect(helpText.contains("einen Vorfall beginnen"), "\(helpText)")
    var usage = CrisisRun("start", "--lang", "fr")
    usage.environment = ["LANG": "de_DE.UTF-8"]
    let refused = try usage.run()
    #expect(refused.status == 2)
    #expect(
      refused.stderr == "crisis: Fehler: unbekannte Sprache 'fr'; de oder en angeben "
        + "(siehe 'crisis help start')\n", "\(refused.stderr)")
  }

  /// `crisis ARGS` in `directory` with `environment`.
  func crisis(_ arguments: [String], in directory: URL, _ environment: [String: String])
    throws -> CrisisRun.Result
  {
    var run = CrisisRun()
    run.arguments = arguments
    run.directory = directory
    run.environment = environment
    return try run.run()
  }

  /// The English words of the program in `text` (the options it names are typed).
  static func english(in text: String) -> Set<String> {
    Set(words(in: withoutOptions(text))).intersection(englishOnly)
  }

  /// Finding an incident and the refusals of a resolved one: German with a German locale
  /// before any log is read, and German from the playbook once it is, whatever the locale.
  @Test func runtimeErrorsSpeakGerman() throws {
    let dir = try CrisisRun.makeDirectory()
    var start = CrisisRun(
      "start", "de/webshop-ausfall", "--plain", stdin: String(repeating: "\n", count: 20) + "p\n")
    start.directory = dir
    #expect(try start.run().status == 0)
    let id = try #require(
      try FileManager.default.contentsOfDirectory(
        atPath: dir.appendingPathComponent("incidents").path
      ).first { $0.hasSuffix(".jsonl") }?.dropLast(".jsonl".count))
    let german = ["LANG": "de_DE.UTF-8"]

    let missing = try crisis(["status", "nope"], in: dir, german)
    #expect(missing.status == 1)
    #expect(missing.stderr.hasPrefix("crisis: Fehler: kein Vorfall 'nope'"), "\(missing.stderr)")
    let none = try crisis(["status", "--log-dir", "leer"], in: dir, german)
    #expect(none.stderr.hasPrefix("crisis: Fehler: keine Vorfälle in leer"), "\(none.stderr)")
    let speed = try crisis(["replay", String(id), "--speed", "fast"], in: dir, german)
    #expect(speed.status == 2)
    #expect(
      speed.stderr == "crisis: Fehler: --speed erwartet eine Zahl über 0, nicht 'fast' "
        + "(siehe 'crisis help replay')\n", "\(speed.stderr)")
    let format = try crisis(
      ["export", String(id), "--format", "pdf", "--lang", "de"], in: dir, [:])
    #expect(format.stderr.contains("--format erwartet md, html, json oder csv"), "\(format.stderr)")

    // A log whose start was cut short: `list` passes over it with a warning.
    try Data().write(to: dir.appendingPathComponent("incidents/abgebrochen.jsonl"))
    let listed = try crisis(["list"], in: dir, german)
    #expect(listed.status == 0)
    #expect(
      listed.stderr.contains("warning: das Protokoll ist leer: Dieser Vorfall wurde nie begonnen"),
      "\(listed.stderr)")
    let future = try crisis(["note", "--at", "2099-01-01T00:00:00Z", "x"], in: dir, german)
    #expect(future.status == 2)
    #expect(
      future.stderr.hasPrefix("crisis: Fehler: --at '2099-01-01T00:00:00Z' liegt in der Zukunft"),
      "\(future.stderr)")
    let since = try crisis(["start", "de/webshop-ausfall", "--since", "gestern"], in: dir, german)
    #expect(since.stderr.contains("--since erwartet eine Zeit wie 16:52"), "\(since.stderr)")

    // An English locale: the playbook's German wins once the log is read.
    let english = ["LANG": "C"]
    #expect(try crisis(["resolve", String(id), "--summary", "ok"], in: dir, english).status == 0)
    let again = try crisis(["resolve", String(id)], in: dir, english)
    #expect(again.status == 1)
    #expect(again.stderr == "crisis: Fehler: \(id) ist schon beendet\n", "\(again.stderr)")
    let note = try crisis(["note", "--incident", String(id), "zu spät"], in: dir, english)
    #expect(note.stderr.hasPrefix("crisis: Fehler: \(id) wurde von "), "\(note.stderr)")
    #expect(note.stderr.contains(" beendet; es wird nichts mehr hineingeschrieben"))
    for text in [
      missing.stderr, none.stderr, speed.stderr, future.stderr, since.stderr, again.stderr,
      note.stderr, listed.stderr.replacingOccurrences(of: "warning", with: ""),
    ] {
      let words = Self.english(in: text).subtracting(Self.words(in: String(id)))
        .subtracting(CatalogueSample.commandNames + ["incidents"])
      #expect(words.isEmpty, "English in: \(text)")
    }
    // The same refusal with --lang en stays English.
    let asked = try crisis(["resolve", String(id), "--lang", "en"], in: dir, german)
    #expect(asked.stderr == "crisis: error: \(id) is already resolved\n", "\(asked.stderr)")
  }

  @Test func verifySpeaksGerman() throws {
    let dir = try CrisisRun.makeDirectory()
    var start = CrisisRun(
      "start", "de/webshop-ausfall", "--plain", stdin: String(repeating: "\n", count: 20) + "p\n")
    start.directory = dir
    #expect(try start.run().status == 0)
    let log = try #require(
      try FileManager.default.contentsOfDirectory(
        atPath: dir.appendingPathComponent("incidents").path
      ).first { $0.hasSuffix(".jsonl") })
    let verified = try crisis(["verify", "incidents/" + log], in: dir, ["LANG": "de_DE.UTF-8"])
    #expect(verified.status == 0, "\(verified.stderr)")
    let lines = verified.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 2)
    #expect(lines.first?.hasPrefix("intakt: ") == true, "\(verified.stdout)")
    #expect(lines.first?.contains(" Ereignisse, erstes ") == true, "\(verified.stdout)")
    #expect(lines.last?.hasPrefix("Kopf: ") == true, "\(verified.stdout)")
    #expect(Self.english(in: lines.first ?? "").isEmpty, "\(verified.stdout)")
    // A broken chain.
    let path = dir.appendingPathComponent("incidents/" + log)
    var text = try String(contentsOf: path, encoding: .utf8)
    text = text.replacingOccurrences(of: "\"seq\":2", with: "\"seq\":7")
    try Data(text.utf8).write(to: path)
    let broken = try crisis(["verify", "incidents/" + log, "--lang", "de"], in: dir, [:])
    #expect(broken.status == 1)
    #expect(
      broken.stdout.hasPrefix("NICHT intakt: incidents/\(log) ist in Zeile 2 gebrochen"),
      "\(broken.stdout)")
  }

  /// `help COMMAND --lang de`: every discussion the English help has is there in German,
  /// without an English word of the program (option names and placeholders are typed).
  @Test(arguments: CatalogueSample.commandNames)
  func helpDiscussionsAreGerman(command: String) throws {
    func discussion(_ language: String) throws -> String {
      let text = try crisis(
        ["help", command, "--lang", language], in: try CrisisRun.makeDirectory(), [:]
      ).stdout
      // Summary, blank, usage, blank, then the discussion up to the options.
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(4)
      return lines.prefix { !$0.hasSuffix(":") || $0.contains(" ") }.joined(separator: "\n")
    }
    let english = try discussion("en")
    let german = try discussion("de")
    #expect(english.isEmpty == !CatalogueSample.discussedCommands.contains(command))
    guard !english.isEmpty else { return }
    #expect(german != english)
    let typed = german.split(whereSeparator: \.isWhitespace).filter { word in
      !word.contains("_") && !word.drop(while: { "(`".contains($0) }).hasPrefix("-")
        && word.contains(where: \.isLowercase)
    }.joined(separator: " ")
    let common: Set<String> = ["the", "and", "with", "when", "that", "this", "from", "every"]
    let found = Set(Self.words(in: typed)).filter {
      Self.englishOnly.contains($0) || common.contains($0)
    }
    #expect(found.isEmpty, "\(command): \(found.sorted())\n\(german)")
  }

  /// `team init` and `sync` in German, against a real bare repository.
  @Test func teamInitAndSyncSpeakGerman() throws {
    let dir = try CrisisRun.makeDirectory()
    try TeamTests.git(["init", "--quiet", "--bare", "remote.git"], in: dir)
    let german = ["LANG": "de_DE.UTF-8"]
    let made = try crisis(["team", "init", "remote.git", "--log-dir", "team"], in: dir, german)
    #expect(made.status == 0, "\(made.stderr)")
    for phrase in [
      "✓ team ist ein Klon von remote.git", "✓ das Remote war leer",
      "✓ dieser Rechner schreibt als Gerät ", "Geteilt mit allen, die remote.git lesen können",
    ] {
      #expect(made.stdout.contains(phrase), "missing: \(phrase)\n\(made.stdout)")
    }
    // The device id is the host name and random hex digits ("vm-3add91c0" holds "add").
    let shown = made.stdout.split(separator: "\n").filter { !$0.contains("Gerät") }
      .joined(separator: "\n").replacingOccurrences(of: "remote.git", with: "")
    #expect(Self.english(in: shown).isEmpty, "\(Self.english(in: shown))\n\(made.stdout)")
    let again = try crisis(["team", "init", "remote.git", "--log-dir", "team"], in: dir, german)
    #expect(again.stderr.hasPrefix("crisis: Fehler: team ist schon ein Team-Protokollordner"))
    let synced = try crisis(["sync", "--log-dir", "team"], in: dir, german)
    #expect(synced.stdout.hasPrefix("✓ geteilt"), "\(synced.stdout)\(synced.stderr)")
    let plain = try crisis(["sync", "--log-dir", "plain"], in: dir, german)
    #expect(plain.stderr.hasPrefix("crisis: Fehler: plain ist kein Team-Protokollordner"))
  }
}
