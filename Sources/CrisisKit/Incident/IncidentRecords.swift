/// What the fold remembers of each kind of event. Every record carries its moment (or T+),
/// so metrics and screens read them without going back to the log.
extension IncidentState {
  public struct StepRecord: Sendable {
    /// T+ when the step was first opened.
    public var startedAt: Double?
    public var doneAt: Double?
    public var skippedAt: Double?
    public var skipReason: String?
    /// Who marked it done or skipped.
    public var by: String?
    /// The `seq` of the event that finished it: the last finished step is the one with the
    /// highest, never whichever a dictionary yields first.
    public var finishedSeq: Int?
    /// When it was marked done or skipped (wall clock).
    public var finishedTime: Timestamp?
    /// The `seq` of its latest `step.started` (a `goto` opens a step again).
    public var openedSeq: Int?

    public init() {}

    public var isFinished: Bool { doneAt != nil || skippedAt != nil }
    public var finishedAt: Double? { doneAt ?? skippedAt }
  }

  /// A console on the incident (`operator.joined` without its `operator.left` yet).
  public struct OperatorRecord: Sendable, Equatable {
    public var actor: String
    public var session: String
    public var pid: Int64?
    public var host: String?
    /// When it joined (wall clock).
    public var since: Timestamp
    public var seq: Int
  }

  public struct DecisionRecord: Sendable {
    public var step: String
    public var question: String
    public var answer: String
    public var next: String?
    public var moment: IncidentMoment
    public var elapsed: Double { moment.tPlus }
    public var actor: String { moment.actor }
  }

  /// Two answers to one question from two machines that had not synced yet (worded for the
  /// operators by `WalkthroughSession.describe`).
  public struct DecisionConflict: Sendable {
    public var kept: DecisionRecord
    public var overruled: DecisionRecord
  }

  public struct SentMessage: Sendable {
    public var step: String?
    public var template: String?
    public var channel: String
    public var text: String
    public var url: String?
    /// Whether the playbook's channel is public.
    public var isPublic: Bool
    public var moment: IncidentMoment
    /// The next update its text promised.
    public var promise: Timestamp? = nil
    /// Changed by the operator before it was posted.
    public var edited = false
    /// The role whose approval it needed, when it needed one.
    public var neededApproval: String? = nil
    /// The approval it went out with; nil when it needed one and had none.
    public var approval: ApprovalRecord? = nil
    /// Needed an approval and went out without it.
    public var isUnapproved: Bool { neededApproval != nil && approval == nil }
    public var elapsed: Double { moment.tPlus }
    public var time: Timestamp { moment.time }
    public var actor: String { moment.actor }
  }

  public struct NoteRecord: Sendable {
    public var text: String
    public var moment: IncidentMoment
    /// Written later about an earlier moment (`at`).
    public var backdated: Bool
    public var elapsed: Double { moment.tPlus }
    public var time: Timestamp { moment.time }
    public var actor: String { moment.actor }
  }

  public struct ReminderRecord: Sendable {
    public var kind: ReminderGiven.Kind
    public var step: String?
    /// The obligation it warned about (`Obligation.id`); older logs name only the step.
    public var obligation: String?
    public var elapsed: Double
  }

  public struct InjectRecord: Sendable {
    public var source: InjectGiven.Source
    /// Position in the scheduled injects, for scheduled ones.
    public var index: Int?
    public var title: String
    public var text: String
    public var role: String?
    public var moment: IncidentMoment
    /// The first event a person wrote after the inject (not one crisis wrote by itself).
    public var reaction: IncidentMoment?
    public var reactionType: EventType?
    public var elapsed: Double { moment.tPlus }
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

  /// One event in place, kept when the state is asked to keep the timeline (export, replay).
  public struct TimelineEntry: Sendable {
    public var event: IncidentEvent
    /// When it happened: `at` when given, else `ts`.
    public var time: Timestamp
    /// Incident time in seconds; simulated in drills; negative for a moment noted as before
    /// the start.
    public var tPlus: Double
    /// Role ids the actor held when the event was written, in `roleIDs` order.
    public var actorRoles: [String]
  }
}
