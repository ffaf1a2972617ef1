import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// The tail this process last wrote to each log. Under the exclusive lock an append must know
/// the last line's `seq` and hash; reading and hashing it again costs as much as the line is
/// long, and the first line embeds the whole playbook (13 MB for a 20,000-step one). When the
/// file is still the one we wrote to and has exactly the size our append left, nobody has
/// appended since (logs only grow), so the tail we wrote is the tail. Anything else (another
/// terminal's line, a torn fragment, a different file under the name) reads the tail from
/// the file as before. A file edited behind our back to the very same size (and given the
/// same inode) is chained as if unedited: `crisis verify` then shows the edit instead of the
/// next line hiding it.
enum LogTailCache {
  struct Entry: Sendable {
    var device: UInt64
    var inode: UInt64
    var size: Int
    var tail: LogTail
  }

  private static let entries = Mutex<[String: Entry]>([:])

  /// The remembered tail of `path` if `fd` is the same file, still `size` bytes long.
  static func tail(of path: String, fd: FileDescriptor, size: Int) -> LogTail? {
    guard let (device, inode) = identity(fd) else { return nil }
    let entry = entries.withLock { $0[path] }
    guard let entry, entry.device == device, entry.inode == inode, entry.size == size else {
      return nil
    }
    return entry.tail
  }

  /// Remembers that `path` (open as `fd`) now ends, at `size` bytes, with our line `seq`.
  static func remember(
    _ path: String, fd: FileDescriptor, size: Int, seq: Int, hash: String, timestamp: Timestamp
  ) {
    guard let (device, inode) = identity(fd) else { return forget(path) }
    var tail = LogTail()
    tail.lastSeq = seq
    tail.lastHash = hash
    tail.lastTimestamp = timestamp
    let entry = Entry(device: device, inode: inode, size: size, tail: tail)
    entries.withLock { $0[path] = entry }
  }

  static func forget(_ path: String) {
    _ = entries.withLock { $0.removeValue(forKey: path) }
  }

  private static func identity(_ fd: FileDescriptor) -> (UInt64, UInt64)? {
    var info = stat()
    guard fstat(fd.raw, &info) == 0 else { return nil }
    return (UInt64(truncatingIfNeeded: info.st_dev), UInt64(truncatingIfNeeded: info.st_ino))
  }
}
