import CrisisKit
import Foundation
import Testing

/// `crisis approve [-i ID] TEMPLATE [--as NAME]` from another terminal. The shipped playbooks
/// ask for no approval, so these runs check the refusals: each is one line, exit 1, and the
/// log is left as it was. (Recording an approval needs a playbook with `approve:`, which the
/// playbook decoder does not read yet; `MessageApprovalTests` covers that decision.)
@Suite struct ApproveTests {
  static func expectRefused(
    _ arguments: [String], in directory: URL, log: URL, saying expected: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let before = try Data(contentsOf: log)
    let result = try HardeningTests.run(arguments, in: directory)
    #expect(result.status == 1, "\(result.stderr)", sourceLocation: sourceLocation)
    #expect(result.stdout.isEmpty, sourceLocation: sourceLocation)
    #expect(
      result.stderr == "crisis: error: \(expected)\n", "\(result.stderr)",
      sourceLocation: sourceLocation)
    #expect(try Data(contentsOf: log) == before, sourceLocation: sourceLocation)
  }

  @Test func refusalsAreOneLineAndWriteNothing() throws {
    let (dir, log) = try HardeningTests.started()
    let none = "(no template of playbook website-outage needs approval)"
    try Self.expectRefused(
      ["approve", "team-kickof"], in: dir, log: log,
      saying:
        "playbook website-outage has no template 'team-kickof'; did you mean 'team-kickoff'? "
        + none)
    try Self.expectRefused(
      ["approve", "team-kickoff", "--as", "ben"], in: dir, log: log,
      saying: "template 'team-kickoff' needs no approval " + none)

    let resolved = try HardeningTests.run(["resolve"], in: dir)
    #expect(resolved.status == 0, "\(resolved.stderr)")
    let id = log.deletingPathExtension().lastPathComponent
    try Self.expectRefused(
      ["approve", "-i", id, "team-kickoff"], in: dir, log: log,
      saying: "\(id) is resolved; there is nothing to approve")
  }

  @Test func usage() throws {
    let (dir, _) = try HardeningTests.started()
    let missing = try HardeningTests.run(["approve"], in: dir)
    #expect(missing.status == 2)
    #expect(missing.stderr.hasPrefix("crisis: error: missing argument: usage: crisis approve"))
    let help = try HardeningTests.run(["help", "approve"], in: dir)
    #expect(help.status == 0)
    #expect(help.stdout.contains("Usage: crisis approve [-i ID] TEMPLATE [--as NAME]"))
    let overview = try HardeningTests.run(["--help"], in: dir)
    #expect(overview.stdout.contains("  approve "))
  }

  /// Control characters in the template name never reach the terminal.
  @Test func theTemplateNameIsSanitised() throws {
    let (dir, _) = try HardeningTests.started()
    let result = try HardeningTests.run(["approve", "x\u{1B}[2Jy"], in: dir)
    #expect(result.status == 1)
    #expect(!result.stderr.contains("\u{1B}"), "\(result.stderr)")
  }
}
