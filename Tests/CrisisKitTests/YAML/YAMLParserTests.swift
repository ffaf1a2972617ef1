import Testing

@testable import CrisisKit

private func parse(_ text: String) throws(YAMLError) -> YAMLNode? {
  try YAMLParser.parse(Array(text.utf8))
}

private func json(_ text: String) throws -> String {
  guard let node = try YAMLParser.parse(Array(text.utf8)) else { return "<none>" }
  return JSONWriter().string(node.jsonValue)
}

/// One rejected input: where and what the parser must say.
struct RejectedCase: CustomTestStringConvertible, Sendable {
  var name: String
  var input: [UInt8]
  var line: Int
  var column: Int
  var message: String
  var kind: YAMLError.Kind

  init(
    _ name: String, _ input: String, _ line: Int, _ column: Int, _ message: String,
    kind: YAMLError.Kind
  ) {
    self.init(name, Array(input.utf8), line, column, message, kind: kind)
  }

  init(
    _ name: String, _ input: [UInt8], _ line: Int, _ column: Int, _ message: String,
    kind: YAMLError.Kind
  ) {
    self.name = name
    self.input = input
    self.line = line
    self.column = column
    self.message = message
    self.kind = kind
  }

  var testDescription: String { name }
}

@Suite struct YAMLParserErrorTests {
  static let anchors =
    "anchors and aliases are not supported in playbooks; repeat the value instead"

