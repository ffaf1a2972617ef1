#if canImport(Glibc)
  import Glibc
#endif

/// A parsed document in compact form: what `YAMLParser` builds, and what `PlaybookDecoder`
/// reads directly.
///
/// Why not a tree of `YAMLNode`s: a large playbook has hundreds of thousands of nodes, and a
/// tree with a `String` per scalar and an array per collection costs an allocation (and a
/// release) for most of them, several times the file's size in memory. Here every node is one
/// fixed-size record in a flat array; a scalar's text is a byte range, in the input when it
/// was written verbatim (most are), or in `texts` when escapes, folding or chomping rewrote
/// it. Strings are made only for what a reader asks for. `YAMLParser.parse` turns the whole
/// document into `YAMLNode`s for callers that want a tree.
///
/// Nodes are identified by their index (`NodeID`). Collections store their entries in
/// `entries`: a sequence's items, or a mapping's key and value ids alternating.
public struct YAMLDocument: Sendable {
  public typealias NodeID = Int

  public enum Kind: UInt8, Sendable {
    case scalar, sequence, mapping
  }

  /// One node. 24 bytes; the parser refuses inputs whose offsets would not fit in 32 bits.
  struct Record: Sendable {
    var kind: Kind
    var style: YAMLScalar.Style
    /// For a scalar: whether its text is in `texts` (rewritten) rather than in `input`.
    var rewritten: Bool
    var line: UInt32
    var column: UInt32
    var offset: UInt32
    /// Scalar: where its text starts (in `input` or `texts`). Collection: its first entry.
    var start: UInt32
    /// Scalar: its text's length in bytes. Sequence: items. Mapping: pairs.
    var count: UInt32
  }

  /// The bytes that were parsed.
  public let input: [UInt8]
  /// Text of scalars that are not verbatim slices of the input.
  var texts: [UInt8] = []
  var records: [Record] = []
  /// Entries of all collections, each collection's contiguous.
  var entries: [UInt32] = []
  /// The top-level node; nil when the stream has no document.
  public internal(set) var root: NodeID?

  init(input: [UInt8]) { self.input = input }

  // MARK: - Reading nodes

  public func kind(_ node: NodeID) -> Kind { records[node].kind }

  /// Where the node starts (see `YAMLNode.position`).
  public func position(_ node: NodeID) -> SourcePosition {
    let r = records[node]
    return SourcePosition(line: Int(r.line), column: Int(r.column), offset: Int(r.offset))
  }

  /// The scalar's style, or nil for a collection.
  public func style(_ node: NodeID) -> YAMLScalar.Style? {
    let r = records[node]
    return r.kind == .scalar ? r.style : nil
  }

  public func isScalar(_ node: NodeID) -> Bool { records[node].kind == .scalar }

  /// A scalar's text as a String; nil for a collection.
  public func text(_ node: NodeID) -> String? {
    guard records[node].kind == .scalar else { return nil }
    return withText(of: node) { String(decoding: $0, as: UTF8.self) }
  }

  /// The scalar with its style; nil for a collection.
  public func scalar(_ node: NodeID) -> YAMLScalar? {
    let r = records[node]
    guard r.kind == .scalar, let text = text(node) else { return nil }
    return YAMLScalar(text, style: r.style)
  }

  /// Whether a scalar's text is exactly `expected` (false for collections). No String is made.
  public func textEquals(_ node: NodeID, _ expected: String) -> Bool {
    guard records[node].kind == .scalar else { return false }
    return withText(of: node) { bytes in Self.equal(bytes, expected) }
  }

