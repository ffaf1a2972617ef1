#if canImport(Glibc)
  import Glibc
#endif

/// The few path-level file operations the library needs, on Glibc directly: fast, no
/// Foundation, errors that say which file and why, each call retried on `EINTR`.
/// (`FileDescriptor` has the descriptor-level ones.)
public enum FileSystem {
  /// A file could not be read or listed.
  public struct Failure: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String
    /// The failure as a diagnostic about the whole file: `PATH: error: REASON`.
    public var diagnostic: Diagnostic { Diagnostic(.error, file: path, at: nil, reason) }
    public var description: String { diagnostic.description }
  }

  /// The whole file as bytes: a regular file of at most `limit` bytes (a playbook's, unless
  /// told otherwise). A fifo, a device (`/dev/zero`), a directory or a pipe given as
  /// `/dev/stdin` is refused before anything is read, so nothing can hang or fill memory;
  /// `/dev/stdin` redirected from a regular file (`< playbook.yml`) is read like that file.
  /// A file that grows past the limit while it is read is refused as well.
  public static func readFile(
    _ path: String, limit: Int = InputLimits.playbookBytes, what: String = "playbook"
  ) throws(Failure) -> [UInt8] {
    // O_NONBLOCK: opening a fifo with no writer would otherwise wait forever.
    let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard fd >= 0 else { throw Failure(path: path, reason: lastError("cannot open")) }
    defer { close(fd) }
    if let refusal = InputLimits.refusal(fd: fd, limit: limit, what: what) {
      throw Failure(path: path, reason: refusal)
    }
    var info = stat()
    _ = fstat(fd, &info)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(min(max(Int(info.st_size), 0), limit) + 1)
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        throw Failure(path: path, reason: lastError("cannot read"))
      }
      if n == 0 { break }
      guard bytes.count + n <= limit else {
        throw Failure(
          path: path,
          reason: "is over the \(InputLimits.describe(limit)) limit for a \(what) "
            + "(it grew while being read)")
      }
      bytes.append(contentsOf: chunk[0..<n])
    }
    return bytes
  }

  public static func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
  }

  public static func isFile(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
  }

  /// Names in a directory (not `.` or `..`), sorted; empty when it cannot be read.
  public static func contents(of directory: String) -> [String] {
    guard let dir = opendir(directory) else { return [] }
    defer { closedir(dir) }
    var names: [String] = []
    while let entry = readdir(dir) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names.sorted()
  }

  /// `what: strerror(errno)`, e.g. "cannot open: No such file or directory".
  public static func lastError(_ what: String) -> String {
    "\(what): \(String(cString: strerror(errno)))"
  }

  /// `a/b` joined with exactly one slash.
  public static func join(_ directory: String, _ name: String) -> String {
    directory.hasSuffix("/") ? directory + name : directory + "/" + name
  }

  /// The value of an environment variable, nil when unset or empty.
  public static func environment(_ name: String) -> String? {
    guard let value = getenv(name) else { return nil }
    let s = String(cString: value)
    return s.isEmpty ? nil : s
  }

  /// `mkdir -p` with `mode` for every directory it creates; existing ones are left as they are.
  /// Modes are set with `chmod` after `mkdir`, so the umask cannot widen or narrow them.
  public static func makeDirectories(_ path: String, mode: mode_t) throws(SystemError) {
    guard !path.isEmpty, !isDirectory(path) else { return }
    var prefix = path.hasPrefix("/") ? "/" : ""
    for component in path.split(separator: "/", omittingEmptySubsequences: true) {
      prefix += component
      defer { prefix += "/" }
      if isDirectory(prefix) { continue }
      do {
        _ = try FileDescriptor.retrying("mkdir") { mkdir(prefix, mode) }
      } catch {
        // Another process may have made it meanwhile; anything else is the real error.
        if error.code == EEXIST {
          if isDirectory(prefix) { continue }
          throw SystemError("mkdir", code: ENOTDIR)  // a file is in the way
        }
        throw error
      }
      _ = chmod(prefix, mode)
    }
  }

  /// The permission bits of `path` (`0o600`), or nil when it cannot be stat'ed.
  public static func mode(of path: String) -> mode_t? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return info.st_mode & 0o7777
  }

  /// The size of the file at `path` in bytes, or nil when it cannot be stat'ed.
  public static func fileSize(_ path: String) -> Int64? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return Int64(info.st_size)
  }

  public static func remove(_ path: String) throws(SystemError) {
    _ = try FileDescriptor.retrying("unlink") { unlink(path) }
  }

  /// Makes a directory's entries (a file just created in it) durable: `fsync` on the
  /// directory itself.
  public static func syncDirectory(_ path: String) throws(SystemError) {
    let fd = try FileDescriptor.open(path.isEmpty ? "." : path, O_RDONLY | O_DIRECTORY)
    defer { fd.close() }
    try fd.sync()
  }

  /// The directory part of a path (`"a/b.jsonl"` → `"a"`, `"b.jsonl"` → `"."`).
  public static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    if slash == path.startIndex { return "/" }
    return String(path[..<slash])
  }
}
