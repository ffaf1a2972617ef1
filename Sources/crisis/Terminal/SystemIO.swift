#if canImport(Glibc)
  import Glibc
#endif

/// The system calls the terminal uses, each retrying on `EINTR` so a signal (a resize, a
/// continue after Ctrl-Z) never loses a write or ends a wait early by accident.
enum SystemIO {
  /// Writes every byte of `text` to `fd`; short writes continue where they stopped. Returns
  /// false when the descriptor is gone (EIO after a hang-up, EPIPE, EBADF): there is no one
  /// left to tell, so callers carry on.
  @discardableResult
  static func writeAll(_ fd: Int32, _ text: String) -> Bool {
    var text = text
    return text.withUTF8 { buffer in
      guard var pointer = buffer.baseAddress else { return true }
      var remaining = buffer.count
      while remaining > 0 {
        let written = Glibc.write(fd, pointer, remaining)
        if written > 0 {
          pointer += written
          remaining -= written
        } else if written < 0 && errno == EINTR {
          continue
        } else if written < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) {
          // Someone made the descriptor non-blocking: wait until it takes more.
          var entry = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
          _ = Glibc.poll(&entry, 1, 1000)
        } else {
          return false
        }
      }
      return true
    }
  }

  /// What waiting for input found.
  enum Readiness {
    /// Bytes (or end of file, or an error that `read` will report) are there.
    case readable
    /// The time ran out.
    case timedOut
    /// A signal arrived; the caller looks at its flags and waits again.
    case interrupted
  }

  /// Waits until `fd` has input or `seconds` pass (forever when nil). EINTR is reported as
  /// `.interrupted` rather than retried: the caller must react to SIGWINCH and friends.
  static func waitForInput(_ fd: Int32, seconds: Double?) -> Readiness {
    var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
    let timeout = seconds.map { Int32(min(max(($0 * 1000).rounded(.up), 0), 86_400_000)) } ?? -1
    let result = Glibc.poll(&entry, 1, timeout)
    if result > 0 { return .readable }  // POLLHUP/POLLERR too: `read` then says what happened
    if result == 0 { return .timedOut }
    return errno == EINTR ? .interrupted : .readable
  }

  /// What one `read` returned.
  enum ReadResult {
    case bytes([UInt8])
    /// End of file, or the terminal is gone (EIO after a hang-up).
    case end
    /// Nothing after all (EAGAIN on a non-blocking descriptor, EINTR): wait again.
    case nothing
  }

  static func read(_ fd: Int32, maximum: Int = 4096) -> ReadResult {
    var buffer = [UInt8](repeating: 0, count: maximum)
    let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, maximum) }
    if count > 0 { return .bytes(Array(buffer[..<count])) }
    if count == 0 { return .end }
    switch errno {
    case EINTR, EAGAIN, EWOULDBLOCK: return .nothing
    default: return .end
    }
  }

  /// Seconds on a clock that never jumps (NTP, the operator changing the time): the tick
  /// schedule must not.
  static func monotonicSeconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
  }

  /// The value of an environment variable, nil when unset.
  static func environment(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
  }
}
