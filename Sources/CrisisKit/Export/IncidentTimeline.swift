/// The events of a log in the order they happened, each with its incident time (T+) and the
/// roles its actor held at that moment. Every export and every metric reads the log through
/// this, so they agree on order and on T+.
///
/// Order: by `at` when an event has one (a note written later about an earlier moment), else
/// by `ts`; equal times keep file order. T+: a drill's simulated `sim` (moved back by the
/// note's `(ts - at) × speed` when `at` is given), else seconds since the start.
public struct IncidentTimeline: Sendable {
  /// One event in place.
  public typealias Entry = IncidentState.TimelineEntry

  /// In timeline order.
  public private(set) var entries: [Entry]
  /// When the incident started: the `incident.started` event's time, else the earliest event.
  public private(set) var start: Timestamp?
  public private(set) var mode: IncidentMode
  /// The drill clock's speed from `incident.started` (1 for live incidents).
  public private(set) var speed: Double
  /// Every role id seen: the playbook's in its order, then others in order of appearance.
  public private(set) var roleIDs: [String]
  /// Positions in `entries` in `seq` order (file order for a well-formed log); equal seqs keep
  /// timeline order. Worked out once, so nothing has to sort (and copy) every entry again.
  public let seqOrder: [Int]
  /// The fold the entries come from: role holders over time.
  private let state: IncidentState

  /// The events of `events` read against `playbook` (tests, and callers without a fold).
  public init(events: [IncidentEvent], playbook: Playbook) {
    var state = IncidentState(playbook: playbook, keepsTimeline: true)
    for event in events { state.apply(event) }
    self.init(state: state)
  }

  /// The timeline of a fold that kept it (`IncidentState(keepsTimeline: true)`).
  public init(state: IncidentState) {
    let unsorted = state.timeline
    // A stable sort by time: equal times keep file order. Logs are written in time order, so
    // the sort is usually not needed; when it is, positions are sorted rather than entries
    // (copying an entry costs a retain per string and array in it).
    let entries: [Entry]
    if Self.isSorted(unsorted, by: { $0.time < $1.time }) {
      entries = unsorted
    } else {
      let order = unsorted.indices.sorted { a, b in
        unsorted[a].time != unsorted[b].time ? unsorted[a].time < unsorted[b].time : a < b
      }
      entries = order.map { unsorted[$0] }
    }
    seqOrder =
      Self.isSorted(entries, by: { $0.event.seq < $1.event.seq })
      ? Array(entries.indices)
      : entries.indices.sorted { a, b in
        entries[a].event.seq != entries[b].event.seq
          ? entries[a].event.seq < entries[b].event.seq : a < b
      }
    self.entries = entries
    start = state.startedAt ?? entries.map(\.time).min()
    mode = state.eventCount > 0 ? state.mode : entries.first?.event.mode ?? .live
    speed = state.speed
    roleIDs = state.roleIDs
    var emptied = state
    emptied.dropTimeline()
    self.state = emptied
  }

  /// Whether no element is ordered before the one in front of it.
  private static func isSorted(_ entries: [Entry], by isBefore: (Entry, Entry) -> Bool) -> Bool {
    var i = 1
    while i < entries.count {
      if isBefore(entries[i], entries[i - 1]) { return false }
      i += 1
    }
    return true
  }

  /// The names each role was given (`roles` of `incident.started`, `role.assigned`), in `seq`
  /// order, empty names (a role cleared) left out: role id → names, repeats included.
  public var namesGivenByRole: [String: [String]] {
    state.roleHistory.mapValues { list in list.map(\.name).filter { !$0.isEmpty } }
  }

  /// Who held `role` just after the event with `seq` was written; nil when nobody did.
  public func holder(of role: String, atSeq seq: Int) -> String? {
    state.holder(of: role, atSeq: seq)
  }

  /// Everyone who ever held a role, with the role ids in the order they got them.
  public var roleHolders: [(name: String, roles: [String])] {
    var result: [(name: String, roles: [String])] = []
    let all = state.roleHistory.flatMap { role, list in
      list.map { (role: role, seq: $0.seq, name: $0.name) }
    }
    .sorted {
      $0.seq != $1.seq
        ? $0.seq < $1.seq
        : (roleIDs.firstIndex(of: $0.role) ?? 0) < (roleIDs.firstIndex(of: $1.role) ?? 0)
    }
    for item in all where !item.name.isEmpty {
      if let i = result.firstIndex(where: { $0.name == item.name }) {
        if !result[i].roles.contains(item.role) { result[i].roles.append(item.role) }
      } else {
        result.append((item.name, [item.role]))
      }
    }
    return result
  }

}
