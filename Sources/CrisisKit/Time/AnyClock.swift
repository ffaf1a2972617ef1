/// Lets an existential clock be passed where a generic one is expected.
struct AnyClock: WallClock {
  let base: any WallClock
  init(_ base: any WallClock) { self.base = base }
  func now() -> Timestamp { base.now() }
}
