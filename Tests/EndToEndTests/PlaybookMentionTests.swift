import CrisisKit
import Foundation
import Testing

/// Playbooks mention commands (`crisis export`, `crisis drill website-outage`) in checklists,
/// messages and comments. Every `crisis WORD` anywhere under Playbooks/ must be a command the
/// built binary has (`crisis help WORD` succeeds): an operator who types a command the
/// playbook promised and gets "unknown command" loses trust in the playbook mid-crisis.
@Suite struct PlaybookMentionTests {
  /// Every `crisis WORD` in `text`: the word after `crisis` (lowercase, not part of a longer
  /// word such as `crisis-comms`), with its line number. A capitalised "Crisis" is prose.
  static func commandWords(in text: String) -> [(line: Int, word: String)] {
    var found: [(Int, String)] = []
    func isWordCharacter(_ c: Character) -> Bool {
      c.isLetter || c.isNumber || c == "-" || c == "_"
    }
    for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      var rest = line[...]
      while let range = rest.range(of: "crisis") {
        defer { rest = rest[range.upperBound...] }
        if range.lowerBound > line.startIndex,
          isWordCharacter(line[line.index(before: range.lowerBound)])
        {
          continue
        }
        let after = line[range.upperBound...]
        let spaces = after.prefix { $0 == " " || $0 == "\t" }
        guard !spaces.isEmpty else { continue }
        let word = after.dropFirst(spaces.count).prefix(while: isWordCharacter)
        guard let first = word.first, first.isLowercase else { continue }
        found.append((number + 1, String(word)))
      }
    }
    return found
  }

  static var playbookFiles: [URL] {
    let root = CrisisRun.packageRoot.appendingPathComponent("Playbooks")
    let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
    return (files?.compactMap { $0 as? URL } ?? [])
      .filter { ["yml", "yaml"].contains($0.pathExtension) }
      .sorted { $0.path < $1.path }
  }

  @Test func everyCrisisCommandInThePlaybooksExists() throws {
    var places: [String: [String]] = [:]
    for file in Self.playbookFiles {
      let text = try String(contentsOf: file, encoding: .utf8)
      for (line, word) in Self.commandWords(in: text) {
        places[word, default: []].append("Playbooks/\(file.lastPathComponent):\(line)")
      }
    }
    #expect(places.keys.contains("export"), "the scanner finds the mentions")
    let promptCommands = Set(OperatorCommand.table.map(\.name))
    for word in places.keys.sorted() {
      let result = try (word == "help" ? CrisisRun("help") : CrisisRun("help", word)).run()
      var message =
        "'crisis \(word)' is not a command (mentioned at \(places[word, default: []].joined(separator: ", ")))"
      if promptCommands.contains(word) {
        message +=
          "; at the walkthrough's prompt it is `\(word) …`: write \"type `\(word) …` at the prompt\""
      }
      #expect(result.status == 0, "\(message)")
    }
  }

  @Test func scannerFindsCommandsAndSkipsProse() {
    let text = """
      # run it once as a drill (`crisis drill website-outage`)
      - Export the timeline (crisis export) and crisis  note TEXT
      In a crisis. Crisis team, crisis-comms, the crisis; mycrisis start, crisis --help
      """
    #expect(
      Self.commandWords(in: text).map { "\($0.line) \($0.word)" } == [
        "1 drill", "2 export", "2 note",
      ])
  }

  /// The binary refuses what is not a command, so the test above can fail.
  @Test func helpFailsForWhatIsNoCommand() throws {
    #expect(try CrisisRun("help", "assign").run().status == 2)
  }
}

/// A `type: time` variable through the binary: asked again until it is a time, stored as
/// RFC 3339 in the first event; a `--var` that is no time is a usage error.
@Suite struct TimeVariableStartTests {
  static let now = "2026-11-21T17:03:12+01:00"

  @Test func aBadAnswerIsAskedAgainAndTheTimeIsStored() throws {
    // company (Enter), aware_at twice, then Enter for the other six; the end of input pauses.
    var run = CrisisRun(
      "start", "data-breach", "--as", "anna",
      stdin: "\nsoon\n16:52\n" + String(repeating: "\n", count: 6))
    run.environment["CRISIS_NOW"] = Self.now
    let result = try run.run()
    #expect(result.stdout.contains("'soon' is not a time for aware_at; write 16:52"))
    let dir = result.directory.appendingPathComponent("incidents")
    let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
    let name = try #require(names.first { $0.hasSuffix(".jsonl") }, "\(result.stderr)")
    let log = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
    let first = try #require(log.split(separator: "\n").first)
    #expect(first.contains(#""aware_at":"2026-11-21T16:52:00.000+01:00""#), "\(first)")
  }

  @Test func aGivenTimeThatIsNoneIsAUsageError() throws {
    var run = CrisisRun("start", "data-breach", "--var", "aware_at=yesterday")
    run.environment["CRISIS_NOW"] = Self.now
    let result = try run.run()
    #expect(result.status == 2)
    #expect(
      result.stderr.hasPrefix(
        "crisis: error: --var: 'yesterday' is not a time for aware_at; write 16:52 (today, or yesterday when that is still ahead), -20m (20 minutes ago) or 2026-11-21T16:52:00+01:00"
      ), "\(result.stderr)")
    #expect(
      !FileManager.default.fileExists(
        atPath: result.directory.appendingPathComponent("incidents").path))
  }
}
