import Testing

@testable import CrisisKit

#if canImport(Glibc)
  import Glibc
#endif

/// Issue 10, items 5, 8, 9 and 10: what `crisis` reads and writes is a regular file of a
/// bounded size, logs are never written through a link or into a directory others control,
/// and a failed create leaves nothing behind.
@Suite struct FileSafetyTests {
  // MARK: Item 5: only regular files, of a bounded size

  @Test func aFifoIsRefusedWithoutBlocking() throws {
    let dir = try TemporaryDirectory()
    let fifo = dir.file("f.yml")
    #expect(mkfifo(fifo, 0o600) == 0)
    do {
      _ = try FileSystem.readFile(fifo)
      Issue.record("a fifo was read")
    } catch {
      #expect(error.description.hasPrefix("\(fifo): error: is a fifo or pipe, not a regular file"))
    }
    #expect(throws: LogError.self) { _ = try LogReader(path: fifo) }
  }

  @Test(arguments: ["/dev/zero", "/dev/urandom", "/dev/null"])
  func aDeviceIsRefused(path: String) {
    #expect(throws: FileSystem.Failure.self) { _ = try FileSystem.readFile(path) }
    #expect(throws: LogError.self) { _ = try LogReader(path: path) }
    let loaded = PlaybookLoader.load(path: path)
    #expect(loaded.hasErrors)
    #expect(loaded.diagnostics.first?.message.contains("not a regular file") == true)
  }

  /// A (sparse) file over the playbook limit is refused before it is read.
  @Test func aPlaybookOverTheLimitIsRefused() throws {
    let dir = try TemporaryDirectory()
    let path = dir.file("big.yml")
    Files.write(path, [])
    #expect(truncate(path, off_t(InputLimits.playbookBytes + 1)) == 0)
    do {
      _ = try FileSystem.readFile(path)
      Issue.record("an oversized playbook was read")
    } catch {
      #expect(error.reason.contains("over the 16 MiB limit for a playbook"))
    }
  }

  /// One line longer than the line limit (a file of zeros without a newline) stops the reader
  /// with an error instead of growing its buffer without end.
  @Test func aLineOverTheLimitIsDamage() throws {
    let dir = try TemporaryDirectory()
    let path = dir.file("zeros.jsonl")
    Files.write(path, [])
    #expect(truncate(path, off_t(InputLimits.logLineBytes + 1)) == 0)
    do {
      try IncidentLog.read(path: path) { _ in }
      Issue.record("no error")
    } catch {
      #expect("\(error)".contains("\(path):1:1: error: the line is longer than 64 MiB"))
    }
  }

  // MARK: Item 8: no links, no foreign files, no shared directories

  @Test func appendRefusesASymbolicLink() throws {
    let dir = try TemporaryDirectory()
    let path = dir.file("a.jsonl")
    _ = try makeLog(at: path, count: 1)
    let target = dir.file("x.jsonl")
    #expect(rename(path, target) == 0)
    #expect(symlink("x.jsonl", path) == 0)
    let before = Files.read(target)
    do {
      try IncidentLog(path: path).append(clock: ManualClock(incidentStart)) { _, now in
        event("note", at: now)
      }
      Issue.record("appended through a link")
    } catch {
      #expect(error.description.contains("is a symbolic link"))
    }
    #expect(Files.read(target) == before)
  }

  @Test func appendRefusesAnotherUsersLog() throws {
    guard geteuid() == 0 else { return }  // only root can give a file away
    let dir = try TemporaryDirectory()
    let path = dir.file("a.jsonl")
    _ = try makeLog(at: path, count: 1)
    #expect(chown(path, 1, 1) == 0)
    let before = Files.read(path)
    do {
      try IncidentLog(path: path).append(clock: ManualClock(incidentStart)) { _, now in
        event("note", at: now)
      }
      Issue.record("appended to another user's file")
    } catch {
      #expect(error.description.contains("belongs to another user"))
    }
    #expect(Files.read(path) == before)
  }

