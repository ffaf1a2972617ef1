import Foundation
import Testing

@testable import CrisisKit

@Suite struct PlaybookLinterTests {
  func lint(_ text: String) -> [String] {
    PlaybookLoader.load(bytes: Array(text.utf8), file: "p.yml").diagnostics.map(\.description)
  }

  static let valid = """
    playbook: small
    title: Small
    severity: high
    variables:
      product: { prompt: "Which product?", default: our shop }
    roles:
      comms: { title: Communications }
    channels:
      x: { title: X, audience: public, limit: 280 }
    templates:
      first: { channel: x, text: "{{product}} is down. Next update {{next_update}}." }
    steps:
      - id: tell
        title: Tell the public
        role: comms
        due: 10m
        send: [first]
      - id: updates
        title: Keep updating
        role: comms
        every: 30m
        send: [first]

    """

  @Test func validPlaybookIsClean() {
    #expect(lint(Self.valid) == [])
  }

  /// The limit counts characters, not bytes: umlauts take two bytes each but count once, and
  /// a text over the limit in characters is still reported with its character count.
  @Test func limitCountsCharactersNotBytes() {
    func playbook(_ text: String) -> String {
      Self.valid.replacingOccurrences(of: "limit: 280", with: "limit: 10")
        .replacingOccurrences(
          of: "text: \"{{product}} is down. Next update {{next_update}}.\"",
          with: "text: \"\(text)\"")
    }
    // 10 characters, 15 bytes: within the limit.
    #expect(lint(playbook("äöüäöäöüäö")).filter { $0.contains("characters") } == [])
    // 11 characters, 16 bytes: over it.
    #expect(
      lint(playbook("äöüäöäöüäöx")).filter { $0.contains("characters") } == [
        "p.yml:11:30: error: template 'first' is 11 characters with the default values; X allows 10"
      ])
  }

  /// Ten mistakes, each reported once, at its own line and column, sorted by place.
  @Test func tenMistakesAllReported() {
    let text = """
      playbook: Bad_ID
      title: Ten mistakes
      severity: severe
      roles:
        comms: { title: Communications, dutys: talks }
      channels:
        x: { title: X, audience: everyone, limit: 20 }
      templates:
        first: { channel: y, text: "{{prodcut}} is down." }
        long: { channel: x, text: "This text is much longer than twenty characters." }
      steps:
        - id: tell
          title: Tell
          role: coms
          due: 10 minutes
          send: [first, long, missing]
        - id: tell
          title: Again
          role: comms
          next: nowhere

      """
    let expected = [
      "p.yml:1:11: error: playbook id 'Bad_ID' may only use lowercase letters, digits and dashes (e.g. website-outage)",
      "p.yml:3:11: error: unknown severity 'severe'; use one of low, medium, high, critical",
      "p.yml:5:35: error: unknown key 'dutys' in role 'comms'; did you mean 'duties'?",
      "p.yml:7:28: error: unknown audience 'everyone'; use one of public, customers, internal",
      "p.yml:9:21: error: template 'first' refers to channel 'y', which the playbook does not define (known: x)",
      "p.yml:9:30: error: template 'first' uses {{prodcut}}, which no variable defines; add it under `variables`",
      "p.yml:10:29: error: template 'long' is 48 characters with the default values; X allows 20",
      "p.yml:14:11: error: step 'tell' refers to role 'coms', which the playbook does not define; did you mean 'comms'?",
      "p.yml:15:10: error: `due`: '10 minutes' is not a duration; write e.g. 90s, 15m, 1h30m",
      "p.yml:16:25: error: step 'tell' refers to template 'missing', which the playbook does not define (known: first, long)",
      "p.yml:17:9: error: duplicate step id 'tell' (first defined at 12:9)",
      "p.yml:20:11: error: `next` of step 'tell' refers to step 'nowhere', which the playbook does not define (known: tell, end)",
    ]
    let got = lint(text).filter { $0.contains(": error: ") }
    #expect(got == expected)
  }

  @Test(arguments: [
    ("steps: []\n", "p.yml:1:1: error: the playbook is missing `playbook`"),
    ("- a\n- b\n", "p.yml:1:1: error: the playbook must be a mapping of keys"),
    (
      "playbook: a\ntitle: b\nsteps:\n  - id: x\n    title: X\n    role: r\n    ask: { question: Q?, choices: { only: end } }\n",
      "a decision needs at least two choices"
    ),
    (
      "playbook: a\ntitle: b\nsteps:\n  - { id: x, title: X, role: r, next: end }\n  - { id: y, title: Y, role: r }\n",
      "p.yml:5:11: error: step 'y' can never be reached"
    ),
    ("playbook: a\ntitle: b\nsteps:\n  - { id: end, title: X, role: r }\n", "`end` is reserved"),
    (
      "playbook: a\ntitle: b\nstpes: []\n",
      "unknown key 'stpes' in the playbook; did you mean 'steps'?"
    ),
    (
      "playbook: a\ntitle: b\nsteps:\n  - { id: x, title: X, role: r, every: 0s }\n",
      "`every` must be longer than 0s"
    ),
    (
      "playbook: a\ntitle: b\nchannels: { x: { title: X, audience: public, limit: many } }\nsteps: []\n",
      "`limit` must be a positive whole number"
    ),
    ("playbook: a\ntitle: b\ntitle: c\n", "p.yml:3:1: error: duplicate key 'title'"),
    ("playbook: &a a\n", "anchors and aliases are not supported"),
  ])
  func findsMistake(text: String, message: String) {
    let all = lint(text)
    #expect(all.contains { $0.contains(message) }, "\(all)")
  }

  @Test func commsRulesAreWarnings() {
    let late = Self.valid.replacingOccurrences(of: "due: 10m", with: "due: 45m")
      .replacingOccurrences(of: "    every: 30m\n", with: "")
    let all = lint(late)
    #expect(all.contains { $0.contains("warning: the first public statement is due at T+45m") })
    #expect(all.contains { $0.contains("warning: no step has `every`") })
    #expect(!all.contains { $0.contains("error") })
  }

  @Test func unusedPartsAreWarnings() {
    let text = Self.valid.replacingOccurrences(
      of: "roles:\n", with: "roles:\n  idle: { title: Idle }\n")
    #expect(
      lint(text).contains(
        "p.yml:7:3: warning: role 'idle' owns no step; remove it or give it a step"))
  }

  @Test func randomBytesGiveOneClearError() {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<200 {
      let bytes = (0..<Int.random(in: 0...400, using: &generator)).map { _ in
        UInt8.random(in: 0...255, using: &generator)
      }
      let result = PlaybookLoader.load(bytes: bytes, file: "r.yml")
      #expect(result.playbook == nil || result.hasErrors || bytes.isEmpty == false)
      #expect(result.diagnostics.allSatisfy { $0.description.hasPrefix("r.yml") })
    }
  }
}

/// Every shipped playbook lints clean: no error and no warning.
@Suite struct ShippedPlaybookTests {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Playbooks")

  static var files: [String] {
    let catalog = PlaybookCatalog(directories: [directory.path])
    return catalog.entries().map(\.path)
  }

  @Test func thereAreEnough() {
    #expect(Self.files.count >= 7)
    #expect(Self.files.contains { $0.contains("/de/") })
  }

  @Test(arguments: files)
  func lintsClean(path: String) throws {
    let result = PlaybookLoader.load(path: path)
    #expect(result.diagnostics.map(\.description) == [])
    let playbook = try #require(result.playbook)
    #expect(playbook.injects.count >= 3, "a drill needs at least three injects")
    #expect(playbook.steps.contains { $0.every != nil }, "an update cadence")
    #expect(playbook.steps.contains { $0.decision != nil }, "at least one decision")
    #expect(path.hasSuffix("/\(playbook.id).yml"), "the file is named after the playbook id")
  }
}
