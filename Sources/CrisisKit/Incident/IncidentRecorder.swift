#if canImport(Glibc)
  import Glibc
#endif

/// Writes events of one incident: stamps them (`ts`, `incident`, `mode`, `actor`, drills'
/// `sim`) and appends them durably. What it returns is exactly what is on disk.
public struct IncidentRecorder: Sendable {
  public let log: IncidentLog
  public let incident: String
  public let mode: IncidentMode
  public let actor: String
  public let clock: any WallClock
  /// A team incident: `log` is this machine's chain, events carry `device` and `lamport`,
  /// and what is written is placed in the one order of all chains (the event handed back
  /// has its place there as `seq`).
  public let team: TeamOrder?

  public init(
    log: IncidentLog, incident: String, mode: IncidentMode, actor: String, clock: any WallClock,
    team: TeamOrder? = nil
  ) {
    self.log = log
    self.incident = incident
    self.mode = mode
    self.actor = actor
    self.clock = clock
    self.team = team
  }

  /// How many ids `start` tries before it gives up: with four random hex digits, sixteen
  /// collisions in a row mean something other than chance (a full directory of planted names).
  public static let startAttempts = 16

  /// Starts a new incident: makes its id (the local date, the playbook, `random()` as four hex
  /// digits) and creates its log with `first` as the first event, all at once (see
  /// `IncidentLog.create(at:clock:fields:)`). When the id is taken (another incident started
  /// the same day got the same four digits, or a file or link already has the name) it
  /// draws a new one, up to `startAttempts` times, rather than fail the start of a crisis.
  /// `simulated` gives a drill's T+ at the moment the first event is written (0 unless the
  /// drill's T0 lies before its opening).
  public static func start(
    in directory: String, playbook: String, mode: IncidentMode, actor: String, clock: any WallClock,
    random: () -> UInt16, first: EventDraft, simulated: (Timestamp) -> Double = { _ in 0 }
  ) throws(LogError) -> (IncidentRecorder, IncidentEvent) {
    var lastError = LogError.incidentExists(path: directory)
    let device = TeamChains.isTeamDirectory(directory) ? try TeamChains.device(in: directory) : nil
    for _ in 0..<startAttempts {
      let id = IncidentID.make(playbook: playbook, at: clock.now(), random: random())
      if let device {
        // A team incident: its folder is new (taken: another id), its first chain is ours.
        let folder = TeamChains.folder(forIncident: id, in: directory)
        guard mkdir(folder, 0o700) == 0 else {
          if errno == EEXIST { continue }
          throw .directoryNotWritable(directory: directory, SystemError.last("mkdir"))
        }
        let path = TeamChains.chain(of: device, in: folder)
        var sim: Double?
        let line = try IncidentLog.create(at: path, clock: AnyClock(clock)) { now in
          sim = mode == .drill ? (simulated(now) * 1000).rounded() / 1000 : nil
          return first.line(
            ts: now, incident: id, mode: mode, actor: actor, sim: sim, team: (device, 1))
        }
        // The chain's own entry is synced by `create`; the folder's entry in the log directory
        // must be on disk too before the start is reported, or a crash could lose both.
        do {
          try FileSystem.syncDirectory(directory)
        } catch {
          throw .notDurable(path: folder, error)
        }
        let order = TeamOrder(device: device)
        var event = IncidentEvent(
          seq: 1, ts: line.timestamp, incident: id, mode: mode, body: first.body, actor: actor,
          at: first.at?.writable, sim: sim, extra: first.extra, line: 1)
        event.device = device
        event.lamport = 1
        _ = order.insert([event])
        event.chainSeq = 1
        let recorder = IncidentRecorder(
          log: IncidentLog(path: path), incident: id, mode: mode, actor: actor, clock: clock,
          team: order)
        return (recorder, event)
      }
      let path = IncidentLog.path(forIncident: id, in: directory)
      var sim: Double?
      do {
        let line = try IncidentLog.create(at: path, clock: AnyClock(clock)) { now in
          sim = mode == .drill ? (simulated(now) * 1000).rounded() / 1000 : nil
          return first.line(ts: now, incident: id, mode: mode, actor: actor, sim: sim)
        }
        let recorder = IncidentRecorder(
          log: IncidentLog(path: path), incident: id, mode: mode, actor: actor, clock: clock)
        let event = IncidentEvent(
          seq: 1, ts: line.timestamp, incident: id, mode: mode, body: first.body, actor: actor,
          at: first.at?.writable, sim: sim, extra: first.extra, line: 1)
        return (recorder, event)
      } catch {
        guard case .incidentExists = error else { throw error }
        lastError = error
      }
    }
    throw lastError
  }

  /// What a checked `record` did.
  public struct Checked: Sendable {
    /// The events other writers appended after the known `seq`, in file order: fold them in
    /// before `event`.
    public var newer: [IncidentEvent]
    /// The event as written; nil when the check refused it (then nothing was written).
    public var event: IncidentEvent?
    /// Why it was refused, in words for the operator.
    public var refusal: String?
  }

