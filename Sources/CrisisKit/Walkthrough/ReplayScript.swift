/// A recorded incident laid out for `crisis replay`: each event with its T+, who did it in
/// which role, what it was, the messages as sent, and how long to wait before showing it at
/// a given speed. Pure, so the pacing is tested without waiting.
public struct ReplayScript: Sendable {
  public struct Item: Sendable {
    /// T+ seconds (simulated time in drills).
    public var elapsed: Double
    /// Real seconds to wait before this item at the chosen speed, at most `maximumDelay`.
    public var delay: Double
    /// Recorded seconds since the previous item (what `delay` stands for).
    public var gap: Double
    /// The wait was cut to `maximumDelay`: replay says how much time it jumped over.
    public var shortened: Bool
    public var time: Timestamp
    public var actor: String
    /// The role the actor held at that moment, if any.
    public var role: String?
    public var type: EventType
    public var summary: String
    /// Message text, inject text: shown indented under the summary.
    public var body: String?
  }

  public var items: [Item]

  /// The longest real wait between two events, in seconds, at any speed. A recording can hold
  /// gaps of hours (an incident paused overnight) or of centuries (an `at` typed with the
  /// wrong year, a clock that was set wrong); replay waits at most this long and announces the
  /// jump, so `--speed 100000` never sleeps for hours.
  public static let maximumDelay: Double = 10

  /// Events ordered by when they happened (`at` before `ts`), starting at T+`from`.
  public init(
    events: [IncidentEvent], playbook: Playbook?, speed: Double, from: Double = 0,
    language: Language = .english
  ) {
    var state =
      playbook.map { IncidentState(playbook: $0, keepsTimeline: true) }
      ?? IncidentState(keepsTimeline: true)
    for event in events { state.apply(event) }
    self.init(state: state, speed: speed, from: from, language: language)
  }

  /// The events of a fold that kept its timeline, ordered by T+ (ties in file order).
  public init(
    state: IncidentState, speed: Double, from: Double = 0, language: Language = .english
  ) {
    let playbook = state.playbook
    let entries = state.timeline.enumerated().sorted {
      $0.element.tPlus != $1.element.tPlus
        ? $0.element.tPlus < $1.element.tPlus : $0.offset < $1.offset
    }
    var previous: Double?
    items = []
    for (_, entry) in entries
    where from <= 0 || entry.tPlus >= from || entry.event.type == .incidentStarted {
      let event = entry.event
      let elapsed = entry.tPlus
      let gap = previous.map { max(0, elapsed - $0) } ?? 0
      let wait = gap / max(speed, 0.001)
      // `!(wait <= max)` also catches NaN (an infinite gap over an infinite speed).
      let shortened = !(wait <= Self.maximumDelay)
      let delay = shortened ? Self.maximumDelay : wait
      previous = max(previous ?? elapsed, elapsed)
      var body: String?
      switch event.body {
      case .messageSent(let p): body = p.text
      case .inject(let p) where p.text != p.title: body = p.text
      default: body = nil
      }
      let role = entry.actorRoles.first.map { playbook?.role($0)?.title ?? $0 }
      // A drill's clock is simulated: its events show the drill's time of day (T0 plus the
      // simulated T+), the time the messages named, not when the room typed them.
      var time = event.time
      if state.mode == .drill, let start = state.startedAt { time = start.adding(seconds: elapsed) }
      items.append(
        Item(
          elapsed: elapsed, delay: delay, gap: gap, shortened: shortened, time: time,
          actor: event.actor, role: role, type: event.type,
          summary: language.events.line(event, playbook: playbook), body: body))
    }
  }
}
