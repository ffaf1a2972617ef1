import Foundation
import Testing

@testable import CrisisKit

/// The second floor's format additions: `clocks:`, `type: time`, `deputy:`, `approve:`.
enum Breach {
  /// A small playbook that uses every addition and lints clean.
  static let text = """
    playbook: breach
    title: Breach
    variables:
      aware_at: { prompt: "When did we become aware?", type: time, default: -0m }
      product: { prompt: "Which product?", default: our shop }
    roles:
      lead: { title: Incident lead, deputy: dpo }
      dpo: { title: Data protection officer }
      legal: { title: Legal counsel }
    channels:
      x: { title: X, audience: public, limit: 280, approve: lead }
      authority: { title: Authority, audience: customers }
    templates:
      first: { channel: x, text: "{{product}} is down since {{aware_at}}. Next update {{next_update}}." }
      notice: { channel: authority, text: "Notice about {{product}}.", approve: legal }
    clocks:
      gdpr-72h:
        title: Notify the authority within 72 hours
        within: 72h
        from: aware_at
        role: dpo
        done_by: notify
    steps:
      - id: tell
        title: Tell the public
        role: lead
        due: 10m
        every: 30m
        send: [first]
      - id: notify
        title: Notify the authority
        role: dpo
        due: 72h
        send: [notice]

    """

  static func load(_ text: String = text) -> PlaybookLoader.Result {
    PlaybookLoader.load(bytes: Array(text.utf8), file: "p.yml")
  }

  /// `text` with `old` replaced by `new` (which must occur exactly once).
  static func with(_ old: String, _ new: String) -> String {
    precondition(text.components(separatedBy: old).count == 2, "'\(old)' must occur once")
    return text.replacingOccurrences(of: old, with: new)
  }
}

@Suite struct PlaybookAdditionsDecoderTests {
  @Test func everyAdditionIsRead() throws {
    let result = Breach.load()
    #expect(result.diagnostics.map(\.description) == [])
    let playbook = try #require(result.playbook)
    #expect(playbook.variables.map(\.type) == [.time, .text])
    #expect(playbook.variables[0].defaultValue == "-0m")
    #expect(playbook.roles.map { $0.deputy?.id } == ["dpo", nil, nil])
    #expect(playbook.roles[0].deputy?.position.description == "7:41")
    #expect(playbook.channels.map { $0.approve?.id } == ["lead", nil])
    #expect(playbook.channels[0].approve?.position.description == "11:57")
    #expect(playbook.templates.map { $0.approve?.id } == [nil, "legal"])
    #expect(playbook.templates[1].approve?.position.description == "15:77")
    let clock = try #require(playbook.clocks.first)
    #expect(playbook.clocks.count == 1)
    #expect(clock.id == "gdpr-72h")
    #expect(clock.title == "Notify the authority within 72 hours")
    #expect(clock.within == .seconds(72 * 3600))
    #expect(clock.from?.id == "aware_at")
    #expect(clock.from?.position.description == "20:11")
    #expect(clock.role?.id == "dpo")
    #expect(clock.doneBy.id == "notify")
    #expect(clock.doneBy.position.description == "22:14")
    #expect(clock.position.description == "17:3")
  }

  /// The effective approver: the template's own, else its channel's.
  @Test func approvalComesFromTheTemplateElseItsChannel() throws {
    let playbook = try #require(Breach.load().playbook)
    let ids = playbook.templates.map { playbook.approval(of: $0)?.id }
    #expect(ids == ["lead", "legal"])
  }

