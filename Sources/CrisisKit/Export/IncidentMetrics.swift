/// The numbers a team lead asks for after an incident, computed from the events alone (the
/// playbook supplies deadlines, cadence, channel audiences and titles). Every definition is
/// written out in docs/metrics.md; the comments here say which rule each field follows.
public struct IncidentMetrics: Sendable {
  /// One moment of the timeline that a metric points at.
  public typealias Moment = IncidentMoment

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
    public var audience: ChannelAudience?
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
    /// Never started: a branch not taken, or ahead on the path of a running incident.
    case notReached = "not_reached"
    /// Never started although it was owed: on the path the decisions chose (or passed over
    /// by a jump), and the incident ended or its deadline passed.
    case neverDone = "never_done"
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

  public typealias Activity = IncidentState.Activity

  /// A drill inject and how fast the team reacted.
  public struct InjectReaction: Sendable {
    /// Its position among the playbook's injects (nil for a facilitator's own inject).
    public var index: Int?
    public var title: String
    public var text: String
    public var role: String?
    public var source: String
    public var moment: Moment
    /// When the scenario said it happens (T+ of its `at`), for a scheduled inject; a `wait`
    /// that jumps past it releases it only at the wait's end, later than this.
    public var scheduled: Double?
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
  /// Promises kept and broken, steps never done, clocks, approvals, stale channels.
  public var obligations: ObligationMetrics

  /// Step counts by result.
  public func count(_ result: StepResult) -> Int { steps.filter { $0.result == result }.count }

  /// The first-statement deadline used when the playbook gives none.
  public static let standardStatementDeadline: Double = 15 * 60

  /// The metrics of `events` read against `playbook` (tests, and callers without a fold).
  public init(playbook: Playbook, events: [IncidentEvent]) {
    var state = IncidentState(playbook: playbook)
    for event in events { state.apply(event) }
    self.init(playbook: playbook, state: state)
  }

  /// Every metric, read from the fold: nothing here goes back to the events.
  public init(playbook: Playbook, state: IncidentState) {
    mode = state.mode
    status = state.status
    start = state.startedAt
    eventCount = state.eventCount
    end = state.resolution ?? state.lastMoment
    duration = max(0, end?.tPlus ?? 0)
    messageCount = state.messages.count
    publicMessageCount = state.messages.filter(\.isPublic).count
    firstStatement = Self.firstStatement(playbook: playbook, state: state, endT: duration)
    firstMessages = Self.firstMessages(playbook: playbook, state: state)
    silenceBeforeFirstStatement = Self.silenceBeforeFirstStatement(state: state, endT: duration)
    let longest = Self.longestSilence(state: state, endT: duration)
    let cadence = Self.promisedCadence(playbook)
    longestSilence = longest
    promisedCadence = cadence
    cadenceKept = longest.flatMap { silence in cadence.map { silence.seconds <= $0 } }
    obligations = ObligationMetrics(playbook: playbook, state: state, end: duration)
    steps = Self.stepOutcomes(
      playbook: playbook, state: state, endT: duration,
      owed: Set(obligations.stepsNeverDone))
    decisions = Self.inTimeOrder(state.decisions, \.moment).map {
      DecisionMade(
        step: $0.step, question: $0.question, answer: $0.answer, next: $0.next, moment: $0.moment)
    }
    notes = Self.inTimeOrder(state.notes, \.moment).map {
      NoteWritten(text: $0.text, moment: $0.moment, backdated: $0.backdated)
    }
    activity = state.activity
    injects = Self.inTimeOrder(state.injects, \.moment).map {
      InjectReaction(
        index: $0.index, title: $0.title, text: $0.text, role: $0.role, source: $0.source.rawValue,
        moment: $0.moment,
        scheduled: Self.scheduledTime(of: $0, playbook: playbook, state: state),
        reaction: $0.reaction, reactionType: $0.reactionType?.name)
    }
  }

  /// The T+ a scheduled inject was due (never after it arrived); nil for a facilitator's own.
  static func scheduledTime(
    of inject: IncidentState.InjectRecord, playbook: Playbook, state: IncidentState
  ) -> Double? {
    guard let i = inject.index else { return nil }
    let list: [Inject]
    switch inject.source {
    case .playbook: list = playbook.injects
    case .log: list = state.scenarioInjects ?? []
    case .facilitator: return nil
    }
    guard list.indices.contains(i) else { return nil }
    return min(list[i].at.secondsValue, inject.moment.tPlus)
  }

  /// Records in timeline order: by T+ (a note about an earlier moment goes where it
  /// happened), ties by `seq`.
  static func inTimeOrder<Record>(_ records: [Record], _ moment: KeyPath<Record, IncidentMoment>)
    -> [Record]
  {
    records.sorted {
      ($0[keyPath: moment].tPlus, $0[keyPath: moment].seq)
        < ($1[keyPath: moment].tPlus, $1[keyPath: moment].seq)
    }
  }

  /// Public messages in time order (ties by `seq`).
  static func publicMessages(_ state: IncidentState) -> [IncidentState.SentMessage] {
    state.messages.filter(\.isPublic).sorted {
      ($0.moment.tPlus, $0.moment.seq) < ($1.moment.tPlus, $1.moment.seq)
    }
  }

