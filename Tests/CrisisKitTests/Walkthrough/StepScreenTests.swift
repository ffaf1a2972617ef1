import Testing

@testable import CrisisKit

/// The step screen fits the terminal: long lines wrap at word boundaries under their own
/// indent, never mid-word at the screen's edge.
@Suite struct StepScreenTests {
  @Test func longChoicesWrapUnderTheAnswer() {
    var playbook = Fixtures.websiteOutage
    playbook.steps[1].title =
      "Vorfall eröffnen und pro Rolle eine verantwortliche Person benennen, dann weiter"
    let driver = Driver(playbook: playbook)
    let screen = StepScreen(session: driver.session, styles: .plain, width: 60)
      .render(at: driver.now)
    let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let first = lines.firstIndex { $0.hasPrefix("  1) yes → ") }
    #expect(first != nil, "\(screen)")
    if let first {
      #expect(lines[first + 1].hasPrefix("     "))
      #expect(!lines[first + 1].hasPrefix("      "))
    }
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= 60 }, "\(screen)")
  }
}