  static let cases: [RejectedCase] = [
    RejectedCase("anchor", "a: &x 1\n", 1, 4, anchors, kind: .anchorOrAlias),
    RejectedCase("alias", "a: 1\nb: *x\n", 2, 4, anchors, kind: .anchorOrAlias),
    RejectedCase("anchor in flow", "a: [1, &x 2]\n", 1, 8, anchors, kind: .anchorOrAlias),
    RejectedCase(
      "tag", "a: !!str 1\n", 1, 4, "tags ('!') are not supported in playbooks; remove the tag",
      kind: .tag),
    RejectedCase(
      "directive", "%YAML 1.2\n---\na: 1\n", 1, 1,
      "directives (%YAML, %TAG) are not supported in playbooks; remove the line", kind: .directive),
    RejectedCase(
      "two documents", "a: 1\n---\nb: 2\n", 2, 1,
      "several documents in one file are not supported in playbooks; remove the second '---'",
      kind: .multipleDocuments),
    RejectedCase(
      "document after end marker", "a: 1\n...\nb: 2\n", 3, 1,
      "several documents in one file are not supported in playbooks; keep one document",
      kind: .multipleDocuments),
    RejectedCase(
      "complex key", "a: 1\n? b\n: c\n", 2, 1,
      "complex keys ('?') are not supported in playbooks; write 'key: value'", kind: .complexKey),
    RejectedCase(
      "merge key", "base: {a: 1}\nother:\n  <<: {b: 2}\n", 3, 3,
      "merge keys ('<<') are not supported in playbooks; write the keys out", kind: .mergeKey),
    RejectedCase(
      "flow collection key", "[a, b]: c\n", 1, 1,
      "a flow collection as a mapping key is not supported in playbooks; use a plain key",
      kind: .collectionKey),
    RejectedCase(
      "empty key", "a: 1\n: 2\n", 2, 1,
      "empty mapping keys are not supported in playbooks; write a key before ':'", kind: .emptyKey),
    RejectedCase(
      "duplicate key", "x: 1\ny:\n  z: 2\n  z: 3\n", 4, 3,
      "duplicate key 'z' (first defined at 3:3)",
      kind: .duplicateKey),
    RejectedCase(
      "duplicate key, quoted", "title: a\n\"title\": b\n", 2, 1,
      "duplicate key 'title' (first defined at 1:1)", kind: .duplicateKey),
    RejectedCase(
      "duplicate key in flow", "roles: { lead: 1, comms: 2, lead: 3 }\n", 1, 29,
      "duplicate key 'lead' (first defined at 1:10)", kind: .duplicateKey),
    RejectedCase(
      "tab indentation", "a:\n\tb: 1\n", 2, 1, "tab character in indentation; indent with spaces",
      kind: .tabIndentation),
    RejectedCase(
      "tab after spaces", "a:\n  b: 1\n  \tc: 2\n", 3, 3,
      "tab character in indentation; indent with spaces", kind: .tabIndentation),
    RejectedCase(
      "tab before compact entry", "-\t- a\n", 1, 2,
      "tab character in indentation; indent with spaces",
      kind: .tabIndentation),
    RejectedCase(
      "invalid UTF-8", [0x61, 0x3A, 0x20, 0x62, 0x0A, 0x63, 0x3A, 0x20, 0xC3, 0xA4, 0xFF, 0x0A], 2,
      5,
      "invalid UTF-8 byte 0xFF; save the file as UTF-8", kind: .invalidUTF8),
    RejectedCase(
      "control character", "a: b\u{7}\n", 1, 5,
      "control character U+0007 is not allowed; write it as an escape in a double-quoted string",
      kind: .controlCharacter),
    RejectedCase(
      "unterminated double quote", "a: 1\nb: \"abc\n", 2, 4,
      "unterminated double-quoted string; add the closing \"", kind: .unterminatedString),
    RejectedCase(
      "unterminated single quote", "b: 'abc", 1, 4,
      "unterminated single-quoted string; add the closing '",
      kind: .unterminatedString),
    RejectedCase(
      "bad escape", "a: \"x\\qy\"\n", 1, 6,
      "unknown escape '\\q' in a double-quoted string; write '\\\\' for a backslash",
      kind: .invalidEscape),
    RejectedCase(
      "short hex escape", "a: \"\\x4\"\n", 1, 5, "escape '\\x' needs 2 hexadecimal digits",
      kind: .invalidEscape),
    RejectedCase(
      "duplicate key with a line break", "\"a\\nb\": 1\n\"a\\nb\": 2\n", 2, 1,
      "duplicate key 'a\\nb' (first defined at 1:1)", kind: .duplicateKey),
    RejectedCase(
      "tab indenting a quoted continuation", "foo: \"bar\n\tbaz\"\n", 2, 1,
      "tab character in indentation; indent with spaces", kind: .tabIndentation),
    RejectedCase(
      "quoted continuation not indented", "foo: \"bar\nbaz\"\n", 2, 1,
      "continuation line of a double-quoted string must be indented at least 1 space",
      kind: .indentation),
    RejectedCase(
      "tab indenting a flow line", "a: [\n\tb ]\n", 2, 1,
      "tab character in indentation; indent with spaces", kind: .tabIndentation),
    RejectedCase(
      "deep flow nesting", String(repeating: "[", count: 10_000), 1, 257,
      "nesting deeper than 256 levels; flatten the document", kind: .nestingTooDeep),
    RejectedCase(
      "deep compact nesting", String(repeating: "- ", count: 10_000) + "x\n", 1, 513,
      "nesting deeper than 256 levels; flatten the document", kind: .nestingTooDeep),
    RejectedCase(
      "deep block nesting",
      (0..<10_000).map { String(repeating: " ", count: $0) + "k:\n" }.joined(), 257, 257,
      "nesting deeper than 256 levels; flatten the document", kind: .nestingTooDeep),
    RejectedCase(
      "unclosed flow", "a: [1, 2\nb: 3\n", 2, 1,
      "the flow collection opened at 1:4 is not closed before this line; add ']', or indent the line at least 1 space",
      kind: .unclosedFlowCollection),
    RejectedCase(
      "unterminated flow", "[1, {a: 2}", 1, 1,
      "unterminated flow sequence; add ']' to close the one opened at 1:1",
      kind: .unclosedFlowCollection),
    RejectedCase(
      "mapping on the key's line", "a: b: c\n", 1, 5,
      "a mapping cannot start on the same line as its key; put the nested mapping on the next line, indented",
      kind: .misplacedNode),
    RejectedCase(
      "bad indentation", "a:\n    b: 1\n  c: 2\n", 3, 3,
      "unexpected indentation; keys of this mapping start at column 1", kind: .indentation),
    RejectedCase(
      "indented key read as continuation", "a:\n  b: 1\n   c: 2\n", 3, 5,
      "unexpected ':' after a value that spans lines; check the indentation of this line, or quote the value",
      kind: .indentation),
    RejectedCase(
      "missing colon", "a: 1\nb\n", 2, 1,
      "expected 'key: value' in this mapping, but found no ':' after the key", kind: .missingColon),
    RejectedCase(
      "text after quoted value", "a: \"b\" c\n", 1, 8, "unexpected 'c' after the value",
      kind: .unexpectedCharacter),
    RejectedCase(
      "comment without space", "a: \"b\"# c\n", 1, 7, "a comment needs a space before '#'",
      kind: .commentWithoutSpace),
    RejectedCase(
      "top-level indentation indicator", "--- |1\n  text\n", 1, 5,
      "an indentation indicator on a top-level block scalar is not supported; remove the digit",
      kind: .indentationIndicator),
    RejectedCase(
      "block scalar indicator 0", "a: |0\n  text\n", 1, 5,
      "a block scalar's indentation indicator must be 1 to 9", kind: .invalidBlockScalarHeader),
    RejectedCase(
      "block scalar in a flow collection", "a: [ |\n  x ]\n", 1, 6,
      "block scalars ('|', '>') cannot stand inside a flow collection; quote the text",
      kind: .misplacedNode),
    RejectedCase(
      "sequence entry between keys", "a: 1\n- b\n", 2, 1,
      "a sequence entry ('- ') cannot stand between the keys of a mapping; indent it under a key",
      kind: .misplacedNode),
    RejectedCase(
      "key over two lines", "\"a\n b\": 1\n", 1, 1,
      "a mapping key must be on one line; join the key's lines", kind: .invalidKey),
    RejectedCase(
      "document marker in a flow collection", "a: [1,\n---\n]\n", 2, 1,
      "document marker inside the flow collection opened at 1:4; add ']' before it",
      kind: .unclosedFlowCollection),
    RejectedCase(
      "missing comma in a flow mapping", "a: { b: 1 c: 2 }\n", 1, 12,
      "expected ',' or '}' in flow mapping, found ':'", kind: .unexpectedCharacter),
    RejectedCase(
      "reserved character", "a: @b\n", 1, 4,
      "'@' is reserved and cannot start a plain value; quote the value",
      kind: .unexpectedCharacter),
    RejectedCase(
      "long hexadecimal number", "a: 0x\(String(repeating: "f", count: 5000))\n", 1, 4,
      "hexadecimal or octal number longer than \(CoreSchema.maxRadixDigits) digits; quote it",
      kind: .numberTooLong),
  ]

