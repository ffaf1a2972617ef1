import Testing

@testable import CrisisKit

/// `crisis show` says what issue 16 added to the format: the playbook's language, whose word
/// a fact needs (`set_by:`), and what the players are expected to do about an inject
/// (`expect:`).
@Suite struct PlaybookOutlineFactsTests {
  static let text = """
    language: de
    playbook: facts
    title: Facts
    variables:
      orders: { prompt: "Orders?", default: We are checking., set_by: it }
      product: { prompt: "Which product?", default: our shop }
    roles:
      lead: { title: Incident lead, deputy: it }
      it: { title: IT liaison, deputy: lead }
    channels:
      x: { title: X, audience: public, limit: 280 }
    templates:
      first: { channel: x, text: "{{product}}: {{orders}} Next update {{next_update}}." }
    steps:
      - id: tell
        title: Tell the public
        role: lead
        due: 10m
        every: 30m
        send: [first]
    drill:
      injects:
        - at: 5m
          title: A journalist calls
          text: They want a statement.
          role: lead
          expect: [tell, first]
        - at: 9m
          title: Nothing expected
          text: Quiet.

    """

  static func playbook() throws -> Playbook {
    let result = PlaybookLoader.load(bytes: Array(text.utf8), file: "p.yml")
    #expect(result.diagnostics.map(\.description) == [])
    return try #require(result.playbook)
  }

  @Test func textShowsLanguageFactOwnersAndExpectedActions() throws {
    #expect(
      PlaybookOutline.text(try Self.playbook()) == """
        Facts (facts), severity high, language de

        Roles
          lead  Incident lead (deputy: IT liaison)
          it    IT liaison (deputy: Incident lead)

        Channels
          x  X  public, max 280 characters

        Variables (asked at start; a role's fact is set by that role)
          orders   (set by IT liaison) Orders? [default: We are checking.]
          product  Which product? [default: our shop]

        Steps
          1. Tell the public  [tell]
             owner: Incident lead, due T+10m, every 30m
             sends: first (X)

        Drill injects
          T+5m  lead  A journalist calls  (expect: tell, first)
          T+9m        Nothing expected

        """)
  }

  @Test func jsonHasLanguageSetByAndExpect() throws {
    let json = PlaybookOutline.json(try Self.playbook())
    #expect(json["language"] == .string("de"))
    guard case .array(let variables)? = json["variables"],
      case .array(let injects)? = json["injects"]
    else {
      Issue.record("variables or injects missing")
      return
    }
    #expect(variables.first?["set_by"] == .string("it"))
    #expect(variables.last?["set_by"] == .null)
    #expect(injects.first?["expect"] == .array([.string("tell"), .string("first")]))
    #expect(injects.last?["expect"] == .array([]))
  }

  /// A playbook that does not say its language shows none, and `null` in JSON.
  @Test func noLanguageSaysNothing() throws {
    let text = Self.text.replacingOccurrences(of: "language: de\n", with: "")
    let playbook = try #require(
      PlaybookLoader.load(bytes: Array(text.utf8), file: "p.yml").playbook)
    #expect(PlaybookOutline.text(playbook).hasPrefix("Facts (facts), severity high\n"))
    #expect(PlaybookOutline.json(playbook)["language"] == .null)
  }
}
