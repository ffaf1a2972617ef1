/// Words of the walkthrough's screens: the step screen of the line mode, the full-screen
/// console, the lines printed around them (recorded, not recorded, announcements, farewells)
/// and the questions asked before an incident starts. A protocol, so a phrase missing in one
/// language does not compile; the arguments are already sanitised text or numbers, and the
/// callers style (colour) the result, so a translation never has to know about escapes.
public protocol ScreenWords: Sendable {
  // MARK: Header
  /// The banner of a drill, spaces included: ` DRILL: exercise, not a real incident `.
  var drillBanner: String { get }
  /// The short drill mark of the console's header and the prompt.
  var drill: String { get }
  /// `severity HIGH`.
  func severity(_ level: String) -> String
  var clockHeld: String { get }
  var resolved: String { get }
  /// `you: anna`.
  func you(_ name: String) -> String
  var noRole: String { get }
  /// `offline, 3 not shared yet` in a team console's header.
  func notShared(_ count: Int, offline: Bool) -> String

  // MARK: Step pane
  /// `Step 3 of 16: TITLE`.
  func stepOf(_ number: Int, of total: Int, title: String) -> String
  func owner(_ owner: String) -> String
  /// `Due T+15m` (the step is finished).
  func due(_ tPlus: String) -> String
  /// `Due T+15m, in 4:59`.
  func dueIn(_ tPlus: String, left: String) -> String
  /// `OVERDUE by 3:00`.
  func overdueBy(_ span: String) -> String
  /// ` (was due T+15m)`, after `overdueBy`.
  func wasDue(_ tPlus: String) -> String
  func repeats(every: String) -> String
  var toDo: String { get }
  func question(_ text: String) -> String
  /// The target of an answer that ends the playbook's path.
  var endOfPath: String { get }
  var answered: String { get }
  var answerHint: String { get }
  /// `✓ done by anna; Enter shows where the incident is now` (`by` may be nil).
  func finishedHere(skipped: Bool, by: String?) -> String
  var pathComplete: String { get }
  var keepPosting: String { get }
  var noStepOpen: String { get }
  var messagesReady: String { get }
  /// `status page · public` audience names as the screen shows them.
  func audience(_ audience: ChannelAudience) -> String
  func characters(_ count: Int, limit: Int?) -> String
  var tooLong: String { get }
  func posted(at time: String) -> String
  var messageKeys: String { get }
  func approvedBy(_ name: String) -> String
  func needsApproval(_ owner: String) -> String
  func namesUnheldRole(_ roles: String, assignID: String) -> String
  func claimsUndone(_ titles: [String]) -> String
  func promisesUpdate(by time: String) -> String
  /// `Open (3), most urgent first`.
  func openCount(_ count: Int) -> String
  func moreOpen(_ count: Int) -> String
  func lastPublicUpdate(ago: String) -> String
  var noPublicUpdate: String { get }
  var keyLine: String { get }

  // MARK: Console
  var injectBanner: String { get }
  var injectAck: String { get }
  var nothingOwed: String { get }
  func moreOwed(_ count: Int) -> String
  func moreAbove(_ count: Int) -> String
  func moreBelow(_ count: Int) -> String
  var backToStep: String { get }
  func moreLines(_ count: Int) -> String
  var latest: String { get }
  /// The hint line: `Enter runs · ? commands · PgUp/PgDn scroll`, with Esc's meaning.
  func hintLine(escape: HintEscape?) -> String
  /// The hint line on a narrow screen.
  func narrowHintLine(escape: Bool) -> String
  func acknowledged(_ injects: String) -> String
  var noInjectToAcknowledge: String { get }
  var noClipboardHere: String { get }
  var textToPost: String { get }
  var notMarkedPaused: String { get }

  // MARK: Around the screen
  func recorded(at time: String) -> String
  var notRecordedMark: String { get }
  var nothingChanged: String { get }
  func cannotFollow(_ error: String) -> String
  func warning(_ problem: String) -> String
  func notRecorded(_ why: String) -> String
  var someoneWroteFirst: String { get }
  func resolvedBy(_ name: String, at time: String) -> String
  func exportHint(_ id: String) -> String
  /// `Resolved.`: the first word of `resolvedExport`, painted green.
  var resolvedWord: String { get }
  var paused: String { get }
  var noEditor: String { get }
  func nothingRecorded(_ reason: String) -> String
  var copied: String { get }
  var clipboardBlocked: String { get }
  var noClipboard: String { get }
  var scorecardTitle: String { get }
  func stillOn(_ names: [String]) -> String

  // MARK: Prompts
  var reasonPrompt: String { get }
  func answerPrompt(_ count: Int) -> String
  var messagePrompt: String { get }
  var summaryPrompt: String { get }
  var resolvePrompt: String { get }
  var pastePrompt: String { get }
  var keepsDefault: String { get }
  var cancelledBeforeStart: String { get }
  /// `✓ recorded 17:03:12 incident ID started; log: PATH`.
  func started(drill: Bool, id: String, path: String) -> String
  func resumed(_ id: String) -> String
  func joining(_ actor: String, since time: String) -> String
  func rehearsing(_ id: String, injects: Int) -> String
  /// A rehearsal's title and the injects made from what happened then (written into the
  /// drill's first event).
  func rehearsal(of title: String) -> String
  func reports(_ actor: String) -> String
  func newInformation(_ prompt: String) -> String
  func nowIs(_ variable: String, value: String) -> String
  func decide(_ question: String) -> String
  func realTeamDecided(at tPlus: String) -> String

