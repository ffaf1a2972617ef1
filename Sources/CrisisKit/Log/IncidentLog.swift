#if canImport(Glibc)
  import Glibc
#endif

/// The durable, append-only JSON Lines file of one incident, at the level of bytes: it writes
/// and reads lines of `JSONValue` objects; the event model and the fold live elsewhere.
///
/// Every line is `{"v":1,"seq":N,` + the caller's fields in the caller's order +
/// `,"prev":"<SHA-256 hex of the previous line's bytes>"}` and a newline. `seq` counts from 1
/// without gaps, and `prev` chains each line to the one before it (the first to the hash of the
/// empty string), so `verifyChain` finds any edit, deletion or insertion.
///
/// Several terminals may append to the same log at once (`crisis note` while the walkthrough
/// runs): each append takes an exclusive `flock`, finds the last event, writes its line with
/// one `write` and `fsync`s before returning. Nothing ever rewrites or truncates the file.
public struct IncidentLog: Sendable {
  /// The log file.
  public let path: String

  /// A log at `path`. Nothing is checked or created: `append` fails if the file is missing
  /// (so a mistyped id never starts a new log); use `create` for a new incident.
  public init(path: String) {
    self.path = path
  }

  /// The file name of an incident's log in a log directory: `<dir>/<id>.jsonl`.
  public static func path(forIncident id: String, in directory: String) -> String {
    (directory.hasSuffix("/") ? directory : directory + "/") + id + ".jsonl"
  }

  // MARK: Creating

  /// Creates an empty log: its directory with mode 0700 (and any missing parents), the file
  /// with mode 0600 and `O_EXCL`, so two incidents can never share a file. Both the file and
  /// its directory entry are synced before this returns.
  ///
  /// For tests and tools that fill a log they publish afterwards (`merge` builds its output
  /// under a temporary name). A new incident uses `create(at:clock:fields:)`, which never
  /// leaves an empty log behind.
  public static func create(at path: String) throws(LogError) -> IncidentLog {
    let directory = FileSystem.directory(of: path)
    do {
      try FileSystem.makeDirectories(directory, mode: 0o700)
    } catch {
      throw .directoryNotWritable(directory: directory, error)
    }
    try checkDirectory(directory)
    let fd: FileDescriptor
    do {
      fd = try FileDescriptor.open(path, O_WRONLY | O_CREAT | O_EXCL, mode: 0o600)
    } catch {
      if error.code == EEXIST { throw .incidentExists(path: path) }
      if error.code == EACCES || error.code == EROFS {
        throw .directoryNotWritable(directory: directory, error)
      }
      throw .cannotCreate(path: path, error)
    }
    defer { fd.close() }
    do {
      try fd.setMode(0o600)
      try fd.sync()
      try FileSystem.syncDirectory(directory)
    } catch {
      throw .cannotCreate(path: path, error)
    }
    return IncidentLog(path: path)
  }

