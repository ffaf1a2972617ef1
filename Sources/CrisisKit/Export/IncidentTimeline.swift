/// The events of a log in the order they happened, each with its incident time (T+) and the
/// roles its actor held at that moment. Every export and every metric reads the log through
/// this, so they agree on order and on T+.
///
/// Order: by `at` when an event has one (a note written later about an earlier moment), else
/// by `ts`; equal times keep file order. T+: a drill's simulated `sim` (moved back by the
/// note's `(ts - at) × speed` when `at` is given), else seconds since the start.
public struct IncidentTimeline: Sendable {
  /// One event in place.
  public struct Entry: Sendable {
    public var event: IncidentEvent
    /// When it happened: `at` when given, else `ts`.
    public var time: Timestamp
    /// Incident time in seconds; simulated in drills; negative for a moment noted as before
    /// the start.
    public var tPlus: Double
    /// Role ids the actor held when the event was written, in playbook order.
    public var actorRoles: [String]
  }

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
  /// Who held each role over time, in file order: role id → [(seq, name)].
  private var assignments: [String: [(seq: Int, name: String)]]

  public init(events: [IncidentEvent], playbook: Playbook) {
    let started = events.first { $0.type == .incidentStarted }
    let start = started?.time ?? events.map(\.time).min()
    let mode = started?.mode ?? events.first?.mode ?? .live
    var speed = 1.0
    switch started?.value("speed") {
    case .int(let i)? where i > 0: speed = Double(i)
    case .double(let d)? where d > 0 && d.isFinite: speed = d
    default: break
    }
    var roleIDs = playbook.roles.map(\.id)
    var assignments: [String: [(seq: Int, name: String)]] = [:]
    var holders: [String: String] = [:]
    // Person → the roles they hold, in `roleIDs` order; rebuilt only when a role changes
    // hands, and shared by the entries of that person until then.
    var rolesByPerson: [String: [String]] = [:]
    var unsorted: [Entry] = []
    unsorted.reserveCapacity(events.count)
    for event in events {
      let given = Self.assignmentsIn(event)
      for (role, name) in given {
        if !roleIDs.contains(role) { roleIDs.append(role) }
        holders[role] = name
        assignments[role, default: []].append((event.seq, name))
      }
      if !given.isEmpty {
        rolesByPerson = [:]
        for role in roleIDs {
          if let name = holders[role], !name.isEmpty {
            rolesByPerson[name, default: []].append(role)
          }
        }
      }
      let held = event.actor.isEmpty ? [] : rolesByPerson[event.actor] ?? []
      unsorted.append(
        Entry(
          event: event, time: event.time,
          tPlus: Self.tPlus(of: event, start: start, mode: mode, speed: speed), actorRoles: held))
    }
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
    self.start = start
    self.mode = mode
    self.speed = speed
    self.roleIDs = roleIDs
    self.assignments = assignments
  }

  /// The role holders an event sets: `roles` of `incident.started`, `role`/`name` of
  /// `role.assigned`. An empty name clears the role.
  static func assignmentsIn(_ event: IncidentEvent) -> [(String, String)] {
    switch event.type {
    case .incidentStarted:
      guard case .object(let pairs)? = event.value("roles") else { return [] }
      return pairs.map { ($0.0, $0.1.stringValue ?? "") }
    case .roleAssigned:
      guard let role = event.string("role") else { return [] }
      return [(role, event.string("name") ?? "")]
    default:
      return []
    }
  }

  static func tPlus(of event: IncidentEvent, start: Timestamp?, mode: IncidentMode, speed: Double)
    -> Double
  {
    if let sim = event.sim {
      guard let at = event.at else { return sim }
      return sim - at.seconds(until: event.ts) * speed
    }
    guard let start else { return 0 }
    return start.seconds(until: event.time)
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
    var result: [String: [String]] = [:]
    for i in seqOrder {
      let event = entries[i].event
      guard event.type == .incidentStarted || event.type == .roleAssigned else { continue }
      for (role, name) in Self.assignmentsIn(event) where !name.isEmpty {
        result[role, default: []].append(name)
      }
    }
    return result
  }

  /// Who held `role` just after the event with `seq` was written; nil when nobody did.
  public func holder(of role: String, atSeq seq: Int) -> String? {
    let name = assignments[role]?.last { $0.seq <= seq }?.name
    return name.flatMap { $0.isEmpty ? nil : $0 }
  }

  /// Everyone who ever held a role, with the role ids in the order they got them.
  public var roleHolders: [(name: String, roles: [String])] {
    var result: [(name: String, roles: [String])] = []
    let all = assignments.flatMap { role, list in
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

  /// T+ of the last entry, or 0.
  public var lastTPlus: Double {
    var last: Double?
    for i in entries.indices where last.map({ entries[i].tPlus > $0 }) ?? true {
      last = entries[i].tPlus
    }
    return last ?? 0
  }

  /// The seq of the last event in file order.
  public var lastSeq: Int {
    var last: Int?
    for i in entries.indices where last.map({ entries[i].event.seq > $0 }) ?? true {
      last = entries[i].event.seq
    }
    return last ?? 0
  }
}
