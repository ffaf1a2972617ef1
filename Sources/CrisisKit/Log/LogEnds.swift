#if canImport(Glibc)
  import Glibc
#endif

/// The two ends of a log file, which is all that listing incidents needs: the first line
/// (`incident.started`: id, mode, start, title, playbook) and the last lines, read
/// backwards until the caller has seen enough (the last pause, resume or resolution). The
/// middle of a long log is read only when the caller keeps asking. Chunks grow from 64 KiB
/// by doubling, so a line of any length is found in few reads.
struct LogEnds: ~Copyable {
  private let fd: FileDescriptor
  private let size: Int
  let path: String

  static let firstChunk = 64 * 1024

  init(path: String) throws(LogError) {
    let fd = try IncidentLog.openForReading(path)
    do {
      size = try fd.size()
    } catch {
      fd.close()
      throw .cannotRead(path: path, error)
    }
    self.fd = fd
    self.path = path
  }

  deinit { fd.close() }

  /// The bytes `[offset, offset + count)`; fewer only when the file shrank meanwhile.
  private func bytes(at offset: Int, count: Int) throws(LogError) -> [UInt8] {
    var buffer = [UInt8](repeating: 0, count: count)
    let got: Result<Int, SystemError> = buffer.withUnsafeMutableBytes { raw in
      Result { () throws(SystemError) in try fd.readFully(into: raw, at: offset) }
    }
    switch got {
    case .failure(let error): throw .cannotRead(path: path, error)
    case .success(let count): return Array(buffer[..<count])
    }
  }

  /// The first line without its newline; nil when the file has no complete line.
  func firstLine() throws(LogError) -> [UInt8]? {
    var line: [UInt8] = []
    var chunk = Self.firstChunk
    while line.count < size {
      let more = try bytes(at: line.count, count: min(chunk, size - line.count))
      if more.isEmpty { return nil }
      if let newline = more.firstIndex(of: 0x0A) {
        return line + more[..<newline]
      }
      line += more
      chunk *= 2
    }
    return nil
  }

  /// Calls `visit` with each line from the last to the first (without newlines; the bytes
  /// after the last newline, when there are any, come first) until it returns true.
  func linesBackward(_ visit: (ArraySlice<UInt8>) -> Bool) throws(LogError) {
    // `window` holds the file's bytes [windowStart, size).
    var window: [UInt8] = []
    var windowStart = size
    var chunk = Self.firstChunk
    var lineEnd = size
    while true {
      var newline: Int?
      while true {
        if let index = window[..<(lineEnd - windowStart)].lastIndex(of: 0x0A) {
          newline = windowStart + index
          break
        }
        guard windowStart > 0 else { break }
        let newStart = max(0, windowStart - chunk)
        let before = try bytes(at: newStart, count: windowStart - newStart)
        guard before.count == windowStart - newStart else {
          throw .cannotRead(path: path, SystemError("pread", code: EIO))
        }
        window = before + window
        windowStart = newStart
        chunk *= 2
      }
      let lineStart = (newline ?? -1) + 1
      let line = window[(lineStart - windowStart)..<(lineEnd - windowStart)]
      if lineEnd < size || !line.isEmpty {
        if visit(line) { return }
      }
      guard let newline else { return }
      lineEnd = newline
    }
  }
}
