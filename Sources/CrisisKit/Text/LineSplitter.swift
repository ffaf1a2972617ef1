/// Splits bytes read from a pipe or file into lines, for input that is not a terminal
/// (scripts, tests, screen readers): the bytes of a line may arrive over several reads.
///
/// A line ends at LF; a CR right before it is dropped (files written on Windows). Invalid
/// UTF-8 becomes U+FFFD. Control characters stay: the caller sanitizes what it displays.
public struct LineSplitter: Sendable {
  private var pending: [UInt8] = []

  public init() {}

  /// Adds `bytes`; returns the lines they complete, in order.
  public mutating func feed<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> [String] {
    var lines: [String] = []
    for byte in bytes {
      if byte == 0x0A {
        lines.append(Self.decode(pending))
        pending.removeAll(keepingCapacity: true)
      } else {
        pending.append(byte)
      }
    }
    return lines
  }

  /// At end of input: the last line when it had no LF, else nil.
  public mutating func finish() -> String? {
    guard !pending.isEmpty else { return nil }
    defer { pending.removeAll() }
    return Self.decode(pending)
  }

  private static func decode(_ bytes: [UInt8]) -> String {
    let line = bytes.last == 0x0D ? bytes.dropLast() : bytes[...]
    return String(decoding: line, as: UTF8.self)
  }
}