  /// Whether `bytes` are exactly the UTF-8 of `text`: lengths first, then one memcmp (the
  /// generic `elementsEqual` walks a String's UTF-8 view byte by byte, which showed up as
  /// the decoder's largest cost).
  static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ text: String) -> Bool {
    let utf8 = text.utf8
    guard bytes.count == utf8.count else { return false }
    guard bytes.count > 0, let base = bytes.baseAddress else { return true }
    return utf8.withContiguousStorageIfAvailable { other in
      other.baseAddress.map { memcmp(base, $0, bytes.count) == 0 } ?? false
    } ?? bytes.elementsEqual(utf8)
  }

  /// Whether a scalar's text is exactly `expected` (false for collections): for keys and
  /// other texts known at compile time, compared with one memcmp against their static bytes.
  public func textEquals(_ node: NodeID, _ expected: StaticString) -> Bool {
    guard records[node].kind == .scalar else { return false }
    return withText(of: node) { bytes in Self.equal(bytes, static: expected) }
  }

  static func equal(_ bytes: UnsafeBufferPointer<UInt8>, static text: StaticString) -> Bool {
    guard text.hasPointerRepresentation else { return equal(bytes, text.description) }
    let count = text.utf8CodeUnitCount
    guard bytes.count == count else { return false }
    guard count > 0, let base = bytes.baseAddress else { return true }
    return memcmp(base, text.utf8Start, count) == 0
  }

  /// The value for a key in a mapping, the key given as a `StaticString` (see `textEquals`).
  public func value(_ mapping: NodeID, forKey key: StaticString) -> NodeID? {
    guard records[mapping].kind == .mapping else { return nil }
    for i in 0..<count(mapping) where textEquals(self.key(mapping, i), key) {
      return value(mapping, i)
    }
    return nil
  }

  /// Whether the node is a plain scalar that the core schema reads as null (empty, `~`,
  /// `null`); only plain scalars can be null.
  public func isNull(_ node: NodeID) -> Bool {
    let r = records[node]
    guard r.kind == .scalar, r.style == .plain else { return false }
    return withText(of: node) { b in
      b.isEmpty || Self.equal(b, static: "~") || Self.equal(b, static: "null")
        || Self.equal(b, static: "Null") || Self.equal(b, static: "NULL")
    }
  }

  /// Calls `body` with a scalar's UTF-8 bytes (empty for a collection). The buffer is only
  /// valid inside `body`.
  public func withText<R>(of node: NodeID, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    let r = records[node]
    guard r.kind == .scalar else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
    let source = r.rewritten ? texts : input
    return source.withUnsafeBufferPointer { all in
      // `start..<start+count` was recorded by the parser from this very buffer.
      body(UnsafeBufferPointer(rebasing: all[Int(r.start)..<Int(r.start) + Int(r.count)]))
    }
  }

  /// Number of items of a sequence or pairs of a mapping; 0 for a scalar.
  public func count(_ node: NodeID) -> Int {
    let r = records[node]
    return r.kind == .scalar ? 0 : Int(r.count)
  }

  /// The items of a sequence; nil for anything else.
  public func items(_ node: NodeID) -> [NodeID]? {
    let r = records[node]
    guard r.kind == .sequence else { return nil }
    let start = Int(r.start)
    return entries[start..<start + Int(r.count)].map { Int($0) }
  }

  /// The key of the `index`th pair of a mapping.
  public func key(_ mapping: NodeID, _ index: Int) -> NodeID {
    Int(entries[Int(records[mapping].start) + 2 * index])
  }

  /// The value of the `index`th pair of a mapping.
  public func value(_ mapping: NodeID, _ index: Int) -> NodeID {
    Int(entries[Int(records[mapping].start) + 2 * index + 1])
  }

  /// The value for a scalar key in a mapping; nil if absent or if the node is no mapping.
  public func value(_ mapping: NodeID, forKey key: String) -> NodeID? {
    guard records[mapping].kind == .mapping else { return nil }
    for i in 0..<count(mapping) where textEquals(self.key(mapping, i), key) {
      return value(mapping, i)
    }
    return nil
  }

  // MARK: - As a tree

  /// The node and everything below it as a `YAMLNode` tree.
  public func tree(_ node: NodeID) -> YAMLNode {
    let r = records[node]
    let at = position(node)
    switch r.kind {
    case .scalar:
      return YAMLNode(.scalar(YAMLScalar(text(node) ?? "", style: r.style)), at: at)
    case .sequence:
      return YAMLNode(.sequence((items(node) ?? []).map { tree($0) }), at: at)
    case .mapping:
      let pairs = (0..<count(node)).map { i in
        YAMLNode.Pair(key: tree(key(node, i)), value: tree(value(node, i)))
      }
      return YAMLNode(.mapping(pairs), at: at)
    }
  }
}