  /// Appends `draft` unless the events others appended after `knownSeq` make it wrong:
  /// `conflict` gets them (under the log's lock, so nobody writes meanwhile) and returns why
  /// the draft no longer makes sense, or nil to write it. See
  /// `IncidentLog.append(clock:after:accept:fields:)`.
  public func record(
    _ draft: EventDraft, after knownSeq: Int, simulated: ((Timestamp) -> Double)? = nil,
    conflict: ([IncidentEvent]) -> String?
  ) throws(LogError) -> Checked {
    var events: [IncidentEvent] = []
    var refusal: String?
    let event = try record(
      draft, simulated: simulated, after: knownSeq,
      accept: { lines in
        events = lines.compactMap { try? IncidentEvent(json: $0.event, line: $0.number) }
        refusal = conflict(events)
        return refusal == nil
      })
    return Checked(newer: events, event: event, refusal: refusal)
  }

  /// Appends `draft`; `simulated` gives a drill's T+ at the moment of writing.
  public func record(_ draft: EventDraft, simulated: ((Timestamp) -> Double)? = nil)
    throws(LogError) -> IncidentEvent
  {
    let event = try record(draft, simulated: simulated, after: nil, accept: { _ in true })
    guard let event else { throw .invalidEvent("the append was refused without a check") }
    return event
  }

  private func record(
    _ draft: EventDraft, simulated: ((Timestamp) -> Double)?, after knownSeq: Int?,
    accept: ([LogLine]) -> Bool
  ) throws(LogError) -> IncidentEvent? {
    if let team { return try recordInChain(draft, simulated: simulated, team: team) }
    // Readers refuse a log that does not begin with its `incident.started`: an event of any
    // other kind must not become the first line of an empty log (one left by a crash of an
    // older version, which readers treat as not started).
    if draft.type != .incidentStarted, FileSystem.fileSize(log.path) == 0 {
      throw .wouldNotReadBack(
        path: log.path, "the log has no incident.started yet; start the incident again")
    }
    // `at` comes from the operator: a time RFC 3339 cannot hold must not reach the log.
    if let at = draft.at, !at.isWritable {
      throw .timeOutOfRange(path: log.path, what: "the time given with --at", at)
    }
    var written: (Timestamp, Double?)?
    let appended = try log.append(clock: AnyClock(clock), after: knownSeq, accept: accept) {
      _, now in
      let sim = mode == .drill ? simulated?(now) : nil
      written = (now, sim)
      return draft.line(ts: now, incident: incident, mode: mode, actor: actor, sim: sim)
    }
    guard let line = appended.line else { return nil }
    let (ts, sim) = written ?? (line.timestamp, nil)
    return IncidentEvent(
      seq: line.seq, ts: ts, incident: incident, mode: mode, body: draft.body, actor: actor,
      at: draft.at?.writable, sim: sim.map { ($0 * 1000).rounded() / 1000 }, extra: draft.extra,
      line: line.seq)
  }

  /// Appends to this machine's chain of a team incident. No check against others' events
  /// under the lock: across machines nobody can hold a lock, so two answers to one question
  /// are both kept and the one order decides (see `IncidentState.conflicts`); on one machine
  /// it is the same, so that a team behaves alike whether its people share a laptop or not.
  /// The chain is made on the first event this machine writes.
  private func recordInChain(
    _ draft: EventDraft, simulated: ((Timestamp) -> Double)?, team: TeamOrder
  ) throws(LogError) -> IncidentEvent? {
    guard IncidentEvent.isDeviceID(team.device) else {
      throw .refused(
        path: log.path,
        "this machine has no device id for the team log (\(TeamChains.deviceFile) could not be "
          + "made); check the log directory's permissions (event NOT recorded)")
    }
    if let at = draft.at, !at.isWritable {
      throw .timeOutOfRange(path: log.path, what: "the time given with --at", at)
    }
    if !FileSystem.isFile(log.path) {
      do {
        _ = try IncidentLog.create(at: log.path)
      } catch {
        guard case .incidentExists = error else { throw error }
      }
    }
    var draft = draft
    // A link names its message by its place in the one order, which moves as other chains
    // arrive; the chain keeps the message's own chain and seq instead.
    if case .messageLinked(var link) = draft.body, let place = link.message {
      if let key = team.chainKey(ofPlace: Int(place)) {
        link.message = Int64(key.seq)
        link.messageDevice = key.device == team.device ? nil : key.device
      } else {
        link.message = nil
      }
      draft.body = .messageLinked(link)
    }
    let (lamport, overflow) = team.maxLamport.addingReportingOverflow(1)
    guard !overflow, lamport <= IncidentEvent.maximumSeq else {
      throw .invalidEvent("the team log holds the most events a log may hold")
    }
    var written: (Timestamp, Double?)?
    let line = try log.append(clock: AnyClock(clock)) { _, now in
      let sim = mode == .drill ? simulated?(now) : nil
      written = (now, sim)
      return draft.line(
        ts: now, incident: incident, mode: mode, actor: actor, sim: sim,
        team: (team.device, lamport))
    }
    let (ts, sim) = written ?? (line.timestamp, nil)
    var event = IncidentEvent(
      seq: line.seq, ts: ts, incident: incident, mode: mode, body: draft.body, actor: actor,
      at: draft.at?.writable, sim: sim.map { ($0 * 1000).rounded() / 1000 }, extra: draft.extra,
      line: line.seq)
    event.device = team.device
    event.lamport = lamport
    switch team.insert([event]) {
    case .appended(let placed): return placed.last ?? event
    case .reordered(let all, _):
      return all.last { $0.device == team.device && $0.chainSeq == line.seq } ?? event
    case .nothing: return event
    }
  }
}
