/// The numbers a team lead asks for after an incident, computed from the events alone (the
/// playbook supplies deadlines, cadence, channel audiences and titles). Every definition is
/// written out in docs/metrics.md; the comments here say which rule each field follows.
public struct IncidentMetrics: Sendable {
  /// One moment of the timeline that a metric points at.
  public struct Moment: Sendable, Equatable {
    public var tPlus: Double
    public var time: Timestamp
    public var actor: String
    public var seq: Int
  }

  /// How a deadline came out.
  public enum Outcome: String, Sendable {
    /// Done at or before the deadline.
    case met
    /// Done after it, or not done and the deadline has passed.
    case missed
    /// Not done yet and the deadline is still ahead (a running incident).
    case pending
    /// Not done, and the incident was resolved before the deadline came.
    case notNeeded = "not_needed"
  }

  /// Where the deadline of the first public statement comes from.
  public enum DeadlineSource: String, Sendable {
    /// The `due` of the step that sent the statement.
    case sendingStep = "sending_step"
    /// The earliest `due` among the steps that send to a public channel.
    case earliestPublicStep = "earliest_public_step"
    /// Neither exists: 15 minutes, the crisis-comms rule of thumb.
    case standard = "default"
  }

  /// Time to the first message on a public channel, against its deadline.
  public struct FirstStatement: Sendable {
    /// The first `message.sent` on a public channel, nil when there was none.
    public var moment: Moment?
    public var channel: String?
    public var step: String?
    /// T+ seconds by which it was due.
    public var deadline: Double
    public var deadlineSource: DeadlineSource
    /// The step whose `due` is the deadline, if any.
    public var deadlineStep: String?
    public var outcome: Outcome
  }

  /// The first message on one channel.
  public struct ChannelFirst: Sendable {
    public var channel: String
    public var title: String
    /// Nil for a channel the playbook does not have.
    public var audience: Audience?
    public var first: Moment?
    public var count: Int
  }

  /// A stretch without a public message, in T+ seconds.
  public struct Silence: Sendable, Equatable {
    public var from: Double
    public var to: Double
    public var seconds: Double { max(0, to - from) }
  }

  /// How a step came out.
  public enum StepResult: String, Sendable, CaseIterable {
    /// Done, and by its `due` if it has one.
    case onTime = "on_time"
    /// Done after its `due`.
    case late
    case skipped
    /// Started, not finished, deadline (if any) not passed at the end.
    case open
    /// Started, not finished, and past its `due` at the end.
    case overdue
    /// Never started: a branch not taken, or the incident ended first.
    case notReached = "not_reached"
  }

  public struct StepOutcome: Sendable {
    public var id: String
    /// The playbook's title, else the id.
    public var title: String
    /// The owning role's id (nil for a step the playbook does not have).
    public var role: String?
    /// Who held the owning role when the step was finished (at the end if it was not), else
    /// the actor who marked it.
    public var heldBy: String?
    /// Who marked it done or skipped.
    public var finishedBy: String?
    public var started: Double?
    public var finished: Double?
    /// The `due` in T+ seconds.
    public var due: Double?
    public var result: StepResult
    public var skipReason: String?
    /// Finished minus started, when both are known.
    public var duration: Double? {
      guard let started, let finished else { return nil }
      return max(0, finished - started)
    }
  }

  public struct DecisionMade: Sendable {
    public var step: String
    public var question: String
    public var answer: String
    public var next: String?
    public var moment: Moment
  }

  public struct NoteWritten: Sendable {
    public var text: String
    public var moment: Moment
    /// Written later about an earlier moment (`at`).
    public var backdated: Bool
  }

  /// What one person did: counts of the events they wrote by hand.
  public struct Activity: Sendable {
    public var actor: String
    public var messages = 0
    public var steps = 0
    public var decisions = 0
    public var notes = 0
    public var other = 0
    public var total: Int { messages + steps + decisions + notes + other }
  }

  /// A drill inject and how fast the team reacted.
  public struct InjectReaction: Sendable {
    public var title: String
    public var text: String
    public var role: String?
    public var source: String
    public var moment: Moment
    /// The first event by a person after the inject.
    public var reaction: Moment?
    public var reactionType: String?
    public var delay: Double? { reaction.map { max(0, $0.tPlus - moment.tPlus) } }
  }

  public var mode: IncidentMode
  public var status: IncidentState.Status
  public var start: Timestamp?
  /// The resolution, else the last event.
  public var end: Moment?
  public var isResolved: Bool { status == .resolved }
  /// T+ of the end: simulated time in drills.
  public var duration: Double
  public var eventCount: Int
  public var messageCount: Int
  public var publicMessageCount: Int
  public var firstStatement: FirstStatement
  public var firstMessages: [ChannelFirst]
  /// From the start to the first public message (to the end when there was none).
  public var silenceBeforeFirstStatement: Silence
  /// The longest gap from the first public message to the next, …, to the end; nil without
  /// any public message.
  public var longestSilence: Silence?
  /// The shortest `every` among the playbook's steps.
  public var promisedCadence: Double?
  /// Whether `longestSilence` stayed within `promisedCadence`; nil when either is missing.
  public var cadenceKept: Bool?
  /// The playbook's steps in order (those reached, then those not), then steps the playbook
  /// does not have.
  public var steps: [StepOutcome]
  public var decisions: [DecisionMade]
  public var notes: [NoteWritten]
  /// In order of each person's first event.
  public var activity: [Activity]
  public var injects: [InjectReaction]