  @Test(arguments: [0o777, 0o770, 0o1777, 0o722])
  func aDirectoryOthersCanWriteIsRefused(mode: Int) throws {
    let dir = try TemporaryDirectory()
    let path = dir.file("a.jsonl")
    _ = try makeLog(at: path, count: 1)
    #expect(chmod(dir.path, mode_t(mode)) == 0)
    let before = Files.read(path)
    do {
      try IncidentLog(path: path).append(clock: ManualClock(incidentStart)) { _, now in
        event("note", at: now)
      }
      Issue.record("appended in a shared directory")
    } catch {
      #expect(error.description.contains("other users can write to the log directory"))
    }
    #expect(Files.read(path) == before)
    #expect(throws: LogError.self) { try IncidentLog.checkWritable(directory: dir.path) }
    #expect(throws: LogError.self) {
      _ = try IncidentLog.create(at: dir.file("b.jsonl"), clock: ManualClock(incidentStart)) {
        event("incident.started", at: $0)
      }
    }
    #expect(Files.mode(dir.file("b.jsonl")) == nil)
  }

  @Test func newFileNeverWritesThroughALink() throws {
    let dir = try TemporaryDirectory()
    let target = dir.file("target.md")
    Files.write(target, Array("keep".utf8))
    let link = dir.file("report.md")
    #expect(symlink("target.md", link) == 0)
    do {
      try NewFile.write("new", to: link, replace: false)
      Issue.record("wrote over a link")
    } catch {
      #expect(error.exists)
    }
    #expect(Files.read(target) == Array("keep".utf8))
    // Replacing replaces the link itself.
    try NewFile.write("new", to: link, replace: true)
    #expect(Files.read(target) == Array("keep".utf8))
    #expect(Files.read(link) == Array("new".utf8))
    var info = stat()
    #expect(lstat(link, &info) == 0 && info.st_mode & S_IFMT == S_IFREG)
  }

  // MARK: Item 9: a failure leaves nothing

  @Test func aFailedPublishLeavesNothing() throws {
    let dir = try TemporaryDirectory()
    let path = dir.file("out.md")
    struct Stop: Error {}
    #expect(throws: PublishError<Stop>.self) {
      try NewFile.publish(at: path) { (temporary: String) throws(Stop) in
        Files.write(temporary, Array("half".utf8))
        throw Stop()
      }
    }
    #expect(FileSystem.contents(of: dir.path).isEmpty)
  }

  /// The first line of a new log is in it the moment the log exists.
  @Test func createWritesTheFirstEventAtOnce() throws {
    let dir = try TemporaryDirectory()
    let path = dir.file("logs/a.jsonl")
    let line = try IncidentLog.create(at: path, clock: ManualClock(incidentStart)) {
      event("incident.started", at: $0)
    }
    #expect(line.seq == 1)
    #expect(Files.read(path) == line.bytes + [0x0A])
    #expect(Files.mode(path) == 0o600)
    #expect(Files.mode(dir.file("logs")) == 0o700)
    #expect(FileSystem.contents(of: dir.file("logs")) == ["a.jsonl"])
    #expect(throws: LogError.incidentExists(path: path)) {
      _ = try IncidentLog.create(at: path, clock: ManualClock(incidentStart)) {
        event("incident.started", at: $0)
      }
    }
    // A create that fails before writing (the clock is past year 9999) leaves nothing.
    let late = try #require(Timestamp.parse("9999-12-31T23:59:59.999Z")).adding(seconds: 1)
    #expect(throws: LogError.self) {
      _ = try IncidentLog.create(at: dir.file("logs/b.jsonl"), clock: ManualClock(late)) {
        event("incident.started", at: $0)
      }
    }
    #expect(FileSystem.contents(of: dir.file("logs")) == ["a.jsonl"])
  }

  /// An empty log (left by an interrupted start of an older version) is "not started": the
  /// directory's other incidents are found as if it were not there.
  @Test func anEmptyLogIsNotStarted() throws {
    let dir = try TemporaryDirectory()
    let good = IncidentLog.path(forIncident: "2026-11-21-website-outage-7f3a", in: dir.path)
    let started = try IncidentLog.create(at: good, clock: ManualClock(incidentStart)) { now in
      EventDraft(
        .incidentStarted,
        [
          ("title", .string("T")), ("severity", .string("high")),
          (
            "playbook",
            .object([
              ("path", .string("p.yml")), ("sha256", .string("")),
              (
                "text",
                .string(
                  "playbook: p\ntitle: P\nroles: { lead: { title: L } }\nsteps: [{ id: a, title: A, role: lead }]\n"
                )
              ),
            ])
          ),
        ]
      ).line(ts: now, incident: "2026-11-21-website-outage-7f3a", mode: .live, actor: "a", sim: nil)
    }
    #expect(started.seq == 1)
    Files.write(dir.file("2026-11-22-website-outage-0000.jsonl"), [])
    let (incidents, problems) = IncidentDirectory.summaries(in: dir.path)
    #expect(incidents.count == 1)
    #expect(problems.count == 1)
    #expect(problems.first?.contains(": warning: the log is empty") == true)
    guard case .success(let path) = IncidentDirectory.locate(nil, in: dir.path) else {
      Issue.record("the single incident was not found next to an empty log")
      return
    }
    #expect(path == good)
  }

  // MARK: Item 10: a taken id is retried

  @Test func startRetriesATakenID() throws {
    let dir = try TemporaryDirectory()
    let clock = ManualClock(incidentStart)
    let taken = IncidentLog.path(
      forIncident: IncidentID.make(playbook: "p", at: incidentStart, random: 1), in: dir.path)
    Files.write(taken, Array("someone else's\n".utf8))
    // A planted link with the next name is not followed either.
    let linked = IncidentLog.path(
      forIncident: IncidentID.make(playbook: "p", at: incidentStart, random: 2), in: dir.path)
    #expect(symlink(dir.file("elsewhere"), linked) == 0)
    var draws: [UInt16] = [1, 2, 3]
    let (recorder, first) = try IncidentRecorder.start(
      in: dir.path, playbook: "p", mode: .live, actor: "anna", clock: clock,
      random: { draws.isEmpty ? 9 : draws.removeFirst() },
      first: EventDraft(.incidentStarted, [("title", .string("T"))]))
    #expect(recorder.incident == IncidentID.make(playbook: "p", at: incidentStart, random: 3))
    #expect(first.seq == 1)
    #expect(Files.read(taken) == Array("someone else's\n".utf8))
    #expect(Files.mode(dir.file("elsewhere")) == nil)
  }

  @Test func startGivesUpAfterRepeatedCollisions() throws {
    let dir = try TemporaryDirectory()
    let taken = IncidentLog.path(
      forIncident: IncidentID.make(playbook: "p", at: incidentStart, random: 7), in: dir.path)
    Files.write(taken, Array("x\n".utf8))
    var draws = 0
    #expect(throws: LogError.self) {
      _ = try IncidentRecorder.start(
        in: dir.path, playbook: "p", mode: .live, actor: "anna", clock: ManualClock(incidentStart),
        random: {
          draws += 1
          return 7
        },
        first: EventDraft(.incidentStarted))
    }
    #expect(draws == IncidentRecorder.startAttempts)
  }
}
