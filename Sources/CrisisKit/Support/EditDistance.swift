/// "Did you mean" suggestions for misspelt keys, commands and flags.
public enum EditDistance {
  /// Levenshtein distance over Unicode scalars.
  public static func between(_ a: String, _ b: String) -> Int {
    let a = Array(a.unicodeScalars)
    let b = Array(b.unicodeScalars)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }

  /// The closest candidate if it is close enough to be a plausible typo, else nil.
  public static func suggestion(for word: String, among candidates: some Sequence<String>) -> String? {
    let limit = Swift.max(1, word.unicodeScalars.count / 3)
    var best: (String, Int)?
    for candidate in candidates {
      let d = between(word.lowercased(), candidate.lowercased())
      if d <= limit, best.map({ d < $0.1 }) ?? true { best = (candidate, d) }
    }
    if best == nil {
      // A prefix is a good hint too: `--sev` for `--severity`.
      best = candidates.first { $0.hasPrefix(word) && !word.isEmpty }.map { ($0, 0) }
    }
    return best?.0
  }
}