  /// Creates the log of a new incident with its first event in it, in one step: the line goes
  /// to a temporary file that is synced and then linked to `path` (see `NewFile`), so a crash
  /// or a full disk leaves no log at all rather than an empty one that `list` and `status`
  /// would trip over, and a name that is taken (by another incident, or by a symbolic link
  /// someone planted) fails with `incidentExists` without touching it. `fields` gets the
  /// time, as in `append`; the line is `seq` 1 with `prev` the hash of the empty string.
  public static func create(
    at path: String, clock: some WallClock, fields: (_ now: Timestamp) -> [(String, JSONValue)]
  ) throws(LogError) -> AppendedLine {
    let directory = FileSystem.directory(of: path)
    do {
      try FileSystem.makeDirectories(directory, mode: 0o700)
    } catch {
      throw .directoryNotWritable(directory: directory, error)
    }
    try checkDirectory(directory)
    let now = clock.now().writable
    guard now.isWritable else { throw .timeOutOfRange(path: path, what: "the clock", now) }
    let line = try Self.line(seq: 1, fields: fields(now), prev: SHA256.hex(of: [UInt8]()))
    try Self.checkReadable(line, seq: 1, path: path)
    var bytes = line
    bytes.append(0x0A)
    do {
      try NewFile.publish(at: path, replace: false) { (temporary: String) throws(SystemError) in
        let fd = try FileDescriptor.open(
          temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, mode: 0o600)
        defer { fd.close() }
        try fd.setMode(0o600)
        let written: Result<Void, PartialWrite> = bytes.withUnsafeBytes { buffer in
          Result { () throws(PartialWrite) in try fd.writeAll(buffer) }
        }
        if case .failure(let failure) = written { throw failure.error }
      }
    } catch {
      switch error {
      case .file(let failure) where failure.exists: throw .incidentExists(path: path)
      case .file(let failure):
        throw .refused(path: path, "cannot create the log: \(failure.reason)")
      case .fill(let error):
        if error.code == EACCES || error.code == EROFS {
          throw .directoryNotWritable(directory: directory, error)
        }
        throw .cannotCreate(path: path, error)
      }
    }
    let appended = AppendedLine(
      seq: 1, timestamp: now, bytes: line, sha256: SHA256.hex(of: line), sealedTornLine: false)
    if let fd = try? FileDescriptor.open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK) {
      LogTailCache.remember(
        path, fd: fd, size: bytes.count, seq: 1, hash: appended.sha256, timestamp: now)
      fd.close()
    }
    return appended
  }

  /// Refuses a log directory that another user could change: one owned by someone else (other
  /// than root), or writable by the group or by others. There, another user could replace a
  /// log by a symbolic link to any file (another incident's, or a file of the user running
  /// `crisis`) and have the next event written into it. Logs are created in directories of
  /// mode 0700, so only a directory made or changed by hand fails this.
  public static func checkDirectory(_ directory: String) throws(LogError) {
    var info = stat()
    guard stat(directory.isEmpty ? "." : directory, &info) == 0 else {
      throw .directoryNotWritable(directory: directory, .last("stat"))
    }
    if info.st_uid != geteuid(), info.st_uid != 0 {
      throw .refused(
        path: directory,
        "the log directory belongs to another user (uid \(info.st_uid)); use a directory of "
          + "your own (--log-dir)")
    }
    if info.st_mode & 0o022 != 0 {
      let mode = String(info.st_mode & 0o7777, radix: 8)
      throw .refused(
        path: directory,
        "other users can write to the log directory (mode \(mode)), so they could swap a log "
          + "for a link to any file; nothing was written. Run `chmod go-w \(directory)` or use "
          + "another --log-dir")
    }
  }

  /// Opens the log at `path` for reading: `O_NONBLOCK`, so a fifo named as a log never
  /// blocks the open, then refused unless it is a regular file within the log size limit.
  /// Every reader (`LogReader`, `LogEnds`) opens a log through this.
  static func openForReading(_ path: String) throws(LogError) -> FileDescriptor {
    let fd: FileDescriptor
    do {
      fd = try FileDescriptor.open(path, O_RDONLY | O_NONBLOCK)
    } catch {
      throw .cannotOpen(path: path, error)
    }
    if let refusal = InputLimits.refusal(
      fd: fd.raw, limit: InputLimits.logBytes, what: "incident log")
    {
      fd.close()
      throw .refused(path: path, refusal)
    }
    return fd
  }

  /// An existing log; fails when there is no readable file at `path`.
  public static func open(at path: String) throws(LogError) -> IncidentLog {
    do {
      let fd = try FileDescriptor.open(path, O_RDONLY | O_NONBLOCK)
      fd.close()
    } catch {
      throw .cannotOpen(path: path, error)
    }
    return IncidentLog(path: path)
  }

  /// Fails early, before an incident starts, when logs cannot be written to `directory`: makes
  /// the directory (0700, with parents) if needed, then creates and removes a probe file.
  /// The error reads "cannot write to log directory X: Permission denied".
  public static func checkWritable(directory: String) throws(LogError) {
    do {
      try FileSystem.makeDirectories(directory, mode: 0o700)
    } catch {
      throw .directoryNotWritable(directory: directory, error)
    }
    try checkDirectory(directory)
    do {
      let probe = path(forIncident: ".crisis-write-probe-\(getpid())", in: directory)
      // No O_EXCL: a probe left by a crashed run with the same pid must not fail the check.
      let fd = try FileDescriptor.open(probe, O_WRONLY | O_CREAT | O_NOFOLLOW, mode: 0o600)
      fd.close()
      try FileSystem.remove(probe)
    } catch {
      throw .directoryNotWritable(directory: directory, error)
    }
  }

  // MARK: Appending

  /// Appends one event and returns its line once it is on disk.
  ///
  /// `fields` gets the event's `seq` and the time, both decided under the lock (so it should
  /// only assemble values, never wait for input), and returns
  /// the fields between `seq` and `prev` in order (by convention `ts`, `incident`, `mode`,
  /// `type`, `actor`, then the event's own). Reading the clock under the lock means `ts` never
  /// decreases down the file, even with several writers; if the wall clock stepped back (NTP),
  /// the event takes the previous event's time.
  ///
  /// Steps: open with `O_APPEND`; `flock` exclusive; read the tail backwards to find the last
  /// complete event's `seq` and hash (another terminal may just have appended); build the
  /// line; write it with one `write` loop; `fsync`; unlock.
  ///
  /// Torn lines and failed writes. A full disk (`ENOSPC`), a file-size limit (`EFBIG`) or an
  /// I/O error can stop a write midway. Then, still under the lock and knowing the size before
  /// the write, the append cuts the file back to exactly that size: only its own fragment goes,
  /// no acknowledged line can be touched, and the log never keeps a half line in the middle.
  /// The error says the event was NOT recorded. A crash (or a failed cut) can still leave a
  /// line without its newline, so:
  /// - readers treat JSON cut short as a torn write and skip it with a warning;
  /// - the next append sees that the file does not end with a newline and starts its bytes
  ///   with one, in the same `write`, so the torn line is sealed off and the new event begins
  ///   on a fresh line; `seq` and `prev` continue from the last complete event, ignoring the
  ///   torn one, and the new line records the torn bytes' hash as `sealed`: only a torn line
  ///   vouched for that way may stand in the middle of a log (anything else there was put in
  ///   by hand, and `verify` calls it damage).
  /// (If only the final newline was lost, the line is a whole event: the next append keeps it
  /// and chains to it, and the error says so.)
  @discardableResult
  public func append(
    clock: some WallClock,
    fields: (_ seq: Int, _ now: Timestamp) -> [(String, JSONValue)]
  ) throws(LogError) -> AppendedLine {
    let checked = try append(clock: clock, after: nil, accept: { _ in true }, fields: fields)
    guard let line = checked.line else {
      throw .invalidEvent("the append was refused without a check")
    }
    return line
  }

  /// Appends like `append(clock:fields:)`, but first, under the lock (so nobody else writes
  /// meanwhile), reads the events other writers appended after `knownSeq` (the last event
  /// the caller knows) and asks `accept` whether the line still makes sense given them: two
  /// consoles answering the same question within a second must not both be written. When
  /// `accept` says no, nothing is written. Either way the newer lines come back, in file
  /// order, for the caller to fold in (before its own line, which follows them). With
  /// `knownSeq` nil nothing is read and `accept` gets no lines.
  public func append(
    clock: some WallClock, after knownSeq: Int?, accept: ([LogLine]) -> Bool,
    fields: (_ seq: Int, _ now: Timestamp) -> [(String, JSONValue)]
  ) throws(LogError) -> (line: AppendedLine?, newer: [LogLine]) {
    try Self.checkDirectory(FileSystem.directory(of: path))
    let fd: FileDescriptor
    do {
      // O_NOFOLLOW: a log replaced by a symbolic link is refused, never written through.
      fd = try FileDescriptor.open(path, O_RDWR | O_APPEND | O_NOFOLLOW | O_NONBLOCK)
    } catch {
      if error.code == ELOOP {
        throw .refused(
          path: path,
          "is a symbolic link; crisis appends only to the log file itself, never through a "
            + "link (event NOT recorded)")
      }
      throw .notRecorded(path: path, error, written: 0, total: 0)
    }
    defer { fd.close() }  // also releases the lock
    try Self.checkOwnFile(fd, path: path)
    let size: Int
    do {
      try fd.lockExclusive()
      size = try fd.size()
    } catch {
      throw .notRecorded(path: path, error, written: 0, total: 0)
    }
    defer { fd.unlock() }
    let tail: LogTail
    if let known = LogTailCache.tail(of: path, fd: fd, size: size) {
      tail = known
    } else {
      tail = try LogTail.read(fd, size: size, path: path)
    }
    var newer: [LogLine] = []
    if let knownSeq, tail.lastSeq > knownSeq {
      newer = try Self.lines(after: knownSeq, in: fd, size: size, path: path)
    }
    if knownSeq != nil, !accept(newer) { return (nil, newer) }

    // `writable`: an offset RFC 3339 cannot hold (seconds, a day or more) becomes UTC here, so
    // the event handed back is exactly the one on disk.
    var now = clock.now().writable
    if let last = tail.lastTimestamp, now < last {
      now = Timestamp(milliseconds: last.milliseconds, utcOffset: now.utcOffset)
    }
    guard now.isWritable else { throw .timeOutOfRange(path: path, what: "the clock", now) }
    guard Int64(tail.lastSeq) < IncidentEvent.maximumSeq else {
      throw .invalidEvent("the log holds the most events a log may hold; start a new incident")
    }
    let seq = tail.lastSeq + 1
    let line = try Self.line(
      seq: seq, fields: fields(seq, now), sealed: tail.tornHash, prev: tail.lastHash)
    try Self.checkReadable(line, seq: seq, path: path)

    var bytes: [UInt8] = []
    bytes.reserveCapacity(line.count + 2)
    if tail.needsSeal { bytes.append(0x0A) }
    bytes.append(contentsOf: line)
    bytes.append(0x0A)
    let written: Result<Void, PartialWrite> = bytes.withUnsafeBytes { buffer in
      Result { () throws(PartialWrite) in try fd.writeAll(buffer) }
    }
    if case .failure(let failure) = written {
      LogTailCache.forget(path)
      // Part of the line reached the file (a full disk, a file-size limit). We still hold the
      // exclusive lock and know the size before our write, so cutting back exactly our own
      // bytes cannot touch anyone else's line: the log is left as it was, with no half line.
      // Only if that fails too does the fragment stay, as a torn line a later append seals.
      if failure.written > 0, (try? fd.truncate(to: size)) != nil, (try? fd.sync()) != nil {
        throw .notRecorded(path: path, failure.error, written: 0, total: line.count + 1)
      }
      let sealed = tail.needsSeal ? 1 : 0
      throw .notRecorded(
        path: path, failure.error, written: max(0, failure.written - sealed), total: line.count + 1)
    }
    do {
      try fd.sync()
    } catch {
      LogTailCache.forget(path)
      throw .notDurable(path: path, error)
    }
    let appended = AppendedLine(
      seq: seq, timestamp: now, bytes: line, sha256: SHA256.hex(of: line),
      sealedTornLine: tail.needsSeal && !tail.adoptedUnterminatedEvent)
    LogTailCache.remember(
      path, fd: fd, size: size + bytes.count, seq: seq, hash: appended.sha256, timestamp: now)
    return (appended, newer)
  }

  /// The events after `knownSeq`, read backwards from `size` in growing chunks (so the cost
  /// is that of the new lines, not of the log) and returned in file order. Torn and damaged
  /// lines are left out (readers report them); their `number` is their `seq`.
  static func lines(after knownSeq: Int, in fd: FileDescriptor, size: Int, path: String)
    throws(LogError) -> [LogLine]
  {
    var chunk = LogTail.firstChunk
    while true {
      let start = max(0, size - chunk)
      var bytes = [UInt8](repeating: 0, count: size - start)
      let got: Result<Int, SystemError> = bytes.withUnsafeMutableBytes { buffer in
        Result { () throws(SystemError) in try fd.readFully(into: buffer, at: start) }
      }
      switch got {
      case .failure(let error): throw .cannotRead(path: path, error)
      case .success(let count) where count < bytes.count:
        throw .damagedTail(path: path, "the file shrank while it was locked")
      case .success: break
      }
      var lineStart = 0
      if start > 0 {
        // The window begins mid-line: that line belongs to the next, bigger window.
        guard let first = bytes.firstIndex(of: 0x0A) else {
          chunk *= 2
          continue
        }
        lineStart = first + 1
      }
      var found: [LogLine] = []
      var reachedKnown = start == 0
      while lineStart < bytes.count, let newline = bytes[lineStart...].firstIndex(of: 0x0A) {
        let content = bytes[lineStart..<newline].withUnsafeBytes { LineContent.of($0) }
        if case .event(let event, let seq) = content {
          if seq <= knownSeq + 1 { reachedKnown = true }
          if seq > knownSeq {
            found.append(
              LogLine(number: seq, offset: start + lineStart, seq: seq, event: event, sha256: nil))
          }
        }
        lineStart = newline + 1
      }
      if reachedKnown { return found }
      chunk *= 2
    }
  }

  /// Appends go only into a regular file owned by the user running `crisis`: a fifo or a
  /// device would hang or swallow the event, and another user's file may be a trap (root's
  /// note landing in a file someone else controls).
  static func checkOwnFile(_ fd: FileDescriptor, path: String) throws(LogError) {
    var info = stat()
    guard fstat(fd.raw, &info) == 0 else {
      throw .notRecorded(path: path, .last("fstat"), written: 0, total: 0)
    }
    guard info.st_mode & S_IFMT == S_IFREG else {
      throw .refused(
        path: path,
        "is \(InputLimits.kind(info.st_mode)), not a regular file; event NOT recorded")
    }
    guard info.st_uid == geteuid() else {
      throw .refused(
        path: path,
        "the log belongs to another user (uid \(info.st_uid)); crisis appends only to your "
          + "own logs (event NOT recorded)")
    }
  }

  /// The bytes of one line, without its newline. `sealed` is the hash of torn bytes this line
  /// seals off (see `LogReader`): written as `"sealed":"<hex>"` just before `prev`.
  static func line(
    seq: Int, fields: [(String, JSONValue)], sealed: String? = nil, prev: String
  ) throws(LogError) -> [UInt8] {
    let reservedNames = ["v", "seq", "sealed", "prev"]
    var seen = Set(reservedNames)
    for (name, _) in fields where !seen.insert(name).inserted {
      let reserved = reservedNames.contains(name)
      throw .invalidEvent(
        reserved ? "field \"\(name)\" is set by the log itself" : "field \"\(name)\" given twice")
    }
    for (name, value) in fields where !value.isFinite {
      throw .invalidEvent(
        "field \"\(name)\" holds a number that JSON cannot write (NaN or infinity)")
    }
    let writer = JSONWriter()
    var out: [UInt8] = []
    out.reserveCapacity(256)
    out.append(contentsOf: #"{"v":1,"seq":"#.utf8)
    out.append(contentsOf: String(seq).utf8)
    for (name, value) in fields {
      out.append(UInt8(ascii: ","))
      JSONWriter.writeString(name, into: &out)
      out.append(UInt8(ascii: ":"))
      writer.write(value, into: &out, depth: 0)
    }
    if let sealed {
      out.append(contentsOf: #","sealed":""#.utf8)
      out.append(contentsOf: sealed.utf8)
      out.append(UInt8(ascii: "\""))
    }
    out.append(contentsOf: #","prev":""#.utf8)
    out.append(contentsOf: prev.utf8)
    out.append(contentsOf: #""}"#.utf8)
    return out
  }

  /// Refuses a line that the reader would refuse: a writer must never put into a log what
  /// makes the log unreadable for the next command (a time past year 9999, a number out of
  /// range, a non-finite `sim`). The line is parsed and decoded exactly as `IncidentFile`
  /// reads it; an append happens at human pace, so the cost does not matter.
  static func checkReadable(_ line: [UInt8], seq: Int, path: String) throws(LogError) {
    let refusal: String?
    switch line.withUnsafeBytes({ LineContent.of($0) }) {
    case .event(let value, _):
      do {
        _ = try IncidentEvent(json: value, line: seq)
        refusal = nil
      } catch {
        refusal = error.message
      }
    case .torn(let error):
      refusal = error.message
    case .invalid(let message, _):
      refusal = message
    }
    if let refusal {
      throw .wouldNotReadBack(path: path, refusal)
    }
  }

  // MARK: Reading

  /// A streaming reader over the log's events (see `LogReader`).
  public static func lines(path: String, hashing: Bool = false) throws(LogError) -> LogReader {
    try LogReader(path: path, hashing: hashing)
  }

  /// Calls `body` with each event in file order, holding one line at a time, and returns what
  /// was skipped. Throws `LogError` for an unreadable or damaged log, or what `body` throws.
  @discardableResult
  public static func read(
    path: String, hashing: Bool = false, _ body: (LogLine) throws -> Void
  ) throws -> LogReadSummary {
    let reader = try LogReader(path: path, hashing: hashing)
    while let line = try reader.next() { try body(line) }
    return LogReadSummary(
      eventCount: reader.eventCount, warnings: reader.warnings, tornLastLine: reader.tornLastLine)
  }
}

/// What one successful append wrote.
public struct AppendedLine: Hashable, Sendable {
  public var seq: Int
  /// The time given to the event (the clock, or the previous event's time if the clock
  /// stepped back).
  public var timestamp: Timestamp
  /// The line's bytes without its newline: what the next line's `prev` hashes.
  public var bytes: [UInt8]
  /// SHA-256 hex of `bytes`.
  public var sha256: String
  /// A torn line (a write cut short earlier) was sealed off before this line.
  public var sealedTornLine: Bool
}

/// What reading a whole log skipped.
public struct LogReadSummary: Hashable, Sendable {
  public var eventCount: Int
  /// One warning per torn line, with its place.
  public var warnings: [Diagnostic]
  /// The line number of a torn line at the end of the file.
  public var tornLastLine: Int?
}
