import Foundation
import Testing

@testable import CrisisKit

/// Random and mutated inputs must never crash or hang the parser: each is either accepted
/// (and converts to JSON) or rejected with a position inside the input.
@Suite struct YAMLRobustnessTests {
  /// SplitMix64: deterministic, so a failure can be reproduced.
  struct Random {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }
  }

  static let interesting: [UInt8] =
    Array(" \t\n\r-?:,[]{}#&*!|>'\"%@`\\.0123456789abcxyz~+".utf8)
    + [0xC3, 0xA4, 0xFF, 0xEF, 0xBB, 0xBF, 0x00]

  static func mutate(_ input: [UInt8], _ r: inout Random) -> [UInt8] {
    var bytes = input
    for _ in 0..<(1 + r.below(4)) {
      let pick = interesting[r.below(interesting.count)]
      switch r.below(5) {
      case 0 where !bytes.isEmpty: bytes[r.below(bytes.count)] = pick
      case 1: bytes.insert(pick, at: r.below(bytes.count + 1))
      case 2 where !bytes.isEmpty: bytes.remove(at: r.below(bytes.count))
      case 3 where !bytes.isEmpty: bytes.removeSubrange(r.below(bytes.count)...)
      default:
        let at = r.below(bytes.count + 1)
        bytes.insert(contentsOf: bytes[at...].prefix(8), at: at)
      }
    }
    return bytes
  }

  static func check(_ bytes: [UInt8]) {
    do {
      if let node = try YAMLParser.parse(bytes) {
        _ = JSONWriter().bytes(node.jsonValue)
      }
    } catch {
      #expect(error.position.line >= 1 && error.position.column >= 1)
      #expect(error.position.offset <= bytes.count)
      #expect(!error.message.isEmpty && !error.message.contains("\n"))
    }
  }

  @Test func mutatedSuiteCases() throws {
    let (found, tried) = YAMLTestSupport.suiteDirectory()
    guard let cases = found else {
      Issue.record("YAML test suite not found; set CRISIS_YAML_TEST_SUITE. Tried: \(tried)")
      return
    }
    var r = Random(state: 20_261_121)
    var count = 0
    for id in try FileManager.default.contentsOfDirectory(atPath: cases.path).sorted() {
      guard
        let data = FileManager.default.contents(
          atPath: cases.appendingPathComponent(id).appendingPathComponent("in.yaml").path)
      else { continue }
      let input = Array(data)
      Self.check(input)
      for _ in 0..<8 {
        Self.check(Self.mutate(input, &r))
        count += 1
      }
    }
    #expect(count > 3000)
  }

  @Test func randomBytes() {
    var r = Random(state: 42)
    for _ in 0..<2000 {
      let length = r.below(64)
      var bytes: [UInt8] = []
      for _ in 0..<length {
        bytes.append(
          r.below(3) == 0
            ? UInt8(truncatingIfNeeded: r.next())
            : Self.interesting[r.below(Self.interesting.count)])
      }
      Self.check(bytes)
    }
  }
}
