#if canImport(Glibc)
  import Glibc
#endif

/// A failed system call: which call, and the `errno` it left. Renders as the C library's
/// text for the code ("Permission denied"), which is what people search for.
public struct SystemError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The call that failed (`open`, `write`, `flock` …), for messages and tests.
  public var call: String
  /// The `errno` value.
  public var code: Int32

  public init(_ call: String, code: Int32) {
    self.call = call
    self.code = code
  }

  /// The error of the last failed call on this thread.
  static func last(_ call: String) -> SystemError { SystemError(call, code: errno) }

  /// The C library's text for the code, e.g. "No space left on device".
  public var description: String {
    guard let text = strerror(code) else { return "error \(code)" }
    return String(cString: text)
  }
}
