/// What an append needs to know about the end of the log: the last event's `seq`, the hash of
/// its line and its time, and whether the file ends mid-line. Found by reading backwards from
/// the end in growing chunks, so appending to a long log does not read all of it; it is read
/// under the append lock, so it includes what other terminals appended a moment ago.
struct LogTail {
  /// `seq` of the last event; 0 when the log has none yet.
  var lastSeq = 0
  /// SHA-256 (hex) of the last event's line; of the empty string when there is none.
  var lastHash = SHA256.hex(of: [UInt8]())
  /// `ts` of the last event, when it has a readable one.
  var lastTimestamp: Timestamp?
  /// The file does not end with a newline (a torn write): the next line must start with one.
  var needsSeal = false
  /// The unterminated last line was a complete event continuing the chain (its write lost only
  /// the newline); the seal makes it a normal line and the next event chains to it.
  var adoptedUnterminatedEvent = false
  /// SHA-256 (hex) of the torn bytes after the last event (torn lines joined by newlines,
  /// without a final newline), when there are any: the next event records it as `sealed`, so
  /// a reader can tell a torn write that an append sealed off from a line someone inserted.
  var tornHash: String?

  /// The first chunk read from the end; each further one is twice as big.
  static let firstChunk = 64 * 1024

  static func read(_ fd: FileDescriptor, size: Int, path: String) throws(LogError) -> LogTail {
    var tail = LogTail()
    guard size > 0 else { return tail }
    // window holds the file's bytes [windowStart, size).
    var window: [UInt8] = []
    var windowStart = size
    var chunk = firstChunk
    /// Reads the chunk before the window; returns how many bytes were added at the front.
    func extend() throws(LogError) -> Int {
      let newStart = max(0, windowStart - chunk)
      var before = [UInt8](repeating: 0, count: windowStart - newStart)
      let got: Result<Int, SystemError> = before.withUnsafeMutableBytes { buffer in
        Result { () throws(SystemError) in try fd.readFully(into: buffer, at: newStart) }
      }
      switch got {
      case .failure(let error): throw .cannotRead(path: path, error)
      case .success(let count) where count < before.count:
        throw .damagedTail(path: path, "the file shrank while it was locked")
      case .success: break
      }
      window = before + window
      let added = windowStart - newStart
      windowStart = newStart
      chunk *= 2
      return added
    }

    _ = try extend()
    tail.needsSeal = window.last != 0x0A
    // The end of the last complete line (index of its newline in `window`), if there is one.
    var lineEnd: Int? = window.lastIndex(of: 0x0A)
    while lineEnd == nil, windowStart > 0 {
      let added = try extend()
      lineEnd = window[..<added].lastIndex(of: 0x0A)
    }
    // Counted from the end, which stays put while the window grows at the front.
    let unterminatedCount = window.count - ((lineEnd ?? -1) + 1)

    // Walk complete lines backwards, skipping torn ones, to the last event.
    var cursor = lineEnd
    // Where the last event's line ends (its newline), counted from the end of the window.
    var eventEndFromBack: Int?
    while let end = cursor {
      let lineStart: Int
      if let newline = window[..<end].lastIndex(of: 0x0A) {
        lineStart = newline + 1
      } else if windowStart > 0 {
        let added = try extend()
        cursor = end + added
        continue
      } else {
        lineStart = 0
      }
      let content = window.withUnsafeBytes {
        LineContent.of(UnsafeRawBufferPointer(rebasing: $0[lineStart..<end]))
      }
      switch content {
      case .event(let event, let seq):
        tail.lastSeq = seq
        tail.lastHash = SHA256.hex(of: window[lineStart..<end])
        tail.lastTimestamp = event["ts"]?.stringValue.flatMap(Timestamp.parse)
        eventEndFromBack = window.count - end
        cursor = nil
      case .torn:
        cursor = lineStart > 0 ? lineStart - 1 : nil
      case .invalid(let message, _):
        throw .damagedTail(path: path, "its last event line is damaged (\(message))")
      }
    }

    // An unterminated last line that is a whole event continuing the chain is kept.
    let unterminated = window[(window.count - unterminatedCount)...]
    if tail.needsSeal, !unterminated.isEmpty {
      let content = unterminated.withUnsafeBytes { LineContent.of($0) }
      if case .event(let event, let seq) = content, seq == tail.lastSeq + 1,
        event["prev"]?.stringValue == tail.lastHash
      {
        tail.lastSeq = seq
        tail.lastHash = SHA256.hex(of: unterminated)
        tail.lastTimestamp = event["ts"]?.stringValue.flatMap(Timestamp.parse) ?? tail.lastTimestamp
        tail.adoptedUnterminatedEvent = true
      }
    }
    if !tail.adoptedUnterminatedEvent {
      // Everything after the last event's newline (the whole file when there is no event;
      // the window reached its start while looking for one).
      let tornStart = eventEndFromBack.map { window.count - $0 + 1 } ?? 0
      var torn = window[tornStart...]
      if !tail.needsSeal, torn.last == 0x0A { torn = torn.dropLast() }
      if tornStart < window.count { tail.tornHash = SHA256.hex(of: torn) }
    }
    return tail
  }
}
