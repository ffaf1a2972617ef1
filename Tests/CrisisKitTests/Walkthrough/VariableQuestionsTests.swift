import Testing

@testable import CrisisKit

/// The questions before an incident starts.
@Suite struct VariableQuestionsTests {
  /// The variables asked at the start: those that are not a role's fact (`set_by:`).
  static func asked(_ playbook: Playbook) -> [Variable] {
    playbook.variables.filter { !VariableQuestions.startsAtDefault($0) }
  }

  @Test func givenAreNotAskedAndEnterKeepsTheDefault() throws {
    let playbook = try ShippedPlaybook("website-outage").playbook
    let ids = Self.asked(playbook).map(\.id)
    try #require(ids.count >= 2)
    let terminal = MemoryTerminal(Array(repeating: .line("  "), count: ids.count))
    let values = VariableQuestions.ask(
      playbook, given: [ids[0]: "the app"], terminal: terminal, clock: FixedClock(incidentStart))
    #expect(values?.map(\.0) == playbook.variables.map(\.id))
    #expect(values?.first { $0.0 == ids[0] }?.1 == "the app")
    #expect(values?.first { $0.0 == ids[1] }?.1 == Self.asked(playbook)[1].defaultValue ?? "")
    #expect(terminal.prompts.count == ids.count - 1)
    #expect(terminal.output.hasPrefix(playbook.title + " (Enter keeps the default)\n"))
  }

  @Test func answersAreTrimmed() throws {
    let playbook = try ShippedPlaybook("website-outage").playbook
    let terminal = MemoryTerminal(
      Self.asked(playbook).map { .line("  answer for \($0.id) ") }, isInteractive: false)
    let values = VariableQuestions.ask(
      playbook, given: [:], terminal: terminal, clock: FixedClock(incidentStart))
    let asked = Set(Self.asked(playbook).map(\.id))
    #expect(
      values?.filter { asked.contains($0.0) }.map(\.1)
        == Self.asked(playbook).map { "answer for \($0.id)" })
  }

  /// A fact only its role may confirm starts at its safe default and is not asked: nobody
  /// types "orders are safe" in the first minute.
  @Test func aRolesFactIsNotAskedAndKeepsItsSafeDefault() throws {
    let playbook = try ShippedPlaybook("website-outage").playbook
    let orders = try #require(playbook.variable("orders"))
    try #require(orders.setBy?.id == "it")
    let terminal = MemoryTerminal(Self.asked(playbook).map { _ in .line("") })
    let values = VariableQuestions.ask(
      playbook, given: [:], terminal: terminal, clock: FixedClock(incidentStart))
    #expect(values?.first { $0.0 == "orders" }?.1 == orders.defaultValue)
    #expect(!terminal.prompts.contains { $0.contains(orders.prompt) })
    #expect(terminal.prompts.count == Self.asked(playbook).count)
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
