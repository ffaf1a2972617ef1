import Foundation
import Testing

@testable import CrisisKit

/// Playbooks tell the operator what to type at the walkthrough's prompt ("type `assign lead
/// NAME` at the prompt", "am Prompt `severity critical` eingeben"). Every such command must be
/// one the prompt takes, for a role, variable, level or step this playbook has. (`crisis WORD`
/// mentions are checked against the built binary in EndToEndTests' PlaybookMentionTests.)
@Suite struct PromptCommandMentionTests {
  /// What a playbook line names as typed at the prompt: the code spans of a line that says
  /// "at the prompt" (or, in German, "am Prompt"), with their line numbers.
  static func promptCommands(in text: String) -> [(line: Int, command: String)] {
    var found: [(Int, String)] = []
    for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    where line.contains("at the prompt") || line.contains("am Prompt") {
      let parts = line.split(separator: "`", omittingEmptySubsequences: false)
      // Odd parts lie between backticks.
      for index in stride(from: 1, to: parts.count - 1, by: 2) {
        found.append((number + 1, String(parts[index])))
      }
    }
    return found
  }

  /// A word written in capitals stands for what the operator fills in (ROLE, NAME, TEXT).
  static func isPlaceholder(_ word: String) -> Bool {
    word.contains(where: \.isLetter) && word == word.uppercased()
  }

  /// Why `command` would not work at the prompt of `playbook`; nil when it would.
  static func problem(_ command: String, in playbook: Playbook) -> String? {
    let parsed: OperatorCommand
    switch OperatorCommand.parse(command, drill: false) {
    case .success(let command): parsed = command
    case .failure(let hint): return hint.text
    }
    switch parsed {
    case .assign(let role, _):
      if isPlaceholder(role) || playbook.role(role) != nil { return nil }
      return "no role '\(role)'"
    case .set(let name, let value):
      guard let variable = playbook.variable(name) else {
        return isPlaceholder(name) ? nil : "no variable '\(name)'"
      }
      if isPlaceholder(value) || value.hasSuffix("…") { return nil }
      if case .failure(let failure) = variable.value(from: value, now: incidentStart) {
        return variable.explanation(of: failure)
      }
      return nil
    case .severity(let level):
      if isPlaceholder(level) || Severity(rawValue: level) != nil { return nil }
      return "no severity '\(level)'"
    case .goto(let step):
      if isPlaceholder(step) || playbook.step(step) != nil { return nil }
      return "no step '\(step)'"
    default:
      return nil
    }
  }

  static let files = ShippedPlaybookTests.files

  @Test(arguments: files)
  func promptCommandsInShippedPlaybooksWork(path: String) throws {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let playbook = try #require(PlaybookLoader.load(path: path).playbook)
    for (line, command) in Self.promptCommands(in: text) {
      if let problem = Self.problem(command, in: playbook) {
        Issue.record("\(path):\(line): `\(command)` does not work at the prompt: \(problem)")
      }
    }
  }

  /// The playbooks do name prompt commands, so the test above checks something.
  @Test func shippedPlaybooksNamePromptCommands() throws {
    var count = 0
    for path in Self.files {
      count += Self.promptCommands(in: try String(contentsOfFile: path, encoding: .utf8)).count
    }
    #expect(count >= 10)
  }

  @Test func findsCodeSpansOnPromptLines() {
    let text = """
      do:
        - Put names to roles (type `assign ROLE NAME` at the prompt, e.g. `assign lead Anna`)
        - Not a prompt line: `assign nobody X`
        - Wenn nötig, am Prompt `severity critical` eingeben
      """
    #expect(
      Self.promptCommands(in: text).map { "\($0.line) \($0.command)" } == [
        "2 assign ROLE NAME", "2 assign lead Anna", "4 severity critical",
      ])
  }

  @Test func mistakesAreFound() throws {
    let playbook = try #require(Breach.load().playbook)
    let cases: [(String, String?)] = [
      ("assign ROLE NAME", nil),
      ("assign dpo Anna", nil),
      ("assign boss Anna", "no role 'boss'"),
      ("asign dpo Anna", "unknown command 'asign'; did you mean 'assign'? (type ? for the list)"),
      ("set aware_at 14:30", nil),
      ("set aware_at …", nil),
      ("set product TEXT", nil),
      (
        "set aware_at soon",
        "'soon' is not a time for aware_at; write 16:52 (today, or yesterday when that is still ahead), -20m (20 minutes ago) or 2026-11-21T16:52:00+01:00"
      ),
      ("set cause TEXT", "no variable 'cause'"),
      ("severity critical", nil),
      ("severity huge", "no severity 'huge'"),
      ("goto notify", nil),
      ("goto nowhere", "no step 'nowhere'"),
      ("note Notified, reference …", nil),
      ("wait 10m", "'wait' is for drills only"),
    ]
    for (command, expected) in cases {
      #expect(Self.problem(command, in: playbook) == expected, "\(command)")
    }
  }
}
