import CrisisKit
import Foundation
import Testing

/// `crisis approve [-i ID] TEMPLATE [--as NAME]` from another terminal: an approval is
/// recorded while the walkthrough is paused elsewhere, and the refusals are one line, exit 1,
/// with the log left as it was.
@Suite struct ApproveTests {
  static let playbook = """
    playbook: approvals
    title: Needs approvals
    roles:
      lead: { title: Incident lead }
      comms: { title: Communications }
    channels:
      press: { title: Press statement, audience: public, approve: lead }
      team: { title: Internal chat, audience: internal }
    templates:
      statement: { channel: press, text: We are on it. }
      heads-up: { channel: team, text: "Heads up, the shop is down." }
      checked: { channel: team, text: Checked by legal., approve: comms }
    steps:
      - { id: tell-team, title: Tell the team, role: comms, due: 5m, send: [heads-up, checked] }
      - { id: go-public, title: Go public, role: lead, due: 15m, send: [statement] }

    """

  /// A started (and at once paused) incident of `playbook`, and its log.
  static func started() throws -> (URL, URL) {
    var start = CrisisRun(stdin: "", files: ["approvals.yml": playbook])
    start.arguments = ["start", "approvals.yml", "--as", "anna"]
    let result = try start.run()
    #expect(result.status == 0, "\(result.stderr)")
    let dir = result.directory.appendingPathComponent("incidents")
    let name = try #require(
      try FileManager.default.contentsOfDirectory(atPath: dir.path).first {
        $0.hasSuffix(".jsonl")
      })
    return (result.directory, dir.appendingPathComponent(name))
  }

  @Test func anApprovalIsRecordedWithRoleNameAndStep() throws {
    let (dir, log) = try Self.started()
    let before = try LogCheck(path: log)
    let approved = try HardeningTests.run(["approve", "statement", "--as", "alice"], in: dir)
    #expect(approved.status == 0, "\(approved.stderr)")
    #expect(approved.stderr.isEmpty)
    let id = log.deletingPathExtension().lastPathComponent
    #expect(approved.stdout.hasPrefix("✓ recorded "), "\(approved.stdout)")
    #expect(
      approved.stdout.hasSuffix(
        " message statement approved by alice (Incident lead) in \(id)\n"), "\(approved.stdout)")

    let after = try LogCheck(path: log)
    #expect(after.lines.count == before.lines.count + 1)
    let event = try #require(after.lines.last)
    #expect(event["type"] as? String == "message.approved")
    #expect(event["template"] as? String == "statement")
    #expect(event["role"] as? String == "lead")
    #expect(event["by"] as? String == "alice")
    #expect(event["actor"] as? String == "alice")
    #expect(event["step"] as? String == "tell-team")

    // A template's own approve: wins over (here: stands without) its channel's.
    let checked = try HardeningTests.run(["approve", "-i", id, "checked"], in: dir)
    #expect(checked.status == 0, "\(checked.stderr)")
    #expect(try LogCheck(path: log).lines.last?["role"] as? String == "comms")

    let status = try HardeningTests.run(["status"], in: dir)
    #expect(status.status == 0, "\(status.stderr)")
  }

  @Test func aMessageThatNeedsNoApprovalIsRefusedWithTheList() throws {
    let (dir, log) = try Self.started()
    try Self.expectRefused(
      ["approve", "heads-up"], in: dir, log: log,
      saying: "template 'heads-up' needs no approval "
        + "(templates that need approval: statement, checked)")
    try Self.expectRefused(
      ["approve", "statment"], in: dir, log: log,
      saying: "playbook approvals has no template 'statment'; did you mean 'statement'? "
        + "(templates that need approval: statement, checked)")
  }

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
    let none =
      "(templates that need approval: press-statement, press-resolved, x-extension-final, "
      + "email-extension)"
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
