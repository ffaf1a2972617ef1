/// Why a document was rejected, and where. `isUnsupported` separates valid YAML that
/// playbooks refuse on purpose (anchors, tags, several documents …) from invalid YAML.
public struct YAMLError: Error, Hashable, Sendable {
  public var position: SourcePosition
  public var message: String
  public var isUnsupported: Bool

  public init(_ message: String, at position: SourcePosition, unsupported: Bool = false) {
    self.message = message
    self.position = position
    self.isUnsupported = unsupported
  }

  public func diagnostic(file: String) -> Diagnostic {
    Diagnostic(.error, file: file, at: position, message)
  }
}
