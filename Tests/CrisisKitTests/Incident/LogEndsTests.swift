import Testing

@testable import CrisisKit

@Suite struct LogEndsTests {
  func lines(of text: [UInt8], stoppingAfter limit: Int = .max) throws -> (String?, [String]) {
    let dir = try TemporaryDirectory()
    let path = dir.file("x.jsonl")
    Files.write(path, text)
    let ends = try LogEnds(path: path)
    var seen: [String] = []
    try ends.linesBackward { line in
      seen.append(String(decoding: line, as: UTF8.self))
      return seen.count >= limit
    }
    return (try ends.firstLine().map { String(decoding: $0, as: UTF8.self) }, seen)
  }

  @Test func terminatedLines() throws {
    let (first, backward) = try lines(of: Array("a\nbb\n\nccc\n".utf8))
    #expect(first == "a")
    #expect(backward == ["ccc", "", "bb", "a"])
  }

  @Test func unterminatedTailComesFirst() throws {
    let (first, backward) = try lines(of: Array("a\nbb".utf8))
    #expect(first == "a")
    #expect(backward == ["bb", "a"])
  }

  @Test func stopsWhenAsked() throws {
    let (_, backward) = try lines(of: Array("a\nbb\nccc\n".utf8), stoppingAfter: 1)
    #expect(backward == ["ccc"])
  }

  @Test func noCompleteLine() throws {
    let (first, backward) = try lines(of: Array("abc".utf8))
    #expect(first == nil)
    #expect(backward == ["abc"])
    let (none, nothing) = try lines(of: [])
    #expect(none == nil)
    #expect(nothing.isEmpty)
  }

  /// Lines longer than a chunk, on both ends and across chunk borders.
  @Test func linesLongerThanAChunk() throws {
    let long = String(repeating: "x", count: LogEnds.firstChunk * 3 + 7)
    let text = long + "\nshort\n" + long + "y\n"
    let (first, backward) = try lines(of: Array(text.utf8))
    #expect(first == long)
    #expect(backward == [long + "y", "short", long])
  }

  @Test func missingFileIsAnError() throws {
    let dir = try TemporaryDirectory()
    #expect(throws: LogError.self) { _ = try LogEnds(path: dir.file("nope.jsonl")) }
  }
}
