/// "Did you mean" suggestions for misspelt keys, commands and flags.
public enum EditDistance {
  /// Edit distance over Unicode scalars where swapping two neighbours counts as one edit
  /// (optimal string alignment), since `lnit` for `lint` is the commonest typo of all.
  public static func between(_ a: String, _ b: String) -> Int {
    let a = Array(a.unicodeScalars)
    let b = Array(b.unicodeScalars)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var twoBack = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          current[j] = Swift.min(current[j], twoBack[j - 2] + 1)
        }
      }
      (twoBack, previous, current) = (previous, current, twoBack)
    }
    return previous[b.count]
  }

  /// The closest candidate if it is close enough to be a plausible typo, else nil.
  public static func suggestion(for word: String, among candidates: some Sequence<String>)
    -> String?
  {
    let length = word.unicodeScalars.count
    // One- and two-letter words are one edit from almost anything: no guesses for them.
    let limit = length <= 2 ? 0 : length == 3 ? 1 : Swift.max(2, length / 3)
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
