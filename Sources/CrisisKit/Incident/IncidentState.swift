/// Where an incident stands, computed only from its events: `apply` folds one event in. This
/// is the one fold: resume, status, the walkthrough, replay, the metrics and every export read
/// what it builds, so the log stays the single source of truth and nothing is remembered
/// anywhere else. Applying one more event costs the same whatever came before (the live
/// screen folds each new event as it arrives and never reads the log again).
///
/// Order: events are folded in file order, which is `seq` order; every tie (two steps finished
/// at the same T+, two messages at the same moment) is broken by `seq`, never by dictionary
/// order, so the same log gives the same state in every process.
public struct IncidentState: Sendable {
  public enum Status: String, Sendable { case open, paused, resolved }

  public var id = ""
  public var mode = IncidentMode.live
  public var title = ""
  public var severity = Severity.high
  /// As `incident.started` gave it, before any change.
  public var initialSeverity: String?
  public var status = Status.open
  public var playbookPath = ""
  public var playbookSHA256 = ""
  public var playbookText = ""
  /// The playbook decoded from the copy embedded in the first event (or the one given to
  /// `init(playbook:)`).
  public var playbook: Playbook?
  /// T0: when the incident became known (`--since`), else when it was opened. Every
  /// deadline and clock counts from here.
  public var startedAt: Timestamp?
  /// When `crisis start` (or `drill`) opened it: T0 unless it was backdated.
  public internal(set) var openedAt: Timestamp?
  /// T+ at which it was opened: 0 unless T0 was backdated.
  public internal(set) var openedAfter: Double = 0
  public var startedBy = ""
  public var variables: [String: String] = [:]
  public var roleHolders: [String: String] = [:]
  /// Every role id seen: the playbook's in its order, then others in order of appearance.
  public internal(set) var roleIDs: [String] = []
  /// Who held each role over time, in `seq` order: role id → [(seq, name)]; an empty name is
  /// the role cleared.
  public internal(set) var roleHistory: [String: [(seq: Int, name: String)]] = [:]
  /// The step on screen; nil before the first and after the last.
  public var currentStep: String?
  public var steps: [String: StepRecord] = [:]
  /// Step ids in the order they first appeared in the log.
  public internal(set) var stepOrder: [String] = []
  /// Recurring steps that have been reached: step id → T+ when they started.
  public var cadences: [String: Double] = [:]
  public var decisions: [DecisionRecord] = []
  /// Team incidents: answers given on two machines at once to the same question; the first
  /// in the one order stands (`kept`, in `decisions`), the other is only here.
  public var conflicts: [DecisionConflict] = []
  public var messages: [SentMessage] = []
  public var notes: [NoteRecord] = []
  public var reminders: [ReminderRecord] = []
  public var injects: [InjectRecord] = []
  /// Every next update promised in a posted message, in order.
  public internal(set) var promises: [PromiseRecord] = []
  /// Channel → the promise in `promises` that its next message will end.
  public internal(set) var openPromise: [String: Int] = [:]
  /// The latest round of messages that promised one time.
  public internal(set) var round: PromiseRound?
  /// Template → an approval not yet used by a post.
  public internal(set) var pendingApprovals: [String: ApprovalRecord] = [:]
  /// Channel → the facts that changed since its latest message.
  public internal(set) var stale: [String: StaleRecord] = [:]
  /// Channel → its latest message in `messages`.
  public internal(set) var lastMessage: [String: Int] = [:]
  /// Channel → whether it is available now (only channels whose state was ever set).
  public internal(set) var channelStates: [String: ChannelStateRecord] = [:]
  /// Channel → every change of its state, in order.
  public internal(set) var channelHistory: [String: [ChannelStateRecord]] = [:]
  /// The consoles on the incident now, in the order they joined: `operator.joined` adds one,
  /// its `operator.left` removes it. One whose process died without leaving stays listed;
  /// `OperatorLiveness` tells.
  public internal(set) var operators: [OperatorRecord] = []
  /// In order of each person's first event.
  public internal(set) var activity: [Activity] = []
  /// T+ of the last message on a public channel.
  public var lastPublicUpdate: Double?
  public var resolvedAt: Double?
  /// The (first) resolution.
  public internal(set) var resolution: IncidentMoment?
  /// The event with the latest T+ (the first of equals).
  public internal(set) var lastMoment: IncidentMoment?
  public var summary: String?
  public var lastSeq = 0
  public var lastTime: Timestamp?
  /// T+ of the most recent event (simulated time in drills).
  public var lastElapsed: Double = 0
  /// Drill clock stopped by the facilitator.
  public var clockPaused = false
  public var eventCount = 0
  /// Drills made from a past incident: the injects derived from its log, which replace the
  /// playbook's (`incident.started` field `injects`).
  public var scenarioInjects: [Inject]?
  /// Drills: how much faster than real time the simulated clock runs.
  public var speed: Double = 1
  /// Events that refer to something the playbook does not have; reported, not fatal.
  public var oddities: [String] = []
  /// Whether `apply` keeps every event with its T+ (`timeline`): export and replay need them,
  /// the walkthrough and status do not.
  public let keepsTimeline: Bool
  /// Every event in file order with its T+ and its actor's roles, when `keepsTimeline`.
  public internal(set) var timeline: [TimelineEntry] = []

