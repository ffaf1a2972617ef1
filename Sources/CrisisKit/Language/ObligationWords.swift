/// Words of what the team owes: an obligation's deadline and title as the board, `status`
/// and the list before resolving show it, the owner of a role, and the reminders `crisis`
/// writes by itself (their text goes into the log in the language of the session that wrote
/// them, and is shown from there as it was written).
public protocol ObligationWords: Sendable {
  var paused: String { get }
  var open: String { get }
  /// `OVERDUE 3:00`.
  func overdue(_ span: String) -> String
  /// `in 4:59`.
  func dueIn(_ span: String) -> String
  func step(_ title: String) -> String
  func deadline(_ title: String) -> String
  var passedOver: String { get }
  var notReachedYet: String { get }
  func promisedUpdate(on channel: String, by time: String) -> String
  func pausedUnavailable(_ channel: String) -> String
  func publicUpdate(every span: String) -> String
  func clockStarts(when variable: String, set example: String) -> String
  func approval(of channel: String, template: String) -> String
  func stale(_ channel: String, variables: [String]) -> String
  func unavailable(_ channel: String, reason: String?) -> String
  func postInstead(on channels: String) -> String

  /// `Communications: Anna`.
  func owner(_ role: String, holder: String) -> String
  func unassigned(_ role: String, deputy: String?) -> String
  var noOwner: String { get }
  /// ` on Status page, X` after "post an update".
  func onChannels(_ titles: [String]) -> String

  func dueSoon(_ what: String, in span: String) -> String
  func promisedOn(_ channel: String, by time: String) -> String
  func titled(_ title: String, owner: String) -> String
  func promiseLate(on channel: String, by time: String) -> String
  func ranOut(_ title: String, at tPlus: String, owner: String) -> String
  func wasDue(_ title: String, at tPlus: String, owner: String) -> String
  func silence(_ span: String, channels: String) -> String
  func noPublicUpdateYet(channels: String) -> String
}

struct EnglishObligationWords: ObligationWords {
  let paused = "paused"
  let open = "open"
  func overdue(_ span: String) -> String { "OVERDUE \(span)" }
  func dueIn(_ span: String) -> String { "in \(span)" }
  func step(_ title: String) -> String { "Step: \(title)" }
  func deadline(_ title: String) -> String { "Deadline: \(title)" }
  let passedOver = "passed over"
  let notReachedYet = "not reached yet"
  func promisedUpdate(on channel: String, by time: String) -> String {
    "Update on \(channel), promised by \(time)"
  }
  func pausedUnavailable(_ channel: String) -> String { "paused: \(channel) is unavailable" }
  func publicUpdate(every span: String) -> String {
    "Public update (every \(span)), even without news"
  }
  func clockStarts(when variable: String, set example: String) -> String {
    "starts when \(variable) is set (set \(example) TIME)"
  }
  func approval(of channel: String, template: String) -> String {
    "Approval of the \(channel) message (\(template)) before it goes out"
  }
  func stale(_ channel: String, variables: [String]) -> String {
    "\(channel) says what is no longer true (\(variables.joined(separator: ", ")) changed): post a correction"
  }
  func unavailable(_ channel: String, reason: String?) -> String {
    "\(channel) unavailable" + (reason.map { ": \($0)" } ?? "")
  }
  func postInstead(on channels: String) -> String { "post on \(channels) instead" }

  func owner(_ role: String, holder: String) -> String { "\(role): \(holder)" }
  func unassigned(_ role: String, deputy: String?) -> String {
    "\(role), unassigned" + (deputy.map { " (deputy: \($0))" } ?? "")
  }
  let noOwner = "no owner"
  func onChannels(_ titles: [String]) -> String {
    titles.isEmpty ? "" : " on " + titles.joined(separator: ", ")
  }

  func dueSoon(_ what: String, in span: String) -> String { "\(what) due in \(span)" }
  func promisedOn(_ channel: String, by time: String) -> String {
    "the update promised on \(channel) by \(time)"
  }
  func titled(_ title: String, owner: String) -> String { "'\(title)' (\(owner))" }
  func promiseLate(on channel: String, by time: String) -> String {
    "the update promised on \(channel) by \(time) is late: post one now, even if nothing changed"
  }
  func ranOut(_ title: String, at tPlus: String, owner: String) -> String {
    "'\(title)' ran out at \(tPlus) (\(owner))"
  }
  func wasDue(_ title: String, at tPlus: String, owner: String) -> String {
    "'\(title)' was due at \(tPlus) (\(owner))"
  }
  func silence(_ span: String, channels: String) -> String {
    "\(span) since the last public update: post an update\(channels), even if nothing changed"
  }
  func noPublicUpdateYet(channels: String) -> String {
    "no public update yet: post one\(channels), even if nothing changed"
  }
}

extension Language {
  /// The words of obligations and reminders in this language.
  public var obligations: any ObligationWords {
    self == .german ? GermanObligationWords() : EnglishObligationWords()
  }
}
