import Testing

@testable import CrisisKit

/// What a German run says outside its screens: runtime errors and their `crisis: Fehler:`
/// line, `crisis verify`'s verdicts, option complaints, `help` discussions and `team init`.
/// Each German text is checked for English words of the program; the diagnostics of
/// playbook authors stay English on purpose.
@Suite struct RuntimeLanguageTests {
  /// Words of the program's English that its German never uses (as in LanguageTests).
  static let englishOnly: Set<String> = {
    // An option named in a German phrase (`--step`) is typed, not German.
    let german = Set(
      CatalogueSample.phrases(.german).flatMap { phrase in
        words(
          in: phrase.text.split(whereSeparator: \.isWhitespace)
            .filter { !$0.drop(while: { "(`'".contains($0) }).hasPrefix("-") }
            .joined(separator: " "))
      })
    let english = Set(CatalogueSample.phrases(.english).flatMap { words(in: $0.text) })
    return english.subtracting(german)
  }()

  static func words(in text: String) -> [String] {
    text.split { !$0.isLetter }.map { $0.lowercased() }.filter { $0.count >= 3 }
  }

  /// The English words of the program in `text`.
  static func english(in text: String) -> [String] {
    words(in: text).filter { englishOnly.contains($0) }
  }

  @Test func theEnglishOnlyWordsHoldTheErrorsWords() {
    for word in ["cannot", "intact", "head", "several", "takes", "shared", "clone", "device"] {
      #expect(Self.englishOnly.contains(word), "\(word)")
    }
  }

  struct Case: Sendable, CustomTestStringConvertible {
    var error: any Error & Sendable
    var text: String
    var testDescription: String { text }
  }

  static let german: [Case] = [
    Case(
      error: IncidentSelection.Failure.noneOpen,
      text: "crisis: Fehler: kein offener Vorfall; bitte einen nennen (`crisis list` zeigt alle)\n"),
    Case(
      error: IncidentSelection.Failure.notFound("webshop-2", known: ["webshop-1"]),
      text: "crisis: Fehler: kein Vorfall 'webshop-2'; meinten Sie 'webshop-1'?\n"),
    Case(
      error: IncidentSelection.Failure.severalOpen(["a", "b"]),
      text: "crisis: Fehler: mehrere Vorfälle sind offen, bitte einen nennen: a, b\n"),
    Case(
      error: IncidentSelection.Failure.ambiguous("a", matches: ["a1", "a2"]),
      text: "crisis: Fehler: 'a' passt auf mehrere Vorfälle: a1, a2; mehr von der ID angeben\n"),
    Case(
      error: IncidentFile.Failure.log(.incidentExists(path: "i/a.jsonl")),
      text:
        "crisis: Fehler: Protokoll i/a.jsonl gibt es schon; jede Vorfall-ID darf es nur einmal geben\n"
    ),
    Case(
      error: LogError.damagedTail(path: "i/a.jsonl", "XQX"),
      text:
        "crisis: Fehler: an i/a.jsonl lässt sich nichts anfügen: XQX; `crisis verify` ausführen\n"
    ),
    Case(
      error: CommandFailure.input("X ist schon beendet"),
      text: "crisis: Fehler: X ist schon beendet\n"
    ),
    Case(
      error: UsageError("Option --as doppelt angegeben", command: "note"),
      text: "crisis: Fehler: Option --as doppelt angegeben (siehe 'crisis help note')\n"),
  ]

  @Test(arguments: german) func aRuntimeErrorIsGerman(_ c: Case) {
    let report = ExitReport(c.error, command: "status", language: .german)
    #expect(report.text == c.text)
    #expect(Self.english(in: report.text).isEmpty, "\(report.text)")
  }

  @Test func everyLogErrorIsGerman() {
    let failure = SystemError("write", code: 28)
    let errors: [LogError] = [
      .directoryNotWritable(directory: "i", SystemError("mkdir", code: 13)),
      .directoryNotWritable(directory: "i", SystemError("open", code: 13)),
      .incidentExists(path: "p"), .cannotCreate(path: "p", failure),
      .cannotOpen(path: "p", failure), .cannotRead(path: "p", failure),
      .notRecorded(path: "p", failure, written: 4, total: 5),
      .notRecorded(path: "p", failure, written: 2, total: 5),
      .notRecorded(path: "p", failure, written: 0, total: 5),
      .notDurable(path: "p", failure), .invalidEvent("x"),
      .wouldNotReadBack(path: "p", "x"), .damagedTail(path: "p", "x"),
      .timeOutOfRange(path: "p", what: "T", Timestamp(milliseconds: 0, utcOffset: 0)),
    ]
    for error in errors {
      let german = error.message(Language.german.errors)
      #expect(german != error.description)
      // The system's own reason ("No space left on device") is the system's English.
      let own = german.replacingOccurrences(of: failure.description, with: "")
        .replacingOccurrences(of: failure.call, with: "")
      #expect(Self.english(in: own).isEmpty, "\(german)")
    }
  }

  /// A refusal raised once the playbook chose German speaks German, whatever the locale
  /// said before.
  @Test func theLanguageOfThePlaybookWinsOverTheEarlyOne() {
    let error = ErrorInLanguage(CommandFailure.input("X ist schon beendet"), language: .german)
    #expect(ExitReport(error, language: .english).text == "crisis: Fehler: X ist schon beendet\n")
  }

