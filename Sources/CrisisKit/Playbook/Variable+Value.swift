/// The one conversion from what the operator typed to what a variable holds: at the start
/// (`VariableQuestions`, `--var`) and during the incident (`set VAR VALUE`).
extension Variable {
  /// The accepted forms of a time, for messages: what `PastTime.read` reads.
  public static let timeForms =
    "16:52 (today, or yesterday when that is still ahead), -20m (20 minutes ago) "
    + "or 2026-11-21T16:52:00+01:00"

  /// The value to store for `text`. A text variable keeps the text as written; a time variable
  /// reads it as a past moment (`PastTime.read`: 16:52, -20m or RFC 3339, surrounding spaces
  /// ignored) relative to `now` and stores it as RFC 3339 with milliseconds
  /// (`2026-11-21T16:52:00.000+01:00`), so a clock can count from it and every reader gets
  /// the same instant.
  public func value(from text: String, now: Timestamp) -> Result<String, PastTime.Failure> {
    switch type {
    case .text:
      return .success(text)
    case .time:
      return PastTime.read(text.trimmingSpaces(), now: now).map(\.rfc3339)
    }
  }

  /// Why `failure` refused an answer for this variable, as one sentence naming the variable
  /// and the accepted forms (`PastTime.Failure.description` speaks of `--at`).
  public func explanation(
    of failure: PastTime.Failure, words: any PromptWords = Language.english.prompts
  ) -> String {
    words.timeRefused(failure, variable: id)
  }
}