  /// `from: start` and no `from` both count from T0; a shorthand variable is text.
  @Test func fromStartIsTheDefault() throws {
    for text in [
      Breach.with("    from: aware_at\n", ""), Breach.with("from: aware_at", "from: start"),
    ] {
      let result = Breach.load(text)
      let playbook = try #require(result.playbook)
      #expect(playbook.clocks.first?.from == nil)
      #expect(result.diagnostics.map(\.description) == [])
    }
    let shorthand = try #require(
      Breach.load(
        Breach.with(
          "product: { prompt: \"Which product?\", default: our shop }", "product: our shop")
      )
      .playbook)
    #expect(shorthand.variables[1].type == .text)
  }

  /// Unknown keys in the new places keep their "did you mean", and the new keys are offered.
  @Test(arguments: [
    (
      "done_by: notify", "doneby: notify",
      "p.yml:22:5: error: unknown key 'doneby' in clock 'gdpr-72h'; did you mean 'done_by'?"
    ),
    (
      "limit: 280, approve: lead", "limit: 280, aprove: lead",
      "p.yml:11:48: error: unknown key 'aprove' in channel 'x'; did you mean 'approve'?"
    ),
    (
      "approve: legal", "approv: legal",
      "p.yml:15:68: error: unknown key 'approv' in template 'notice'; did you mean 'approve'?"
    ),
    (
      "deputy: dpo", "deputi: dpo",
      "p.yml:7:33: error: unknown key 'deputi' in role 'lead'; did you mean 'deputy'?"
    ),
    (
      "type: time", "tpye: time",
      "p.yml:4:52: error: unknown key 'tpye' in variable 'aware_at'; did you mean 'type'?"
    ),
    (
      "clocks:", "clock:",
      "p.yml:16:1: error: unknown key 'clock' in the playbook; did you mean 'clocks'?"
    ),
  ])
  func unknownKeysSuggest(old: String, new: String, expected: String) {
    let all = Breach.load(Breach.with(old, new)).diagnostics.map(\.description)
    #expect(all.contains(expected), "\(all)")
    #expect(all.allSatisfy { !$0.contains(": warning: ") || $0.contains("owns no step") })
  }

  @Test func clockShapeErrors() {
    let missing = Breach.load(Breach.with("    title: Notify the authority within 72 hours\n", ""))
    #expect(
      missing.diagnostics.map(\.description) == [
        "p.yml:18:5: error: clock 'gdpr-72h' is missing `title`"
      ])
    #expect(missing.diagnostics.map(\.kind) == [.missingKey])
    let duration = Breach.load(Breach.with("within: 72h", "within: 3 days"))
    #expect(
      duration.diagnostics.map(\.description) == [
        "p.yml:19:13: error: `within`: '3 days' is not a duration; write e.g. 90s, 15m, 1h30m"
      ])
    let list = Breach.load(Breach.with("within: 72h", "within: [72h]"))
    #expect(list.diagnostics.map(\.kind) == [.wrongShape])
    let notMapping = Breach.load(
      Breach.text.replacingOccurrences(
        of:
          "clocks:\n  gdpr-72h:\n    title: Notify the authority within 72 hours\n    within: 72h\n    from: aware_at\n    role: dpo\n    done_by: notify\n",
        with: "clocks: [gdpr]\n"))
    #expect(
      notMapping.diagnostics.map(\.description) == [
        "p.yml:16:9: error: `clocks` must be a mapping of id: { … }"
      ])
  }

  @Test func unknownVariableType() {
    let result = Breach.load(Breach.with("type: time", "type: date"))
    let errors = result.diagnostics.filter { $0.kind == .invalidValue }
    #expect(
      errors.map(\.description) == [
        "p.yml:4:58: error: unknown variable type 'date'; use text or time (a time is written 16:52, -20m or 2026-11-21T16:52:00+01:00)"
      ])
  }

  /// A time variable's default is read like an answer; the error points at the default.
  @Test(arguments: [
    ("soon", "is not a time"),
    ("25:00", "is not a time"),
    ("1960-01-01T00:00:00Z", "is before 1970-01-01"),
  ])
  func timeDefaultMustBeATime(value: String, problem: String) {
    let result = Breach.load(Breach.with("default: -0m", "default: \"\(value)\""))
    #expect(
      result.diagnostics.map(\.description) == [
        "p.yml:4:73: error: the default '\(value)' of time variable 'aware_at' \(problem); write 16:52 (today, or yesterday when that is still ahead), -20m (20 minutes ago) or 2026-11-21T16:52:00+01:00 (-0m: when the incident starts), or leave the default out"
      ])
    #expect(result.diagnostics.map(\.kind) == [.invalidTime])
  }

  @Test(arguments: ["16:52", "-2h", "2026-11-21T16:52:00+01:00", "2099-01-01T00:00:00Z"])
  func timeDefaultsThatAreTimes(value: String) {
    #expect(Breach.load(Breach.with("default: -0m", "default: \"\(value)\"")).diagnostics == [])
  }

  /// A text variable's default is any text, also one that looks like no time.
  @Test func textDefaultIsNotRead() {
    let text = Breach.with(", type: time, default: -0m", ", default: soon")
      .replacingOccurrences(of: "    from: aware_at\n", with: "")
    #expect(Breach.load(text).diagnostics == [])
  }
}

