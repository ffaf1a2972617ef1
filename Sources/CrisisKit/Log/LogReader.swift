#if canImport(Glibc)
  import Glibc
#endif

/// Streams the events of an incident log, one line at a time, so a fold holds only the current
/// event: the file is read in chunks (256 KiB by default) into one buffer that grows only for a
/// line longer than it, and each line is parsed straight from that buffer.
///
/// ```swift
/// let reader = try LogReader(path: "incidents/2026-11-21-website-outage-7f3a.jsonl")
/// while let line = try reader.next() { state.apply(line.event) }
/// for warning in reader.warnings { print(warning) }   // torn lines
/// ```
///
/// Torn lines. A crash or a full disk can stop an append midway, leaving a line that is JSON cut
/// short (see `IncidentLog.append`). Such a line is skipped with a warning naming it:
/// - at the end of the file (with or without its newline): `tornLastLine`, warning
///   "torn last line (crash mid-write), ignored";
/// - in the middle, because a later append sealed it with a newline and carried on:
///   warning "torn write (crash mid-write), skipped". The events after it are kept: they were
///   acknowledged to the operator and chain to the last event before the torn line. The
///   sealing append recorded the torn bytes' SHA-256 in its line (`sealed`); a torn line in the
///   middle without that record was not left by a crash but put there (an insertion, an edit)
///   and is damage: `LogError.damaged` at the torn line. The chain alone cannot tell, because
///   `prev` skips torn lines either way.
/// An unterminated last line is always torn, even when its JSON happens to be complete: its
/// writer was told the event may not have been recorded.
/// Any other bad line (an edit, a foreign file) stops the reader with `LogError.damaged`
/// naming `FILE:LINE:COL` and what is wrong.
public final class LogReader {
  /// The log file as the user named it (used in messages).
  public let path: String
  /// Whether lines get their SHA-256 (`verify` needs it; `status` does not and runs faster).
  public let hashing: Bool
  /// Torn lines met so far, as warnings with their place.
  public private(set) var warnings: [Diagnostic] = []
  /// The line number of a torn line at the end of the file, once the reader has reached it.
  public private(set) var tornLastLine: Int?
  /// Events handed out so far.
  public private(set) var eventCount = 0

  private let fd: FileDescriptor
  /// Holds file bytes `[bufferOffset + start, bufferOffset + end)` not yet split into lines.
  private var buffer: UnsafeMutableRawBufferPointer
  private var start = 0
  private var end = 0
  /// File offset of `buffer[0]`.
  private var bufferOffset = 0
  private var atEndOfFile = false
  /// The number of the line last split off.
  private var lineNumber = 0
  /// Checks lines for `nextLink`.
  private var scanner = EnvelopeScanner()
  /// Torn lines in the middle of the file not yet vouched for by a `sealed` hash: their
  /// bytes joined by newlines, the first one's line number and the warnings to give once
  /// the next event vouches for them.
  private var pendingTorn: (bytes: [UInt8], line: Int, warnings: [Diagnostic])?

  public init(path: String, hashing: Bool = false, chunkSize: Int = 256 * 1024) throws(LogError) {
    self.path = path
    self.hashing = hashing
    fd = try IncidentLog.openForReading(path)
    buffer = .allocate(byteCount: max(chunkSize, 16), alignment: 8)
  }

  deinit {
    fd.close()
    buffer.deallocate()
  }

  /// The next event, or nil at the end of the log. Torn lines are skipped (and added to
  /// `warnings`); any other bad line throws `LogError.damaged`.
  public func next() throws(LogError) -> LogLine? {
    while let (line, offset) = try nextLineBytes() {
      switch LineContent.of(line) {
      case .event(let event, let seq):
        try checkSealed(event)
        eventCount += 1
        let hash = hashing ? SHA256.hex(of: line) : nil
        return LogLine(number: lineNumber, offset: offset, seq: seq, event: event, sha256: hash)
      case .torn:
        try skipTorn(line)
      case .invalid(let message, let column):
        throw damaged(message, column: column)
      }
    }
    return nil
  }

  /// The next event as the hash chain sees it (`crisis verify`): its `seq`, `ts`, `prev` and
  /// the SHA-256 of its bytes, or nil at the end of the log. Lines in the form crisis writes
  /// are checked by `EnvelopeScanner` and hashed in place, without building a `JSONValue` or
  /// a single allocation; any other line is parsed as `next()` parses it, so torn and
  /// damaged lines are reported exactly as there.
  public func nextLink() throws(LogError) -> ChainLink? {
    while let (line, _) = try nextLineBytes() {
      // After a torn line the event's `sealed` is needed: the full parse below reads it.
      if pendingTorn == nil, let envelope = scanner.scan(line) {
        eventCount += 1
        return ChainLink(
          number: lineNumber, seq: envelope.seq,
          ts: envelope.ts.flatMap { Timestamp.parse(utf8: Self.bytes(line, $0)) },
          prev: envelope.prev.map { ChainLink.Prev(Self.bytes(line, $0)) } ?? .missing,
          sha256: SHA256.Digest(hashing: line))
      }
      switch LineContent.of(line) {
      case .event(let event, let seq):
        try checkSealed(event)
        eventCount += 1
        let prev: ChainLink.Prev
        if case .string(var text)? = event["prev"] {
          prev = text.withUTF8 { ChainLink.Prev($0) }
        } else {
          prev = .missing
        }
        return ChainLink(
          number: lineNumber, seq: seq, ts: event["ts"]?.stringValue.flatMap(Timestamp.parse),
          prev: prev, sha256: SHA256.Digest(hashing: line))
      case .torn:
        try skipTorn(line)
      case .invalid(let message, let column):
        throw damaged(message, column: column)
      }
    }
    return nil
  }

