import Foundation
import Testing

/// The command line itself: help, version, usage errors and their exit codes.
@Suite struct CLITests {
  @Test func versionAndHelp() throws {
    let version = try CrisisRun("--version").run()
    #expect(version.status == 0)
    #expect(version.stdout.hasPrefix("crisis "))
    let help = try CrisisRun("--help").run()
    #expect(help.status == 0)
    #expect(help.stdout.contains("lint"))
    let commandHelp = try CrisisRun("help", "show").run()
    #expect(commandHelp.stdout.contains("Usage: crisis show PLAYBOOK"))
    #expect(commandHelp.stdout.contains("--json"))
  }

  @Test func unknownCommandSuggests() throws {
    let result = try CrisisRun("lnit").run()
    #expect(result.status == 2)
    #expect(
      result.stderr
        == "crisis: error: unknown command 'lnit'; did you mean 'lint'? (see 'crisis --help')\n")
    #expect(result.stdout.isEmpty)
  }

  @Test func unknownFlagSuggests() throws {
    let result = try CrisisRun("show", "--jsno", "website-outage").run()
    #expect(result.status == 2)
    #expect(
      result.stderr.contains("unknown option '--jsno' for 'crisis show'; did you mean '--json'?"))
    #expect(result.stderr.split(separator: "\n").count == 1)
  }

  @Test func missingArgument() throws {
    let result = try CrisisRun("lint").run()
    #expect(result.status == 2)
    #expect(result.stderr.contains("missing argument"))
  }
}

/// lint, show and convert through the binary.
@Suite struct PlaybookCommandTests {
  @Test func lintShippedPlaybooksIsSilent() throws {
    // A bare name is looked up; a relative path is tried in the working directory, then
    // in each playbook folder (`de/webshop-ausfall.yml` is under $CRISIS_PLAYBOOKS).
    let result = try CrisisRun("lint", "website-outage", "de/webshop-ausfall.yml").run()
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty && result.stdout.isEmpty)
    let missing = try CrisisRun("lint", "de/no-such-playbook.yml").run()
    #expect(missing.status == 1)
    #expect(missing.stderr.hasPrefix("de/no-such-playbook.yml: error: "), "\(missing.stderr)")
    let clean = try CrisisRun("lint", "website-outage", "webshop-ausfall", "data-breach").run()
    #expect(clean.status == 0, "\(clean.stderr)")
    #expect(clean.stderr.isEmpty && clean.stdout.isEmpty)
  }

  @Test func lintReportsEveryMistakeAndFails() throws {
    let bad = """
      playbook: demo
      title: Demo
      roles: { comms: { title: Comms } }
      steps:
        - { id: a, title: A, role: coms, due: soon }
        - { id: b, title: B, role: comms, next: c }

      """
    let result = try CrisisRun("lint", "bad.yml", files: ["bad.yml": bad]).run()
    #expect(result.status == 1)
    let lines = result.stderr.split(separator: "\n").map(String.init)
    #expect(
      lines == [
        "bad.yml:5:30: error: step 'a' refers to role 'coms', which the playbook does not define; did you mean 'comms'?",
        "bad.yml:5:41: error: `due`: 'soon' is not a duration; write e.g. 90s, 15m, 1h30m",
        "bad.yml:6:43: error: `next` of step 'b' refers to step 'c', which the playbook does not define (known: a, b, end)",
        "3 errors, 0 warnings",
      ])
  }

  @Test func lintOnGarbageIsOneClearError() throws {
    var run = CrisisRun("lint", "junk.yml")
    let dir = try CrisisRun.makeDirectory()
    try Data([0x70, 0x3A, 0x20, 0xC3, 0x28, 0xFF, 0x00, 0x1B]).write(
      to: dir.appendingPathComponent("junk.yml"))
    run.directory = dir
    let result = try run.run()
    #expect(result.status == 1)
    #expect(result.stderr.hasPrefix("junk.yml:1:4: error: invalid UTF-8"))
    let missing = try CrisisRun("lint", "nope.yml").run()
    #expect(missing.status == 1)
    #expect(missing.stderr.contains("nope.yml: error: cannot open: No such file or directory"))
  }

  @Test func showOutlinesAndJSON() throws {
    let text = try CrisisRun("show", "webshop-ausfall").run()
    #expect(text.status == 0)
    #expect(text.stdout.contains("Webshop ist nicht erreichbar (webshop-ausfall)"))
    #expect(text.stdout.contains("due T+15m"))
    let json = try CrisisRun("show", "website-outage", "--json").run()
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect(object["playbook"] as? String == "website-outage")
    #expect((object["steps"] as? [Any])?.count == 20)
  }

  /// An installed binary run outside the repository finds no `./Playbooks`: the error says
  /// where it looked and how to point it elsewhere; a typo gets a suggestion.
  @Test func unknownPlaybookSaysWhereItLooked() throws {
    var nowhere = CrisisRun("start", "website-outage")
    nowhere.environment["CRISIS_PLAYBOOKS"] = "/nonexistent"
    let lost = try nowhere.run()
    #expect(lost.status != 0)
    #expect(
      lost.stderr.contains("no playbook named 'website-outage' in /nonexistent, Playbooks;"),
      "\(lost.stderr)")
    #expect(lost.stderr.contains("set CRISIS_PLAYBOOKS"))
    let typo = try CrisisRun("show", "website-outgae").run()
    #expect(
      typo.stderr
        == "crisis: error: no playbook named 'website-outgae'; did you mean 'website-outage'?\n")
  }

  @Test func convertPrintsJSONInFileOrder() throws {
    let yaml =
      "zeta: yes\nalpha: 0x1F\nÄrger: [1, \"zwei\", {drei: ~}]\ntext: |\n  Zeile eins\n  Zeile zwei\n"
    let result = try CrisisRun("convert", "doc.yml", "--compact", files: ["doc.yml": yaml]).run()
    #expect(result.status == 0)
    #expect(
      result.stdout
        == #"{"zeta":"yes","alpha":31,"Ärger":[1,"zwei",{"drei":null}],"text":"Zeile eins\nZeile zwei\n"}"#
        + "\n")
    let anchors = try CrisisRun("convert", "a.yml", files: ["a.yml": "a: &x 1\nb: *x\n"]).run()
    #expect(anchors.status == 1)
    #expect(anchors.stderr.contains("a.yml:1:4: error: anchors and aliases are not supported"))
  }
}
