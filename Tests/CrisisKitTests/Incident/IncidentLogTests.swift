import Testing

@testable import CrisisKit

#if canImport(Glibc)
  import Glibc
#endif

@Suite struct IncidentLogTests {
  static let emptyHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

  @Test func firstLineHasTheExactFormat() throws {
    let dir = try TemporaryDirectory()
    let path = dir.file("incidents/2026-11-21-website-outage-7f3a.jsonl")
    let log = try IncidentLog.create(at: path)
    let appended = try log.append(clock: ManualClock(incidentStart)) { seq, now in
      #expect(seq == 1)
      return event("incident.started", at: now, [("title", .string("Shop \"down\"\näö"))])
    }
    let expected =
      #"{"v":1,"seq":1,"ts":"2026-11-21T17:03:12.345+01:00","incident":"2026-11-21-website-outage-7f3a","mode":"live","type":"incident.started","actor":"anna","title":"Shop \"down\"\näö","prev":"\#(Self.emptyHash)"}"#
    #expect(String(decoding: Files.read(path), as: UTF8.self) == expected + "\n")
    #expect(appended.bytes == Array(expected.utf8))
    #expect(appended.sha256 == SHA256.hex(of: Array(expected.utf8)))
    #expect(appended.seq == 1)
    #expect(appended.timestamp == incidentStart)
    #expect(!appended.sealedTornLine)
  }

