#if canImport(Glibc)
  import Glibc
#endif

/// Path-level system calls (as opposed to `FileDescriptor`'s descriptor-level ones), each
/// retried on `EINTR`.
enum FileSystem {
  /// `mkdir -p` with `mode` for every directory it creates; existing ones are left as they are.
  /// Modes are set with `chmod` after `mkdir`, so the umask cannot widen or narrow them.
  static func makeDirectories(_ path: String, mode: mode_t) throws(SystemError) {
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

  static func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
  }

  /// The permission bits of `path` (`0o600`), or nil when it cannot be stat'ed.
  static func mode(of path: String) -> mode_t? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return info.st_mode & 0o7777
  }

  static func remove(_ path: String) throws(SystemError) {
    _ = try FileDescriptor.retrying("unlink") { unlink(path) }
  }

  /// Makes a directory's entries (a file just created in it) durable: `fsync` on the
  /// directory itself.
  static func syncDirectory(_ path: String) throws(SystemError) {
    let fd = try FileDescriptor.open(path.isEmpty ? "." : path, O_RDONLY | O_DIRECTORY)
    defer { fd.close() }
    try fd.sync()
  }

  /// The directory part of a path (`"a/b.jsonl"` → `"a"`, `"b.jsonl"` → `"."`).
  static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    if slash == path.startIndex { return "/" }
    return String(path[..<slash])
  }
}
