import Testing

@testable import CrisisKit

/// `crisis lint` on a playbook with thousands of steps and templates used to be quadratic: every
/// reference was looked up in an array of ids, reachability searched the step list for each
/// edge, and the sample values for channel limits were rebuilt for every template (a 10 MB
/// playbook took 1.5 s, most of it there). These tests pin the results; bench/run measures the time.
@Suite struct LargePlaybookTests {
  /// A valid playbook with `sections` × (2 templates, 3 steps), chained with `next` and answers.
  static func playbook(sections: Int) -> String {
    var text = """
      playbook: big
      title: Viele Schritte
      variables: { shop: unser Shop }
      roles: { lead: { title: Leitung }, comms: { title: Kommunikation } }
      channels:
        x: { title: X, audience: public, limit: 280 }
        team: { title: Team, audience: internal }
      templates:

      """
    for k in 0..<sections {
      text +=
        "  x-\(k): { channel: x, text: \"{{shop}} ist down ({{now}}), Update bis {{next_update}}.\" }\n"
      text += "  team-\(k): { channel: team, text: \"Lage \(k): {{role.lead}} leitet.\" }\n"
    }
    text += "steps:\n"
    for k in 0..<sections {
      let after = k + 1 < sections ? "check-\(k + 1)" : "end"
      text += """
          - id: check-\(k)
            title: Prüfen \(k)
            role: lead
            due: \(k == 0 ? "5m" : "\(k + 10)m")
            ask: { question: Sichtbar?, choices: { ja: post-\(k), nein: watch-\(k) } }
          - id: post-\(k)
            title: Melden \(k)
            role: comms
            \(k == 0 ? "every: 30m\n    due: 10m" : "due: \(k + 20)m")
            send: [x-\(k), team-\(k)]
          - id: watch-\(k)
            title: Beobachten \(k)
            role: lead
            next: \(after)

        """
    }
    return text
  }

  /// Speed is measured in bench/ (a 10 MB playbook); this pins that a big playbook still
  /// decodes and lints clean, with every reference resolved through the id indexes.
  @Test func largePlaybookLintsClean() {
    let bytes = Array(Self.playbook(sections: 1000).utf8)
    let result = PlaybookLoader.load(bytes: bytes, file: "big.yml")
    #expect(result.diagnostics.map(\.description) == [])
    #expect(result.playbook?.steps.count == 3000)
  }

  @Test func referencesStillResolveAndSuggest() {
    let text = Self.playbook(sections: 3)
      .replacingOccurrences("send: [x-1, team-1]", "send: [x-1, tem-1]")
      .replacingOccurrences(
        "choices: { ja: post-2, nein: watch-2 }", "choices: { ja: post-2, nein: wach-2 }")
    let diagnostics = PlaybookLoader.load(bytes: Array(text.utf8), file: "p.yml").diagnostics.map(
      \.message)
    #expect(
      diagnostics.contains {
        $0.contains("template 'tem-1'") && $0.contains("did you mean 'team-1'?")
      })
    #expect(
      diagnostics.contains {
        $0.contains("step 'wach-2'") && $0.contains("did you mean 'watch-2'?")
      })
  }
}

extension String {
  fileprivate func replacingOccurrences(_ target: String, _ replacement: String) -> String {
    var out = ""
    var rest = self[...]
    while let range = rest.firstRange(of: target) {
      out += rest[..<range.lowerBound] + replacement
      rest = rest[range.upperBound...]
    }
    return out + rest
  }

  /// Walking a playbook of 20,000 steps: every screen and every tick used to look steps up in
  /// an array and check "seen" in another (20,000 steps took 14 s for five screens, 200,000
  /// never finished). Now each costs time linear in the steps ahead at most; the time limit
  /// only guards against a hang (bench/ measures the time).
  @Test(.timeLimit(.minutes(1))) func walkingAHugePlaybookStaysLinear() {
    let steps = (0..<20_000).map { i in
      Step(
        id: "s\(i)", title: "Step \(i)", role: Fixtures.ref("lead"),
        due: .seconds(Int64(i + 1) * 60), checklist: [], decision: nil, send: [], every: nil,
        next: nil, position: .start)
    }
    var playbook = Fixtures.websiteOutage
    playbook.steps = steps
    var driver = Driver(playbook: playbook)
    for _ in 0..<5 {
      _ = StepScreen(session: driver.session, styles: .plain, width: 80).render(at: driver.now)
      driver.type("d")
      driver.wait(60)
    }
    #expect(driver.session.state.currentStep == "s5")
    #expect(driver.session.agenda.stepsAhead().count == 20_000 - 5)
  }
}
