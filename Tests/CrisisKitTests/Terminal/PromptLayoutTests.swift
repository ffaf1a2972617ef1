import Testing

@testable import CrisisKit

@Suite struct PromptLayoutTests {
  typealias P = PromptLayout.Position

  @Test(
    arguments: [
      // prompt, text, cursor index, width, cursor, end, ends at margin
      ("> ", "abc", 3, 10, P(row: 0, column: 5), P(row: 0, column: 5), false),
      ("> ", "abc", 0, 10, P(row: 0, column: 2), P(row: 0, column: 5), false),
      ("> ", "abcdefgh", 8, 10, P(row: 1, column: 0), P(row: 1, column: 0), true),
      ("> ", "abcdefgh", 7, 10, P(row: 0, column: 9), P(row: 1, column: 0), true),
      ("> ", "abcdefghijk", 11, 10, P(row: 1, column: 3), P(row: 1, column: 3), false),
      ("> ", "abcdefghijk", 9, 10, P(row: 1, column: 1), P(row: 1, column: 3), false),
      // A wide character that does not fit in the last column wraps early.
      ("> ", "ab日", 2, 5, P(row: 1, column: 0), P(row: 1, column: 2), false),
      ("> ", "🚀🚀", 1, 10, P(row: 0, column: 4), P(row: 0, column: 6), false),
      ("> ", "a\u{0308}b", 1, 10, P(row: 0, column: 3), P(row: 0, column: 4), false),
      ("\u{1B}[1m›\u{1B}[22m ", "x", 1, 10, P(row: 0, column: 3), P(row: 0, column: 3), false),
      (
        "> ", "abcdefghijklmnopqrstuvwxyz", 26, 10, P(row: 2, column: 8), P(row: 2, column: 8),
        false
      ),
    ] as [(String, String, Int, Int, P, P, Bool)])
  func layout(
    prompt: String, text: String, cursorIndex: Int, width: Int, cursor: P, end: P, atMargin: Bool
  ) {
    let layout = PromptLayout(
      prompt: prompt, text: Array(text), cursorIndex: cursorIndex, width: width)
    #expect(layout.cursor == cursor)
    #expect(layout.end == end)
    #expect(layout.endsAtMargin == atMargin)
  }
}
