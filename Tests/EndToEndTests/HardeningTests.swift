import CrisisKit
import Foundation
import Testing

/// Issue 10 (hardening), end to end: each test runs the built binary against one of the
/// inputs that used to crash it, hang it, or make it write a log it could not read back.
@Suite struct HardeningTests {
  /// A started incident (paused at once) in a fresh directory, and its log.
  static func started(_ environment: [String: String] = [:]) throws -> (URL, URL) {
    var start = CrisisRun(stdin: "")
    start.arguments = ["start", "website-outage"] + WalkthroughTests.variables
    start.environment = environment
    let result = try start.run()
    #expect(result.status == 0, "\(result.stderr)")
    let dir = result.directory.appendingPathComponent("incidents")
    let name = try #require(
      try FileManager.default.contentsOfDirectory(atPath: dir.path).first {
        $0.hasSuffix(".jsonl")
      })
    return (result.directory, dir.appendingPathComponent(name))
  }

  static func run(
    _ arguments: [String], in directory: URL, environment: [String: String] = [:],
    stdin: String = ""
  ) throws -> CrisisRun.Result {
    var run = CrisisRun(stdin: stdin)
    run.arguments = arguments
    run.directory = directory
    run.environment = environment
    return try run.run()
  }

  static func oneLine(_ text: String) -> Bool {
    text.split(separator: "\n").count == 1 && text.hasSuffix("\n")
  }

  // MARK: Item 3

  @Test(arguments: [
    "2026-11-30T00:00:00+99:99", "2026-02-30T10:00:00Z", "2099-01-01T00:00:00Z",
    "0001-01-01T00:00:00Z", "-99999999d",
  ])
  func noteAtOutOfRangeIsAUsageError(at: String) throws {
    let (dir, log) = try Self.started()
    let before = try Data(contentsOf: log)
    let noted = try Self.run(["note", "--at", at, "text"], in: dir)
    #expect(noted.status == 2, "\(noted.stdout)\(noted.stderr)")
    #expect(Self.oneLine(noted.stderr), "\(noted.stderr)")
    #expect(noted.stderr.contains(at))
    #expect(try Data(contentsOf: log) == before)
    let status = try Self.run(["status"], in: dir)
    #expect(status.status == 0, "\(status.stderr)")
  }

  // MARK: Item 4

  /// A clock past 9999-12-31: refused, nothing written, the incident still readable.
  @Test func aClockPastYear9999IsRefused() throws {
    let (dir, log) = try Self.started()
    let before = try Data(contentsOf: log)
    // The shifted clock starts at the last writable millisecond and runs on: by the time the
    // log is opened and folded, it reads year 10000.
    let noted = try Self.run(
      ["note", "late"], in: dir, environment: ["CRISIS_NOW": "9999-12-31T23:59:59.999Z"])
    #expect(noted.status == 1)
    #expect(noted.stderr.contains("NOT recorded"), "\(noted.stderr)")
    #expect(!noted.stdout.contains("recorded"))
    #expect(try Data(contentsOf: log) == before)
    let status = try Self.run(["status"], in: dir)
    #expect(status.status == 0, "\(status.stderr)")
  }

  /// A time zone whose offset has seconds: `ts` is written in UTC and reads back.
  @Test(arguments: ["XXX-01:00:30", "XXX+24:59"])
  func anOffsetRFC3339CannotHoldIsWrittenAsUTC(zone: String) throws {
    let (dir, log) = try Self.started(["TZ": zone])
    let noted = try Self.run(["note", "x"], in: dir, environment: ["TZ": zone])
    #expect(noted.status == 0, "\(noted.stderr)")
    let check = try LogCheck(path: log)
    for line in check.lines {
      let ts = try #require(line["ts"] as? String)
      #expect(ts.hasSuffix("Z"), "\(ts)")
    }
    let status = try Self.run(["status"], in: dir, environment: ["TZ": zone])
    #expect(status.status == 0, "\(status.stderr)")
  }

  // MARK: Item 11

  /// An unterminated line inserted in the middle is damage, not a torn tail.
  @Test func verifyFindsAnInsertedTornLine() throws {
    let (dir, log) = try Self.started()
    _ = try Self.run(["note", "second"], in: dir)
    var lines = try Data(contentsOf: log).split(separator: UInt8(ascii: "\n"))
    lines.insert(Data(#"{"v":1,"seq":2,"type":"note","text":"INSERTED"#.utf8)[...], at: 1)
    try Data(lines.joined(separator: [UInt8(ascii: "\n")]) + [UInt8(ascii: "\n")]).write(to: log)
    let verify = try Self.run(["verify", log.path], in: dir)
    #expect(verify.status == 1, "\(verify.stdout)")
    #expect(verify.stderr.contains(":2:1: error: this line is cut short but is not the last line"))
    #expect(!verify.stdout.hasPrefix("intact"))
  }
}
