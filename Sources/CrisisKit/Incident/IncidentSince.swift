/// `--since TIME` of `crisis start` and `crisis drill`: T0, when the incident became known, when
/// that was before anyone typed the command. Written like `note --at` (`16:52` today, `-20m`,
/// RFC 3339; see `PastTime`), never in the future, and at most `maximumAge` back: an incident
/// is opened within hours of becoming known, so a T0 weeks ago is a typing mistake (a wrong
/// month or year) that would make every deadline overdue at once.
public enum IncidentSince {
  /// How far back `--since` reaches: 30 days.
  public static let maximumAge: Double = 30 * 86_400

  /// Why a `--since` value was refused; `description` is one sentence for the usage error.
  public enum Failure: Error, Hashable, Sendable, CustomStringConvertible {
    /// Not a time, in the future, or before 1970 (as `note --at` refuses them).
    case time(PastTime.Failure)
    /// More than `maximumAge` before `now`.
    case tooLongAgo(String, now: Timestamp)

    public var description: String { message(Language.english.command) }

    /// The sentence in `words`.
    public func message(_ words: any CommandWords) -> String {
      switch self {
      case .time(let failure): return failure.message(option: "--since", words)
      case .tooLongAgo(let text, let now): return words.sinceTooLongAgo(text, now: now.rfc3339)
      }
    }
  }

  /// `text` as T0: a time no later than `now` and no more than 30 days before it.
  public static func read(_ text: String, now: Timestamp) -> Result<Timestamp, Failure> {
    switch PastTime.read(text, now: now) {
    case .failure(let failure):
      return .failure(.time(failure))
    case .success(let time):
      guard time.seconds(until: now) <= maximumAge else {
        return .failure(.tooLongAgo(text, now: now))
      }
      return .success(time)
    }
  }
}