@Suite struct PlaybookAdditionsLinterTests {
  /// One mistake each: the exact line, kind and message (with its fix).
  @Test(arguments: [
    (
      "from: aware_at", "from: awareat", Diagnostic.Kind.unknownReference,
      "p.yml:20:11: error: `from` of clock 'gdpr-72h' refers to variable 'awareat', which the playbook does not define; did you mean 'aware_at'?"
    ),
    (
      "from: aware_at", "from: zzz", .unknownReference,
      "p.yml:20:11: error: `from` of clock 'gdpr-72h' refers to variable 'zzz', which the playbook does not define (known: aware_at, product, start)"
    ),
    (
      "from: aware_at", "from: product", .notATimeVariable,
      "p.yml:20:11: error: clock 'gdpr-72h' counts from variable 'product', which is not a time; add `type: time` to the variable, or write `from: start` to count from the incident's start"
    ),
    (
      "done_by: notify", "done_by: notfy", .unknownReference,
      "p.yml:22:14: error: `done_by` of clock 'gdpr-72h' names 'notfy', which is neither a step nor a template; did you mean 'notify'?"
    ),
    (
      "done_by: notify", "done_by: zzz", .unknownReference,
      "p.yml:22:14: error: `done_by` of clock 'gdpr-72h' names 'zzz', which is neither a step nor a template (steps: tell, notify; templates: first, notice)"
    ),
    (
      "    role: dpo\n    done_by", "    role: dop\n    done_by", .unknownReference,
      "p.yml:21:11: error: `role` of clock 'gdpr-72h' refers to role 'dop', which the playbook does not define; did you mean 'dpo'?"
    ),
    (
      "approve: lead", "approve: laed", .unknownReference,
      "p.yml:11:57: error: `approve` of channel 'x' refers to role 'laed', which the playbook does not define; did you mean 'lead'?"
    ),
    (
      "approve: legal", "approve: lawyer", .unknownReference,
      "p.yml:15:77: error: `approve` of template 'notice' refers to role 'lawyer', which the playbook does not define (known: lead, dpo, legal)"
    ),
    (
      "deputy: dpo", "deputy: lead", .selfReference,
      "p.yml:7:41: error: role 'lead' is its own deputy; name the role that stands in for it"
    ),
    (
      "deputy: dpo", "deputy: boss", .unknownReference,
      "p.yml:7:41: error: `deputy` of role 'lead' refers to role 'boss', which the playbook does not define (known: lead, dpo, legal)"
    ),
    (
      "gdpr-72h:", "GDPR_72h:", .invalidID,
      "p.yml:17:3: error: clock id 'GDPR_72h' may only use lowercase letters, digits and dashes (e.g. notify-authority)"
    ),
    (
      "within: 72h", "within: 0s", .invalidValue,
      "p.yml:17:3: error: clock 'gdpr-72h': `within` must be longer than 0s, e.g. within: 72h"
    ),
  ])
  func oneMistake(old: String, new: String, kind: Diagnostic.Kind, expected: String) {
    let found = Breach.load(Breach.with(old, new)).diagnostics.filter { $0.severity == .error }
    #expect(found.map(\.description) == [expected])
    #expect(found.map(\.kind) == [kind])
  }

