import CrisisKit
import Foundation
import Testing

/// Reads a log the way an auditor would, independent of the product's own reader: every line
/// valid JSON, `seq` 1…N without gaps, `ts` never decreasing, the `prev` chain intact.
struct LogCheck {
  var lines: [[String: Any]] = []

  init(path: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let data = try Data(contentsOf: path)
    let raw = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    #expect(
      raw.last?.isEmpty == true, "log must end with a newline", sourceLocation: sourceLocation)
    var previousHash = SHA256.hex(of: [UInt8]())
    var lastTime = ""
    for (index, line) in raw.dropLast().enumerated() {
      let object = try #require(
        try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
        "line \(index + 1) is not a JSON object",
        sourceLocation: sourceLocation)
      #expect(
        object["seq"] as? Int == index + 1, "seq of line \(index + 1)",
        sourceLocation: sourceLocation)
      #expect(
        object["prev"] as? String == previousHash, "prev of line \(index + 1)",
        sourceLocation: sourceLocation)
      let ts = try #require(object["ts"] as? String, sourceLocation: sourceLocation)
      let parsed = try #require(Timestamp.parse(ts), sourceLocation: sourceLocation)
      if let last = Timestamp.parse(lastTime) {
        #expect(parsed >= last, "ts of line \(index + 1) goes back", sourceLocation: sourceLocation)
      }
      lastTime = ts
      previousHash = SHA256.hex(of: Array(line))
      lines.append(object)
    }
  }

  var types: [String] { lines.compactMap { $0["type"] as? String } }

  func events(_ type: String) -> [[String: Any]] { lines.filter { $0["type"] as? String == type } }

  func strings(_ type: String, _ field: String) -> [String] {
    events(type).compactMap { $0[field] as? String }
  }
}
