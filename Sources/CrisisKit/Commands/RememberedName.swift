#if canImport(Glibc)
  import Glibc
#endif

/// The name given with `--as`, remembered for this machine and user so that a later command
/// without `--as` (a `resume`, a `note`) logs the same person under the same name: the file
/// `operator-name` in `$XDG_CONFIG_HOME/crisis/`, else `~/.config/crisis/`. The directory is
/// made 0700, the file 0600, and it is replaced atomically (a temporary file renamed over it),
/// so a crash never leaves half a name.
public struct RememberedName: Sendable {
  /// The file holding the name.
  public let path: String

  public init(path: String) { self.path = path }

  /// The file for this user: `$XDG_CONFIG_HOME/crisis/operator-name`, else
  /// `$HOME/.config/crisis/operator-name`; nil when neither is set.
  public static func standard() -> RememberedName? {
    if let config = FileSystem.environment("XDG_CONFIG_HOME"), config.hasPrefix("/") {
      return RememberedName(
        path: FileSystem.join(FileSystem.join(config, "crisis"), "operator-name"))
    }
    guard let home = FileSystem.environment("HOME") else { return nil }
    return RememberedName(
      path: FileSystem.join(
        FileSystem.join(FileSystem.join(home, ".config"), "crisis"), "operator-name"))
  }

  /// The longest name remembered, in bytes.
  public static let maximumBytes = 200

  /// Whether `name` can be remembered: one line of printable text, not too long.
  public static func isRememberable(_ name: String) -> Bool {
    !name.isEmpty && name.utf8.count <= maximumBytes
      && !name.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
  }

  /// The remembered name; nil when there is none or the file is not one this wrote.
  public func read() -> String? {
    guard let bytes = try? FileSystem.readFile(path, limit: Self.maximumBytes + 1, what: "name")
    else { return nil }
    var text = String(decoding: bytes, as: UTF8.self)
    if text.hasSuffix("\n") { text.removeLast() }
    return Self.isRememberable(text) ? text : nil
  }

  /// Remembers `name` (unless it is the one remembered already). Throws what went wrong.
  public func save(_ name: String) throws(SystemError) {
    guard Self.isRememberable(name), read() != name else { return }
    try FileSystem.makeDirectories(FileSystem.directory(of: path), mode: 0o700)
    let bytes = Array((name + "\n").utf8)
    do {
      try NewFile.publish(at: path, replace: true) { (temporary: String) throws(SystemError) in
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
      case .fill(let error): throw error
      case .file: throw SystemError("rename", code: EIO)
      }
    }
  }
}