  /// The second place of a problem comes as a note.
  @Test func notesPointAtTheDefinition() {
    func notes(_ old: String, _ new: String) -> [String] {
      Breach.load(Breach.with(old, new)).diagnostics.flatMap(\.notes).map {
        "\($0.position): \($0.message)"
      }
    }
    #expect(notes("from: aware_at", "from: product") == ["5:3: variable 'product' is defined here"])
    #expect(notes("done_by: notify", "done_by: notfy") == ["30:9: step 'notify' is defined here"])
    #expect(
      notes("done_by: notify", "done_by: notic") == ["15:3: template 'notice' is defined here"])
    #expect(notes("approve: lead", "approve: laed") == ["7:3: role 'lead' is defined here"])
  }

  /// A template may meet a clock as well as a step.
  @Test func doneByATemplate() {
    #expect(Breach.load(Breach.with("done_by: notify", "done_by: notice")).diagnostics == [])
  }

  /// YAML keys are unique in a file; a playbook built in code may still repeat a clock id.
  @Test func duplicateClockIDs() throws {
    var playbook = try #require(Breach.load().playbook)
    var again = try #require(playbook.clocks.first)
    again.position = SourcePosition(line: 40, column: 3)
    playbook.clocks.append(again)
    let found = PlaybookLinter.check(playbook).filter { $0.kind == .duplicateID }
    #expect(
      found.map(\.description) == [
        "p.yml:40:3: error: duplicate clock id 'gdpr-72h' (first defined at 17:3)"
      ])
    #expect(found.flatMap(\.notes).map(\.position.description) == ["17:3"])
  }

  /// A role that only approves, owns a clock or stands in is used; a variable that only a
  /// clock counts from is used.
  @Test func rolesAndVariablesUsedByTheAdditionsAreNotUnused() {
    let onlyApproves = Breach.with("approve: legal", "approve: dpo")
    #expect(
      Breach.load(onlyApproves).diagnostics.map(\.description) == [
        "p.yml:9:3: warning: role 'legal' owns no step; remove it or give it a step"
      ])
    let onlyClock = Breach.with("is down since {{aware_at}}.", "is down.")
    #expect(Breach.load(onlyClock).diagnostics == [])
    let onlyDeputy = Breach.with("approve: legal", "approve: dpo")
      .replacingOccurrences(of: "deputy: dpo", with: "deputy: legal")
    #expect(Breach.load(onlyDeputy).diagnostics == [])
    let unusedTime = Breach.with("is down since {{aware_at}}.", "is down.")
      .replacingOccurrences(of: "    from: aware_at\n", with: "")
    #expect(
      Breach.load(unusedTime).diagnostics.map(\.description) == [
        "p.yml:4:3: warning: variable 'aware_at' is not used by any template"
      ])
  }

  /// A channel's limit is checked with a time variable as long as it will be (RFC 3339), not
  /// with its default.
  @Test func limitCountsATimeVariableAsStored() {
    let text = Breach.with("limit: 280", "limit: 70")
    let over = Breach.load(text).diagnostics.filter { $0.kind == .overLimit }
    #expect(
      over.map(\.description) == [
        "p.yml:14:30: error: template 'first' is 72 characters with the default values; X allows 70"
      ])
  }
}

/// A `type: time` variable's answer, at the start and with `--var`.
@Suite struct TimeVariableTests {
  static let now = incidentStart  // 2026-11-21T17:03:12.345+01:00

  static func variable(_ type: VariableType) -> Variable {
    Variable(id: "aware_at", prompt: "When?", defaultValue: nil, type: type, position: .start)
  }

  @Test(arguments: [
    ("16:52", "2026-11-21T16:52:00.000+01:00"),
    ("17:30", "2026-11-20T17:30:00.000+01:00"),
    ("-20m", "2026-11-21T16:43:12.345+01:00"),
    (" -0m ", "2026-11-21T17:03:12.345+01:00"),
    ("2026-11-21T15:00:00Z", "2026-11-21T15:00:00.000Z"),
    ("2026-11-19T09:30:00.5+02:00", "2026-11-19T09:30:00.500+02:00"),
  ])
  func timesAreStoredAsRFC3339(text: String, stored: String) throws {
    #expect(try Self.variable(.time).value(from: text, now: Self.now).get() == stored)
  }

