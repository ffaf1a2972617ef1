/// A node of a parsed playbook document. Every node remembers where it starts, so that the
/// decoder and the linter can point at the exact line and column of a mistake.
public struct YAMLNode: Hashable, Sendable {
  public enum Content: Hashable, Sendable {
    case scalar(YAMLScalar)
    case sequence([YAMLNode])
    /// Pairs in document order; keys are unique (the parser rejects duplicates).
    case mapping([Pair])
  }

  public struct Pair: Hashable, Sendable {
    public var key: YAMLNode
    public var value: YAMLNode
    public init(key: YAMLNode, value: YAMLNode) {
      self.key = key
      self.value = value
    }
  }

  public var content: Content
  /// Where the node starts: the first character of a scalar, the `-` of a block sequence,
  /// the first key of a block mapping, the `[` or `{` of a flow collection.
  public var position: SourcePosition

  public init(_ content: Content, at position: SourcePosition) {
    self.content = content
    self.position = position
  }

  public var scalar: YAMLScalar? {
    if case .scalar(let s) = content { return s }
    return nil
  }

  public var sequence: [YAMLNode]? {
    if case .sequence(let items) = content { return items }
    return nil
  }

  public var mapping: [Pair]? {
    if case .mapping(let pairs) = content { return pairs }
    return nil
  }

  /// The value for a scalar key in a mapping.
  public subscript(key: String) -> YAMLNode? {
    mapping?.first { $0.key.scalar?.text == key }?.value
  }
}

/// A scalar's text after escapes, folding and chomping, with the style it was written in:
/// only plain scalars are resolved to null, booleans and numbers (YAML 1.2 core schema).
public struct YAMLScalar: Hashable, Sendable {
  public enum Style: Hashable, Sendable {
    case plain
    case singleQuoted
    case doubleQuoted
    case literal
    case folded
  }

  public var text: String
  public var style: Style

  public init(_ text: String, style: Style) {
    self.text = text
    self.style = style
  }
}