  /// Step counts by result.
  public func count(_ result: StepResult) -> Int { steps.filter { $0.result == result }.count }

  /// The first-statement deadline used when the playbook gives none.
  public static let standardStatementDeadline: Double = 15 * 60

  /// Events `crisis` writes by itself (or that only move the drill clock): they never count
  /// as a reaction to an inject nor as someone's work.
  public static func isAutomatic(_ type: EventType) -> Bool {
    switch type {
    case .stepStarted, .reminder, .inject, .clockPaused, .clockResumed, .clockAdvanced, .scorecard:
      return true
    default:
      return false
    }
  }

  public init(playbook: Playbook, events: [IncidentEvent]) {
    self.init(playbook: playbook, timeline: IncidentTimeline(events: events, playbook: playbook))
  }

  public init(playbook: Playbook, timeline: IncidentTimeline) {
    let entries = timeline.entries
    func moment(_ e: IncidentTimeline.Entry) -> Moment {
      Moment(tPlus: e.tPlus, time: e.time, actor: e.event.actor, seq: e.event.seq)
    }
    func isPublic(_ channel: String?) -> Bool {
      channel.flatMap { playbook.channel($0)?.audience } == .public
    }

    mode = timeline.mode
    start = timeline.start
    eventCount = entries.count

    // Status and end.
    var status = IncidentState.Status.open
    for i in entries.indices {
      switch entries[i].event.type {
      case .incidentPaused where status != .resolved: status = .paused
      case .incidentResumed where status != .resolved: status = .open
      case .incidentResolved: status = .resolved
      default: break
      }
    }
    self.status = status
    // Positions, not entries: an entry copy costs a retain per string and array in it.
    let resolution = entries.indices.first { entries[$0].event.type == .incidentResolved }
    let last = entries.indices.max { a, b in entries[a].tPlus < entries[b].tPlus }
    end = (resolution ?? last).map { moment(entries[$0]) }
    let endT = max(0, end?.tPlus ?? 0)
    duration = endT

    // Messages.
    let messages = entries.indices.filter { entries[$0].event.type == .messageSent }
    let publicMessages = messages.filter { isPublic(entries[$0].event.string("channel")) }
    messageCount = messages.count
    publicMessageCount = publicMessages.count

    // First public statement and its deadline.
    let first = publicMessages.first.map { entries[$0] }
    let sendingStep = first?.event.string("step")
    var deadline = Self.standardStatementDeadline
    var source = DeadlineSource.standard
    var deadlineStep: String?
    if let id = sendingStep, let due = playbook.step(id)?.due {
      deadline = due.secondsValue
      source = .sendingStep
      deadlineStep = id
    } else if let earliest = Self.publicSteps(playbook).compactMap({ s in
      s.due.map { (s.id, $0.secondsValue) }
    })
    .min(by: { $0.1 < $1.1 }) {
      deadline = earliest.1
      source = .earliestPublicStep
      deadlineStep = earliest.0
    }
    let outcome: Outcome
    if let first {
      outcome = first.tPlus <= deadline ? .met : .missed
    } else {
      outcome = endT > deadline ? .missed : status == .resolved ? .notNeeded : .pending
    }
    firstStatement = FirstStatement(
      moment: first.map(moment), channel: first?.event.string("channel"), step: sendingStep,
      deadline: deadline, deadlineSource: source, deadlineStep: deadlineStep, outcome: outcome)

    // First message per channel: the playbook's channels, then any others seen.
    // One pass over the messages: each channel's count and first message.
    var channelIDs = playbook.channels.map(\.id)
    var perChannel: [String: (first: Int, count: Int)] = [:]
    for i in messages {
      guard let c = entries[i].event.string("channel") else { continue }
      if let seen = perChannel[c] {
        perChannel[c] = (seen.first, seen.count + 1)
      } else {
        perChannel[c] = (i, 1)
        if !channelIDs.contains(c) { channelIDs.append(c) }
      }
    }
    firstMessages = channelIDs.map { id in
      let on = perChannel[id]
      let channel = playbook.channel(id)
      return ChannelFirst(
        channel: id, title: channel?.title ?? id, audience: channel?.audience,
        first: on.map { moment(entries[$0.first]) }, count: on?.count ?? 0)
    }

    // Silences.
    let publicTimes = publicMessages.map { max(0, entries[$0].tPlus) }.sorted()
    silenceBeforeFirstStatement = Silence(from: 0, to: publicTimes.first ?? endT)
    var longest: Silence?
    if !publicTimes.isEmpty {
      let points = publicTimes + [max(endT, publicTimes.last ?? endT)]
      for (a, b) in zip(points, points.dropFirst())
      where longest.map({ b - a > $0.seconds }) ?? true {
        longest = Silence(from: a, to: b)
      }
    }
    longestSilence = longest
    promisedCadence = playbook.steps.compactMap { $0.every?.secondsValue }.filter { $0 > 0 }.min()
    if let longest, let cadence = promisedCadence {
      cadenceKept = longest.seconds <= cadence
    } else {
      cadenceKept = nil
    }

    steps = Self.stepOutcomes(playbook: playbook, timeline: timeline, endT: endT)

    decisions = entries.indices.filter { entries[$0].event.type == .decision }.map { i in
      let e = entries[i]
      return DecisionMade(
        step: e.event.string("step") ?? "", question: e.event.string("question") ?? "",
        answer: e.event.string("answer") ?? "", next: e.event.string("next"), moment: moment(e))
    }
    notes = entries.indices.filter { entries[$0].event.type == .note }.map { i in
      let e = entries[i]
      return NoteWritten(
        text: e.event.string("text") ?? "", moment: moment(e), backdated: e.event.at != nil)
    }

    // Who did what, in order of each person's first event (file order).
    var activity: [Activity] = []
    var activityIndex: [String: Int] = [:]
    for position in timeline.seqOrder {
      let type = entries[position].event.type
      guard
        !Self.isAutomatic(type)
          || (type == .inject && entries[position].event.string("source") == "facilitator")
      else { continue }
      let actor = entries[position].event.actor
      let index: Int
      if let i = activityIndex[actor] {
        index = i
      } else {
        activity.append(Activity(actor: actor))
        index = activity.count - 1
        activityIndex[actor] = index
      }
      switch type {
      case .messageSent: activity[index].messages += 1
      case .stepDone, .stepSkipped: activity[index].steps += 1
      case .decision: activity[index].decisions += 1
      case .note: activity[index].notes += 1
      default: activity[index].other += 1
      }
    }
    self.activity = activity

    // Injects and the first reaction by a person after each.
    var injects: [InjectReaction] = []
    for i in entries.indices where entries[i].event.type == .inject {
      let e = entries[i]
      let reaction = entries[(i + 1)...].first { !Self.isAutomatic($0.event.type) }
      injects.append(
        InjectReaction(
          title: e.event.string("title") ?? "", text: e.event.string("text") ?? "",
          role: e.event.string("role"), source: e.event.string("source") ?? "playbook",
          moment: moment(e),
          reaction: reaction.map(moment), reactionType: reaction?.event.type.name))
    }
    self.injects = injects
  }

