#if canImport(Glibc)
  import Glibc
#endif

// How the parser adds nodes to the `YAMLDocument` it builds, and reads back the few things
// it needs about them (positions, key texts for duplicate checks).
//
// Collections are built bottom-up: while a collection is read, the ids of its entries wait on
// the `pending` stack above those of the collections that enclose it; when it ends, they move
// to `entries` in one piece and the collection's record points at them. No array per
// collection, no String per scalar.

extension YAMLReader {
  typealias NodeID = YAMLDocument.NodeID

  /// A 32-bit field of a record. The parser refuses inputs over `YAMLParser.maxInputBytes`,
  /// so offsets, lines, columns and counts always fit; truncation is never reached.
  @inline(__always) static func field(_ value: Int) -> UInt32 {
    UInt32(truncatingIfNeeded: value)
  }

  /// Adds a scalar whose text is the input's bytes `start..<stop` as written.
  mutating func addScalar(
    _ style: YAMLScalar.Style, at position: SourcePosition, input start: Int, _ stop: Int
  ) -> NodeID {
    records.append(
      YAMLDocument.Record(
        kind: .scalar, style: style, rewritten: false, line: Self.field(position.line),
        column: Self.field(position.column), offset: Self.field(position.offset),
        start: Self.field(start), count: Self.field(stop - start)))
    return records.count - 1
  }

  /// Adds a scalar whose text is the rewritten text in `scratch`.
  mutating func addScratchScalar(_ style: YAMLScalar.Style, at position: SourcePosition) -> NodeID {
    let start = texts.count
    texts.append(contentsOf: scratch)
    records.append(
      YAMLDocument.Record(
        kind: .scalar, style: style, rewritten: true, line: Self.field(position.line),
        column: Self.field(position.column), offset: Self.field(position.offset),
        start: Self.field(start), count: Self.field(scratch.count)))
    return records.count - 1
  }

  /// Pushes entries of the collection being read.
  @inline(__always) mutating func addPending(_ node: NodeID) {
    pending.append(Self.field(node))
  }

  @inline(__always) mutating func addPending(_ key: NodeID, _ value: NodeID) {
    pending.append(Self.field(key))
    pending.append(Self.field(value))
  }

  /// Ends a collection whose entries are `pending[base...]`: moves them to `entries` and adds
  /// the collection's record.
  mutating func addCollection(
    _ kind: YAMLDocument.Kind, at position: SourcePosition, from base: Int
  )
    -> NodeID
  {
    let start = entries.count
    let count = pending.count - base
    entries.append(contentsOf: pending[base...])
    pending.removeSubrange(base...)
    records.append(
      YAMLDocument.Record(
        kind: kind, style: .plain, rewritten: false, line: Self.field(position.line),
        column: Self.field(position.column), offset: Self.field(position.offset),
        start: Self.field(start), count: Self.field(kind == .mapping ? count / 2 : count)))
    return records.count - 1
  }

  func nodePosition(_ node: NodeID) -> SourcePosition {
    let r = records[node]
    return SourcePosition(line: Int(r.line), column: Int(r.column), offset: Int(r.offset))
  }

  func isScalar(_ node: NodeID) -> Bool { records[node].kind == .scalar }

  /// Calls `body` with a scalar's bytes, in the input or in `texts`.
  func withScalarBytes<R>(_ node: NodeID, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    let r = records[node]
    let start = Int(r.start)
    let stop = start + Int(r.count)
    if !r.rewritten { return body(UnsafeBufferPointer(rebasing: c.bytes[start..<stop])) }
    return texts.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<stop])) }
  }

  func scalarEquals(_ node: NodeID, _ text: StaticString) -> Bool {
    let count = text.utf8CodeUnitCount
    return withScalarBytes(node) { bytes in
      guard bytes.count == count else { return false }
      guard count > 0, let base = bytes.baseAddress else { return true }
      return memcmp(base, text.utf8Start, count) == 0
    }
  }

  func scalarText(_ node: NodeID) -> String {
    withScalarBytes(node) { String(decoding: $0, as: UTF8.self) }
  }

  /// Whether two scalars have the same text.
  func sameText(_ a: NodeID, _ b: NodeID) -> Bool {
    guard records[a].count == records[b].count else { return false }
    return withScalarBytes(a) { x in
      withScalarBytes(b) { y in
        guard x.count > 0, let p = x.baseAddress, let q = y.baseAddress else { return true }
        return memcmp(p, q, x.count) == 0
      }
    }
  }

  /// Refuses `key` if the mapping whose pairs start at `pending[base]` already has it. Small
  /// mappings are scanned; from `KeyIndex.scanLimit` keys on, a table keeps a mapping with
  /// many keys linear.
  mutating func checkDuplicate(_ key: NodeID, pairsFrom base: Int, _ keys: inout KeyIndex)
    throws(YAMLError)
  {
    var first: SourcePosition? = nil
    if keys.table != nil {
      let text = scalarText(key)
      first = keys.table?[text]
      if first == nil { keys.table?[text] = nodePosition(key) }
    } else {
      var i = base
      while i < pending.count {
        let other = Int(pending[i])
        if sameText(other, key) {
          first = nodePosition(other)
          break
        }
        i += 2
      }
      if first == nil && (pending.count - base) / 2 + 1 > KeyIndex.scanLimit {
        var table: [String: SourcePosition] = [:]
        var j = base
        while j < pending.count {
          let other = Int(pending[j])
          table[scalarText(other)] = nodePosition(other)
          j += 2
        }
        table[scalarText(key)] = nodePosition(key)
        keys.table = table
      }
    }
    if let first {
      throw YAMLError(
        .duplicateKey,
        "duplicate key '\(YAMLReader.printable(scalarText(key)))' (first defined at \(first))",
        at: nodePosition(key), related: Diagnostic.Note("first defined here", at: first))
    }
  }
}

/// The lookup table of one mapping's keys, once it has more than a few (see
/// `checkDuplicate`); nil while the keys are few enough to scan.
struct KeyIndex {
  static let scanLimit = 8
  var table: [String: SourcePosition]? = nil
}
