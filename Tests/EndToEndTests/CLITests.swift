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
    #expect(result.stderr == "crisis: error: unknown command 'lnit'; did you mean 'lint'? (see 'crisis --help')\n")
    #expect(result.stdout.isEmpty)
  }

  @Test func unknownFlagSuggests() throws {
    let result = try CrisisRun("show", "--jsno", "website-outage").run()
    #expect(result.status == 2)
    #expect(result.stderr.contains("unknown option '--jsno' for 'crisis show'; did you mean '--json'?"))
    #expect(result.stderr.split(separator: "\n").count == 1)
  }

  @Test func missingArgument() throws {
    let result = try CrisisRun("lint").run()
    #expect(result.status == 2)
    #expect(result.stderr.contains("missing argument"))
  }
}