  @Test func textIsKeptAsWritten() throws {
    #expect(try Self.variable(.text).value(from: " tomorrow ", now: Self.now).get() == " tomorrow ")
  }

  @Test(arguments: [
    (
      "tomorrow", PastTime.Failure.malformed("tomorrow"),
      "'tomorrow' is not a time for aware_at; write 16:52 (today, or yesterday when that is still ahead), -20m (20 minutes ago) or 2026-11-21T16:52:00+01:00"
    ),
    (
      "2026-11-22T00:00:00+01:00", .future("2026-11-22T00:00:00+01:00", now: incidentStart),
      "'2026-11-22T00:00:00+01:00' is in the future for aware_at (now is 17:03); give when it happened: 16:52 (today, or yesterday when that is still ahead), -20m (20 minutes ago) or 2026-11-21T16:52:00+01:00"
    ),
    (
      "1969-12-31T23:59:59Z", .tooEarly("1969-12-31T23:59:59Z"),
      "'1969-12-31T23:59:59Z' is before 1970-01-01 for aware_at; write 16:52 (today, or yesterday when that is still ahead), -20m (20 minutes ago) or 2026-11-21T16:52:00+01:00"
    ),
  ])
  func refusalsSayWhyAndHow(text: String, failure: PastTime.Failure, explanation: String) {
    let variable = Self.variable(.time)
    let result = variable.value(from: text, now: Self.now)
    #expect(result == .failure(failure))
    #expect(variable.explanation(of: failure) == explanation)
  }

  @Test func givenTimeVariablesAreStoredAsRFC3339() throws {
    let playbook = try #require(Breach.load().playbook)
    let given = try IncidentOpening.givenVariables(
      ["aware_at=-20m", "product=-20m"], playbook: playbook, now: Self.now)
    #expect(given == ["aware_at": "2026-11-21T16:43:12.345+01:00", "product": "-20m"])
  }

  @Test func aGivenTimeThatIsNoneIsAUsageError() throws {
    let playbook = try #require(Breach.load().playbook)
    #expect(
      throws: UsageError(
        "--var: 'yesterday' is not a time for aware_at; write 16:52 (today, or yesterday when that is still ahead), -20m (20 minutes ago) or 2026-11-21T16:52:00+01:00"
      )
    ) {
      try IncidentOpening.givenVariables(["aware_at=yesterday"], playbook: playbook, now: Self.now)
    }
  }

  /// A bad answer is asked again with the reason; Enter takes the default, read as a time
  /// when it is given (the clock moved while the operator thought).
  @Test func questionsAskAgainUntilTheAnswerIsATime() throws {
    let playbook = try #require(Breach.load().playbook)
    let clock = ManualClock(Self.now)
    let terminal = MemoryTerminal([
      .line("yesterday"), .action { clock.advance(seconds: 60) }, .line(""), .line(""),
    ])
    let values = VariableQuestions.ask(playbook, given: [:], terminal: terminal, clock: clock)
    #expect(values?.map(\.0) == ["aware_at", "product"])
    #expect(values?.map(\.1) == ["2026-11-21T17:04:12.345+01:00", "our shop"])
    #expect(
      terminal.prompts == [
        "When did we become aware? [-0m] ", "When did we become aware? [-0m] ",
        "Which product? [our shop] ",
      ])
    #expect(
      terminal.output.contains(
        "yesterday\n'yesterday' is not a time for aware_at; write 16:52 (today, or yesterday when that is still ahead), -20m (20 minutes ago) or 2026-11-21T16:52:00+01:00\n"
      ))
  }

  /// A time variable without a default needs an answer; an end of input still cancels.
  @Test func aTimeWithoutDefaultNeedsAnAnswer() throws {
    let playbook = try #require(Breach.load(Breach.with(", default: -0m", "")).playbook)
    let terminal = MemoryTerminal([.line("  "), .line("16:52"), .endOfInput])
    let values = VariableQuestions.ask(
      playbook, given: ["product": "the app"], terminal: terminal, clock: FixedClock(Self.now))
    #expect(values?.map(\.1) == ["2026-11-21T16:52:00.000+01:00", "the app"])
    #expect(
      terminal.output.contains(
        "aware_at needs a time: 16:52 (today, or yesterday when that is still ahead), -20m (20 minutes ago) or 2026-11-21T16:52:00+01:00\n"
      ))
    let cancelled = MemoryTerminal([.line("never"), .endOfInput])
    #expect(
      VariableQuestions.ask(playbook, given: [:], terminal: cancelled, clock: FixedClock(Self.now))
        == nil)
    #expect(
      cancelled.output.hasSuffix("Cancelled before the incident started; nothing was written.\n"))
  }
}