  // MARK: In a message's text
  /// What a message says in place of a name nobody holds: `[Incident lead: UNASSIGNED]`.
  func unassignedMark(_ role: String) -> String
  /// The part of `unassignedMark` that shows a posted text still has one.
  var unassignedTail: String { get }
  /// `[DRILL] ` before every message of a drill.
  var drillPrefix: String { get }
  /// A moment on another day, as a message or a screen states it: `2026-11-29 14:05`.
  func dateTime(_ time: Timestamp) -> String

  // MARK: Replay
  func replayOf(_ title: String, id: String, events: Int, pace: String?) -> String
  func later(_ span: String, skipped: Bool) -> String
  var replayDamaged: String { get }
  func tornLine(_ line: Int) -> String
  var replayEnd: String { get }
}

/// What Esc does, named in the console's hint line.
public enum HintEscape: Sendable { case back, acknowledge }

struct EnglishScreenWords: ScreenWords {
  let drillBanner = " DRILL: exercise, not a real incident "
  let drill = "DRILL"
  func severity(_ level: String) -> String { "severity \(level)" }
  let clockHeld = "clock held"
  let resolved = "resolved"
  func you(_ name: String) -> String { "you: \(name)" }
  let noRole = " (no role)"
  func notShared(_ count: Int, offline: Bool) -> String {
    (offline ? "offline, " : "") + "\(count) not shared yet"
  }

  func stepOf(_ number: Int, of total: Int, title: String) -> String {
    "Step \(number) of \(total): \(title)"
  }
  func owner(_ owner: String) -> String { "Owner: \(owner)" }
  func due(_ tPlus: String) -> String { "Due \(tPlus)" }
  func dueIn(_ tPlus: String, left: String) -> String { "Due \(tPlus), in \(left)" }
  func overdueBy(_ span: String) -> String { "OVERDUE by \(span)" }
  func wasDue(_ tPlus: String) -> String { " (was due \(tPlus))" }
  func repeats(every: String) -> String {
    "Repeats every \(every) until the incident is resolved"
  }
  let toDo = "To do"
  func question(_ text: String) -> String { "Question: \(text)" }
  let endOfPath = "end"
  let answered = "✓ answered"
  let answerHint = "a N answers"
  func finishedHere(skipped: Bool, by: String?) -> String {
    "✓ \(skipped ? "skipped" : "done")\(by.map { " by \($0)" } ?? ""); Enter shows where the incident is now"
  }
  let pathComplete = "Every step on the path is done."
  let keepPosting =
    "Keep posting updates on the promised cadence; type x to resolve when it is over."
  let noStepOpen = "No step is open. Type l for the steps, g STEP to open one."
  let messagesReady = "Messages, ready to post"
  func audience(_ audience: ChannelAudience) -> String { audience.rawValue }
  func characters(_ count: Int, limit: Int?) -> String {
    limit.map { "\(count)/\($0) characters" } ?? "\(count) characters"
  }
  let tooLong = "TOO LONG"
  func posted(at time: String) -> String { "posted \(time)" }
  let messageKeys = "m N [URL] posted · m N edit: change first · c N copy · k N URL link"
  func approvedBy(_ name: String) -> String { "✓ approved by \(name)" }
  func needsApproval(_ owner: String) -> String { "needs approval: \(owner) (ok N when given)" }
  func namesUnheldRole(_ roles: String, assignID: String) -> String {
    "names a role nobody holds: \(roles) (assign \(assignID) NAME)"
  }
  func claimsUndone(_ titles: [String]) -> String {
    "says \(titles.joined(separator: ", ")) \(titles.count == 1 ? "is" : "are") done; not yet: edit before posting (m N edit)"
  }
  func promisesUpdate(by time: String) -> String { "promises the next update by \(time)" }
  func openCount(_ count: Int) -> String { "Open (\(count)), most urgent first" }
  func moreOpen(_ count: Int) -> String { "  … \(count) more: i shows them all" }
  func lastPublicUpdate(ago: String) -> String { "Last public update \(ago) ago" }
  let noPublicUpdate = "No public update yet"
  let keyLine = "d done · s skip · a answer · m sent · c copy · n note · ? all commands"

