import Testing

@testable import CrisisKit

#if canImport(Glibc)
  import Glibc
#endif

/// The append skips re-reading the tail only when the log is exactly as this process left
/// it; bytes anyone else added (a line, a torn fragment, a replaced file) are read as before.
@Suite struct LogTailCacheTests {
  @Test func aFragmentWrittenByAnotherWriterIsSealedNotChainedOver() throws {
    let dir = try TemporaryDirectory()
    let log = try IncidentLog.create(at: dir.file("a.jsonl"))
    let clock = ManualClock(Timestamp(milliseconds: 1_795_276_992_000, utcOffset: 3600))
    try log.append(clock: clock) { _, now in event("note", at: now) }
    // Another process crashed mid-write: a torn line the cache knows nothing about.
    let fd = open(log.path, O_WRONLY | O_APPEND)
    #expect(fd >= 0)
    let torn = Array(#"{"v":1,"seq":3,"ts":"2026-11"#.utf8)
    #expect(torn.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) } == torn.count)
    close(fd)
    try log.append(clock: clock) { _, now in event("note", at: now) }
    let report = try IncidentLog.verifyChain(path: log.path)
    #expect(report.eventCount == 2, "the torn line is sealed, the chain goes on")
    #expect(report.isIntact)
  }

  @Test func aLineAnotherWriterAppendedIsChainedOn() throws {
    let dir = try TemporaryDirectory()
    let path = dir.file("a.jsonl")
    let log = try IncidentLog.create(at: path)
    let clock = ManualClock(Timestamp(milliseconds: 1_795_276_992_000, utcOffset: 3600))
    try log.append(clock: clock) { _, now in event("note", at: now) }
    // Another process appends seq 2, chained correctly; this process's cache is stale.
    let first = Files.read(path).dropLast()
    let line =
      #"{"v":1,"seq":2,"ts":"2026-11-21T17:03:12.000+01:00","incident":"x","mode":"live","#
      + #""type":"note","actor":"ben","text":"hi","prev":""#
      + SHA256.hex(of: Array(first)) + "\"}\n"
    Files.write(path, Array(line.utf8), append: true)
    try log.append(clock: clock) { _, now in event("note", at: now) }
    let report = try IncidentLog.verifyChain(path: path)
    #expect(report.eventCount == 3)
    #expect(report.isIntact)
  }
}
