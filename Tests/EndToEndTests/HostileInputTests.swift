import CrisisKit
import Foundation
import Testing

/// Input written to hurt: each gets a clear error or is shown stripped; never a crash, a hang,
/// or an escape sequence reaching the terminal.
@Suite struct HostileInputTests {
  /// Bytes that would let a file drive the operator's terminal: ESC, BEL, C1 controls (UTF-8).
  static func hasControl(_ text: String) -> Bool {
    text.unicodeScalars.contains { s in
      (s.value < 0x20 && s != "\n") || s.value == 0x7F || (0x80..<0xA0).contains(s.value)
    }
  }

  /// Every text field carries a colour change, a title change and a C1 CSI.
  static let escapes = #"\e[31mRED\e]0;pwned\a\u009B2J"#

  static var hostilePlaybook: String {
    let e = escapes
    return """
      playbook: hostile
      title: "Title \(e)"
      summary: "Summary \(e)"
      variables:
        product: { prompt: "Prompt \(e)", default: "Default \(e)" }
      roles:
        lead: { title: "Lead \(e)", duties: "Duties \(e)" }
      channels:
        x: { title: "X \(e)", audience: public }
      templates:
        post: { channel: x, text: "Post {{product}} \(e)" }
      steps:
        - id: first
          title: "Step \(e)"
          role: lead
          due: 1m
          do: ["Check \(e)"]
          ask: { question: "Question \(e)", choices: { "yes \(e)": second, "no": end } }
        - id: second
          title: "Second \(e)"
          role: lead
          every: 30m
          send: [post]
      drill:
        injects:
          - { at: 0s, title: "Inject \(e)", text: "Inject text \(e)", role: lead }
          - { at: 1s, title: "Two", text: "Two" }
          - { at: 2s, title: "Three", text: "Three" }

      """
  }

  @Test func escapesInEveryFieldNeverReachTheTerminal() throws {
    let files = ["hostile.yml": Self.hostilePlaybook]
    let show = try CrisisRun("show", "hostile.yml", files: files).run()
    #expect(show.status == 0, "\(show.stderr)")
    #expect(show.stdout.contains("Title [31mRED]0;pwned2J"))
    #expect(!Self.hasControl(show.stdout))

    let script = "a 1\nm 1\nn note \u{1B}]0;pwned\u{07} \u{1B}[2J\nl\ni\nx\n"
    var drill = CrisisRun(stdin: script, files: files)
    drill.arguments = ["drill", "hostile.yml", "--var", "product=P\u{1B}[5m"]
    let walked = try drill.run()
    #expect(walked.status == 0, "\(walked.stderr)")
    #expect(walked.stdout.contains("Step 1 of 2: Step [31mRED"))
    #expect(walked.stdout.contains("INJECT: Inject [31mRED"))
    #expect(!Self.hasControl(walked.stdout), "walkthrough output")
    #expect(!Self.hasControl(walked.stderr))

    // The log keeps what was typed, exactly (JSON-escaped); replay and status strip it again.
    var replay = CrisisRun("replay", "hostile", "--speed", "1000000")
    replay.directory = walked.directory
    let replayed = try replay.run()
    #expect(replayed.status == 0)
    #expect(replayed.stdout.contains("note: note ]0;pwned [2J"))
    #expect(!Self.hasControl(replayed.stdout))
    var list = CrisisRun("list")
    list.directory = walked.directory
    #expect(!Self.hasControl(try list.run().stdout))
  }

  @Test func deepNestingIsAnErrorNotAStackOverflow() throws {
    let flow =
      "a: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n"
    var block = "a:\n"
    for depth in 1..<10_000 { block += String(repeating: " ", count: depth % 300 + 1) + "- x\n" }
    var nested = ""
    for depth in 0..<1000 { nested += String(repeating: " ", count: depth) + "k\(depth):\n" }
    let files = ["flow.yml": flow, "block.yml": block, "nested.yml": nested]
    for name in files.keys.sorted() {
      let result = try CrisisRun("lint", name, files: files).run()
      #expect(result.status == 1, "\(name)")
      #expect(result.stderr.hasPrefix("\(name):"), "\(name): \(result.stderr)")
    }
    let flowResult = try CrisisRun("lint", "flow.yml", files: files).run()
    #expect(flowResult.stderr.contains("nesting deeper than 256 levels"))
  }