  @Test func appendThenReadRoundTrips() throws {
    let dir = try TemporaryDirectory()
    let path = dir.file("a.jsonl")
    let appended = try makeLog(at: path, count: 25)
    var seen: [LogLine] = []
    let summary = try IncidentLog.read(path: path, hashing: true) { seen.append($0) }
    #expect(summary.eventCount == 25)
    #expect(summary.warnings.isEmpty)
    #expect(summary.tornLastLine == nil)
    #expect(seen.map(\.seq) == Array(1...25))
    #expect(seen.map(\.number) == Array(1...25))
    #expect(seen.map(\.sha256) == appended.map(\.sha256))
    var prev = Self.emptyHash
    for (line, written) in zip(seen, appended) {
      #expect(line.event["prev"] == .string(prev))
      #expect(try JSONParser.parse(bytes: written.bytes) == line.event)
      guard case .object(let fields) = line.event else { continue }
      #expect(
        fields.map(\.0) == ["v", "seq", "ts", "incident", "mode", "type", "actor", "text", "prev"])
      prev = written.sha256
    }
    #expect(seen[3].event["text"] == .string("note number 4"))
    #expect(seen[3].event["ts"] == .string("2026-11-21T17:03:15.345+01:00"))
    // Offsets point at the lines.
    let bytes = Files.read(path)
    #expect(seen.allSatisfy { $0.offset == 0 || bytes[$0.offset - 1] == 0x0A })
  }

  @Test func createMakesPrivateDirectoriesAndFilesOnce() throws {
    let dir = try TemporaryDirectory()
    let path = dir.file("deep/er/logs/x.jsonl")
    _ = try IncidentLog.create(at: path)
    #expect(Files.mode(dir.file("deep")) == 0o700)
    #expect(Files.mode(dir.file("deep/er/logs")) == 0o700)
    #expect(Files.mode(path) == 0o600)
    #expect(Files.read(path).isEmpty)
    #expect(throws: LogError.incidentExists(path: path)) { try IncidentLog.create(at: path) }
    // An existing directory keeps its mode.
    _ = chmod(dir.file("deep/er/logs"), 0o750)
    _ = try IncidentLog.create(at: dir.file("deep/er/logs/y.jsonl"))
    #expect(Files.mode(dir.file("deep/er/logs")) == 0o750)
  }

  @Test func checkWritableCreatesTheDirectoryAndLeavesNoProbe() throws {
    let dir = try TemporaryDirectory()
    try IncidentLog.checkWritable(directory: dir.file("new/logs"))
    #expect(Files.mode(dir.file("new/logs")) == 0o700)
    #expect(FileSystem.isDirectory(dir.file("new/logs")))
    #expect(directoryEntries(dir.file("new/logs")).isEmpty)
  }

  @Test func unwritableDirectoryIsAClearError() throws {
    let dir = try TemporaryDirectory()
    // Root ignores permission bits, so as root use sysfs, which refuses new files.
    let locked = geteuid() == 0 ? "/sys/kernel" : dir.file("locked")
    if geteuid() != 0 {
      _ = mkdir(locked, 0o500)
    }
    do {
      try IncidentLog.checkWritable(directory: locked)
      Issue.record("no error")
    } catch {
      #expect(error.description == "cannot write to log directory \(locked): Permission denied")
    }
    #expect(throws: LogError.self) { try IncidentLog.create(at: locked + "/x.jsonl") }

    Files.write(dir.file("plain"), Array("not a directory".utf8))
    do {
      try IncidentLog.checkWritable(directory: dir.file("plain/logs"))
      Issue.record("no error")
    } catch {
      #expect(
        error.description
          == "cannot create log directory \(dir.file("plain/logs")): Not a directory")
    }
  }

  @Test func appendToAMissingLogFailsAndCreatesNothing() throws {
    let dir = try TemporaryDirectory()
    let path = dir.file("missing.jsonl")
    do {
      try IncidentLog(path: path).append(clock: ManualClock(incidentStart)) { _, now in
        event("note", at: now)
      }
      Issue.record("no error")
    } catch {
      #expect(
        error.description == "event NOT recorded in \(path): open: No such file or directory")
    }
    #expect(Files.mode(path) == nil)
    #expect(throws: LogError.self) { try IncidentLog.open(at: path) }
  }

  /// /dev/full (which fails every write with ENOSPC) is a device, not a log: the append is
  /// refused before writing (issue 10 item 5/8; a full disk is `FaultTortureTests`' job).
  @Test func aDeviceIsNotALog() throws {
    let log = try IncidentLog.open(at: "/dev/full")
    do {
      try log.append(clock: ManualClock(incidentStart)) { _, now in event("note", at: now) }
      Issue.record("no error")
    } catch {
      #expect(
        error.description
          == "/dev/full: error: is a character device, not a regular file; event NOT recorded")
    }
  }

  @Test func partialWriteMessages() {
    let cause = SystemError("write", code: ENOSPC)
    #expect(
      LogError.notRecorded(path: "l", cause, written: 10, total: 100).description
        == "event NOT recorded in l: write: No space left on device "
        + "(a partial line was left; readers skip it as a torn write)")
    #expect(
      LogError.notRecorded(path: "l", cause, written: 99, total: 100).description
        == "event written to l without its line end (write: No space left on device); "
        + "it counts once the next event is appended")
  }

  @Test(arguments: [
    ("seq", "invalid event: field \"seq\" is set by the log itself"),
    ("prev", "invalid event: field \"prev\" is set by the log itself"),
    ("v", "invalid event: field \"v\" is set by the log itself"),
    ("type", "invalid event: field \"type\" given twice"),
  ])
  func reservedAndRepeatedFieldsAreRefused(name: String, message: String) throws {
    let dir = try TemporaryDirectory()
    let path = dir.file("a.jsonl")
    let log = try IncidentLog.create(at: path)
    do {
      try log.append(clock: ManualClock(incidentStart)) { _, now in
        event("note", at: now, [(name, .int(3))])
      }
      Issue.record("no error")
    } catch {
      #expect(error.description == message)
    }
    #expect(Files.read(path).isEmpty)
  }

  @Test func timeNeverGoesBackDownTheLog() throws {
    let dir = try TemporaryDirectory()
    let log = try IncidentLog.create(at: dir.file("a.jsonl"))
    let clock = ManualClock(incidentStart)
    try log.append(clock: clock) { _, now in event("note", at: now) }
    clock.advance(seconds: -90)  // NTP stepped the wall clock back
    let second = try log.append(clock: clock) { _, now in event("note", at: now) }
    #expect(second.timestamp == incidentStart)
    var stamps: [JSONValue?] = []
    try IncidentLog.read(path: dir.file("a.jsonl")) { stamps.append($0.event["ts"]) }
    #expect(stamps == [.string(incidentStart.rfc3339), .string(incidentStart.rfc3339)])
  }

  @Test func longLinesAndLongLogsFindTheirTail() throws {
    let dir = try TemporaryDirectory()
    let path = dir.file("a.jsonl")
    let log = try IncidentLog.create(at: path)
    let clock = ManualClock(incidentStart)
    // A first event bigger than several tail chunks (the playbook text), then many small ones.
    let big = String(repeating: "playbook text ä ", count: 30_000)
    try log.append(clock: clock) { _, now in
      event("incident.started", at: now, [("text", .string(big))])
    }
    let second = try log.append(clock: clock) { _, now in event("note", at: now) }
    #expect(second.seq == 2)
    for _ in 0..<300 { try log.append(clock: clock) { _, now in event("note", at: now) } }
    let report = try IncidentLog.verifyChain(path: path)
    #expect(report.isIntact)
    #expect(report.eventCount == 302)
  }

  private func directoryEntries(_ path: String) -> [String] {
    guard let dir = opendir(path) else { return [] }
    defer { closedir(dir) }
    var names: [String] = []
    while let entry = readdir(dir) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name != ".", name != ".." { names.append(name) }
    }
    return names
  }
}
