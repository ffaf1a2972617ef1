import Testing

@testable import CrisisKit

@Suite struct EditDistanceTests {
  @Test(arguments: [("kitten", "sitting", 3), ("", "abc", 3), ("same", "same", 0), ("äb", "ab", 1)])
  func distance(a: String, b: String, expected: Int) {
    #expect(EditDistance.between(a, b) == expected)
  }

  @Test func suggestsCloseWordsOnly() {
    #expect(EditDistance.suggestion(for: "chanels", among: ["channels", "steps"]) == "channels")
    #expect(EditDistance.suggestion(for: "xyz", among: ["channels", "steps"]) == nil)
  }
}

@Suite struct TranspositionTests {
  @Test func swappedNeighboursCountOnce() {
    #expect(EditDistance.between("lnit", "lint") == 1)
    #expect(EditDistance.suggestion(for: "lnit", among: ["lint", "show"]) == "lint")
  }
}
