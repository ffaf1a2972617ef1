/// One thing the team owes, with its owner and deadline: a step, a promised update, the
/// update cadence, a legal clock, an approval, a channel saying something no longer true.
/// The board, `status`, the reminders and the metrics all read the same list
/// (`ObligationBoard`), so the screen and the report never disagree about what is open.
public struct Obligation: Sendable, Equatable {
  public enum Kind: String, Sendable, CaseIterable {
    case step, promise, cadence, clock, approval, stale, channel
  }

  /// How close its deadline is.
  public enum Urgency: Int, Sendable, Comparable {
    case overdue, soon, later, undated

    public static func < (a: Urgency, b: Urgency) -> Bool { a.rawValue < b.rawValue }
  }

  public var kind: Kind
  /// Stable for the life of the obligation (`step:confirm`, `promise:x:2026-…`): a warning
  /// is given once per id.
  public var id: String
  /// What is owed, one line.
  public var title: String
  /// The role that owns it.
  public var role: String?
  public var channel: String?
  /// The step it belongs to, if any.
  public var step: String?
  /// Deadline in incident time (T+ seconds); nil when it has none.
  public var due: Double?
  /// A promised update: the time the posted text named.
  public var promised: Timestamp?
  /// Paused: its channel is down, so its clock does not run.
  public var isPaused = false
  /// Whether a "due soon" warning is worth giving: not for a deadline that was already near
  /// when the obligation opened (its deadline is on screen from the start).
  public var warnsSoon = true
  /// One more line of context ("passed over by goto", "post on the status page instead").
  public var note: String?

  /// Seconds until the deadline at T+`t`; negative when overdue.
  public func secondsLeft(at t: Double) -> Double? { isPaused ? nil : due.map { $0 - t } }

  public func urgency(at t: Double) -> Urgency {
    guard let left = secondsLeft(at: t) else { return .undated }
    if left <= 0 { return .overdue }
    return left <= Self.soonWindow ? .soon : .later
  }

  /// How long before a deadline it is shown as due soon, and warned about.
  public static let soonWindow: Double = 5 * 60
}
