#if canImport(Glibc)
  import Glibc
#endif

/// Creates files so that a failure leaves nothing behind: the content goes to a hidden
/// temporary file in the same directory (`O_EXCL | O_NOFOLLOW`, mode 0600), is `fsync`ed, and
/// only then gets its real name: `link(2)` when the name must be new (fails if anything is
/// there, even a dangling symbolic link, and never follows one), `rename(2)` when it may
/// replace a file (replaces a symbolic link itself, never writes through it). The temporary
/// file is removed on every path. A crash can leave at most a hidden `.NAME.tmp-…` file,
/// never a half-written or empty file under the real name.
///
/// Used for new incident logs (so a killed `crisis start` leaves no 0-byte log), for
/// `export -o` and for `merge -o` (so a full disk leaves no 0-byte report that blocks a retry).
public enum NewFile {
  /// Why the file could not be created; renders as `PATH: error: reason`.
  public struct Failure: Error, Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var reason: String
    /// The name was taken (and `replace` was false).
    public var exists: Bool
    public var description: String { Diagnostic(file: path, at: nil, reason).description }
  }

  /// Runs `fill` on a fresh temporary path next to `path` (it creates and writes the file
  /// there), then syncs it and gives it its real name. `replace` allows replacing an
  /// existing file (never a directory).
  public static func publish<E: Error>(
    at path: String, replace: Bool = false, _ fill: (_ temporaryPath: String) throws(E) -> Void
  ) throws(PublishError<E>) {
    let directory = FileSystem.directory(of: path)
    let name = path.split(separator: "/").last.map(String.init) ?? path
    let temporary = FileSystem.join(
      directory, ".\(name).tmp-\(getpid())-\(UInt32.random(in: .min ... .max))")
    defer { _ = unlink(temporary) }
    do {
      try fill(temporary)
    } catch {
      throw .fill(error)
    }
    do {
      let fd = try FileDescriptor.open(temporary, O_RDONLY | O_NOFOLLOW)
      defer { fd.close() }
      try fd.sync()
    } catch {
      throw .file(Failure(path: path, reason: "cannot write: \(error)", exists: false))
    }
    if replace {
      if FileSystem.isDirectory(path) {
        throw .file(Failure(path: path, reason: "is a directory", exists: true))
      }
      guard rename(temporary, path) == 0 else {
        throw .file(
          Failure(path: path, reason: FileSystem.lastError("cannot create"), exists: false))
      }
    } else {
      guard link(temporary, path) == 0 else {
        let exists = errno == EEXIST
        throw .file(
          Failure(
            path: path, reason: exists ? "already exists" : FileSystem.lastError("cannot create"),
            exists: exists))
      }
    }
    _ = try? FileSystem.syncDirectory(directory)
  }

  /// Writes `bytes` to a new file at `path` (see `publish`), mode 0600.
  public static func write(_ bytes: UnsafeRawBufferPointer, to path: String, replace: Bool)
    throws(Failure)
  {
    let result: Result<Void, PublishError<SystemError>> = Result {
      () throws(PublishError<SystemError>) in
      try publish(at: path, replace: replace) { (temporary: String) throws(SystemError) in
        let fd = try FileDescriptor.open(
          temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, mode: 0o600)
        defer { fd.close() }
        let written: Result<Void, PartialWrite> = Result { () throws(PartialWrite) in
          try fd.writeAll(bytes)
        }
        if case .failure(let failure) = written { throw failure.error }
      }
    }
    switch result {
    case .success: return
    case .failure(.file(let failure)): throw failure
    case .failure(.fill(let error)):
      throw Failure(path: path, reason: "cannot write: \(error)", exists: false)
    }
  }

  /// `write` for text.
  public static func write(_ text: String, to path: String, replace: Bool) throws(Failure) {
    var text = text
    let result: Result<Void, Failure> = text.withUTF8 { utf8 in
      Result { () throws(Failure) in
        try write(UnsafeRawBufferPointer(utf8), to: path, replace: replace)
      }
    }
    try result.get()
  }
}

/// What went wrong in `NewFile.publish`: the caller's own step, or naming the file.
public enum PublishError<E: Error>: Error {
  case fill(E)
  case file(NewFile.Failure)
}
