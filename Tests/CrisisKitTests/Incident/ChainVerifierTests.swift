import Testing

@testable import CrisisKit

@Suite struct ChainVerifierTests {
  @Test func intactLogReportsCountTimesAndHead() throws {
    let dir = try TemporaryDirectory()
    let path = dir.file("a.jsonl")
    let appended = try makeLog(at: path, count: 10)
    let report = try IncidentLog.verifyChain(path: path)
    #expect(report.isIntact)
    #expect(report.eventCount == 10)
    #expect(report.firstTimestamp == incidentStart)
    #expect(report.lastTimestamp == incidentStart.adding(seconds: 9))
    #expect(report.headHash == appended[9].sha256)
    #expect(report.warnings.isEmpty)
    #expect(report.tornLastLine == nil)
  }

  @Test func emptyLogIsIntact() throws {
    let dir = try TemporaryDirectory()
    let path = dir.file("a.jsonl")
    _ = try IncidentLog.create(at: path)
    let report = try IncidentLog.verifyChain(path: path)
    #expect(report.isIntact)
    #expect(report.eventCount == 0)
    #expect(report.firstTimestamp == nil)
  }

  @Test func tornLastLineIsIntactExceptThat() throws {
    let dir = try TemporaryDirectory()
    let path = dir.file("a.jsonl")
    _ = try makeLog(at: path, count: 3)
    Files.write(path, Array(#"{"v":1,"seq":4,"ts":"#.utf8), append: true)
    let report = try IncidentLog.verifyChain(path: path)
    #expect(report.isIntact)
    #expect(report.eventCount == 3)
    #expect(report.tornLastLine == 4)
  }

  /// Each tampering, the line where verify stops, and what it says there.
  @Test(arguments: [
    (
      Tamper.editByte(line: 5), 6,
      "prev does not match the hash of line 5 (seq 5): line 5 was altered, "
        + "or a line was removed or inserted between them"
    ),
    (
      Tamper.delete(line: 5), 5,
      "seq 6 follows seq 4 on line 4: 1 event is missing here; a line was "
        + "removed or moved, or this line was altered"
    ),
    (
      Tamper.swap(line: 4), 4,
      "seq 5 follows seq 3 on line 3: 1 event is missing here; a line was "
        + "removed or moved, or this line was altered"
    ),
    (
      Tamper.duplicate(line: 3, after: 5), 6,
      "seq 3 follows seq 5 on line 5: lines were reordered or inserted, or this line was altered"
    ),
    (
      Tamper.forge(after: 5), 7,
      "seq 6 follows seq 6 on line 6: lines were reordered or inserted, or this line was altered"
    ),
    (
      Tamper.delete(line: 1), 1,
      "the log starts at seq 2, expected 1: its first lines were removed, "
        + "or this line was altered"
    ),
    (Tamper.breakJSON(line: 5), 5, "unexpected '\"', expected ':' after the object key"),
    (
      Tamper.editSeq(line: 5), 5,
      "seq 55 follows seq 4 on line 4: 50 events are missing here; a line was "
        + "removed or moved, or this line was altered"
    ),
  ])
  func tamperingIsFound(tamper: Tamper, line: Int, message: String) throws {
    let dir = try TemporaryDirectory()
    let path = dir.file("a.jsonl")
    _ = try makeLog(at: path, count: 10)
    var lines = Files.lines(path)
    lines.removeLast()  // the empty string after the final newline
    Files.write(path, lines: tamper.apply(to: lines))
    let report = try IncidentLog.verifyChain(path: path)
    #expect(!report.isIntact)
    #expect(report.problem?.position?.line == line)
    #expect(report.problem?.message == message)
    #expect(report.problem?.description.hasPrefix("\(path):\(line):") == true)
  }

  @Test func brokenLineNamesFileLineAndColumn() throws {
    let dir = try TemporaryDirectory()
    let path = dir.file("a.jsonl")
    _ = try makeLog(at: path, count: 6)
    var lines = Files.lines(path)
    lines.removeLast()
    lines = Tamper.breakJSON(line: 5).apply(to: lines)
    Files.write(path, lines: lines)
    let report = try IncidentLog.verifyChain(path: path)
    #expect(
      report.problem?.description
        == "\(path):5:20: error: unexpected '\"', expected ':' after the object key")
    #expect(report.eventCount == 4)
  }

  enum Tamper: Sendable, CustomTestStringConvertible {
    case editByte(line: Int)
    case delete(line: Int)
    case swap(line: Int)
    case duplicate(line: Int, after: Int)
    case forge(after: Int)
    case breakJSON(line: Int)
    case editSeq(line: Int)

    var testDescription: String { "\(self)" }

    func apply(to lines: [[UInt8]]) -> [[UInt8]] {
      var lines = lines
      switch self {
      case .editByte(let line):
        // "note number 5" → "note number 6": one byte, still valid JSON.
        let text = String(decoding: lines[line - 1], as: UTF8.self)
        lines[line - 1] = Array(text.replacingFirst("number \(line)", with: "number 6").utf8)
      case .delete(let line):
        lines.remove(at: line - 1)
      case .swap(let line):
        lines.swapAt(line - 1, line)
      case .duplicate(let line, let after):
        lines.insert(lines[line - 1], at: after)
      case .forge(let after):
        // Someone who knows the scheme writes a well-chained line: the next one gives it away.
        let forged =
          (try? IncidentLog.line(
            seq: after + 1, fields: event("note", at: incidentStart),
            prev: SHA256.hex(of: lines[after - 1]))) ?? []
        lines.insert(forged, at: after)
      case .breakJSON(let line):
        // Drop the ':' after "ts" so the line is invalid (not a torn write).
        let text = String(decoding: lines[line - 1], as: UTF8.self)
        lines[line - 1] = Array(text.replacingFirst(#""ts":"#, with: #""ts""#).utf8)
      case .editSeq(let line):
        let text = String(decoding: lines[line - 1], as: UTF8.self)
        lines[line - 1] = Array(text.replacingFirst(#""seq":5,"#, with: #""seq":55,"#).utf8)
      }
      return lines
    }
  }
}

extension String {
  /// The text with the first occurrence of `target` replaced (stdlib only, no Foundation).
  fileprivate func replacingFirst(_ target: String, with replacement: String) -> String {
    let bytes = Array(utf8)
    let needle = Array(target.utf8)
    guard !needle.isEmpty, bytes.count >= needle.count else { return self }
    for start in 0...(bytes.count - needle.count)
    where bytes[start..<start + needle.count].elementsEqual(needle) {
      let replaced = bytes[..<start] + Array(replacement.utf8) + bytes[(start + needle.count)...]
      return String(decoding: replaced, as: UTF8.self)
    }
    return self
  }
}