  /// The first public message against its deadline: the sending step's `due`, else the
  /// earliest `due` among steps that send to a public channel, else 15 minutes.
  static func firstStatement(playbook: Playbook, state: IncidentState, endT: Double)
    -> FirstStatement
  {
    let first = publicMessages(state).first
    let sendingStep = first?.step
    var deadline = standardStatementDeadline
    var source = DeadlineSource.standard
    var deadlineStep: String?
    if let id = sendingStep, let due = playbook.step(id)?.due {
      deadline = due.secondsValue
      source = .sendingStep
      deadlineStep = id
    } else if let earliest = publicSteps(playbook).compactMap({ s in
      s.due.map { (s.id, $0.secondsValue) }
    })
    .min(by: { $0.1 < $1.1 }) {
      deadline = earliest.1
      source = .earliestPublicStep
      deadlineStep = earliest.0
    }
    let outcome: Outcome
    if let first {
      outcome = first.moment.tPlus <= deadline ? .met : .missed
    } else {
      outcome = endT > deadline ? .missed : state.status == .resolved ? .notNeeded : .pending
    }
    return FirstStatement(
      moment: first?.moment, channel: first?.channel, step: sendingStep, deadline: deadline,
      deadlineSource: source, deadlineStep: deadlineStep, outcome: outcome)
  }

  /// The first message and the count per channel: the playbook's channels, then any others
  /// in order of their first message.
  static func firstMessages(playbook: Playbook, state: IncidentState) -> [ChannelFirst] {
    var channelIDs = playbook.channels.map(\.id)
    var perChannel: [String: (first: IncidentMoment, count: Int)] = [:]
    for m in state.messages {
      if let seen = perChannel[m.channel] {
        let earlier = (m.moment.tPlus, m.moment.seq) < (seen.first.tPlus, seen.first.seq)
        perChannel[m.channel] = (earlier ? m.moment : seen.first, seen.count + 1)
      } else {
        perChannel[m.channel] = (m.moment, 1)
        if !channelIDs.contains(m.channel) { channelIDs.append(m.channel) }
      }
    }
    return channelIDs.map { id in
      let on = perChannel[id]
      let channel = playbook.channel(id)
      return ChannelFirst(
        channel: id, title: channel?.title ?? id, audience: channel?.audience, first: on?.first,
        count: on?.count ?? 0)
    }
  }

  static func publicTimes(_ state: IncidentState) -> [Double] {
    state.messages.filter(\.isPublic).map { max(0, $0.moment.tPlus) }.sorted()
  }

  /// From the start to the first public message (to the end when there was none).
  static func silenceBeforeFirstStatement(state: IncidentState, endT: Double) -> Silence {
    Silence(from: 0, to: publicTimes(state).first ?? endT)
  }

  /// The longest gap from the first public message to the next, …, to the end.
  static func longestSilence(state: IncidentState, endT: Double) -> Silence? {
    let times = publicTimes(state)
    guard let last = times.last else { return nil }
    let points = times + [max(endT, last)]
    var longest: Silence?
    for (a, b) in zip(points, points.dropFirst()) where longest.map({ b - a > $0.seconds }) ?? true
    {
      longest = Silence(from: a, to: b)
    }
    return longest
  }

  /// The shortest `every` among the playbook's steps.
  static func promisedCadence(_ playbook: Playbook) -> Double? {
    playbook.steps.compactMap { $0.every?.secondsValue }.filter { $0 > 0 }.min()
  }

  /// Steps that send at least one template to a public channel.
  static func publicSteps(_ playbook: Playbook) -> [Step] {
    playbook.steps.filter { step in
      step.send.contains { ref in
        playbook.template(ref.id).flatMap { playbook.channel($0.channel.id)?.audience } == .public
      }
    }
  }

  /// Every step's result: the playbook's steps reached, then those not reached, then steps
  /// the playbook does not have.
  static func stepOutcomes(
    playbook: Playbook, state: IncidentState, endT: Double, owed: Set<String>
  ) -> [StepOutcome] {
    let known = playbook.steps.map(\.id)
    let reached = known.filter { state.steps[$0] != nil }
    let notReached = known.filter { state.steps[$0] == nil }
    let unknown = state.stepOrder.filter { playbook.step($0) == nil }
    return (reached + notReached + unknown).map { id in
      let step = playbook.step(id)
      let due = step?.due?.secondsValue
      let record = state.steps[id]
      let result: StepResult
      switch record {
      case nil:
        let ended = state.isResolved || due.map { endT > $0 } == true
        result = owed.contains(id) && ended ? .neverDone : .notReached
      case let r? where r.isFinished:
        if r.skippedAt != nil {
          result = .skipped
        } else if let due, let finished = r.finishedAt, finished.rounded(.down) > due {
          // Whole seconds, as the report shows them: done at T+15m00.4s is on time for
          // T+15m (no one reads "done late: at T+15m, due by T+15m").
          result = .late
        } else {
          result = .onTime
        }
      default:
        result = due.map { endT > $0 } == true ? .overdue : .open
      }
      var heldBy: String?
      if let role = step?.role.id, record != nil {
        heldBy = state.holder(of: role, atSeq: record?.finishedSeq ?? state.lastSeq)
      }
      return StepOutcome(
        id: id, title: step?.title ?? id, role: step?.role.id, heldBy: heldBy ?? record?.by,
        finishedBy: record?.by, started: record?.startedAt, finished: record?.finishedAt,
        due: due, result: result, skipReason: record?.skipReason)
    }
  }
}
