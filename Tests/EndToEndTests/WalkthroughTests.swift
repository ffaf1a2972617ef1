import CrisisKit
import Foundation
import Testing

/// A whole incident through the shipped website-outage playbook, typed as an operator would,
/// then the log checked line by line.
@Suite struct WalkthroughTests {
  static let variables = [
    "--var", "product=Beispiel-Shop", "--var", "campaign=Black Week", "--var",
    "status_url=status.beispiel.de",
    "--var", "eta=18:30", "--var", "extension=Montag",
  ]

  func logFile(in result: CrisisRun.Result) throws -> URL {
    let dir = result.directory.appendingPathComponent("incidents")
    let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter {
      $0.hasSuffix(".jsonl")
    }
    #expect(names.count == 1)
    return dir.appendingPathComponent(try #require(names.first))
  }

  @Test func visibleOutageWithLongFixAndExtension() throws {
    let script = """
      a 1
      m 1
      d
      m 1
      d
      d
      m 1 https://status.beispiel.de/incidents/1
      m 2 https://x.com/beispiel/status/1
      d
      d
      m 1
      d
      n Paid search paused, Grüße an das Team 🚀
      d
      m 1
      d
      s Nobody from the press asked
      m 1 https://status.beispiel.de/incidents/2
      d
      a still-down
      d
      d
      m 1
      m 2
      d
      a 1
      d
      d
      x Shop back, campaign extended to Montag
      yes

      """
    var run = CrisisRun(stdin: script)
    run.arguments = ["start", "website-outage", "--as", "anna"] + Self.variables
    let result = try run.run()
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty)
    #expect(result.stdout.contains("Step 1 of 20: Confirm the outage and what customers see"))
    #expect(result.stdout.contains("Resolved."))
    #expect(!result.stdout.contains("\u{1B}["), "no escape codes when stdout is not a terminal")

    let log = try LogCheck(path: try logFile(in: result))
    #expect(log.types.first == "incident.started")
    #expect(log.types.last == "incident.resolved")
    #expect(log.strings("decision", "answer") == ["visible", "still-down", "extend"])
    #expect(
      log.strings("step.done", "step") == [
        "confirm", "kickoff", "support-first", "listening", "holding", "maintenance",
        "support-macro", "stop-spend", "leadership", "updates", "fix-check",
        "long-outage", "verify", "all-clear", "restart-campaign", "extension", "review",
      ])
    #expect(log.strings("step.skipped", "reason") == ["Nobody from the press asked"])
    #expect(log.strings("note", "text") == ["Paid search paused, Grüße an das Team 🚀"])
    let sent = log.events("message.sent")
    #expect(sent.count == 9)
    #expect(sent.compactMap { $0["url"] as? String }.count == 3)
    let x = try #require(sent.first { $0["template"] as? String == "x-holding" })
    #expect((x["text"] as? String)?.contains("Beispiel-Shop") == true)
    #expect(
      log.lines.allSatisfy { $0["actor"] as? String == "anna" && $0["mode"] as? String == "live" })
    let started = try #require(log.lines.first)
    let playbook = try #require(started["playbook"] as? [String: Any])
    let text = try #require(playbook["text"] as? String)
    #expect(playbook["sha256"] as? String == SHA256.hex(of: Array(text.utf8)))
  }

  @Test func quietBranchAndDefaultVariables() throws {
    let script = "\n\n\n\n\na internal-only\na fixed-quietly\nd\nx\n"
    let result = try CrisisRun("start", "website-outage", stdin: script).run()
    #expect(result.status == 0, "\(result.stderr)")
    let log = try LogCheck(path: try logFile(in: result))
    #expect(log.strings("decision", "answer") == ["internal-only", "fixed-quietly"])
    #expect(log.strings("step.started", "step") == ["confirm", "watch", "review"])
    let variables = try #require(log.lines.first?["variables"] as? [String: String])
    #expect(variables["product"] == "our online shop")
    #expect(log.lines.allSatisfy { $0["actor"] as? String == "tester" })
  }

  @Test func wrongInputGetsAHintAndWritesNothing() throws {
    var run = CrisisRun(stdin: "frobnicate\nnote\nset nope 1\ngoto nowhere\na 9\n\np\n")
    run.arguments = ["start", "website-outage"] + Self.variables
    let result = try run.run()
    #expect(result.status == 0)
    #expect(result.stdout.contains("unknown command 'frobnicate'"))
    #expect(result.stdout.contains("a note needs text"))
    #expect(result.stdout.contains("no variable 'nope'"))
    #expect(result.stdout.contains("no step 'nowhere'"))
    #expect(result.stdout.contains("answer with a number from 1 to 2"))
    let log = try LogCheck(path: try logFile(in: result))
    #expect(
      log.types == [
        "incident.started", "operator.joined", "step.started", "operator.left", "incident.paused",
      ])
  }

  @Test func endOfInputPausesAndResumeContinues() throws {
    var first = CrisisRun(stdin: "a visible\n")
    first.arguments = ["start", "website-outage"] + Self.variables
    let paused = try first.run()
    #expect(paused.status == 0)
    #expect(paused.stdout.contains("crisis resume"))
    var second = CrisisRun("resume", stdin: "d\np\n")
    second.directory = paused.directory
    let resumed = try second.run()
    #expect(resumed.status == 0, "\(resumed.stderr)")
    let log = try LogCheck(path: try logFile(in: resumed))
    #expect(
      log.types == [
        "incident.started", "operator.joined", "step.started", "decision", "step.done",
        "step.started", "operator.left", "incident.paused",
        "incident.resumed", "operator.joined", "step.done", "step.started", "operator.left",
        "incident.paused",
      ])
  }

  @Test func startRefusesAnUnwritableLogDirectory() throws {
    var run = CrisisRun("start", "website-outage", "--log-dir", "/proc/nope")
    run.arguments += Self.variables
    let result = try run.run()
    #expect(result.status == 1)
    #expect(result.stderr.contains("log directory /proc/nope"))
    #expect(!result.stdout.contains("Step 1"))
  }

  @Test func unknownVariableIsAUsageError() throws {
    let result = try CrisisRun("start", "website-outage", "--var", "prodcut=x").run()
    #expect(result.status == 2)
    #expect(result.stderr.contains("no variable 'prodcut'; did you mean 'product'?"))
  }
}