  @Test(arguments: cases)
  func rejects(_ c: RejectedCase) {
    do {
      let node = try YAMLParser.parse(c.input)
      Issue.record("accepted: \(String(describing: node))")
    } catch {
      #expect(error.kind == c.kind)
      #expect(error.position.line == c.line)
      #expect(error.position.column == c.column)
      #expect(error.message == c.message)
    }
  }

  /// The other place an error is about comes as a note; it is named in the message too,
  /// for the one-line form.
  @Test(arguments: [
    ("a: 1\nb: 2\na: 3\n", YAMLError.Kind.duplicateKey, "3:1", "first defined here", "1:1"),
    ("x: { a: 1, a: 2 }\n", .duplicateKey, "1:12", "first defined here", "1:6"),
    (
      "a: [1, 2\nb: 3\n", .unclosedFlowCollection, "2:1", "the flow collection opens here",
      "1:4"
    ),
    ("a: [1,\n---\n", .unclosedFlowCollection, "2:1", "the flow collection opens here", "1:4"),
    ("a: \"x\n---\n\"\n", .unterminatedString, "2:1", "the string opens here", "1:4"),
    ("a:\n  b: 'x\n y'\n", .indentation, "3:2", "the string opens here", "2:6"),
  ])
  func relatedPlaces(
    input: String, kind: YAMLError.Kind, place: String, note: String, notePlace: String
  ) {
    do {
      _ = try parse(input)
      Issue.record("accepted")
    } catch {
      #expect(error.kind == kind)
      #expect(error.position.description == place)
      #expect(error.related?.message == note)
      #expect(error.related?.position.description == notePlace)
      let diagnostic = error.diagnostic(file: "p.yml")
      #expect(diagnostic.kind == .yaml(kind))
      #expect(diagnostic.notes.map(\.message) == [note])
    }
  }

  /// Errors with nothing else to point at have no note.
  @Test func mostErrorsHaveNoNote() {
    for c in YAMLParserErrorTests.cases where c.kind != .duplicateKey {
      do {
        _ = try YAMLParser.parse(c.input)
      } catch {
        if error.kind != .unclosedFlowCollection && error.kind != .indentation {
          #expect(error.related == nil, "\(c.name)")
        }
      }
    }
  }

