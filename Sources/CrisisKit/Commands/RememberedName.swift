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

  /// Remembers `name` (unless it is the one remembered already), replacing the file
  /// atomically with a private one (`NewFile.write`). Throws what went wrong.
  public func save(_ name: String) throws(NewFile.Failure) {
    guard Self.isRememberable(name), read() != name else { return }
    do {
      try FileSystem.makeDirectories(FileSystem.directory(of: path), mode: 0o700)
    } catch {
      throw NewFile.Failure(path: path, reason: "cannot make its folder: \(error)", exists: false)
    }
    try NewFile.write(name + "\n", to: path, replace: true)
  }
}
