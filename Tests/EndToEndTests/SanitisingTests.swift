import CrisisKit
import Foundation
import Testing

/// Text that did not come from the program reaches the terminal only through the one
/// sanitiser: a log's `incident` field, a `--log-dir` argument, an `-o` file name.
@Suite struct SanitisingTests {
  /// OSC 52 (a clipboard write), a screen clear, a right-to-left override, a zero-width space.
  static let hostileID = "evil\u{1B}]52;c;ZXZpbA==\u{07}\u{1B}[2J\u{202E}\u{200B}id"

  /// Nothing a terminal would act on or hide: C0 (but the newline), DEL, C1, bidi controls,
  /// and unless it is a document (an export, which keeps invisible characters), the
  /// zero-width space.
  static func isClean(_ text: String, document: Bool = false) -> Bool {
    !text.unicodeScalars.contains { s in
      (s.value < 0x20 && s != "\n") || s.value == 0x7F || (0x80..<0xA0).contains(s.value)
        || (0x202A...0x202E).contains(s.value) || (!document && s.value == 0x200B)
    }
  }

  /// A drill log at `incidents/hostile.jsonl` whose `incident` field is `hostileID`, written
  /// through the real writer (the id is no file name, so the file is named otherwise).
  func hostileLog() throws -> URL {
    let dir = try CrisisRun.makeDirectory()
    let path = CrisisRun.packageRoot.appendingPathComponent("Playbooks/website-outage.yml").path
    let loaded = PlaybookLoader.load(path: path)
    let opening = IncidentOpening(
      playbook: try loaded.valid(path: path), playbookPath: path, playbookBytes: loaded.bytes,
      mode: .drill, speed: 10)
    let log = try IncidentLog.create(at: dir.path + "/incidents/hostile.jsonl")
    let recorder = IncidentRecorder(
      log: log, incident: Self.hostileID, mode: .drill, actor: "anna", clock: SystemClock())
    _ = try recorder.record(opening.draft, simulated: { _ in 0 })
    _ = try recorder.record(EventDraft(.incidentPaused(IncidentPaused())), simulated: { _ in 1 })
    return dir
  }

  @Test(arguments: [
    ["list"], ["note", "-i", "hostile", "hello"], ["resume", "hostile"], ["status", "hostile"],
    ["replay", "hostile", "--speed", "100000"], ["drill", "--from-log", "hostile"],
    ["resolve", "hostile"], ["export", "hostile"], ["verify", "hostile"],
  ])
  func incidentFieldOfALog(_ arguments: [String]) throws {
    var run = CrisisRun(stdin: String(repeating: "\n", count: 8))
    run.arguments = arguments
    run.directory = try hostileLog()
    let result = try run.run()
    #expect(result.status == 0, "\(arguments): \(result.stderr)")
    #expect(
      Self.isClean(result.stdout, document: arguments[0] == "export"),
      "\(arguments): \(result.stdout.debugDescription)")
    #expect(Self.isClean(result.stderr), "\(arguments): \(result.stderr.debugDescription)")
  }

  @Test func resolvedAgainSaysSoCleanly() throws {
    let dir = try hostileLog()
    var first = CrisisRun("resolve", "hostile")
    first.directory = dir
    #expect(try first.run().status == 0)
    let again = try {
      var r = first
      r.directory = dir
      return try r.run()
    }()
    #expect(again.status == 1)
    #expect(again.stderr.hasPrefix("crisis: error: evil]52;c;ZXZpbA==[2Jid is already resolved"))
  }

  @Test func logDirArgumentShownByList() throws {
    let result = try CrisisRun("list", "--log-dir", "in\u{202E}txt.gpj\u{1B}[2J").run()
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("No incidents in intxt.gpj[2J."), "\(result.stdout)")
    #expect(Self.isClean(result.stdout))
  }

  @Test func outputFileNameShownByMerge() throws {
    let dir = try hostileLog()
    var merge = CrisisRun("merge", "incidents/hostile.jsonl", "-o", "m\u{1B}[2J\rerged.jsonl")
    merge.directory = dir
    let merged = try merge.run()
    #expect(merged.status == 0, "\(merged.stderr)")
    #expect(merged.stdout.contains("into m[2Jerged.jsonl: 2 events"), "\(merged.stdout)")
    #expect(Self.isClean(merged.stdout))
    let again = try merge.run()
    #expect(again.status == 1)
    #expect(again.stderr.hasPrefix("crisis: error: m[2Jerged.jsonl already exists"))
    #expect(Self.isClean(again.stderr))
  }
}
