import Foundation
import Testing

/// Golden files for the exports: `Snapshots/<name>` beside this file. A missing file fails the
/// test (a golden file that records itself checks nothing, and a renamed test would pass
/// silently); `CRISIS_RECORD_SNAPSHOTS=1` records missing and changed ones. A mismatch fails
/// with a line diff (`-` golden, `+` actual) so the change can be read in the test log.
enum Snapshot {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Snapshots")

  static func assert(
    _ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let url = directory.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["CRISIS_RECORD_SNAPSHOTS"] == "1" {
      do {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data(actual.utf8).write(to: url)
      } catch {
        Issue.record("could not record snapshot \(name): \(error)", sourceLocation: sourceLocation)
      }
      return
    }
    guard let data = try? Data(contentsOf: url) else {
      Issue.record(
        "snapshot \(name) is missing; CRISIS_RECORD_SNAPSHOTS=1 records it",
        sourceLocation: sourceLocation)
      return
    }
    let expected = String(decoding: data, as: UTF8.self)
    guard expected != actual else { return }
    Issue.record(
      "snapshot \(name) differs (CRISIS_RECORD_SNAPSHOTS=1 re-records):\n\(diff(expected, actual))",
      sourceLocation: sourceLocation)
  }

  /// A line diff from the longest common subsequence, with two lines of context.
  static func diff(_ old: String, _ new: String) -> String {
    let a = old.split(separator: "\n", omittingEmptySubsequences: false)
    let b = new.split(separator: "\n", omittingEmptySubsequences: false)
    var lcs = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in stride(from: a.count - 1, through: 0, by: -1) {
      for j in stride(from: b.count - 1, through: 0, by: -1) {
        lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
      }
    }
    var lines: [(Character, Substring)] = []
    var i = 0
    var j = 0
    while i < a.count || j < b.count {
      if i < a.count, j < b.count, a[i] == b[j] {
        lines.append((" ", a[i]))
        i += 1
        j += 1
      } else if i < a.count, j == b.count || lcs[i + 1][j] >= lcs[i][j + 1] {
        lines.append(("-", a[i]))
        i += 1
      } else {
        lines.append(("+", b[j]))
        j += 1
      }
    }
    let changed = lines.indices.filter { lines[$0].0 != " " }
    var out: [String] = []
    var last = -1
    for index in changed {
      let from = max(index - 2, last + 1)
      let upTo = min(index + 2, lines.count - 1)
      // Already printed as the context of an earlier change.
      guard from <= upTo else { continue }
      if from > last + 1, !out.isEmpty { out.append("   …") }
      for k in from...upTo where k > last {
        out.append("\(lines[k].0) \(lines[k].1)")
        last = k
      }
    }
    return out.joined(separator: "\n")
  }
}
