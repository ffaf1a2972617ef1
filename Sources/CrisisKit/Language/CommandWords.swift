/// Words of the command line itself: the overview of `crisis --help`, the frame of
/// `crisis help COMMAND` (each command's summary and its options' help), the hints after a
/// usage error, the discussions of `crisis help COMMAND`, the complaints about an option's
/// value, `crisis list`, `crisis team init` and `crisis sync`. The commands' and options' names
/// are what people type and stay the same; the diagnostics of playbook authors (`lint`, YAML
/// errors, `FILE:LINE:COL: error:`) stay English, as a compiler's do (docs/walkthrough.md).
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
  /// `--speed takes a number above 0, got 'fast'`; `expected` is the spec's English.
  func optionTakes(_ option: String, expected: String, got value: String) -> String
  func unknownSeverity(_ value: String) -> String
  func unknownLanguage(_ value: String) -> String
  func audienceTakes(_ value: String) -> String
  func formatTakes(_ value: String) -> String
  /// A time for `--at` or `--since` that is not one.
  func timeMalformed(_ option: String, got value: String) -> String
  /// A time in the future: `--at` records the past, `--since` when it became known.
  func timeInFuture(_ option: String, _ value: String, now: String) -> String
  func timeTooEarly(_ option: String, _ value: String) -> String
  func sinceTooLongAgo(_ value: String, now: String) -> String
  /// `crisis drill` given both a playbook and `--from-log`.
  var playbookOrLog: String { get }
  var mergeNeedsOutput: String { get }
  /// An export's `-o FILE` that exists, without `--force`.
  func exportExists(_ path: String) -> String
  func mergeExists(_ path: String) -> String
  /// The warning after the place where an exported log is damaged.
  var exportUpToDamage: String { get }

  // MARK: crisis help COMMAND
  /// A command's discussion, by its name; `english` is the spec's own.
  func discussion(_ command: String, english: String) -> String

  // MARK: One-shot commands (note, approve, resolve, resume)
  /// ` note in ID (happened at 16:52)` after `✓ recorded TIME`.
  func noteIn(_ id: String, happenedAt time: String?) -> String
  /// ` WHAT in ID` after `✓ recorded TIME`.
  func recordedIn(_ what: String, id: String) -> String
  /// `crisis start` of a real incident while one is open in the same log directory (a
  /// teammate may have started it on another laptop): how to join it instead.
  func alreadyOpen(id: String, title: String, at time: String) -> String
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
  func alreadyTeamDirectory(_ directory: String) -> String
  func notTeamDirectory(_ directory: String) -> String
  func notEmptyForTeam(_ directory: String) -> String
  func cannotClone(_ url: String, reason: String) -> String
  func cannotPush(_ url: String, reason: String) -> String
  func cloneOf(_ directory: String, url: String) -> String
  var remoteWasEmpty: String { get }
  func writesAsDevice(_ device: String) -> String
  /// What `team init` shares and how, a few lines.
  func sharedWith(_ url: String, directory: String) -> [String]

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
  func optionTakes(_ option: String, expected: String, got value: String) -> String {
    "\(option) takes \(expected), got '\(value)'"
  }
  func unknownSeverity(_ value: String) -> String {
    "unknown severity '\(value)'; use low, medium, high or critical"
  }
  func unknownLanguage(_ value: String) -> String { "unknown language '\(value)'; use de or en" }
  func audienceTakes(_ value: String) -> String {
    "--audience takes 'public' (or 'all'), not '\(value)'"
  }
  func formatTakes(_ value: String) -> String {
    "--format takes md, html, json or csv, not '\(value)'"
  }
  func timeMalformed(_ option: String, got value: String) -> String {
    "\(option) takes a time like 16:52, -20m or 2026-11-21T16:52:00+01:00 (a real "
      + "date, offset from -23:59 to +23:59), got '\(value)'"
  }
  func timeInFuture(_ option: String, _ value: String, now: String) -> String {
    let purpose =
      option == "--since"
      ? "is when the incident became known, so it has passed"
      : "records when something already happened"
    return "\(option) '\(value)' is in the future (now is \(now)); \(option) \(purpose)"
  }
  func timeTooEarly(_ option: String, _ value: String) -> String {
    "\(option) '\(value)' is before 1970-01-01; give a time during the incident"
  }
  func sinceTooLongAgo(_ value: String, now: String) -> String {
    "--since '\(value)' is more than 30 days before now (\(now)); give "
      + "when this incident became known (a typing mistake in the date?)"
  }
  let playbookOrLog = "give either PLAYBOOK or --from-log, not both"
  let mergeNeedsOutput = "merge needs -o FILE for the merged log"
  func exportExists(_ path: String) -> String {
    "\(path) already exists; use --force to overwrite it"
  }
  func mergeExists(_ path: String) -> String {
    "\(path) already exists; merge writes a new file, pick another -o FILE"
  }
  let exportUpToDamage =
    "crisis: warning: the log is damaged there; the events before it are exported"

  func discussion(_ command: String, english: String) -> String { english }

  func noteIn(_ id: String, happenedAt time: String?) -> String {
    " note in \(id)" + (time.map { " (happened at \($0))" } ?? "")
  }
  func recordedIn(_ what: String, id: String) -> String { " \(what) in \(id)" }
  func alreadyOpen(id: String, title: String, at time: String) -> String {
    "Already open here: “\(title)” (\(id)), started at \(time). "
      + "`crisis resume \(id)` joins it; this starts a second incident."
  }
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
  func alreadyTeamDirectory(_ directory: String) -> String {
    "\(directory) is already a team log directory; `crisis sync` shares it"
  }
  func notTeamDirectory(_ directory: String) -> String {
    "\(directory) is not a team log directory; `crisis team init URL --log-dir DIR` makes one"
  }
  func notEmptyForTeam(_ directory: String) -> String {
    "\(directory) is not empty; a team directory starts empty (choose another --log-dir, "
      + "or move its logs away first: `crisis merge` can bring them into the team later)"
  }
  func cannotClone(_ url: String, reason: String) -> String { "cannot clone \(url): \(reason)" }
  func cannotPush(_ url: String, reason: String) -> String {
    "cannot push to \(url): \(reason)"
  }
  func cloneOf(_ directory: String, url: String) -> String {
    "✓ \(directory) is a clone of \(url)"
  }
  let remoteWasEmpty = "✓ the remote was empty: it is now the team's log (first commit pushed)"
  func writesAsDevice(_ device: String) -> String { "✓ this machine writes as device \(device)" }
  func sharedWith(_ url: String, directory: String) -> [String] {
    [
      "Shared with everyone who can read \(url): every incident started with",
      "--log-dir \(directory) (or CRISIS_LOG_DIR=\(directory)): names, notes, and the",
      "statements as posted or prepared. Nothing else on this machine is shared.",
      "Events go out in the background while a console runs; `crisis sync` shares by hand.",
    ]
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
