import Foundation
import Testing

/// The end-to-end helper itself: it must not hang on a child that writes a lot to stderr.
@Suite struct CrisisRunTests {
  /// Several hundred kilobytes of diagnostics on stderr, far beyond a pipe's buffer: read
  /// one stream after the other, the helper and the child would wait for each other forever.
  @Test func largeStandardErrorDoesNotDeadlock() throws {
    var text = "playbook: big\ntitle: Big\nroles: { r: { title: R } }\nsteps:\n"
    for i in 0..<3000 { text += "  - { id: s\(i), title: S, role: nobody\(i) }\n" }
    let result = try CrisisRun("lint", "big.yml", files: ["big.yml": text]).run()
    #expect(result.status == 1)
    #expect(result.stderr.utf8.count > 200_000)
    #expect(result.stderr.hasSuffix("3000 errors, 1 warning\n"))
  }
}
