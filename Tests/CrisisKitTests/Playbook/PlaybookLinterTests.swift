import Foundation
import Testing

@testable import CrisisKit

@Suite struct PlaybookLinterTests {
  func lint(_ text: String) -> [String] {
    diagnostics(text).map(\.description)
  }

  func diagnostics(_ text: String) -> [Diagnostic] {
    PlaybookLoader.load(bytes: Array(text.utf8), file: "p.yml").diagnostics
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
    #expect(diagnostics(playbook("äöüäöäöüäö")).filter { $0.kind == .overLimit } == [])
    // 11 characters, 16 bytes: over it.
    #expect(
      diagnostics(playbook("äöüäöäöüäöx")).filter { $0.kind == .overLimit }.map(\.description) == [
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
    let errors = diagnostics(text).filter { $0.severity == .error }
    #expect(errors.map(\.description) == expected)
    #expect(
      errors.map(\.kind) == [
        .invalidID, .invalidValue, .unknownKey, .invalidValue, .unknownReference,
        .unknownPlaceholder, .overLimit, .unknownReference, .invalidDuration, .unknownReference,
        .duplicateID, .unknownReference,
      ])
  }

  /// One mistake each: its kind and its place.
  @Test(arguments: [
    ("", Diagnostic.Kind.emptyPlaybook, "1:1"),
    ("steps: []\n", .missingKey, "1:1"),
    ("- a\n- b\n", .wrongShape, "1:1"),
    (
      "playbook: a\ntitle: b\nsteps:\n  - id: x\n    title: X\n    role: r\n    ask: { question: Q?, choices: { only: end } }\n",
      .tooFewChoices, "7:35"
    ),
    (
      "playbook: a\ntitle: b\nsteps:\n  - { id: x, title: X, role: r, next: end }\n  - { id: y, title: Y, role: r }\n",
      .unreachableStep, "5:11"
    ),
    ("playbook: a\ntitle: b\nsteps:\n  - { id: end, title: X, role: r }\n", .invalidID, "4:11"),
    ("playbook: a\ntitle: b\nstpes: []\n", .unknownKey, "3:1"),
    (
      "playbook: a\ntitle: b\nsteps:\n  - { id: x, title: X, role: r, every: 0s }\n",
      .invalidValue, "4:40"
    ),
    (
      "playbook: a\ntitle: b\nchannels: { x: { title: X, audience: public, limit: many } }\nsteps: []\n",
      .invalidValue, "3:53"
    ),
    ("playbook: a\ntitle: b\nsteps: []\n", .emptyValue, "3:8"),
    ("playbook: a\ntitle: b\nsteps: { a: 1 }\n", .wrongShape, "3:8"),
    (
      "playbook: a\ntitle: b\nsteps:\n  - { id: x, title: X, role: r, next: x }\n", .selfReference,
      "4:39"
    ),
    (
      "playbook: a\ntitle: b\nsteps:\n  - { id: x, title: X, role: r, next: end, ask: { question: Q, choices: { a: end, b: end } } }\n",
      .conflictingKeys, "4:39"
    ),
    ("playbook: a\ntitle: b\ntitle: c\n", .yaml(.duplicateKey), "3:1"),
    ("playbook: &a a\n", .yaml(.anchorOrAlias), "1:11"),
  ])
  func findsMistake(text: String, kind: Diagnostic.Kind, place: String) {
    let all = diagnostics(text)
    #expect(
      all.contains { $0.kind == kind && $0.position?.description == place },
      "\(all.map { "\($0.kind) \($0)" })")
  }

  /// Where a diagnostic is about two places, the second comes as a note.
  @Test func notesPointAtTheOtherPlace() throws {
    let text = Self.valid
      .replacingOccurrences(of: "role: comms\n    due: 10m", with: "role: coms\n    due: 10m")
      .replacingOccurrences(of: "limit: 280", with: "limit: 10")
      .replacingOccurrences(of: "- id: updates", with: "- id: tell")
    let all = diagnostics(text)
    func notes(_ kind: Diagnostic.Kind) -> [String] {
      all.filter { $0.kind == kind }.flatMap(\.notes).map { "\($0.position): \($0.message)" }
    }
    #expect(notes(.unknownReference) == ["7:3: role 'comms' is defined here"])
    #expect(notes(.overLimit) == ["9:3: channel 'x' sets the limit here"])
    #expect(notes(.duplicateID) == ["13:9: first defined here"])
    let conflict = diagnostics(
      "playbook: a\ntitle: b\nsteps:\n  - id: x\n    title: X\n    role: r\n    next: end\n    ask:\n      question: Q\n      choices: { a: end, b: end }\n"
    ).filter { $0.kind == .conflictingKeys }
    #expect(conflict.flatMap(\.notes).map(\.position.description) == ["9:7"])
    // A reference without a suggestion has nothing else to point at.
    let unknown = diagnostics(
      Self.valid.replacingOccurrences(
        of: "send: [first]\n  - id: updates", with: "send: [zzz]\n  - id: updates")
    ).filter { $0.kind == .unknownReference }
    #expect(unknown.count == 1)
    #expect(unknown.allSatisfy { $0.notes.isEmpty })
  }

  @Test func unreadableFile() {
    let result = PlaybookLoader.load(path: "/nonexistent/crisis/p.yml")
    #expect(result.diagnostics.map(\.kind) == [.unreadable])
  }

  @Test func commsRulesAreWarnings() {
    let late = Self.valid.replacingOccurrences(of: "due: 10m", with: "due: 45m")
      .replacingOccurrences(of: "    every: 30m\n", with: "")
    let all = diagnostics(late)
    #expect(all.map(\.kind) == [.noCadence, .lateFirstStatement])
    #expect(all.allSatisfy { $0.severity == .warning })
  }

  @Test func unusedPartsAreWarnings() {
    let text = Self.valid.replacingOccurrences(
      of: "roles:\n", with: "roles:\n  idle: { title: Idle }\n")
    let all = diagnostics(text)
    #expect(all.map(\.kind) == [.unused])
    #expect(
      all.map(\.description) == [
        "p.yml:7:3: warning: role 'idle' owns no step; remove it or give it a step"
      ])
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
