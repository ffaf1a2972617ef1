import Testing

@testable import CrisisKit

/// The questions before an incident starts.
@Suite struct VariableQuestionsTests {
  @Test func givenAreNotAskedAndEnterKeepsTheDefault() throws {
    let playbook = try ShippedPlaybook("website-outage").playbook
    let ids = playbook.variables.map(\.id)
    try #require(ids.count >= 2)
    let terminal = MemoryTerminal(Array(repeating: .line("  "), count: ids.count))
    let values = VariableQuestions.ask(
      playbook, given: [ids[0]: "the app"], terminal: terminal, clock: FixedClock(incidentStart))
    #expect(values?.map(\.0) == ids)
    #expect(values?.first?.1 == "the app")
    #expect(values?[1].1 == playbook.variables[1].defaultValue ?? "")
    #expect(terminal.prompts.count == ids.count - 1)
    #expect(terminal.output.hasPrefix(playbook.title + " (Enter keeps the default)\n"))
  }

  @Test func answersAreTrimmed() throws {
    let playbook = try ShippedPlaybook("website-outage").playbook
    let terminal = MemoryTerminal(
      playbook.variables.map { .line("  answer for \($0.id) ") }, isInteractive: false)
    let values = VariableQuestions.ask(
      playbook, given: [:], terminal: terminal, clock: FixedClock(incidentStart))
    #expect(values?.map(\.1) == playbook.variables.map { "answer for \($0.id)" })
  }

  @Test func nothingGivenAndAllGivenAsksNothing() throws {
    let playbook = try ShippedPlaybook("website-outage").playbook
    var given: [String: String] = [:]
    for variable in playbook.variables { given[variable.id] = "x" }
    let terminal = MemoryTerminal([])
    #expect(
      VariableQuestions.ask(
        playbook, given: given, terminal: terminal, clock: FixedClock(incidentStart))?.count
        == given.count)
    #expect(terminal.output.isEmpty)
  }

  @Test(arguments: [false, true])
  func endOfInputCancels(interrupted: Bool) throws {
    let playbook = try ShippedPlaybook("website-outage").playbook
    let terminal = MemoryTerminal([interrupted ? .interrupt : .endOfInput])
    #expect(
      VariableQuestions.ask(
        playbook, given: [:], terminal: terminal, clock: FixedClock(incidentStart)) == nil)
    #expect(
      terminal.output.hasSuffix("Cancelled before the incident started; nothing was written.\n"))
  }
}