  /// The bytes of `range` within `line`.
  private static func bytes(_ line: UnsafeRawBufferPointer, _ range: Range<Int>)
    -> UnsafeBufferPointer<UInt8>
  {
    UnsafeBufferPointer(rebasing: line.assumingMemoryBound(to: UInt8.self)[range])
  }

  /// The next line (without its newline) and its file offset; nil at the end of the file,
  /// after noting an unterminated last line as torn. The bytes stay valid until the next call.
  private func nextLineBytes() throws(LogError) -> (UnsafeRawBufferPointer, Int)? {
    while true {
      // Re-read each time round: `fill` may have moved the buffer.
      guard let base = buffer.baseAddress else { return nil }
      if start < end, let newline = memchr(base + start, 0x0A, end - start) {
        let lineEnd = base.distance(to: newline)
        let line = UnsafeRawBufferPointer(rebasing: buffer[start..<lineEnd])
        let offset = bufferOffset + start
        lineNumber += 1
        start = lineEnd + 1
        return (line, offset)
      }
      if atEndOfFile {
        // Torn lines with only torn lines after them: a crash, then another during the
        // append that would have sealed them. Nothing follows that could vouch for them.
        if let pending = pendingTorn {
          warnings += pending.warnings
          pendingTorn = nil
        }
        if start < end {
          // The last line has no newline: a write that never finished.
          lineNumber += 1
          tornLastLine = lineNumber
          let rest = UnsafeRawBufferPointer(rebasing: buffer[start..<end])
          warn("torn last line (crash mid-write), ignored", column: Self.column(after: rest))
          start = end
        }
        return nil
      }
      try fill()
    }
  }

  /// Notes the torn line just split off: at the end of the file it is the torn last line,
  /// elsewhere a torn write that later appends sealed off.
  private func skipTorn(_ line: UnsafeRawBufferPointer) throws(LogError) {
    // The column is where the write stopped.
    let column = Self.column(after: line)
    if try nothingFollows() {
      if let pending = pendingTorn {
        warnings += pending.warnings
        pendingTorn = nil
      }
      tornLastLine = lineNumber
      warn("torn last line (crash mid-write), ignored", column: column)
    } else {
      let warning = Diagnostic(
        .warning, file: path, at: SourcePosition(line: lineNumber, column: column),
        "torn write (crash mid-write), skipped")
      if var pending = pendingTorn {
        pending.bytes.append(0x0A)
        pending.bytes.append(contentsOf: line)
        pending.warnings.append(warning)
        pendingTorn = pending
      } else {
        pendingTorn = (Array(line), lineNumber, [warning])
      }
    }
  }

  /// A torn line may stand in the middle of the log only when the event after it records its
  /// hash as `sealed` (written by the append that sealed it off); otherwise it was inserted.
  private func checkSealed(_ event: JSONValue) throws(LogError) {
    guard let pending = pendingTorn else { return }
    pendingTorn = nil
    let expected = SHA256.hex(of: pending.bytes)
    guard event["sealed"]?.stringValue == expected else {
      throw .damaged(
        Diagnostic(
          .error, file: path, at: SourcePosition(line: pending.line, column: 1),
          "this line is cut short but is not the last line, and the event on line "
            + "\(lineNumber) does not record sealing it off after a crash: the line was "
            + "inserted or the log was edited"))
    }
    warnings += pending.warnings
  }

  private func damaged(_ message: String, column: Int, line: Int? = nil) -> LogError {
    .damaged(
      Diagnostic(
        .error, file: path, at: SourcePosition(line: line ?? lineNumber, column: column), message))
  }

  /// Whether the line just split off was the last one in the file.
  private func nothingFollows() throws(LogError) -> Bool {
    while start == end, !atEndOfFile { try fill() }
    return start == end
  }

  /// The 1-based column just after `line` (counted in scalars, as an editor counts).
  private static func column(after line: UnsafeRawBufferPointer) -> Int {
    line.reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
  }

  private func warn(_ message: String, column: Int) {
    warnings.append(
      Diagnostic(
        .warning, file: path, at: SourcePosition(line: lineNumber, column: column), message))
  }

  /// Moves the unread bytes to the front, grows the buffer if one line fills it, and reads the
  /// next chunk.
  private func fill() throws(LogError) {
    guard let base = buffer.baseAddress else { return }
    if start > 0 {
      if end > start { memmove(base, base + start, end - start) }
      bufferOffset += start
      end -= start
      start = 0
    }
    if end == buffer.count {
      // One line fills the buffer: grow it, up to the line limit (a log is lines of events,
      // not one endless line).
      guard buffer.count < InputLimits.logLineBytes else {
        throw damaged(
          "the line is longer than \(InputLimits.describe(InputLimits.logLineBytes)), the "
            + "limit for one event; this is not an incident log, or it was damaged",
          column: 1, line: lineNumber + 1)
      }
      let bigger = UnsafeMutableRawBufferPointer.allocate(byteCount: buffer.count * 2, alignment: 8)
      bigger.copyMemory(from: UnsafeRawBufferPointer(rebasing: buffer[..<end]))
      buffer.deallocate()
      buffer = bigger
    }
    do {
      let n = try fd.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[end...]))
      if n == 0 { atEndOfFile = true }
      end += n
    } catch {
      throw .cannotRead(path: path, error)
    }
    if bufferOffset + end > InputLimits.logBytes {
      throw .refused(
        path: path,
        "is over the \(InputLimits.describe(InputLimits.logBytes)) limit for an incident log "
          + "(it grew while being read)")
    }
  }
}
