import Testing

@testable import CrisisKit

@Suite struct LogReaderTests {
  /// Tiny chunks force lines across chunk boundaries and buffer growth for long lines; the
  /// result must not depend on the chunk size.
  @Test(arguments: [16, 100, 4096, 256 * 1024])
  func chunkSizeDoesNotMatter(chunk: Int) throws {
    let dir = try TemporaryDirectory()
    let path = dir.file("a.jsonl")
    let log = try IncidentLog.create(at: path)
    let clock = ManualClock(incidentStart)
    var written: [AppendedLine] = []
    for k in 0..<40 {
      let text = String(repeating: "ä😀x", count: k * k)
      written.append(
        try log.append(clock: clock) { _, now in event("note", at: now, [("text", .string(text))]) }
      )
    }
    let reader = try LogReader(path: path, hashing: true, chunkSize: chunk)
    var lines: [LogLine] = []
    while let line = try reader.next() { lines.append(line) }
    #expect(try reader.next() == nil)  // stays at the end
    #expect(lines.map(\.seq) == Array(1...40))
    #expect(lines.map(\.sha256) == written.map(\.sha256))
    #expect(lines[39].event["text"] == .string(String(repeating: "ä😀x", count: 39 * 39)))
    #expect(reader.eventCount == 40)
    #expect(reader.warnings.isEmpty)
  }

  @Test func hashesOnlyWhenAsked() throws {
    let dir = try TemporaryDirectory()
    let path = dir.file("a.jsonl")
    _ = try makeLog(at: path, count: 2)
    let reader = try IncidentLog.lines(path: path)
    #expect(try reader.next()?.sha256 == nil)
  }

  @Test func emptyFileHasNoEvents() throws {
    let dir = try TemporaryDirectory()
    let path = dir.file("a.jsonl")
    _ = try IncidentLog.create(at: path)
    let summary = try IncidentLog.read(path: path) { _ in Issue.record("an event") }
    #expect(summary == LogReadSummary(eventCount: 0, warnings: [], tornLastLine: nil))
  }

  @Test func missingFileIsAnError() throws {
    let dir = try TemporaryDirectory()
    let path = dir.file("none.jsonl")
    #expect(throws: LogError.self) { try LogReader(path: path) }
    do {
      _ = try LogReader(path: path)
    } catch {
      #expect(error.description == "cannot open incident log \(path): No such file or directory")
    }
  }

  /// A bad second line (followed by a good third one): the error names file, line, column.
  @Test(arguments: [
    ("", "2:1: error: empty line, expected an event"),
    ("[1,2]", "2:1: error: not an event: expected a JSON object"),
    (#"{"seq":2,"v":1}"#, "2:1: error: not an event: the first field must be \"v\""),
    (#"{"v":2,"seq":2}"#, "2:1: error: unsupported log format version 2 (this crisis reads 1)"),
    (
      #"{"v":1,"seq":"2"}"#,
      "2:1: error: not an event: the second field must be \"seq\", a whole number from 1 to 9007199254740992"
    ),
    (
      #"{"v":1,"seq":0}"#,
      "2:1: error: not an event: the second field must be \"seq\", a whole number from 1 to 9007199254740992"
    ),
    (#"{"v":1,"seq":2} x"#, "2:17: error: unexpected 'x' after the JSON value"),
    (
      #"{"v":1,"seq":2,"t":"a\#tb"}"#,
      "2:22: error: control character U+0009 in a string must be escaped"
    ),
  ])
  func badLineInTheMiddle(line: String, expected: String) throws {
    let dir = try TemporaryDirectory()
    let path = dir.file("a.jsonl")
    let first = Array(#"{"v":1,"seq":1}"#.utf8)
    Files.write(path, lines: [first, Array(line.utf8), Array(#"{"v":1,"seq":3}"#.utf8)])
    do {
      try IncidentLog.read(path: path) { _ in }
      Issue.record("no error")
    } catch {
      #expect("\(error)" == "\(path):\(expected)")
    }
  }

  @Test func invalidUTF8IsAnError() throws {
    let dir = try TemporaryDirectory()
    let path = dir.file("a.jsonl")
    let bad = Array(#"{"v":1,"seq":1,"t":""#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)
    Files.write(path, lines: [bad, Array(#"{"v":1,"seq":2}"#.utf8)])
    do {
      try IncidentLog.read(path: path) { _ in }
      Issue.record("no error")
    } catch {
      #expect("\(error)" == "\(path):1:22: error: invalid UTF-8 byte 0x28")
    }
  }

  @Test func tornLineWithZerosInTheMiddleIsSkipped() throws {
    let dir = try TemporaryDirectory()
    let path = dir.file("a.jsonl")
    // The append that sealed the torn line off recorded its hash.
    let torn = Array(#"{"v":1,"seq":2,"te"#.utf8) + [0, 0, 0]
    Files.write(
      path,
      lines: [
        Array(#"{"v":1,"seq":1}"#.utf8), torn,
        Array(#"{"v":1,"seq":2,"sealed":"\#(SHA256.hex(of: torn))"}"#.utf8),
      ])
    var seqs: [Int] = []
    let summary = try IncidentLog.read(path: path) { seqs.append($0.seq) }
    #expect(seqs == [1, 2])
    #expect(
      summary.warnings.map(\.description) == [
        "\(path):2:22: warning: torn write (crash mid-write), skipped"
      ])
  }
}
