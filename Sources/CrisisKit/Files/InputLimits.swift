#if canImport(Glibc)
  import Glibc
#endif

/// The sizes `crisis` reads at most, in one place (docs/robustness.md, "Limits", lists them).
/// Each is far above anything a real playbook or incident produces, and each keeps a file that
/// is not what it claims (a device, a fifo, a runaway generator) from hanging the command or
/// eating the machine's memory: beyond a limit the command stops with one line saying which
/// file, which limit and what to do.
public enum InputLimits {
  /// A playbook file: 16 MiB. Shipped playbooks are a few KB; the benchmark's 10 MB one fits.
  /// Parsing takes about 5× the file in memory.
  public static let playbookBytes = 16 << 20
  /// One line of a log: 64 MiB. The longest line is the first, which embeds the playbook
  /// (at most 16 MiB, about twice that as JSON).
  public static let logLineBytes = 64 << 20
  /// A whole log file: 1 GiB (about three million events). Status and resume stream it;
  /// export holds every event, about 3× the file.
  public static let logBytes = 1 << 30
  /// A message as it comes back from the operator's editor: 1 MiB. The longest post any
  /// channel takes is a few thousand characters; more is a wrong file or a runaway paste.
  public static let messageBytes = 1 << 20

  /// "16 MiB", "1 GiB": how the limits are written in messages.
  public static func describe(_ bytes: Int) -> String {
    bytes >= 1 << 30 && bytes % (1 << 30) == 0 ? "\(bytes >> 30) GiB" : "\(bytes >> 20) MiB"
  }

  /// What kind of file `mode` is, for "is a fifo, not a regular file".
  static func kind(_ mode: mode_t) -> String {
    switch mode & S_IFMT {
    case S_IFDIR: "a directory"
    case S_IFIFO: "a fifo or pipe"
    case S_IFCHR: "a character device"
    case S_IFBLK: "a block device"
    case S_IFSOCK: "a socket"
    case S_IFLNK: "a symbolic link"
    default: "not a regular file"
    }
  }

  /// Why a descriptor just opened for reading is not one `crisis` reads, or nil when it is a
  /// regular file no bigger than `limit`. Opened with `O_NONBLOCK`, a fifo does not block
  /// the `open`; this check then keeps it from blocking the `read`.
  static func refusal(fd: Int32, limit: Int, what: String) -> String? {
    var info = stat()
    guard fstat(fd, &info) == 0 else { return FileSystem.lastError("cannot read") }
    guard info.st_mode & S_IFMT == S_IFREG else {
      let kind = Self.kind(info.st_mode)
      return "is \(kind), not a regular file; crisis reads \(what)s only from regular files "
        + "(save it to a file first)"
    }
    if info.st_size > limit {
      return "is \(info.st_size) bytes, over the \(describe(limit)) limit for a \(what); "
        + "is it the right file?"
    }
    return nil
  }
}
