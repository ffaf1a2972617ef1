import Foundation
import Testing

@testable import CrisisKit

/// Runs every case of the YAML test suite (../shared/yaml-test-suite, or
/// `$CRISIS_YAML_TEST_SUITE`) through the parser.
///
/// - `block-subset.txt` cases must give exactly their `in.json`.
/// - `error` cases must be rejected.
/// - Every other case must give exactly `in.json` or be rejected: never a different value.
///   An empty `in.json` means no document (nil); several JSON values mean several documents,
///   which playbooks refuse.
@Suite struct YAMLConformanceTests {
  struct Outcome {
    var matched: [String] = []
    var unsupported: [String] = []
    var invalid: [String] = []
    var wrong: [String] = []
    var noExpectationAccepted: [String] = []
    var noExpectationRejected: [String] = []
    var subsetFailures: [String] = []
    var errorCasesAccepted: [String] = []
  }

  @Test func everySuiteCase() throws {
    let (found, tried) = YAMLTestSupport.suiteDirectory()
    guard let cases = found else {
      Issue.record(
        "YAML test suite not found; set CRISIS_YAML_TEST_SUITE to its folder. Tried: \(tried.joined(separator: ", "))"
      )
      return
    }
    let suite = cases.deletingLastPathComponent()
    let subset = YAMLTestSupport.lines(suite.appendingPathComponent("block-subset.txt"))
    let errorIDs = YAMLTestSupport.lines(suite.appendingPathComponent("error-cases.txt"))
    #expect(subset.count > 100, "block-subset.txt missing or short in \(suite.path)")
    let fm = FileManager.default
    let ids = try fm.contentsOfDirectory(atPath: cases.path).sorted()
    #expect(ids.count > 300)
    var o = Outcome()
    for id in ids {
      let dir = cases.appendingPathComponent(id)
      guard let input = fm.contents(atPath: dir.appendingPathComponent("in.yaml").path) else {
        continue
      }
      let isError =
        fm.fileExists(atPath: dir.appendingPathComponent("error").path) || errorIDs.contains(id)
      let expected: [TestJSON]? = try fm.contents(
        atPath: dir.appendingPathComponent("in.json").path
      )
      .map { try TestJSON.readAll(Array($0)) }

      var got: TestJSON?? = nil  // .some(nil): no document
      var failure: YAMLError?
      do {
        let node = try YAMLParser.parse(Array(input))
        got = .some(node.map { TestJSON($0.jsonValue) })
      } catch {
        failure = error
      }

      if isError {
        if let failure {
          if failure.isUnsupported { o.unsupported.append(id) } else { o.invalid.append(id) }
        } else {
          o.errorCasesAccepted.append(id)
        }
        continue
      }
      if let failure {
        if ProcessInfo.processInfo.environment["CRISIS_YAML_VERBOSE"] != nil {
          print(
            "  REJECTED \(id) [\(expected.map { "\($0.count) json" } ?? "no json")] \(failure.isUnsupported ? "unsupported" : "invalid") \(failure.position): \(failure.message)"
          )
        }
        if failure.isUnsupported { o.unsupported.append(id) } else { o.invalid.append(id) }
        if expected == nil { o.noExpectationRejected.append(id) }
        if subset.contains(id) {
          o.subsetFailures.append("\(id): rejected at \(failure.position): \(failure.message)")
        }
        continue
      }
      guard let expected, let got else {
        o.noExpectationAccepted.append(id)
        continue
      }
      let ok: Bool
      switch expected.count {
      case 0: ok = got == nil
      case 1: ok = got == expected[0]
      default: ok = false  // several documents must be rejected
      }
      if ok {
        o.matched.append(id)
      } else {
        o.wrong.append(
          "\(id): expected \(expected.map(\.description).joined(separator: " ")), got \(got?.description ?? "no document")"
        )
        if subset.contains(id) { o.subsetFailures.append("\(id): wrong value") }
      }
    }
    print(
      """
      YAML test suite: \(ids.count) cases: matched \(o.matched.count), \
      rejected as unsupported \(o.unsupported.count), rejected as invalid \(o.invalid.count) \
      (error cases rejected: \(errorIDs.count - o.errorCasesAccepted.count) of \(errorIDs.count)), \
      wrong \(o.wrong.count); \
      cases without expectation: accepted \(o.noExpectationAccepted.count), rejected \(o.noExpectationRejected.count)
      """)
    for line in o.wrong { print("  WRONG \(line)") }
    #expect(o.wrong.isEmpty, "values differing from the suite: \(o.wrong)")
    #expect(o.subsetFailures.isEmpty, "block-subset cases that failed: \(o.subsetFailures)")
    #expect(o.errorCasesAccepted.isEmpty, "invalid YAML accepted: \(o.errorCasesAccepted)")
  }
}
