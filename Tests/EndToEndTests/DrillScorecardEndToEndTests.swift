import Foundation
import Testing

/// A scripted drill through the built binary: two injects arrive while `wait 10m` jumps the
/// clock past them, and the actions they expect come later. The scorecard times each from
/// when the inject was due to its expected action (not to the next keystroke), names the
/// late steps, and ends with the things to practise; the export of the drill says the same.
@Suite struct DrillScorecardEndToEndTests {
  static let playbook = """
    playbook: mini
    title: Mini outage
    roles:
      lead: { title: Incident lead }
      comms: { title: Communications }
    channels:
      status: { title: Status page, audience: public }
    templates:
      first-post:
        channel: status
        text: We know the shop is down.
    steps:
      - id: confirm
        title: Confirm the outage
        role: lead
        due: 5m
      - id: go-public
        title: First public statement
        role: comms
        due: 15m
        send: [first-post]
    drill:
      injects:
        - at: 4m
          title: A journalist calls
          text: They want a statement.
          role: lead
          expect: [first-post]
        - at: 8m
          title: The CEO wants to post
          text: Draft ready.
          role: lead
          expect: [confirm]

    """

  @Test func injectsReleasedByWaitAreTimedToTheirExpectedAction() throws {
    var drill = CrisisRun(
      // `hold` first: the drill clock then moves only by `wait`, whatever the machine's pace.
      stdin:
        "hold\nassign lead Anna\nassign comms Ben\nwait 10m\nd\nwait 10m\nm 1\nd\nx done\nyes\n",
      files: ["mini.yml": Self.playbook])
    drill.arguments = ["drill", "mini.yml", "--plain", "--as", "anna"]
    let result = try drill.run()
    #expect(result.status == 0, "\(result.stderr)")
    let out = result.stdout
    // T+4m journalist: the post came at T+20m; T+8m CEO: the step was done at T+10m.
    #expect(out.contains("expected message “first-post” on Status page: done"), "\(out)")
    #expect(out.contains("after 16m"), "\(out)")
    #expect(out.contains("expected Confirm the outage: done after 2m"))
    #expect(out.contains("meanwhile: T+10m step done"), "listed, not counted")
    #expect(out.contains("Confirm the outage: done T+10m, due T+5m"), "names the late step")
    #expect(out.contains("First public statement: done T+20m, due T+15m"))
    #expect(out.contains("1. Get the first public statement out within 15m."))

    var export = CrisisRun()
    export.arguments = ["export", "mini", "--format", "json"]
    export.directory = result.directory
    let json = try export.run()
    #expect(json.status == 0, "\(json.stderr)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let metrics = try #require(object["metrics"] as? [String: Any])
    let injects = try #require(metrics["injects"] as? [[String: Any]])
    #expect(injects.map { $0["scheduled_seconds"] as? Double } == [240, 480])
    let delays = injects.map { $0["expected_reaction_delay_seconds"] as? Double ?? -1 }
    #expect(zip(delays, [960.0, 120.0]).allSatisfy { abs($0 - $1) < 1 }, "\(delays)")
    #expect(injects.map { $0["expected_done"] as? Bool } == [true, true])
    let findings = try #require(metrics["findings"] as? [[String: Any]])
    #expect(findings.contains { $0["kind"] as? String == "late_first_statement" })
    #expect(
      findings.contains {
        $0["kind"] as? String == "late_step" && $0["held_by"] as? String == "Anna"
      })
  }

  /// The scorecard speaks the drill's language: German for a German playbook, English with
  /// `--lang en`, the same as the screens before it.
  @Test(arguments: [
    (
      [],
      ["Schritte pünktlich", "Schritte verspätet", "Beim nächsten Mal üben", "Einspielung T+4m"],
      ["Steps on time", "Practise next time"]
    ),
    (
      ["--lang", "en"], ["Steps on time", "Steps late", "Practise next time", "Inject at T+4m"],
      ["Schritte pünktlich", "Beim nächsten Mal üben"]
    ),
  ])
  func theScorecardSpeaksTheDrillsLanguage(flags: [String], present: [String], absent: [String])
    throws
  {
    let script =
      try LanguageTests.defaults("de/webshop-ausfall")
      + "hold\nwait 20m\na 1\nm 1\nd\nx Shop läuft wieder\nja\nyes\n"
    var drill = CrisisRun(stdin: script)
    drill.arguments = ["drill", "de/webshop-ausfall", "--plain", "--as", "anna"] + flags
    let result = try drill.run()
    #expect(result.status == 0, "\(result.stderr)")
    for phrase in present { #expect(result.stdout.contains(phrase), "missing: \(phrase)") }
    for phrase in absent { #expect(!result.stdout.contains(phrase), "\(phrase)") }
  }
}
