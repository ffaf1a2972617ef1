/// How a command that ended with an error (or a `CleanExit`) leaves: the text, the stream it
/// goes to and the exit code. This is the only place that decides them, so every error is
/// one line in the same form whichever command raised it (swift-argument-parser's
/// `MessageInfo`):
///
/// - 0: `CleanExit` (help, version) on stdout;
/// - 1: the input is wrong; a problem at a place in a file prints as
///   `FILE:LINE:COL: error: …`, every other one as `crisis: error: …`, on stderr;
/// - 2: a usage error, `crisis: error: …` with where to find help, on stderr;
/// - 130: interrupted by Ctrl-C, nothing printed.
///
/// Every line that carries an error goes through `TerminalText.sanitize`: error messages
/// quote file names, ids and arguments, which come from outside.
public struct ExitReport: Equatable, Sendable {
  public enum Stream: Equatable, Sendable {
    case standardOutput
    case standardError
  }

  /// What to write, each line with its line end; empty when there is nothing to say.
  public var text: String
  public var stream: Stream
  public var code: Int32

  public init(text: String, stream: Stream, code: Int32) {
    self.text = text
    self.stream = stream
    self.code = code
  }

  /// The report for `error`, raised while running `command` (for the hint of a usage error
  /// that does not name its command).
  public init(_ error: any Error, command: String? = nil, language: Language = .english) {
    switch error {
    case let clean as CleanExit:
      self.init(text: clean.text, stream: .standardOutput, code: 0)
    case let spoken as ErrorInLanguage:
      self.init(spoken.error, command: command, language: spoken.language)
    case let usage as UsageError:
      let hint = language.command.seeHelp(usage.command ?? command)
      self = .unlocated(usage.message + hint, code: 2, language: language)
    case let failure as CommandFailure:
      switch failure {
      case .input(let message): self = .unlocated(message, code: 1, language: language)
      case .shown: self = .errors([], code: 1)
      case .interrupted: self = .errors([], code: 130)
      }
    case let playbook as InvalidPlaybook:
      // Every diagnostic at its place, then what to do about them; in English, as the
      // diagnostics of playbook authors are (a compiler's errors are too).
      self = .errors(playbook.diagnostics.map(\.description), code: 1)
      text +=
        Self.unlocated(
          "\(playbook.path) has errors; fix them (crisis lint \(playbook.path)) first", code: 1,
          language: .english
        ).text
    case let located as Diagnostic:
      self = .errors([located.description], code: 1)
    case let selection as IncidentSelection.Failure:
      if case .unreadable(let problems) = selection {
        self = .errors(problems, code: 1)
      } else {
        self = .unlocated(selection.message(language.errors), code: 1, language: language)
      }
    case let file as IncidentFile.Failure:
      switch file {
      case .log(let log): self.init(log, command: command, language: language)
      case .content(let diagnostic): self = .errors([diagnostic.description], code: 1)
      case .notStarted: self = .errors([file.message(language.errors)], code: 1)
      }
    case let log as LogError:
      if case .damaged(let diagnostic) = log {
        self = .errors([diagnostic.description], code: 1)
      } else {
        self = .unlocated(log.message(language.errors), code: 1, language: language)
      }
    case let file as FileSystem.Failure:
      self = .errors([file.diagnostic.description], code: 1)
    default:
      self = .unlocated("\(error)", code: 1, language: language)
    }
  }

  /// An error without a place in a file: `crisis: error: MESSAGE` (`crisis: Fehler: …`).
  static func unlocated(_ message: String, code: Int32, language: Language) -> ExitReport {
    errors([language.errors.errorPrefix + message], code: code)
  }

  /// Lines on stderr, each sanitised, with `code`.
  static func errors(_ lines: [String], code: Int32) -> ExitReport {
    ExitReport(
      text: lines.map { TerminalText.sanitize($0) + "\n" }.joined(), stream: .standardError,
      code: code)
  }
}
