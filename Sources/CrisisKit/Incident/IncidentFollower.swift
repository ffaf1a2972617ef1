#if canImport(Glibc)
  import Glibc
#endif

/// Follows an incident log while other terminals append to it, without reading it again: it
/// remembers the byte offset it has read up to, and `poll()` costs one `fstat` when nothing
/// was added (no read, no allocation). When the file grew, only the new bytes are read; the
/// complete lines among them are parsed as `LogReader` parses them and handed back as events,
/// and a last line without its newline yet (an append in progress) waits for the next poll.
///
/// ```swift
/// let follower = try IncidentFollower(path: log, from: file.endOffset, line: file.endLine)
/// for event in try follower.poll().events where session.absorb(event) { show(event) }
/// ```
///
/// A line that is not an event (damage, a torn write sealed off by a later append) is
/// reported in `problems` with its line number and skipped: following never stops a console.
public final class IncidentFollower: IncidentFeed {
  /// What one poll found.
  public struct Poll: Sendable {
    /// The new events, in file order.
    public var events: [IncidentEvent] = []
    /// Lines that could not be read as events, each as `FILE:LINE: why` (plain text).
    public var problems: [String] = []
    /// A team incident whose order changed (events arrived that sort before known ones):
    /// every event in the new order, to fold again from the start; `events` then holds the
    /// new ones, to announce (not to fold on top).
    public var reordered: [IncidentEvent]? = nil

    public init(
      events: [IncidentEvent] = [], problems: [String] = [], reordered: [IncidentEvent]? = nil
    ) {
      self.events = events
      self.problems = problems
      self.reordered = reordered
    }
  }

  /// The log file.
  public let path: String
  /// The offset up to which the file has been read (complete lines and a pending partial one).
  public private(set) var offset: Int
  /// How many times `poll` read from the file (tests: an idle poll reads nothing).
  public private(set) var reads = 0

  private let fd: FileDescriptor
  /// The bytes of a last line whose newline has not arrived yet.
  private var partial: [UInt8] = []
  /// The number of the line last split off.
  private var lineNumber: Int

  /// Most bytes read by one poll: a huge burst is taken over several ticks.
  public static let chunk = 1 << 20

  /// Follows `path` from `offset` (the end of what was read already; 0 for the whole file),
  /// where `line` lines came before.
  public init(path: String, from offset: Int = 0, line: Int = 0) throws(LogError) {
    self.path = path
    self.offset = max(0, offset)
    self.lineNumber = max(0, line)
    fd = try IncidentLog.openForReading(path)
    var info = stat()
    inode = fstat(fd.raw, &info) == 0 ? UInt64(truncatingIfNeeded: info.st_ino) : 0
  }

  /// The file's inode when it was opened.
  private let inode: UInt64

  /// Whether `path` now names another file than the one followed: git writes a file it
  /// updates anew (a new inode) rather than appending to it, and a follower of the old one
  /// would never see another line. Costs one `stat`.
  public var wasReplaced: Bool {
    var info = stat()
    guard stat(path, &info) == 0 else { return false }
    return UInt64(truncatingIfNeeded: info.st_ino) != inode
  }

  /// A follower of the file now at `path`, going on where this one stopped (a team chain
  /// only ever grows, so the new file begins with everything read from the old one).
  public func reopened() throws(LogError) -> IncidentFollower {
    try IncidentFollower(
      path: path, from: max(0, offset - partial.count), line: lineNumber)
  }

  deinit { fd.close() }

  /// The events appended since the last poll. Throws only when the file cannot be read at
  /// all; a damaged line is a problem in the result.
  public func poll() throws(LogError) -> Poll {
    let size: Int
    do {
      size = try fd.size()
    } catch {
      throw .cannotRead(path: path, error)
    }
    guard size != offset else { return Poll() }
    guard size > offset else {
      // Logs are never cut back by crisis; someone did it by hand.
      let problem = "\(path): the log shrank from \(offset) to \(size) bytes; it was edited"
      offset = size
      partial = []
      return Poll(problems: [problem])
    }
    var result = Poll()
    var remaining = min(size - offset, Self.chunk)
    var bytes = [UInt8](repeating: 0, count: remaining)
    let got: Result<Int, SystemError> = bytes.withUnsafeMutableBytes { buffer in
      Result { () throws(SystemError) in try fd.readFully(into: buffer, at: offset) }
    }
    reads += 1
    switch got {
    case .failure(let error): throw .cannotRead(path: path, error)
    case .success(let count):
      remaining = count
      offset += count
    }
    var start = 0
    while start < remaining, let newline = bytes[start..<remaining].firstIndex(of: 0x0A) {
      if partial.isEmpty {
        take(bytes[start..<newline], into: &result)
      } else {
        partial.append(contentsOf: bytes[start..<newline])
        let line = partial
        partial = []
        take(line[...], into: &result)
      }
      start = newline + 1
    }
    if start < remaining {
      partial.append(contentsOf: bytes[start..<remaining])
      if partial.count > InputLimits.logLineBytes {
        result.problems.append(
          "\(path):\(lineNumber + 1): the line is longer than the limit for one event; skipped")
        partial = []
      }
    }
    return result
  }

  /// Parses one complete line (without its newline).
  private func take(_ line: ArraySlice<UInt8>, into result: inout Poll) {
    lineNumber += 1
    let content = line.withUnsafeBytes { LineContent.of($0) }
    switch content {
    case .event(let json, _):
      do {
        result.events.append(try IncidentEvent(json: json, line: lineNumber))
      } catch {
        result.problems.append("\(path):\(lineNumber): \(error.message)")
      }
    case .torn:
      result.problems.append("\(path):\(lineNumber): torn write (crash mid-write), skipped")
    case .invalid(let message, _):
      result.problems.append("\(path):\(lineNumber): \(message)")
    }
  }
}