/// `crisis show` lists the clocks and marks approvals, deputies and time variables.
@Suite struct PlaybookOutlineAdditionsTests {
  @Test func textListsClocksAndApprovals() throws {
    let playbook = try #require(Breach.load().playbook)
    #expect(
      PlaybookOutline.text(playbook) == """
        Breach (breach), severity high

        Roles
          lead   Incident lead (deputy: Data protection officer)
          dpo    Data protection officer
          legal  Legal counsel

        Channels
          x          X          public, max 280 characters, approval: Incident lead
          authority  Authority  customers

        Variables (asked at start)
          aware_at  (a time) When did we become aware? [default: -0m]
          product   Which product? [default: our shop]

        Clocks
          gdpr-72h: Notify the authority within 72 hours
            72h from aware_at, owner: Data protection officer, met by step notify

        Steps
          1. Tell the public  [tell]
             owner: Incident lead, due T+10m, every 30m
             sends: first (X, approval: Incident lead)
          2. Notify the authority  [notify]
             owner: Data protection officer, due T+72h
             sends: notice (Authority, approval: Legal counsel)

        """)
  }

  @Test func aClockFromTheStartMetByATemplate() throws {
    let text = Breach.with("    from: aware_at\n", "").replacingOccurrences(
      of: "    role: dpo\n    done_by: notify", with: "    done_by: notice")
    let playbook = try #require(Breach.load(text).playbook)
    #expect(
      PlaybookOutline.text(playbook).contains(
        "Clocks\n  gdpr-72h: Notify the authority within 72 hours\n    72h from the start, met by template notice\n"
      ))
  }

  @Test func jsonHasClocksTemplatesAndTheNewFields() throws {
    let playbook = try #require(Breach.load().playbook)
    let json = PlaybookOutline.json(playbook)
    #expect(json["clocks"]?[0]?["id"]?.stringValue == "gdpr-72h")
    #expect(
      json["clocks"]
        == .array([
          .object([
            ("id", .string("gdpr-72h")), ("title", .string("Notify the authority within 72 hours")),
            ("within", .string("72h")), ("from", .string("aware_at")), ("role", .string("dpo")),
            ("done_by", .string("notify")),
          ])
        ]))
    #expect(
      json["templates"]
        == .array([
          .object([
            ("id", .string("first")), ("channel", .string("x")), ("approve", .string("lead")),
          ]),
          .object([
            ("id", .string("notice")), ("channel", .string("authority")),
            ("approve", .string("legal")),
          ]),
        ]))
    #expect(json["channels"]?[0]?["approve"]?.stringValue == "lead")
    #expect(json["channels"]?[1]?["approve"] == .null)
    #expect(json["roles"]?[0]?["deputy"]?.stringValue == "dpo")
    #expect(json["variables"]?[0]?["type"]?.stringValue == "time")
    #expect(json["variables"]?[1]?["type"]?.stringValue == "text")
    let fromStart = try #require(Breach.load(Breach.with("    from: aware_at\n", "")).playbook)
    #expect(PlaybookOutline.json(fromStart)["clocks"]?[0]?["from"]?.stringValue == "start")
  }
}

extension JSONValue {
  /// The `index`th item of an array, else nil (tests only).
  fileprivate subscript(index: Int) -> JSONValue? {
    guard case .array(let items) = self, items.indices.contains(index) else { return nil }
    return items[index]
  }
}
