/// Durations as people write them in playbooks and at the prompt: `90s`, `15m`, `1h30m`, `72h`.
extension Duration {
  /// Parses `1h30m`, `15m`, `90s`, `2d`; units in descending order, each at most once.
  /// Returns nil for anything else (no bare numbers: `15` could mean minutes or seconds).
  public static func parse(_ text: String) -> Duration? {
    var total: Int64 = 0
    var number: Int64 = -1
    var lastUnitRank = Int.max
    var sawUnit = false
    for scalar in text.unicodeScalars {
      switch scalar {
      case "0"..."9":
        let digit = Int64(scalar.value - 48)
        let current = max(number, 0)
        guard current < 100_000_000 else { return nil }
        number = current * 10 + digit
      case "d", "h", "m", "s":
        let (rank, factor): (Int, Int64) =
          switch scalar {
          case "d": (3, 86400)
          case "h": (2, 3600)
          case "m": (1, 60)
          default: (0, 1)
          }
        guard number >= 0, rank < lastUnitRank else { return nil }
        total += number * factor
        number = -1
        lastUnitRank = rank
        sawUnit = true
      default:
        return nil
      }
    }
    guard sawUnit, number < 0 else { return nil }
    return .seconds(total)
  }

  /// Whole seconds (drops the fraction).
  public var wholeSeconds: Int64 { components.seconds }

  /// Seconds as a Double, for arithmetic with timestamps.
  public var secondsValue: Double {
    Double(components.seconds) + Double(components.attoseconds) / 1e18
  }

  /// The compact form that `parse` reads back: `1h30m`, `15m`, `45s`, `0s`; whole seconds.
  public var compact: String {
    var s = max(0, components.seconds)
    if s == 0 { return "0s" }
    var out = ""
    let h = s / 3600
    s %= 3600
    let m = s / 60
    s %= 60
    if h > 0 { out += "\(h)h" }
    if m > 0 { out += "\(m)m" }
    if s > 0 { out += "\(s)s" }
    return out
  }
}
