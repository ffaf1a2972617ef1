/// Incident time (T+ seconds) from wall time. A live incident's clock is the wall clock since
/// the start. A drill's clock runs `speed` times faster, can be held by the facilitator and
/// jumped forward, and continues after a resume from where the log stopped.
public struct IncidentClock: Sendable {
  public var speed: Double
  /// T+ at `anchor`.
  public var base: Double
  /// Wall time from which the clock runs; nil while held.
  public var anchor: Timestamp?

  /// The clock of a live incident that started at `start`.
  public static func live(startedAt start: Timestamp) -> IncidentClock {
    IncidentClock(speed: 1, base: 0, anchor: start)
  }

  /// A drill clock that reads `elapsed` now and runs at `speed`.
  public static func drill(elapsed: Double, at now: Timestamp, speed: Double, held: Bool = false)
    -> IncidentClock
  {
    IncidentClock(speed: speed, base: elapsed, anchor: held ? nil : now)
  }

  /// The clock of an incident read back from its log, as it runs at wall time `now`: a live
  /// incident's wall clock; a drill's simulated clock continuing from its last event (held
  /// while the facilitator holds it or nobody runs the walkthrough).
  public static func resuming(_ state: IncidentState, at now: Timestamp, running: Bool)
    -> IncidentClock
  {
    guard state.mode == .drill else { return .live(startedAt: state.startedAt ?? now) }
    var elapsed = state.lastElapsed
    if running, state.status == .open, !state.clockPaused, let last = state.lastTime {
      elapsed += max(0, last.seconds(until: now)) * state.speed
    }
    return .drill(elapsed: elapsed, at: now, speed: state.speed, held: state.clockPaused)
  }

  public var isHeld: Bool { anchor == nil }

  /// T+ seconds at wall time `now`.
  public func elapsed(at now: Timestamp) -> Double {
    guard let anchor else { return base }
    return base + max(0, anchor.seconds(until: now)) * speed
  }

  public mutating func hold(at now: Timestamp) {
    base = elapsed(at: now)
    anchor = nil
  }

  public mutating func release(at now: Timestamp) {
    if anchor == nil { anchor = now }
  }

  /// Jumps forward (drills: "skip the next ten minutes").
  public mutating func advance(by seconds: Double, at now: Timestamp) {
    base = elapsed(at: now) + seconds
    if anchor != nil { anchor = now }
  }
}
