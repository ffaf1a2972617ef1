/// Placeholder until the real parser lands.
public enum YAMLParser {
  /// Parses one document from UTF-8 bytes. Returns nil for a stream with no document
  /// (empty, or only comments).
  public static func parse(_ bytes: [UInt8]) throws(YAMLError) -> YAMLNode? {
    throw YAMLError("YAML parser not implemented yet", at: .start)
  }
}
