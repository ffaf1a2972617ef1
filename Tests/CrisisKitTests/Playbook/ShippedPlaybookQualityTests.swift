import Foundation
import Testing

@testable import CrisisKit

/// The rules a crisis-communications professional holds a playbook to before signing it off
/// (issue 16; docs/playbook-format.md, "How to write a playbook a professional signs off"),
/// checked for every playbook in Playbooks/, including the ones added later. Each failure
/// names the playbook, the template, step or inject, and the rule it breaks.
@Suite struct ShippedPlaybookQualityTests {
  static let files = ShippedPlaybookTests.files

  /// The playbook at `path`, with a short name for messages (`de/datenpanne.yml`).
  static func load(_ path: String) throws -> (name: String, playbook: Playbook) {
    let name = path.split(separator: "/").suffix(path.contains("/de/") ? 2 : 1)
      .joined(separator: "/")
    let playbook = try #require(PlaybookLoader.load(path: path).playbook, "\(name) does not load")
    return (name, playbook)
  }

  static func audience(of template: Template, in playbook: Playbook) -> ChannelAudience? {
    playbook.channel(template.channel.id)?.audience
  }

  // MARK: - Internal first

  /// The earliest step with a `due` that sends a template on a channel of one of `audiences`.
  static func firstStep(
    sendingTo audiences: Set<ChannelAudience>, in playbook: Playbook
  ) -> (step: Step, template: String)? {
    var best: (step: Step, template: String)?
    for step in playbook.steps {
      guard let due = step.due else { continue }
      let template = step.send.first { ref in
        playbook.template(ref.id).flatMap { audience(of: $0, in: playbook) }
          .map(audiences.contains) ?? false
      }
      guard let template else { continue }
      if let current = best?.step.due, current <= due { continue }
      best = (step, template.id)
    }
    return best
  }

  /// Words that show an internal message reaches leadership, and the customer-facing staff
  /// (in a channel's title, a template's id or its text), in English and German.
  static let leadershipWords = [
    "leadership", "management", "managing director", "board", "ceo", "executive",
    "geschäftsführung", "geschäftsleitung", "führungskreis",
  ]
  static let staffWords = [
    "staff", "customer-facing", "employees", "everyone who", "all teams", "mitarbeitende",
    "beschäftigte", "kundenkontakt", "belegschaft",
  ]

  /// Rule 2: leadership and the customer-facing staff hear it from us before the public does:
  /// messages on `audience: internal` channels, in steps due no later than the first public or
  /// customer statement, that reach both. What breaks the rule, one line per problem.
  static func internalFirstProblems(_ playbook: Playbook, name: String) -> [String] {
    guard let outside = firstStep(sendingTo: [.public, .customers], in: playbook),
      let deadline = outside.step.due
    else { return ["\(name): no step with a `due` sends a public or customer message"] }
    let first =
      "the first public or customer statement (step '\(outside.step.id)', template "
      + "'\(outside.template)', T+\(deadline.compact))"
    let values = PlaybookLinter.sampleValues(for: playbook)
    var reached: [String] = []
    for step in playbook.steps {
      guard let due = step.due, due <= deadline else { continue }
      for ref in step.send {
        guard let template = playbook.template(ref.id),
          let channel = playbook.channel(template.channel.id), channel.audience == .internal
        else { continue }
        reached.append(
          [channel.title, template.id, TemplateText.render(template.text, values: values)]
            .joined(separator: " ").lowercased())
      }
    }
    if reached.isEmpty {
      return [
        "\(name): rule \"internal first\": no message on an `audience: internal` channel is due "
          + "by \(first)"
      ]
    }
    return [(leadershipWords, "leadership"), (staffWords, "staff")].compactMap { words, whom in
      reached.contains { text in words.contains { text.contains($0) } }
        ? nil
        : "\(name): rule \"internal first\": no internal message due by \(first) reaches \(whom) "
          + "(its channel title, template id or text names none of: "
          + "\(words.joined(separator: ", ")))"
    }
  }

  @Test(arguments: files)
  func internalHeadsUpIsDueNoLaterThanTheFirstStatement(path: String) throws {
    let (name, playbook) = try Self.load(path)
    for problem in Self.internalFirstProblems(playbook, name: name) { Issue.record("\(problem)") }
  }

