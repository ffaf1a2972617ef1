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

  // MARK: Item 5

  /// A fifo, /dev/zero and /dev/urandom: one line and exit 1, at once (no hang, no memory).
  @Test(arguments: ["lint", "convert", "show"])
  func nonRegularPlaybooksAreRefused(command: String) throws {
    let dir = try CrisisRun.makeDirectory()
    #expect(mkfifo(dir.appendingPathComponent("f.yml").path, 0o600) == 0)
    for path in ["f.yml", "/dev/zero", "/dev/urandom"] {
      let result = try Self.run([command, path], in: dir)
      #expect(result.status == 1, "\(command) \(path)")
      // lint adds its count line ("1 error, 0 warnings"); show looks names up among files.
      let first = result.stderr.split(separator: "\n").first.map(String.init) ?? ""
      #expect(result.stderr.split(separator: "\n").count == (command == "lint" ? 2 : 1))
      if command != "show" {
        #expect(first == "\(path): error: " + Self.notRegular(path), "\(result.stderr)")
      }
    }
  }

  static func notRegular(_ path: String) -> String {
    (path.hasPrefix("/dev") ? "is a character device" : "is a fifo or pipe")
      + ", not a regular file; crisis reads playbooks only from regular files "
      + "(save it to a file first)"
  }

  @Test func aPipeAsStdinIsRefused() throws {
    let dir = try CrisisRun.makeDirectory()
    let result = try Self.run(["lint", "/dev/stdin"], in: dir, stdin: "playbook: x\n")
    #expect(result.status == 1)
    #expect(result.stderr.contains("/dev/stdin: error: is a fifo or pipe, not a regular file"))
  }

  @Test func aLogThatIsADeviceIsRefused() throws {
    let dir = try CrisisRun.makeDirectory()
    for command in [["verify", "/dev/zero"], ["export", "/dev/zero"], ["replay", "/dev/zero"]] {
      let result = try Self.run(command, in: dir)
      #expect(result.status == 1, "\(command)")
      #expect(Self.oneLine(result.stderr), "\(command): \(result.stderr)")
    }
  }

  /// A fifo among the logs: `list` and `status` name it and go on, without blocking.
  @Test func aFifoInTheLogDirectoryDoesNotBlock() throws {
    let (dir, log) = try Self.started()
    let fifo = log.deletingLastPathComponent().appendingPathComponent("2026-01-01-x-0000.jsonl")
    #expect(mkfifo(fifo.path, 0o600) == 0)
    let list = try Self.run(["list"], in: dir)
    #expect(list.stderr.contains("is a fifo or pipe, not a regular file"), "\(list.stderr)")
    let status = try Self.run(["status", log.path], in: dir)
    #expect(status.status == 0, "\(status.stderr)")
  }

  // MARK: Item 8

  @Test func noteDoesNotAppendThroughASymlink() throws {
    let (dir, log) = try Self.started()
    let moved = log.deletingLastPathComponent().appendingPathComponent("x")
    try FileManager.default.moveItem(at: log, to: moved)
    try FileManager.default.createSymbolicLink(at: log, withDestinationURL: moved)
    let before = try Data(contentsOf: moved)
    let noted = try Self.run(["note", "-i", log.path, "through the link"], in: dir)
    #expect(noted.status == 1)
    #expect(noted.stderr.contains("is a symbolic link"), "\(noted.stderr)")
    #expect(try Data(contentsOf: moved) == before)
  }

  @Test func aSharedLogDirectoryIsRefused() throws {
    let (dir, log) = try Self.started()
    let logs = log.deletingLastPathComponent()
    #expect(chmod(logs.path, 0o777) == 0)
    let before = try Data(contentsOf: log)
    let noted = try Self.run(["note", "in a shared dir"], in: dir)
    #expect(noted.status == 1)
    #expect(noted.stderr.contains("other users can write to the log directory"))
    #expect(Self.oneLine(noted.stderr), "\(noted.stderr)")
    #expect(try Data(contentsOf: log) == before)
    var start = CrisisRun(stdin: "")
    start.arguments = ["start", "website-outage"] + WalkthroughTests.variables
    start.directory = dir
    let started = try start.run()
    #expect(started.status == 1)
    #expect(try FileManager.default.contentsOfDirectory(atPath: logs.path).count == 1)
  }

  @Test(arguments: [["export", "-o", "report.md"], ["merge", "-o", "report.md"]])
  func outputsAreNeverWrittenThroughASymlink(command: [String]) throws {
    let (dir, log) = try Self.started()
    try Data("keep".utf8).write(to: dir.appendingPathComponent("target.md"))
    try FileManager.default.createSymbolicLink(
      atPath: dir.appendingPathComponent("report.md").path, withDestinationPath: "target.md")
    let result = try Self.run(command + [log.path], in: dir)
    #expect(result.status == 1, "\(result.stdout)")
    #expect(result.stderr.contains("already exists"), "\(result.stderr)")
    #expect(try Data(contentsOf: dir.appendingPathComponent("target.md")) == Data("keep".utf8))
  }

  // MARK: Item 9

  /// An empty log (a start killed before its first event, in an older version) is skipped
  /// with a warning: `list` works, `status` and `note` without an id find the real incident.
  @Test func anEmptyLogIsNotStarted() throws {
    let (dir, log) = try Self.started()
    let empty = log.deletingLastPathComponent().appendingPathComponent(
      "2026-01-01-website-outage-0000.jsonl")
    #expect(FileManager.default.createFile(atPath: empty.path, contents: Data()))
    let list = try Self.run(["list"], in: dir)
    #expect(list.status == 0)
    #expect(list.stderr.contains("warning: the log is empty"), "\(list.stderr)")
    #expect(!list.stderr.contains("error"))
    for command in [["status"], ["note", "still here"]] {
      let result = try Self.run(command, in: dir)
      #expect(result.status == 0, "\(command): \(result.stderr)")
    }
  }

  /// A failed export (the output's directory does not exist) leaves nothing, and a retry works.
  @Test func aFailedExportLeavesNothing() throws {
    let (dir, log) = try Self.started()
    let failed = try Self.run(["export", log.path, "-o", "missing/report.md"], in: dir)
    #expect(failed.status == 1)
    #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("missing").path))
    let first = try Self.run(["export", log.path, "-o", "report.md"], in: dir)
    #expect(first.status == 0, "\(first.stderr)")
    let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
    #expect(!names.contains { $0.hasPrefix(".report.md.tmp") })
  }

  /// `export -o` and `merge -o` under a file-size limit (a full disk): the command fails,
  /// nothing is left under the name or as a temporary file, and the retry works.
  @Test(arguments: [["export", "-o", "report.md"], ["merge", "-o", "merged.jsonl"]])
  func aFullDiskLeavesNoOutput(command: [String]) throws {
    let (dir, log) = try Self.started()
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    // One 512-byte block: the embedded playbook alone is larger.
    process.arguments =
      ["-c", "ulimit -f 1; exec \"$0\" \"$@\"", try CrisisRun.binary().path] + command + [log.path]
    process.currentDirectoryURL = dir
    process.environment = ["PATH": "/usr/bin:/bin", "HOME": dir.path, "TZ": "Europe/Berlin"]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 1, "\(text)")
    #expect(text.contains("File too large"), "\(text)")
    let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
    #expect(!names.contains(command[2]), "\(names)")
    #expect(!names.contains { $0.contains(".tmp-") }, "\(names)")
    let retry = try Self.run(command + [log.path], in: dir)
    #expect(retry.status == 0, "\(retry.stderr)")
  }
}
