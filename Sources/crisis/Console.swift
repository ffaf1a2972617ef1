import CrisisKit

#if canImport(Glibc)
  import Glibc
#endif

/// Output for the one-shot commands (lint, show, export …): buffered, written straight to the
/// file descriptors, flushed once at the end. Not for the interactive walkthrough, which
/// talks to a `Terminal`.
final class Console {
  private var out: [UInt8] = []
  private var err: [UInt8] = []

  /// Whether stdout / stderr are terminals, decided once.
  let stdoutIsTerminal = isatty(1) == 1
  let stderrIsTerminal = isatty(2) == 1

  init() {}

  func print(_ text: String, terminator: String = "\n") {
    if text.utf8.count > 1 << 16 {
      // A large text (an export) goes out as it is, after what is buffered, instead of
      // being copied into the buffer first.
      Self.writeAll(1, out)
      out.removeAll(keepingCapacity: true)
      var text = text
      text.withUTF8 { Self.writeAll(1, UnsafeRawBufferPointer($0)) }
      out.append(contentsOf: terminator.utf8)
      return
    }
    out.append(contentsOf: text.utf8)
    out.append(contentsOf: terminator.utf8)
    if out.count > 1 << 16 { flush() }
  }

  func write(bytes: [UInt8]) {
    out.append(contentsOf: bytes)
    if out.count > 1 << 16 { flush() }
  }

  /// The terminal's width when stdout is one; nil for a pipe or a file, which get lines
  /// unwrapped (scripts and other tools do their own wrapping).
  lazy var stdoutWidth: Int? = {
    guard stdoutIsTerminal else { return nil }
    var size = winsize()
    guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
  }()

  /// A line of prose on stdout: on a terminal, wrapped at word boundaries to its width with
  /// continuation lines indented by `hang`, instead of broken mid-word by the terminal.
  func printWrapped(_ text: String) {
    guard let width = stdoutWidth, DisplayWidth.of(text) > width else { return print(text) }
    for line in DisplayWidth.wrapHanging(text, width: width) { print(line) }
  }

  /// Text on stderr (a warning line; errors come only from `CrisisCLI.run`).
  func error(_ text: String, terminator: String = "\n") {
    err.append(contentsOf: text.utf8)
    err.append(contentsOf: terminator.utf8)
  }

  func flush() {
    Self.writeAll(1, out)
    out.removeAll(keepingCapacity: true)
    Self.writeAll(2, err)
    err.removeAll(keepingCapacity: true)
  }

  /// Writes every byte, retrying on EINTR and short writes. Gives up quietly on a closed
  /// pipe (`crisis export | head`).
  static func writeAll(_ fd: Int32, _ bytes: [UInt8]) {
    bytes.withUnsafeBytes { writeAll(fd, $0) }
  }

  static func writeAll(_ fd: Int32, _ raw: UnsafeRawBufferPointer) {
    var offset = 0
    while offset < raw.count {
      let n = Glibc.write(fd, raw.baseAddress.map { $0 + offset }, raw.count - offset)
      if n < 0 {
        if errno == EINTR { continue }
        return
      }
      offset += n
    }
  }
}