  /// A small playbook for the checks' own tests: a team kickoff at `kickoff`, a public post
  /// at `post`, and `extra` appended to the internal message.
  static func small(kickoff: String, post: String, extra: String = "") throws -> Playbook {
    let text = """
      playbook: small
      title: Small
      roles:
        lead: { title: Incident lead }
      channels:
        x: { title: X, audience: public, limit: 280 }
        team: { title: Incident channel, audience: internal }
      templates:
        kickoff: { channel: team, text: "Incident open. \(extra)" }
        post: { channel: x, text: "We are on it. Next update {{next_update}}." }
      steps:
        - { id: start, title: Open it, role: lead, due: \(kickoff), send: [kickoff] }
        - { id: tell, title: Tell the public, role: lead, due: \(post), every: 30m, send: [post] }

      """
    return try #require(PlaybookLoader.load(bytes: Array(text.utf8), file: "small.yml").playbook)
  }

  @Test func internalFirstNamesWhatIsMissing() throws {
    let late = Self.internalFirstProblems(try Self.small(kickoff: "20m", post: "15m"), name: "s")
    #expect(
      late == [
        "s: rule \"internal first\": no message on an `audience: internal` channel is due by the "
          + "first public or customer statement (step 'tell', template 'post', T+15m)"
      ])
    let teamOnly = Self.internalFirstProblems(try Self.small(kickoff: "5m", post: "15m"), name: "s")
    #expect(teamOnly.count == 2)
    #expect(teamOnly.first?.contains("reaches leadership") == true)
    #expect(teamOnly.last?.contains("reaches staff") == true)
    let both = try Self.small(
      kickoff: "5m", post: "15m", extra: "Tell the managing director and all customer-facing staff."
    )
    #expect(Self.internalFirstProblems(both, name: "s") == [])
  }

  // MARK: - The next update

  /// Words in a template id that mark the last message of an incident, which promises no
  /// further update (English as the guide says; German for the German playbooks).
  static let finalWords = [
    "resolved", "closing", "final", "all-clear", "abschluss", "behoben", "entwarnung",
  ]

  static func isFinal(_ template: Template) -> Bool {
    let id = template.id.lowercased()
    return finalWords.contains { id.contains($0) }
  }

  /// Rule 3: every public statement says when the next one comes, unless it is the last.
  @Test(arguments: files)
  func publicStatementsPromiseTheNextUpdate(path: String) throws {
    let (name, playbook) = try Self.load(path)
    for template in playbook.templates
    where Self.audience(of: template, in: playbook) == .public && !Self.isFinal(template) {
      let names = TemplateText.placeholderNames(in: template.text)
      #expect(
        names.contains("next_update"),
        """
        \(name): template '\(template.id)' (public channel '\(template.channel.id)') breaks \
        rule "every public statement promises the next update": add {{next_update}}, or, if it \
        is the last message, put resolved, closing or final in its id and say it is the last update
        """)
    }
  }

  @Test func finalTemplatesAreRecognisedByTheirID() {
    let template = { (id: String) in
      Template(
        id: id, channel: Reference("x", at: .start), text: "", position: .start,
        textPosition: .start)
    }
    #expect(Self.isFinal(template("status-resolved")))
    #expect(Self.isFinal(template("website-abschluss")))
    #expect(!Self.isFinal(template("status-update")))
  }

  // MARK: - No promise the team cannot keep

  /// Phrases that state as fact what only IT or finance can confirm (rule 4): orders safe or
  /// delivered, no charge without a confirmation, nobody charged twice, automatic refunds,
  /// saved carts, a kept queue place, "immediate steps" before containment. Such facts belong
  /// in a variable with `set_by:` whose default is the safe wording. Matched in lower case.
  static let unkeepablePromises = [
    // English
    "are safe", "is safe", "remain safe", "will be delivered", "no charge", "not be charged",
    "charged twice", "won't pay twice", "will not pay twice", "refunded automatically",
    "automatically refunded", "refund the amount automatically", "automatic refund",
    "cart is saved", "carts are saved", "cart stays saved", "carts stay saved",
    "cart is still saved", "your place", "keep your place", "immediate steps",
    "will inform them directly",
    // German
    "sind sicher", "ist sicher", "bleiben sicher", "bestellung sicher", "wird geliefert",
    "werden geliefert", "wie gewohnt geliefert", "keine abbuchung", "nicht belastet",
    "doppelt belastet", "doppelt abgebucht",
    "automatisch erstattet", "automatisch zurück", "warenkorb bleibt", "warenkorb ist gespeichert",
    "platz in der warteschlange", "ihren platz", "sofort maßnahmen",
  ]

  /// The phrases of `unkeepablePromises` that `text` contains.
  static func promises(in text: String) -> [String] {
    let lower = text.lowercased()
    return unkeepablePromises.filter { lower.contains($0) }
  }

  @Test(arguments: files)
  func noTemplatePromisesWhatTheTeamCannotKeep(path: String) throws {
    let (name, playbook) = try Self.load(path)
    let values = PlaybookLinter.sampleValues(for: playbook)
    for template in playbook.templates {
      let found = Self.promises(in: TemplateText.render(template.text, values: values))
      #expect(
        found.isEmpty,
        """
        \(name): template '\(template.id)', rendered with the defaults, breaks rule "no promise \
        the team cannot keep": it says \(found.map { "'\($0)'" }.joined(separator: ", ")); take \
        such a fact from a variable with `set_by: it` (or finance) whose default is the safe wording
        """)
    }
  }

  /// The old texts (before issue 16) made these promises; the check finds each of them.
  @Test(arguments: [
    "Orders that were confirmed by email before the outage are safe and will be delivered as usual.",
    "No confirmation means no order and no charge.",
    "we will check it and make sure you are not charged twice.",
    "It will either be refunded automatically or we will contact you.",
    "Everything works again, and your cart is still saved.",
    "Please keep this page open and don't refresh: your place is saved.",
    "We have taken immediate steps to secure our systems.",
    "sind sicher und werden wie gewohnt geliefert.",
    "ist Ihre Bestellung sicher und wird wie gewohnt geliefert.",
    "Ohne Bestellbestätigung gibt es keine Bestellung und keine Abbuchung.",
    "Wir haben sofort Maßnahmen ergriffen, um unsere Systeme zu sichern.",
  ])
  func oldPromisesAreFound(text: String) {
    #expect(!Self.promises(in: text).isEmpty, "\(text)")
  }

  @Test func safeWordingPasses() {
    #expect(
      Self.promises(
        in: """
          We are checking whether orders placed during the outage are affected and will tell you \
          in our next update. Please do not pay a second time.
          Wir prüfen, ob Bestellungen aus der Zeit der Störung betroffen sind, und sagen es \
          Ihnen im nächsten Update.
          """
      ).isEmpty)
  }

  // MARK: - Drills

  /// Rule 9: a drill inject says what the players are expected to do about it.
  @Test(arguments: files)
  func everyInjectExpectsAnAction(path: String) throws {
    let (name, playbook) = try Self.load(path)
    for inject in playbook.injects {
      #expect(
        !inject.expect.isEmpty,
        """
        \(name): inject at T+\(inject.at.compact) '\(inject.title)' breaks rule "every inject \
        declares the expected action": add `expect: [STEP, TEMPLATE or CHANNEL]`
        """)
    }
  }

  // MARK: - The breach clocks

  /// Whether the playbook is about a personal-data breach: a clock counts from a time
  /// variable (when we became aware), or it is one of the two breach playbooks.
  static func isBreach(_ playbook: Playbook) -> Bool {
    ["data-breach", "datenpanne"].contains(playbook.id)
      || playbook.clocks.contains { clock in
        clock.from.flatMap { playbook.variable($0.id) }?.type == .time
      }
  }

  /// A template that notifies the people affected (GDPR Art. 34): on a public or customer
  /// channel, with "affected" (or "betroffen") in its id or in its channel's id or title.
  static func isNoticeToPeople(_ template: Template, in playbook: Playbook) -> Bool {
    guard let channel = playbook.channel(template.channel.id), channel.audience != .internal
    else { return false }
    let words = [template.id, channel.id, channel.title].map { $0.lowercased() }
    return words.contains { $0.contains("affected") || $0.contains("betroffen") }
  }

  /// Rule 11 (Art. 34): the people affected are told without undue delay, as soon as the
  /// protective advice is clear, not at the authority's 72-hour mark. What breaks the rule.
  static func breachNoticeProblems(_ playbook: Playbook, name: String) -> [String] {
    guard isBreach(playbook) else { return [] }
    let limit = Duration.seconds(72 * 3600)
    let noticeSteps = playbook.steps.filter { step in
      step.send.contains { ref in
        playbook.template(ref.id).map { isNoticeToPeople($0, in: playbook) } ?? false
      }
    }
    var problems: [String] = []
    if noticeSteps.isEmpty, ["data-breach", "datenpanne"].contains(playbook.id) {
      problems.append(
        "\(name): rule \"Art. 34\": no step sends the notice to the people affected (a template "
          + "on a channel titled \"… people affected\" / \"… Betroffene\")")
    }
    for step in noticeSteps where !(step.due.map { $0 < limit } ?? false) {
      problems.append(
        "\(name): step '\(step.id)' sends the notice to the people affected and is due at "
          + "\(step.due.map { "T+" + $0.compact } ?? "no time"); rule \"Art. 34\" wants it "
          + "without undue delay: give it a `due` well before 72h (within about 24h for "
          + "passwords, payment, ID or health data)")
    }
    return problems
  }

  @Test(arguments: files)
  func breachNoticeToPeopleIsDueBefore72Hours(path: String) throws {
    let (name, playbook) = try Self.load(path)
    for problem in Self.breachNoticeProblems(playbook, name: name) { Issue.record("\(problem)") }
  }

  /// A notice at the authority's 72 hours is found; at 24 hours it passes; a playbook with
  /// no clock from a time variable is no breach playbook.
  @Test func aLateNoticeToPeopleIsFound() throws {
    let text = { (due: String) in
      """
      playbook: leak
      title: Leak
      variables:
        aware_at: { type: time, prompt: "When?", default: -0m }
      roles:
        dpo: { title: Data protection officer }
      channels:
        email: { title: Notice to the people affected, audience: customers }
      templates:
        notice: { channel: email, text: "Your data ({{aware_at}})." }
      clocks:
        notify-72h: { title: Notify, within: 72h, from: aware_at, done_by: tell }
      steps:
        - { id: tell, title: Tell them, role: dpo, due: \(due), send: [notice] }

      """
    }
    let late = try #require(
      PlaybookLoader.load(bytes: Array(text("72h").utf8), file: "l.yml").playbook)
    #expect(
      Self.breachNoticeProblems(late, name: "l").first?.hasPrefix(
        "l: step 'tell' sends the notice to the people affected and is due at T+72h") == true)
    let soon = try #require(
      PlaybookLoader.load(bytes: Array(text("24h").utf8), file: "l.yml").playbook)
    #expect(Self.breachNoticeProblems(soon, name: "l") == [])
    #expect(!Self.isBreach(try Self.small(kickoff: "5m", post: "15m")))
  }

  @Test func theBreachPlaybooksAreRecognised() throws {
    let breaches = try Self.files.map(Self.load).filter { Self.isBreach($0.playbook) }
    let ids = Set(breaches.map(\.playbook.id))
    #expect(ids.isSuperset(of: ["data-breach", "datenpanne"]))
  }

  // MARK: - Language and roles

  /// Rule 10: a playbook says its language, and a German one lies in Playbooks/de/.
  @Test(arguments: files)
  func saysItsLanguage(path: String) throws {
    let (name, playbook) = try Self.load(path)
    let expected: Language = path.contains("/de/") ? .german : .english
    #expect(
      playbook.language == expected,
      """
      \(name): rule "language": write `language: \(expected.rawValue)` at the top \
      (found \(playbook.language?.rawValue ?? "none"))
      """)
  }

  /// Rule 1: an SME has fewer people than roles, so every role names who stands in.
  @Test(arguments: files)
  func everyRoleHasADeputy(path: String) throws {
    let (name, playbook) = try Self.load(path)
    for role in playbook.roles {
      #expect(
        role.deputy != nil,
        """
        \(name): role '\(role.id)' breaks rule "a deputy per role": add `deputy: ROLE`
        """)
    }
  }
}
