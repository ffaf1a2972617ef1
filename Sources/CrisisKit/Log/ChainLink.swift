/// One event line as the hash chain sees it: what `crisis verify` checks, and nothing else.
/// A plain value (no strings, no arrays), so rehashing a whole log allocates nothing per line.
public struct ChainLink: Hashable, Sendable {
  /// 1-based line number in the file (torn lines count).
  public var number: Int
  public var seq: Int
  /// The event's `ts`, when it is a valid RFC 3339 time.
  public var ts: Timestamp?
  public var prev: Prev
  /// SHA-256 of the line's bytes without its newline.
  public var sha256: SHA256.Digest

  /// The event's `prev` field.
  public enum Prev: Hashable, Sendable {
    /// No `prev`, or one that is not a string.
    case missing
    /// A hash written as 64 lowercase hex digits.
    case digest(SHA256.Digest)
    /// Any other string: it can match no line's hash.
    case other

    /// The `prev` whose text is `text` (UTF-8).
    init(_ text: UnsafeBufferPointer<UInt8>) {
      self = SHA256.Digest(hex: text).map { .digest($0) } ?? .other
    }
  }
}
