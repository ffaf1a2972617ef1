/// The outcome of checking a log's hash chain (`crisis verify`).
public struct ChainReport: Hashable, Sendable {
  /// Events read (up to the first problem, if there is one).
  public var eventCount = 0
  public var firstTimestamp: Timestamp?
  public var lastTimestamp: Timestamp?
  /// SHA-256 of the last event's line. The chain protects each line by the one after it, so
  /// the last line itself can only be checked against this value noted down earlier.
  public var headHash = SHA256.hex(of: [UInt8]())
  /// Torn lines (writes cut short by a crash), which are not part of the chain.
  public var warnings: [Diagnostic] = []
  /// A torn line at the end of the file: intact except a torn last line.
  public var tornLastLine: Int?
  /// The first place where the chain breaks; nil when it is intact.
  public var problem: Diagnostic?

  public var isIntact: Bool { problem == nil }
}

extension IncidentLog {
  /// Rehashes every line and checks that `seq` runs 1, 2, 3 … and that each `prev` is the
  /// hash of the event line before it (torn lines are skipped, as appends skip them). Stops at
  /// the first break and says which line and what kind: a gap in `seq` means a line was
  /// removed, a `seq` going back means lines were reordered or inserted, a `prev` mismatch
  /// means the line before was altered or something was removed or inserted between them.
  /// Throws only when the file cannot be read at all.
  public static func verifyChain(path: String) throws(LogError) -> ChainReport {
    var report = ChainReport()
    let reader = try LogReader(path: path)
    var previous: ChainLink?
    while report.problem == nil {
      let link: ChainLink
      do {
        guard let next = try reader.nextLink() else { break }
        link = next
      } catch {
        guard case .damaged(let diagnostic) = error else { throw error }
        report.problem = diagnostic
        break
      }
      if let message = chainProblem(link, after: previous) {
        report.problem = Diagnostic(
          .error, file: path, at: SourcePosition(line: link.number, column: 1), message)
        break
      }
      if report.eventCount == 0 { report.firstTimestamp = link.ts }
      report.lastTimestamp = link.ts
      report.eventCount += 1
      previous = link
    }
    if let previous { report.headHash = previous.sha256.hex }
    report.warnings = reader.warnings
    report.tornLastLine = reader.tornLastLine
    return report
  }

  /// The hash of an empty line: the first event's `prev`.
  private static let emptyHash = SHA256.Digest(
    hashing: UnsafeRawBufferPointer(start: nil, count: 0))

  /// What is wrong with `line` following `previous` (nil for the first event), if anything.
  static func chainProblem(_ line: ChainLink, after previous: ChainLink?) -> String? {
    let expectedSeq = (previous?.seq ?? 0) + 1
    if line.seq != expectedSeq {
      guard let previous else {
        return "the log starts at seq \(line.seq), expected 1: its first lines were removed, "
          + "or this line was altered"
      }
      if line.seq > expectedSeq {
        let missing = line.seq - expectedSeq
        return "seq \(line.seq) follows seq \(previous.seq) on line \(previous.number): "
          + "\(missing) event\(missing == 1 ? " is" : "s are") missing here; a line was "
          + "removed or moved, or this line was altered"
      }
      return "seq \(line.seq) follows seq \(previous.seq) on line \(previous.number): lines "
        + "were reordered or inserted, or this line was altered"
    }
    if line.prev == .missing {
      return "the event has no \"prev\" hash: the line was altered"
    }
    guard let previous else {
      if line.prev == .digest(emptyHash) { return nil }
      return "prev of the first event is not the hash of an empty line: lines before it were "
        + "removed, or this line was altered"
    }
    if line.prev == .digest(previous.sha256) { return nil }
    return "prev does not match the hash of line \(previous.number) (seq \(previous.seq)): "
      + "line \(previous.number) was altered, or a line was removed or inserted between them"
  }
}
