#if canImport(Glibc)
  import Glibc
#endif

/// An open file descriptor with the few calls the log needs, each retried on `EINTR` (a signal
/// arriving mid-call is not a failure) and turned into a `SystemError` otherwise. Writes loop
/// until every byte is out, because `write` may write fewer bytes than asked (after a signal,
/// or when the disk fills up). The idea follows swift-system's `writeAll` and
/// `valueOrErrno(retryOnInterrupt:)`; the code is ours.
///
/// Not an owner: whoever opens a descriptor closes it (`defer { fd.close() }`).
struct FileDescriptor {
  let raw: Int32

  /// `open(2)` with `O_CLOEXEC` always added, so no descriptor leaks into child processes.
  static func open(_ path: String, _ flags: Int32, mode: mode_t = 0) throws(SystemError)
    -> FileDescriptor
  {
    let fd = try retrying("open") { Glibc.open(path, flags | O_CLOEXEC, mode) }
    return FileDescriptor(raw: fd)
  }

  func close() { _ = Glibc.close(raw) }

  /// Reads up to `buffer.count` bytes; 0 means end of file.
  func read(into buffer: UnsafeMutableRawBufferPointer) throws(SystemError) -> Int {
    try retrying("read") { Glibc.read(raw, buffer.baseAddress, buffer.count) }
  }

  /// Reads up to `buffer.count` bytes at `offset` without moving the file position.
  func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws(SystemError) -> Int {
    try retrying("pread") { pread(raw, buffer.baseAddress, buffer.count, off_t(offset)) }
  }

  /// Fills `buffer` from `offset` on, stopping early only at end of file. Returns the count read.
  func readFully(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws(SystemError)
    -> Int
  {
    var done = 0
    while done < buffer.count {
      let n = try read(
        into: UnsafeMutableRawBufferPointer(rebasing: buffer[done...]), at: offset + done)
      if n == 0 { break }
      done += n
    }
    return done
  }

  /// Writes every byte, looping over short writes. On failure, tells how many bytes went out
  /// before it, so the caller can say whether the file was touched.
  func writeAll(_ bytes: UnsafeRawBufferPointer) throws(PartialWrite) {
    var done = 0
    while done < bytes.count {
      let rest = UnsafeRawBufferPointer(rebasing: bytes[done...])
      let n = Glibc.write(raw, rest.baseAddress, rest.count)
      if n < 0 {
        if errno == EINTR { continue }
        throw PartialWrite(error: .last("write"), written: done)
      }
      if n == 0 {
        // A regular file never does this; treat it as "no space" rather than spin.
        throw PartialWrite(error: SystemError("write", code: ENOSPC), written: done)
      }
      done += n
    }
  }

  /// `fsync(2)`: the bytes written so far are on the disk when this returns.
  func sync() throws(SystemError) {
    _ = try retrying("fsync") { fsync(raw) }
  }

  /// `flock(2)` exclusive, waiting for other holders; released by `unlock` or `close`.
  func lockExclusive() throws(SystemError) {
    _ = try retrying("flock") { flock(raw, LOCK_EX) }
  }

  /// `flock(2)` shared (readers that must not see a write half done), waiting for a writer.
  func lockShared() throws(SystemError) {
    _ = try retrying("flock") { flock(raw, LOCK_SH) }
  }

  /// `flock(2)` exclusive without waiting: false when someone else holds the lock.
  func tryLockExclusive() -> Bool {
    while true {
      if flock(raw, LOCK_EX | LOCK_NB) == 0 { return true }
      if errno != EINTR { return false }
    }
  }

  func unlock() { _ = flock(raw, LOCK_UN) }

  /// The file's size in bytes (`fstat(2)`).
  func size() throws(SystemError) -> Int {
    var info = stat()
    _ = try retrying("fstat") { fstat(raw, &info) }
    return Int(info.st_size)
  }

  /// Cuts the file back to `size` bytes.
  func truncate(to size: Int) throws(SystemError) {
    _ = try retrying("ftruncate") { ftruncate(raw, off_t(size)) }
  }

  /// Sets the permission bits (against the umask, which can only take bits away).
  func setMode(_ mode: mode_t) throws(SystemError) {
    _ = try retrying("fchmod") { fchmod(raw, mode) }
  }

  /// Runs `call` until it stops failing with `EINTR`; a result of -1 becomes a `SystemError`.
  static func retrying<T: BinaryInteger>(_ name: String, _ call: () -> T) throws(SystemError) -> T {
    while true {
      let result = call()
      if result != -1 { return result }
      if errno != EINTR { throw .last(name) }
    }
  }

  func retrying<T: BinaryInteger>(_ name: String, _ call: () -> T) throws(SystemError) -> T {
    try Self.retrying(name, call)
  }
}

/// A write that failed after `written` bytes had already reached the file.
struct PartialWrite: Error {
  var error: SystemError
  var written: Int
}