  @Test func unsupportedFollowsTheKind() {
    let unsupported = YAMLError.Kind.allCases.filter(\.isUnsupported)
    #expect(
      unsupported == [
        .anchorOrAlias, .tag, .directive, .multipleDocuments, .complexKey, .mergeKey,
        .collectionKey, .emptyKey, .indentationIndicator,
      ])
  }

  @Test func nestingUpToTheLimitIsFine() throws {
    let depth = YAMLParser.maxDepth
    let flow = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
    #expect(try parse(flow) != nil)
    let block = (0..<depth).map { String(repeating: " ", count: $0) + "k:\n" }.joined()
    #expect(try parse(block) != nil)
    let compact = String(repeating: "- ", count: depth) + "x\n"
    #expect(try parse(compact) != nil)
  }

  @Test func errorsBecomeDiagnostics() {
    do {
      _ = try parse("a: &x 1\n")
    } catch {
      #expect(
        error.diagnostic(file: "p.yml").description
          == "p.yml:1:4: error: anchors and aliases are not supported in playbooks; repeat the value instead"
      )
    }
  }
}

@Suite struct YAMLParserTests {
  @Test func emptyStreamsHaveNoDocument() throws {
    #expect(try parse("") == nil)
    #expect(try parse("# only a comment\n\n") == nil)
    #expect(try parse("...\n") == nil)
    #expect(try json("---\n") == "null")
    #expect(try json("--- # c\n...\n") == "null")
  }

