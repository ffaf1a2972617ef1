import Foundation
import Synchronization
import Testing

@testable import CrisisKit

/// Several terminals appending at once. Each writer thread appends through its own descriptor
/// (every append opens the file), and `flock` locks belong to the open file description, so
/// threads contend for the lock exactly as separate processes do.
@Suite struct ParallelAppendTests {
  @Test func concurrentWritersNeverInterleaveOrBreakTheChain() throws {
    let dir = try TemporaryDirectory()
    let path = dir.file("a.jsonl")
    _ = try IncidentLog.create(at: path)
    let writers = 8
    let perWriter = 200
    let failures = Failures()
    let done = DispatchGroup()
    for writer in 0..<writers {
      done.enter()
      let thread = Thread {
        defer { done.leave() }
        let log = IncidentLog(path: path)
        for n in 0..<perWriter {
          do {
            try log.append(clock: SystemClock()) { _, now in
              // Long enough that a torn or interleaved write would show.
              event(
                "note", at: now, actor: "writer-\(writer)",
                [
                  ("writer", .int(Int64(writer))), ("n", .int(Int64(n))),
                  ("text", .string(String(repeating: "\(writer)", count: 500))),
                ])
            }
          } catch {
            failures.add("\(error)")
          }
        }
      }
      thread.start()
    }
    done.wait()
    #expect(failures.all == [])

    var seqs: [Int] = []
    var lastN = [Int64](repeating: -1, count: writers)
    var lastTime: Int64 = 0
    let summary = try IncidentLog.read(path: path) { line in
      seqs.append(line.seq)
      guard case .int(let writer)? = line.event["writer"], case .int(let n)? = line.event["n"],
        let ts = line.event["ts"]?.stringValue.flatMap(Timestamp.parse)
      else {
        Issue.record("line \(line.number) lacks its fields")
        return
      }
      // Each writer's events appear in its own order, and time never goes back.
      #expect(n == lastN[Int(writer)] + 1)
      lastN[Int(writer)] = n
      #expect(ts.milliseconds >= lastTime)
      lastTime = ts.milliseconds
      #expect(line.event["text"] == .string(String(repeating: "\(writer)", count: 500)))
    }
    #expect(summary.warnings.isEmpty)
    #expect(seqs == Array(1...(writers * perWriter)))
    #expect(lastN == [Int64](repeating: Int64(perWriter - 1), count: writers))
    let report = try IncidentLog.verifyChain(path: path)
    #expect(report.isIntact)
    #expect(report.eventCount == writers * perWriter)
  }
}

/// Errors collected from writer threads.
private final class Failures: Sendable {
  private let items = Mutex<[String]>([])
  func add(_ item: String) { items.withLock { $0.append(item) } }
  var all: [String] { items.withLock { $0 } }
}
