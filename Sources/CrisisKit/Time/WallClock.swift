/// Where every reading of the time comes from, so tests run on fixed time and drills on a
/// simulated one. Never read the system time anywhere else.
public protocol WallClock: Sendable {
  func now() -> Timestamp
}
