/// Words of the command line itself: the overview of `crisis --help`, the frame of
/// `crisis help COMMAND` (each command's summary and its options' help), the hints after a
/// usage error, and `crisis list`. The commands' and options' names are what people type and
/// stay the same; the longer discussions and the diagnostics of playbook authors (`lint`, YAML
/// errors, `FILE:LINE:COL: error:`) stay English in this round (docs/walkthrough.md says so).
public protocol CommandWords: Sendable {
  func overviewIntro(version: String) -> String
  var usage: String { get }
  /// `crisis COMMAND [OPTIONS]` in the overview.
  var overviewUsage: String { get }
  var commands: String { get }
  var overviewOutro: String { get }
  var options: String { get }
  /// A command's one-line summary, by its name; `english` is the spec's own.
  func summary(_ command: String, english: String) -> String
  /// An option's help line, by its English text (the spec's own).
  func optionHelp(_ english: String) -> String
  /// ` (see 'crisis help start')` after a usage error.
  func seeHelp(_ command: String?) -> String
  func unknownCommand(_ name: String, suggestion: String?) -> String

  // MARK: Usage errors
  func needsValue(_ option: String, value: String) -> String
  func givenTwice(_ option: String) -> String
  func takesNoValue(_ option: String) -> String
  /// `missing argument: usage: crisis note TEXT...`.
  func missingArgument(usage: String) -> String
  func unexpectedArgument(_ argument: String, usage: String) -> String
  func unknownOption(_ option: String, command: String, suggestion: String?) -> String

  // MARK: One-shot commands (note, approve, resolve, resume)
  /// ` note in ID (happened at 16:52)` after `✓ recorded TIME`.
  func noteIn(_ id: String, happenedAt time: String?) -> String
  /// ` WHAT in ID` after `✓ recorded TIME`.
  func recordedIn(_ what: String, id: String) -> String
  func resolved(_ id: String) -> String
  func leftOpen(_ count: Int) -> String
  var scorecardRecorded: String { get }
  var noteEmpty: String { get }
  func alreadyResolved(_ id: String) -> String
  func resolvedSeeExport(_ id: String) -> String

  // MARK: crisis team and crisis sync
  func syncBusy(_ directory: String) -> String
  /// The remote could not be reached (`reason`, git's words); `count` events wait.
  func notSharedOffline(_ reason: String, waiting count: Int) -> String
  var allShared: String { get }
  func synced(notShared count: Int) -> String
  func unknownTeamCommand(_ word: String) -> String

  // MARK: crisis list
  func noIncidents(in directory: String) -> String
  var listHeader: [String] { get }
  func mode(_ raw: String) -> String
  func status(_ raw: String) -> String
  /// A moment as a date and a time on screen: `2026-11-21 17:03`, `21.11.2026 17:03`.
  func dateTime(_ time: Timestamp) -> String
}

struct EnglishCommandWords: CommandWords {
  func overviewIntro(version: String) -> String {
    """
    crisis \(version): walks a comms team through a crisis playbook, step by step,
    and keeps a log of every action that nothing can lose.
    """
  }
  let usage = "Usage"
  let overviewUsage = "crisis COMMAND [OPTIONS]"
  let commands = "Commands"
  let overviewOutro = """
    Run 'crisis help COMMAND' for a command's options.
    Exit codes: 0 ok, 1 the input is wrong, 2 usage error, 130 interrupted (Ctrl-C).
    """
  let options = "Options"
  func summary(_ command: String, english: String) -> String { english }
  func optionHelp(_ english: String) -> String { english }
  func seeHelp(_ command: String?) -> String {
    command.map { " (see 'crisis help \($0)')" } ?? " (see 'crisis --help')"
  }
  func unknownCommand(_ name: String, suggestion: String?) -> String {
    (name.hasPrefix("-") ? "unknown option '\(name)'" : "unknown command '\(name)'")
      + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
  }

  func needsValue(_ option: String, value: String) -> String {
    "option \(option) needs a value (\(value))"
  }
  func givenTwice(_ option: String) -> String { "option \(option) given twice" }
  func takesNoValue(_ option: String) -> String { "option \(option) takes no value" }
  func missingArgument(usage: String) -> String { "missing argument: usage: \(usage)" }
  func unexpectedArgument(_ argument: String, usage: String) -> String {
    "unexpected argument '\(argument)': usage: \(usage)"
  }
  func unknownOption(_ option: String, command: String, suggestion: String?) -> String {
    "unknown option '\(option)' for 'crisis \(command)'"
      + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
  }

  func noteIn(_ id: String, happenedAt time: String?) -> String {
    " note in \(id)" + (time.map { " (happened at \($0))" } ?? "")
  }
  func recordedIn(_ what: String, id: String) -> String { " \(what) in \(id)" }
  func resolved(_ id: String) -> String { " \(id) resolved" }
  func leftOpen(_ count: Int) -> String { "Left open (\(count)); the review lists them:" }
  let scorecardRecorded = " drill scorecard:"
  let noteEmpty = "the note is empty"
  func alreadyResolved(_ id: String) -> String { "\(id) is already resolved" }
  func resolvedSeeExport(_ id: String) -> String {
    "\(id) is resolved; `crisis export \(id)` writes its timeline"
  }

  func syncBusy(_ directory: String) -> String {
    "Another sync of \(directory) is running; nothing done."
  }
  func notSharedOffline(_ reason: String, waiting count: Int) -> String {
    "Not shared: \(reason). \(count) event(s) of this machine wait for the next sync."
  }
  let allShared = "✓ shared: every event of this machine is on the remote, and the others' are here"
  func synced(notShared count: Int) -> String {
    "✓ synced; \(count) event(s) of this machine are not shared yet"
  }
  func unknownTeamCommand(_ word: String) -> String {
    "unknown team command '\(word)'; use `crisis team init URL`"
  }

  func noIncidents(in directory: String) -> String {
    "No incidents in \(directory). `crisis start` begins one; `crisis drill` practises one."
  }
  let listHeader = ["ID", "MODE", "STATE", "STARTED", "TITLE", "PLAYBOOK"]
  func mode(_ raw: String) -> String { raw }
  func status(_ raw: String) -> String { raw }
  func dateTime(_ time: Timestamp) -> String {
    String(time.rfc3339.prefix(16).map { $0 == "T" ? " " : $0 })
  }
}

extension Language {
  /// The words of the command line in this language.
  public var command: any CommandWords {
    self == .german ? GermanCommandWords() : EnglishCommandWords()
  }
}