  /// Compilers speak English; so do the diagnostics of playbook authors in a German run.
  @Test func playbookDiagnosticsStayEnglish() {
    let located = Diagnostic(.error, file: "p.yml", at: SourcePosition(line: 1, column: 1), "x")
    #expect(ExitReport(located, language: .german).text == "p.yml:1:1: error: x\n")
    let invalid = InvalidPlaybook(path: "p.yml", diagnostics: [located])
    #expect(
      ExitReport(invalid, language: .german).text
        == "p.yml:1:1: error: x\ncrisis: error: p.yml has errors; fix them (crisis lint p.yml) first\n"
    )
  }

  @Test func theVerdictIsGerman() {
    var report = ChainReport()
    report.eventCount = 12
    report.firstTimestamp = CatalogueSample.sampleTime
    report.lastTimestamp = CatalogueSample.sampleTime
    report.tornLastLine = 13
    let verdict = report.verdict(path: "i/a.jsonl", words: Language.german.errors)
    #expect(verdict.intact)
    #expect(verdict.lines[0].hasPrefix("intakt: 12 Ereignisse, erstes 2026-11-21T17:03:12"))
    #expect(
      verdict.lines[0].hasSuffix(
        "; abgerissene letzte Zeile 13 übergangen (Absturz beim Schreiben)"))
    #expect(verdict.lines[1].hasPrefix("Kopf: "))
    report.problem = Diagnostic(
      .error, file: "i/a.jsonl", at: SourcePosition(line: 4, column: 1), "x")
    let broken = report.verdict(path: "i/a.jsonl", words: Language.german.errors)
    #expect(
      broken.lines == [
        "NICHT intakt: i/a.jsonl ist in Zeile 4 gebrochen (12 Ereignisse davor sind in Ordnung)"
      ])
    #expect(
      ChainReport().verdict(path: "e", words: Language.german.errors).lines == [
        "NICHT intakt: e enthält keine Ereignisse"
      ])
    for line in verdict.lines + broken.lines { #expect(Self.english(in: line).isEmpty, "\(line)") }
  }

  @Test func theTeamVerdictIsGerman() {
    let words = Language.german.errors
    let problems: [TeamVerification.Problem] = [
      .wrongDevice(place: "f/a.jsonl:3", names: nil, chain: "a"),
      .noStart(folder: "f"), .severalStarts(folder: "f", places: ["f/a.jsonl:1", "f/b.jsonl:1"]),
      .severalIncidents(folder: "f", ids: ["x", "y"]),
      .linkToNothing(place: "f/a.jsonl:9", message: 4, device: "b"),
    ]
    for problem in problems {
      let line = words.teamErrorPrefix + problem.message(words)
      #expect(line.hasPrefix("Fehler: f"))
      #expect(line != problem.message(Language.english.errors))
      #expect(Self.english(in: line).isEmpty, "\(line)")
    }
    #expect(words.teamIntact(chains: 3) == "intakt: 3 Kette(n), verknüpft zu einem Vorfall")
  }

  @Test func helpShowsTheGermanDiscussion() {
    let spec = CommandSpec(
      "verify", synopsis: "LOG|ID", summary: "check", discussion: "Each line carries …")
    let text = spec.helpText(language: .german)
    #expect(text.contains("Jede Zeile trägt den SHA-256 der Zeile davor"), "\(text)")
    #expect(!text.contains("Each line carries"))
    #expect(spec.helpText(language: .english).contains("Each line carries …"))
  }

  /// Every German discussion: no English word of the program, nor English's commonest words.
  @Test(arguments: CatalogueSample.discussedCommands)
  func aDiscussionIsGerman(command: String) {
    // Option names (`--from-log`) and log fields (`merged_from`) are typed, not read.
    let text = Language.german.command.discussion(command, english: "the")
      .split(whereSeparator: \.isWhitespace)
      .filter { word in
        !word.contains("_") && !word.drop(while: { "(`".contains($0) }).hasPrefix("-")
      }
      .joined(separator: " ")
    let common: Set<String> = [
      "the", "and", "with", "when", "that", "this", "from", "not", "every", "each", "its",
      "are", "you", "your", "what", "which", "then", "there", "only", "one",
    ]
    let english = Self.words(in: text).filter {
      Self.englishOnly.contains($0) || common.contains($0)
    }
    #expect(english.isEmpty, "\(command): \(english)")
  }

  @Test func teamInitSpeaksGerman() throws {
    struct Git: GitRunner {
      func git(_ arguments: [String], in directory: String) -> GitOutcome {
        GitOutcome(status: 1, error: "fatal: repository not found")
      }
    }
    let words = Language.german.command
    let setup = TeamSetup(url: "u.git", directory: "/nonexistent/t", git: Git(), words: words)
    #expect(throws: TeamFailure("u.git lässt sich nicht klonen: fatal: repository not found")) {
      try setup.run()
    }
    let lines =
      [
        words.cloneOf("t", url: "u"), words.remoteWasEmpty, words.writesAsDevice("d"),
        words.alreadyTeamDirectory("t"), words.notEmptyForTeam("t"), words.notTeamDirectory("t"),
      ] + words.sharedWith("u", directory: "t")
    for line in lines { #expect(Self.english(in: line).isEmpty, "\(line)") }
  }
}