  @Test func playbookShapes() throws {
    let text = """
      playbook: website-outage            # id
      title: Website or shop is down
      summary: >
        Our site or shop does not load,
        or checkout fails.
      variables:
        product: { prompt: "Which site?", default: our shop }
      channels:
        x:  { title: X, audience: public, limit: 280 }
      steps:
        - id: confirm
          due: 5m
          do:
            - Ask IT
          ask:
            choices: { yes: go-public, no: watch }
        - id: go-public
          send: [first-post]
      """
    #expect(
      try json(text)
        == #"{"playbook":"website-outage","title":"Website or shop is down","summary":"Our site or shop does not load, or checkout fails.\n","variables":{"product":{"prompt":"Which site?","default":"our shop"}},"channels":{"x":{"title":"X","audience":"public","limit":280}},"steps":[{"id":"confirm","due":"5m","do":["Ask IT"],"ask":{"choices":{"yes":"go-public","no":"watch"}}},{"id":"go-public","send":["first-post"]}]}"#
    )
  }

  @Test func scalarStylesAndEscapes() throws {
    #expect(
      try json(#"a: "\0\a\b\t\n\v\f\r\e\ \"\/\\\x41\u00e4\U0001F600\N\_\L\P""#)
        == "{\"a\":\"\\u0000\\u0007\\u0008\\t\\n\\u000b\\u000c\\r\\u001b \\\"/\\\\Aä😀\u{85}\u{A0}\u{2028}\u{2029}\"}"
    )
    #expect(try json("a: \"tab\\\tx\"") == #"{"a":"tab\tx"}"#)
    #expect(try json("a: 'it''s'\n") == #"{"a":"it's"}"#)
    #expect(
      try json("a: \"one\n  two\n\n  three \\\n  four\"\n") == #"{"a":"one two\nthree four"}"#)
    #expect(try json("a: plain\n  folded\n\n  text\n") == #"{"a":"plain folded\ntext"}"#)
    #expect(try json("a: |\n  x\n  y\n\n") == #"{"a":"x\ny\n"}"#)
    #expect(try json("a: |-\n  x\n") == #"{"a":"x"}"#)
    #expect(try json("a: |+\n  x\n\n") == #"{"a":"x\n\n"}"#)
    #expect(try json("a: >2\n   x\n  y\n") == #"{"a":" x\ny\n"}"#)
    #expect(try json("a: >\n  x\n  y\n\n   z\n") == #"{"a":"x y\n\n z\n"}"#)
  }

  @Test func coreSchema() throws {
    #expect(
      try json(
        "[null, Null, NULL, ~, true, False, TRUE, 1, -2, +3, 0o17, 0x1F, 1.5, -1e3, .5, .inf, -.Inf, .nan, 1_0, yes, '1', '']"
      )
        == #"[null,null,null,null,true,false,true,1,-2,3,15,31,1.5,-1000,0.5,".inf","-.inf",".nan","1_0","yes","1",""]"#
    )
    #expect(
      try json(
        "- 123456789012345678901234567890\n- 0xFFFFFFFFFFFFFFFFFF\n- -0009223372036854775809")
        == #"[123456789012345678901234567890,4722366482869645213695,-9223372036854775809]"#)
    #expect(
      try json("[-9223372036854775808, 9223372036854775807]")
        == "[-9223372036854775808,9223372036854775807]")
    #expect(try json("a: |\n  1\n") == #"{"a":"1\n"}"#)
  }

  @Test func keysKeepFileOrder() throws {
    #expect(try json("z: 1\na: 2\nm: {y: 1, b: 2}\n") == #"{"z":1,"a":2,"m":{"y":1,"b":2}}"#)
  }

  @Test func crlfLineEnds() throws {
    let text =
      "a: 1\r\nb:\r\n  - x\r\n  - \"y\r\n    z\"\r\nc: |\r\n  l1\r\n  l2\r\nd: >\r\n  f1\r\n  f2\r\n"
    #expect(try json(text) == #"{"a":1,"b":["x","y z"],"c":"l1\nl2\n","d":"f1 f2\n"}"#)
    let node = try #require(try parse(text))
    #expect(node["d"]?.position.line == 9)
    #expect(node["d"]?.position.column == 4)
    #expect(node["d"]?.position.offset == Array(text.utf8).firstIndex(of: UInt8(ascii: ">")))
    #expect(node.mapping?[3].key.position.line == 9)
  }

  @Test func byteOrderMark() throws {
    let node = try #require(try YAMLParser.parse([0xEF, 0xBB, 0xBF] + Array("a: 1\nb: 2\n".utf8)))
    #expect(JSONWriter().string(node.jsonValue) == #"{"a":1,"b":2}"#)
    #expect(node.mapping?[0].key.position == SourcePosition(line: 1, column: 1, offset: 3))
    #expect(node.mapping?[1].value.position == SourcePosition(line: 2, column: 4, offset: 11))
  }

  @Test func positionsCountCharactersNotBytes() throws {
    let node = try #require(
      try parse("größe: über\nä: [ö, ü]\nliste:\n  - ä: 1\n    ö: |\n      x\n"))
    let pairs = try #require(node.mapping)
    #expect(node.position == SourcePosition(line: 1, column: 1, offset: 0))
    #expect(pairs[0].value.position.line == 1)
    #expect(pairs[0].value.position.column == 8)
    #expect(pairs[1].key.position.line == 2)
    #expect(pairs[1].key.position.column == 1)
    let flow = pairs[1].value
    #expect(flow.position.column == 4)
    #expect(flow.sequence?.map(\.position.column) == [5, 8])
    let list = pairs[2].value
    #expect(list.position.line == 4)
    #expect(list.position.column == 3)
    let item = try #require(list.sequence?.first)
    #expect(item.position.column == 5)
    #expect(item.mapping?.map(\.key.position.column) == [5, 5])
    #expect(item["ö"]?.position.column == 8)
    #expect(item["ö"]?.scalar == YAMLScalar("x\n", style: .literal))
  }

  @Test func emptyValuesAreNull() throws {
    let node = try #require(try parse("a:\nb: # c\nc: [x, ]\n"))
    #expect(JSONWriter().string(node.jsonValue) == #"{"a":null,"b":null,"c":["x"]}"#)
    #expect(node["a"]?.position == SourcePosition(line: 1, column: 3, offset: 2))
  }

  @Test func longLinesAreLinear() throws {
    let big = String(repeating: "word ", count: 400_000)  // 2 MB on one line
    let text = "a: \(big)\nb: \"\(big)\"\nc: [\(String(repeating: "x, ", count: 200_000))y]\n"
    let node = try #require(try parse(text))
    #expect(node["a"]?.scalar?.text.utf8.count == big.utf8.count - 1)
    #expect(node["c"]?.sequence?.count == 200_001)
    #expect(node["c"]?.sequence?.last?.position.column == 4 + 3 * 200_000 + 1)
  }

  @Test func manyKeysAreChecked() throws {
    let text = (0..<5000).map { "k\($0): \($0)\n" }.joined()
    #expect(try parse(text)?.mapping?.count == 5000)
    do {
      _ = try parse(text + "k1234: again\n")
      Issue.record("duplicate accepted")
    } catch {
      #expect(error.kind == .duplicateKey)
      #expect(error.position.line == 5001)
      #expect(error.related?.position.description == "1235:1")
    }
  }
}