  /// Template → the placeholders its text uses, filled as `var.set` needs them.
  var placeholdersByTemplate: [String: [String]] = [:]
  /// Injects still waiting for a person's reaction.
  var awaitingReaction: [Int] = []
  /// Person → place in `activity`, once there are more than 32 people.
  var activityIndex: [String: Int] = [:]
  /// Person → the roles they hold, in `roleIDs` order (for the timeline only); rebuilt when
  /// a role changes hands.
  var rolesByPerson: [String: [String]] = [:]
  /// Whether the playbook was given rather than read from the log.
  var playbookGiven = false

  public init(keepsTimeline: Bool = false) {
    self.keepsTimeline = keepsTimeline
  }

  /// A fold that reads the events against `playbook` instead of the copy they embed (tests,
  /// and exports of events whose playbook is known already).
  public init(playbook: Playbook, keepsTimeline: Bool = false) {
    self.keepsTimeline = keepsTimeline
    self.playbook = playbook
    playbookGiven = true
    roleIDs = playbook.roles.map(\.id)
  }

  /// The state after all `events`.
  public static func fold(_ events: some Sequence<IncidentEvent>, keepsTimeline: Bool = false)
    -> IncidentState
  {
    var state = IncidentState(keepsTimeline: keepsTimeline)
    for event in events { state.apply(event) }
    return state
  }

  public var isResolved: Bool { status == .resolved }

  /// T+ seconds of an event: a drill's simulated `sim` (moved back by `(ts - at) × speed` for
  /// a note about an earlier moment), else seconds from the start to when it happened.
  public func tPlus(of event: IncidentEvent) -> Double {
    if let sim = event.sim {
      guard let at = event.at else { return sim }
      return sim - at.seconds(until: event.ts) * speed
    }
    guard let start = startedAt else { return 0 }
    return start.seconds(until: event.time)
  }

  /// Events `crisis` writes by itself (or that only move the drill clock): they never count
  /// as a reaction to an inject nor as someone's work.
  public static func isAutomatic(_ type: EventType) -> Bool {
    switch type {
    case .stepStarted, .reminder, .inject, .clockPaused, .clockResumed, .clockAdvanced, .scorecard,
      .operatorJoined, .operatorLeft:
      return true
    default:
      return false
    }
  }

  /// Forgets the kept events (the timeline holds them in its own order).
  mutating func dropTimeline() { timeline = [] }

  /// Who held `role` just after the event with `seq` was written; nil when nobody did.
  public func holder(of role: String, atSeq seq: Int) -> String? {
    let name = roleHistory[role]?.last { $0.seq <= seq }?.name
    return name.flatMap { $0.isEmpty ? nil : $0 }
  }
}
