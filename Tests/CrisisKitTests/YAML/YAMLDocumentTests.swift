import Testing

@testable import CrisisKit

/// The compact document the parser builds: verbatim and rewritten scalars, collections,
/// positions, and the byte-level look-ups the playbook decoder relies on.
@Suite struct YAMLDocumentTests {
  static let text = """
    title: Shop down
    summary: "Kasse \\u00e4 fällt aus"
    folded: >
      one
      two
    empty:
    tilde: ~
    list: [a, 'b''c', {k: v}]
    nested:
      - x: 1
        y: null

    """

  @Test func scalarsVerbatimAndRewritten() throws {
    let doc = try YAMLParser.parseDocument(Array(Self.text.utf8))
    let root = try #require(doc.root)
    #expect(doc.kind(root) == .mapping)
    #expect(doc.count(root) == 7)
    let title = try #require(doc.value(root, forKey: "title"))
    #expect(doc.text(title) == "Shop down")
    #expect(doc.style(title) == .plain)
    #expect(doc.textEquals(title, "Shop down"))
    #expect(!doc.textEquals(title, "Shop"))
    #expect(doc.position(title) == SourcePosition(line: 1, column: 8, offset: 7))
    let summary = try #require(doc.value(root, forKey: "summary"))
    #expect(doc.scalar(summary) == YAMLScalar("Kasse ä fällt aus", style: .doubleQuoted))
    let folded = try #require(doc.value(root, forKey: "folded"))
    #expect(doc.scalar(folded) == YAMLScalar("one two\n", style: .folded))
    #expect(doc.value(root, forKey: "missing") == nil)
    #expect(doc.value(title, forKey: "title") == nil)
  }

  @Test func nulls() throws {
    let doc = try YAMLParser.parseDocument(Array(Self.text.utf8))
    let root = try #require(doc.root)
    #expect(doc.isNull(try #require(doc.value(root, forKey: "empty"))))
    #expect(doc.isNull(try #require(doc.value(root, forKey: "tilde"))))
    #expect(!doc.isNull(try #require(doc.value(root, forKey: "title"))))
    #expect(!doc.isNull(try #require(doc.value(root, forKey: "list"))))
  }

  @Test func collections() throws {
    let doc = try YAMLParser.parseDocument(Array(Self.text.utf8))
    let root = try #require(doc.root)
    let list = try #require(doc.value(root, forKey: "list"))
    let items = try #require(doc.items(list))
    #expect(items.count == 3)
    #expect(doc.text(items[1]) == "b'c")
    #expect(doc.kind(items[2]) == .mapping)
    #expect(doc.text(items[2]) == nil)
    let nested = try #require(doc.value(root, forKey: "nested"))
    #expect(doc.position(nested).line == 10)
    let entry = try #require(doc.items(nested)?.first)
    #expect(doc.text(doc.key(entry, 1)) == "y")
    #expect(doc.isNull(doc.value(entry, 1)))
    #expect(doc.items(root) == nil)
  }

  /// The tree `YAMLParser.parse` returns is the document, node for node.
  @Test func treeMatchesDocument() throws {
    let doc = try YAMLParser.parseDocument(Array(Self.text.utf8))
    let tree = try #require(try YAMLParser.parse(Self.text))
    #expect(doc.tree(try #require(doc.root)) == tree)
    #expect(tree["list"]?.sequence?.count == 3)
    #expect(tree["nested"]?.position.line == 10)
  }

  @Test func noDocument() throws {
    #expect(try YAMLParser.parseDocument(Array("# only a comment\n".utf8)).root == nil)
    #expect(try YAMLParser.parseDocument([]).root == nil)
  }

  /// Duplicate keys are found by comparing bytes, also in mappings large enough for the table.
  @Test func duplicateKeysSmallAndLarge() {
    for count in [2, 8, 9, 20] {
      var text = ""
      for i in 0..<count { text += "k\(i): \(i)\n" }
      text += "\"k\(count - 1)\": again\n"
      #expect(throws: YAMLError.self) { try YAMLParser.parseDocument(Array(text.utf8)) }
      do {
        _ = try YAMLParser.parseDocument(Array(text.utf8))
      } catch {
        #expect(error.kind == .duplicateKey)
        #expect(error.position.line == count + 1)
        #expect(error.related?.position.line == count)
        #expect(error.related?.position.column == 1)
      }
    }
    var text = ""
    for i in 0..<20 { text += "k\(i): \(i)\n" }
    #expect(throws: Never.self) { try YAMLParser.parseDocument(Array(text.utf8)) }
  }
}