  /// A 15 MB line, just under the 16 MiB playbook limit (a 100 MB one is refused before it is
  /// read: HardeningTests).
  @Test func aFifteenMegabyteLine() throws {
    let dir = try CrisisRun.makeDirectory()
    var data = Data("playbook: big\ntitle: ".utf8)
    data.append(Data(repeating: UInt8(ascii: "x"), count: 15_000_000))
    data.append(Data("\nsteps:\n  - { id: a, title: A, role: r }\n".utf8))
    try data.write(to: dir.appendingPathComponent("big.yml"))
    var run = CrisisRun("lint", "big.yml")
    run.directory = dir
    let result = try run.run()
    #expect(result.status == 1)
    #expect(result.stderr.hasPrefix("big.yml:4:30: error: step 'a' refers to role 'r'"))
  }

  @Test func invalidUTF8AndNULBytes() throws {
    let dir = try CrisisRun.makeDirectory()
    let cases: [(String, [UInt8], String)] = [
      ("nul.yml", Array("title: a\u{0}b\n".utf8), "nul.yml:1:9: error: control character"),
      (
        "latin1.yml", Array("title: Gr".utf8) + [0xFC, 0xDF, 0x65] + Array("\n".utf8),
        "latin1.yml:1:10: error: invalid UTF-8"
      ),
      (
        "surrogate.yml", Array("title: ".utf8) + [0xED, 0xA0, 0x80] + [0x0A],
        "surrogate.yml:1:8: error: invalid UTF-8"
      ),
    ]
    for (name, bytes, prefix) in cases {
      try Data(bytes).write(to: dir.appendingPathComponent(name))
      var run = CrisisRun("lint", name)
      run.directory = dir
      let result = try run.run()
      #expect(result.status == 1, "\(name)")
      #expect(result.stderr.hasPrefix(prefix), "\(name): \(result.stderr)")
    }
  }

  @Test func logLinesOfTheWrongShape() throws {
    var start = CrisisRun(stdin: "p\n")
    start.arguments = ["start", "website-outage"] + WalkthroughTests.variables
    let started = try start.run()
    let incidents = started.directory.appendingPathComponent("incidents")
    let name = try #require(
      try FileManager.default.contentsOfDirectory(atPath: incidents.path).first)
    let log = incidents.appendingPathComponent(name)
    let original = try Data(contentsOf: log)
    let lineCount = original.split(separator: UInt8(ascii: "\n")).count
    let bad: [(String, String)] = [
      (#"[1, 2, 3]"#, "expected a json object"),
      (
        #"{"v":1,"seq":\#(lineCount + 1),"ts":"yesterday","incident":"x","mode":"live","type":"note","actor":"a","prev":"0"}"#,
        "ts"
      ),
      (
        #"{"v":1,"seq":\#(lineCount + 1),"ts":"2026-11-21T17:00:00Z","incident":"x","mode":"chaos","type":"note","actor":"a","prev":"0"}"#,
        "mode"
      ),
      (#"{"v":2,"seq":1}"#, "version"),
      (
        "{\"v\":1,\"seq\":\(lineCount + 1),\"text\":\"\u{1B}[31m\"}\n{\"v\":1}", "control character"
      ),
    ]
    for (line, words) in bad {
      var data = original
      data.append(Data((line + "\n").utf8))
      try data.write(to: log)
      for command in [
        ["status"], ["list"], ["export", name], ["replay", name, "--speed", "1e9"],
        ["verify", name],
      ] {
        var run = CrisisRun(command[0])
        run.arguments = command
        run.directory = started.directory
        let result = try run.run()
        #expect(result.status <= 1, "\(command) crashed on \(line)")
        #expect(!HostileInputTests.hasControl(result.stdout + result.stderr))
        if command == ["status"] {
          #expect(result.status == 1, "\(line)")
          #expect(
            result.stderr.hasPrefix("incidents/\(name):\(lineCount + 1):"),
            "\(line): \(result.stderr)")
          #expect(result.stderr.lowercased().contains(words), "\(line): \(result.stderr)")
        }
      }
    }
  }
}