  /// Steps that send at least one template to a public channel.
  static func publicSteps(_ playbook: Playbook) -> [Step] {
    playbook.steps.filter { step in
      step.send.contains { ref in
        playbook.template(ref.id).flatMap { playbook.channel($0.channel.id)?.audience } == .public
      }
    }
  }

  static func stepOutcomes(playbook: Playbook, timeline: IncidentTimeline, endT: Double)
    -> [StepOutcome]
  {
    struct Seen {
      var started: Double?
      var finished: Double?
      var finishedBy: String?
      var finishedSeq: Int?
      var skipped = false
      var reason: String?
    }
    var seen: [String: Seen] = [:]
    var order: [String] = []
    let entries = timeline.entries
    for i in entries.indices {
      let type = entries[i].event.type
      guard type == .stepStarted || type == .stepDone || type == .stepSkipped,
        let id = entries[i].event.string("step")
      else { continue }
      if seen[id] == nil {
        seen[id] = Seen()
        order.append(id)
      }
      switch entries[i].event.type {
      case .stepStarted:
        if seen[id]?.started == nil { seen[id]?.started = entries[i].tPlus }
      default:
        seen[id]?.finished = entries[i].tPlus
        seen[id]?.finishedBy = entries[i].event.actor
        seen[id]?.finishedSeq = entries[i].event.seq
        seen[id]?.skipped = entries[i].event.type == .stepSkipped
        seen[id]?.reason =
          entries[i].event.type == .stepSkipped ? entries[i].event.string("reason") : nil
      }
    }
    let known = playbook.steps.map(\.id)
    let reached = known.filter { seen[$0] != nil }
    let notReached = known.filter { seen[$0] == nil }
    let unknown = order.filter { !known.contains($0) }
    let lastSeq = timeline.lastSeq
    return (reached + notReached + unknown).map { id in
      let step = playbook.step(id)
      let due = step?.due?.secondsValue
      let record = seen[id]
      let result: StepResult
      switch record {
      case nil: result = .notReached
      case let r? where r.finished != nil:
        if r.skipped {
          result = .skipped
        } else if let due, let finished = r.finished, finished > due {
          result = .late
        } else {
          result = .onTime
        }
      default:
        result = due.map { endT > $0 } == true ? .overdue : .open
      }
      var heldBy: String?
      if let role = step?.role.id, record != nil {
        heldBy = timeline.holder(of: role, atSeq: record?.finishedSeq ?? lastSeq)
      }
      return StepOutcome(
        id: id, title: step?.title ?? id, role: step?.role.id, heldBy: heldBy ?? record?.finishedBy,
        finishedBy: record?.finishedBy, started: record?.started, finished: record?.finished,
        due: due,
        result: result, skipReason: record?.reason)
    }
  }
}