  let injectBanner = " 📣 INJECT "
  let injectAck = "  (Esc or ack)"
  let nothingOwed = "Nothing owed right now."
  func moreOwed(_ count: Int) -> String { "… \(count) more owed: i lists them all" }
  func moreAbove(_ count: Int) -> String { "↑ \(count) more above (PgUp)" }
  func moreBelow(_ count: Int) -> String { "↓ \(count) more below (PgDn)" }
  let backToStep = "  (Esc: back to the step)"
  func moreLines(_ count: Int) -> String { "↓ \(count) more lines (PgDn)" }
  let latest = "latest"
  func hintLine(escape: HintEscape?) -> String {
    var keys = "Enter runs · ? commands · PgUp/PgDn scroll"
    switch escape {
    case .back?: keys += " · Esc back"
    case .acknowledge?: keys += " · Esc ack inject"
    case nil: break
    }
    return keys + " · Ctrl-D pause"
  }
  func narrowHintLine(escape: Bool) -> String {
    "? · PgUp/PgDn" + (escape ? " · Esc" : "") + " · ^D pause"
  }
  func acknowledged(_ injects: String) -> String { "Acknowledged: \(injects)" }
  let noInjectToAcknowledge = "No inject to acknowledge."
  let noClipboardHere = "No clipboard here; the text is shown above."
  let textToPost = "The text to post (if the clipboard stays empty, copy it from here)"
  let notMarkedPaused =
    "The incident was NOT marked paused; `crisis resume` continues it once the cause is fixed."

  func recorded(at time: String) -> String { "✓ recorded \(time)" }
  let notRecordedMark = "NOT recorded: "
  let nothingChanged =
    "Nothing changed. Fix the cause (disk space, permissions) and type the command again."
  func cannotFollow(_ error: String) -> String { "Cannot follow the log any more: \(error)" }
  func warning(_ problem: String) -> String { "warning: \(problem)" }
  func notRecorded(_ why: String) -> String { "Not recorded: \(why)" }
  let someoneWroteFirst = "someone else wrote first"
  func resolvedBy(_ name: String, at time: String) -> String { "Resolved by \(name) at \(time)" }
  func exportHint(_ id: String) -> String {
    "`crisis export \(id)` writes the timeline and the review."
  }
  let resolvedWord = "Resolved."
  let paused = "Paused. `crisis resume` continues where you left off."
  let noEditor = "No editor here; `sent N paste` records the text as you paste it."
  func nothingRecorded(_ reason: String) -> String { "Nothing recorded: \(reason)" }
  let copied = "Copied to the clipboard (OSC 52): paste it into the channel."
  let clipboardBlocked =
    "If nothing arrives, your terminal blocks clipboard access; copy it from here:"
  let noClipboard = "Not a terminal, so no clipboard; the text:"
  let scorecardTitle = "Drill scorecard"
  func stillOn(_ names: [String]) -> String {
    "Left. \(names.joined(separator: ", ")) \(names.count == 1 ? "is" : "are") still on "
      + "this incident, so it keeps running; `crisis resume` joins again."
  }

  let reasonPrompt = "reason> "
  func answerPrompt(_ count: Int) -> String { "answer 1-\(count)> " }
  let messagePrompt = "message number> "
  let summaryPrompt = "summary> "
  let resolvePrompt = "resolve? yes/no> "
  let pastePrompt = "paste, . ends> "
  let keepsDefault = " (Enter keeps the default)"
  let cancelledBeforeStart = "Cancelled before the incident started; nothing was written."
  func started(drill: Bool, id: String, path: String) -> String {
    " \(drill ? "drill" : "incident") \(id) started; log: \(path)"
  }
  func resumed(_ id: String) -> String { " resumed \(id)" }
  func joining(_ actor: String, since time: String) -> String {
    "joining: \(actor) is on this incident since \(time)"
  }
  func rehearsing(_ id: String, injects: Int) -> String {
    "Rehearsing \(id): \(injects) injects from what happened then."
  }
  func rehearsal(of title: String) -> String { "Rehearsal of \(title)" }
  func reports(_ actor: String) -> String { "\(actor) reports" }
  func newInformation(_ prompt: String) -> String { "New information: \(prompt)" }
  func nowIs(_ variable: String, value: String) -> String {
    "\(variable) is now \"\(value)\". What changes in your messages?"
  }
  func decide(_ question: String) -> String { "Decide: \(question)" }
  func realTeamDecided(at tPlus: String) -> String {
    "The real team had to decide this at \(tPlus). What do you decide, and who says it?"
  }

  func unassignedMark(_ role: String) -> String { "[\(role): UNASSIGNED]" }
  let unassignedTail = "UNASSIGNED]"
  let drillPrefix = "[DRILL] "
  func dateTime(_ time: Timestamp) -> String { Language.english.command.dateTime(time) }

  func replayOf(_ title: String, id: String, events: Int, pace: String?) -> String {
    "Replay of \(title) (\(id), \(events) events"
      + (pace.map { ", \($0)× speed)" } ?? ", Enter for the next, q to stop)")
  }
  func later(_ span: String, skipped: Bool) -> String {
    "   … \(span) later\(skipped ? " (skipped ahead)" : "") …"
  }
  let replayDamaged = "Stopped: the log is damaged after this point: "
  func tornLine(_ line: Int) -> String {
    "The log ends with a torn line \(line) (a crash during a write); it was skipped."
  }
  let replayEnd = "End of the recording."
}

extension Language {
  /// The words of the walkthrough's screens in this language.
  public var screen: any ScreenWords {
    self == .german ? GermanScreenWords() : EnglishScreenWords()
  }
}
