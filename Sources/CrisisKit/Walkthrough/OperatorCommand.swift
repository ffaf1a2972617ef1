/// What the operator can type at the walkthrough prompt. Each command has a one-letter
/// shortcut; `?` lists them. Parsing is pure: a line in, a command or a hint out.
public enum OperatorCommand: Equatable, Sendable {
  case done
  case skip(reason: String?)
  case note(String)
  case answer(String?)
  /// Mark a message as posted: which one (number, template or channel id), the post's link,
  /// and whether the text went out as shown, edited first, or pasted as it was posted.
  case sent(which: String?, url: String?, text: PostedText)
  /// Add the link to a message posted earlier (`message.linked`), not a second post.
  case link(which: String?, url: String)
  /// The approval a message needs, given by NAME (default: whoever types it).
  case approve(which: String?, by: String?)
  /// A channel is down or compromised (with why), or back.
  case channelDown(channel: String, reason: String)
  case channelUp(channel: String)
  case copy(which: String?)
  case set(variable: String, value: String)
  case assign(role: String, name: String)
  case goto(String)
  case list
  case status
  case severity(String)
  case pause
  case resolve(summary: String?)
  case help
  case refresh
  /// Drills: a facilitator's ad-hoc inject, holding / releasing the clock, jumping ahead.
  case inject(String)
  case hold
  case release
  case wait(Duration)

  /// How the text of a post is recorded.
  public enum PostedText: Equatable, Sendable {
    /// Exactly as shown.
    case asShown
    /// Opened in `$EDITOR` first; what is saved is recorded.
    case edit
    /// Pasted at the prompt as it was posted, ended by a line with a single `.`.
    case paste
  }

  /// The table `?` prints and the parser reads: name, shortcut, arguments (what each does
  /// is `PromptWords.commandHelp`, in the operator's language).
  public struct Spec: Sendable {
    public var name: String
    public var shortcut: String
    public var arguments: String
    /// Listed and accepted only in a drill.
    public var drillOnly = false
  }

  public static let table: [Spec] = [
    Spec(
      name: "done", shortcut: "d", arguments: ""),
    Spec(
      name: "skip", shortcut: "s", arguments: "[REASON]"),
    Spec(
      name: "answer", shortcut: "a", arguments: "[N]"),
    Spec(
      name: "sent", shortcut: "m", arguments: "[N] [URL] [edit|paste]"),
    Spec(
      name: "link", shortcut: "k", arguments: "[N] URL"),
    Spec(
      name: "approve", shortcut: "ok", arguments: "[N] [NAME]"),
    Spec(
      name: "copy", shortcut: "c", arguments: "[N]"),
    Spec(
      name: "note", shortcut: "n", arguments: "TEXT"),
    Spec(
      name: "set", shortcut: "v", arguments: "VAR VALUE"),
    Spec(
      name: "assign", shortcut: "r", arguments: "ROLE NAME"),
    Spec(name: "goto", shortcut: "g", arguments: "STEP"),
    Spec(
      name: "list", shortcut: "l", arguments: ""),
    Spec(
      name: "status", shortcut: "i", arguments: ""),
    Spec(
      name: "down", shortcut: "down", arguments: "CHANNEL REASON"),
    Spec(name: "up", shortcut: "up", arguments: "CHANNEL"),
    Spec(
      name: "severity", shortcut: "e", arguments: "LEVEL"),
    Spec(
      name: "pause", shortcut: "p", arguments: ""),
    Spec(
      name: "resolve", shortcut: "x", arguments: "[SUMMARY]"),
    Spec(
      name: "end", shortcut: "end", arguments: "[SUMMARY]", drillOnly: true),
    Spec(
      name: "inject", shortcut: "j", arguments: "TEXT",
      drillOnly: true),
    Spec(name: "hold", shortcut: "h", arguments: "", drillOnly: true),
    Spec(
      name: "go", shortcut: "o", arguments: "", drillOnly: true),
    Spec(
      name: "wait", shortcut: "w", arguments: "DURATION", drillOnly: true),
    Spec(name: "help", shortcut: "?", arguments: ""),
  ]

  /// Parses one line. Returns a one-line hint for anything it cannot use.
  public static func parse(
    _ line: String, drill: Bool, words: any PromptWords = Language.english.prompts
  ) -> Result<OperatorCommand, Hint> {
    let trimmed = line.trimmingSpaces()
    if trimmed.isEmpty { return .success(.refresh) }
    let (word, rest) = splitFirstWord(trimmed)
    let lowered = word.lowercased()
    guard let spec = table.first(where: { $0.name == lowered || $0.shortcut == lowered }) else {
      let names = table.filter { drill || !$0.drillOnly }.map(\.name)
      let guess = EditDistance.suggestion(for: lowered, among: names)
      return .failure(Hint(words.unknownCommand(word, suggestion: guess)))
    }
    if spec.drillOnly && !drill { return .failure(Hint(words.drillOnly(spec.name))) }
    let argument = rest.isEmpty ? nil : rest
    switch spec.name {
    case "done": return .success(.done)
    case "skip": return .success(.skip(reason: argument))
    case "answer": return .success(.answer(argument))
    case "note":
      guard let argument else { return .failure(Hint(words.noteNeedsText)) }
      return .success(.note(argument))
    case "sent":
      var which: String?
      var url: String?
      var text = PostedText.asShown
      for part in rest.split(separator: " ").map(String.init) {
        if isURL(part) {
          url = part
        } else if part.lowercased() == "edit" {
          text = .edit
        } else if part.lowercased() == "paste" {
          text = .paste
        } else if which == nil {
          which = part
        } else {
          return .failure(Hint(words.sentUsage(part)))
        }
      }
      return .success(.sent(which: which, url: url, text: text))
    case "link":
      var which: String?
      var url: String?
      for part in rest.split(separator: " ").map(String.init) {
        if isURL(part) { url = part } else if which == nil { which = part }
      }
      guard let url else { return .failure(Hint(words.linkUsage)) }
      return .success(.link(which: which, url: url))
    case "approve":
      let (first, name) = splitFirstWord(rest)
      if first.isEmpty { return .success(.approve(which: nil, by: nil)) }
      if Int(first) != nil {
        return .success(.approve(which: first, by: name.isEmpty ? nil : name))
      }
      return .success(.approve(which: nil, by: rest))
    case "down":
      let (channel, reason) = splitFirstWord(rest)
      guard !channel.isEmpty, !reason.isEmpty else {
        return .failure(Hint(words.downUsage))
      }
      return .success(.channelDown(channel: channel, reason: reason))
    case "up":
      guard let argument else { return .failure(Hint(words.upUsage)) }
      return .success(.channelUp(channel: argument))
    case "copy": return .success(.copy(which: argument))
    case "set":
      let (name, value) = splitFirstWord(rest)
      guard !name.isEmpty, !value.isEmpty else { return .failure(Hint(words.setUsage)) }
      return .success(.set(variable: name, value: value))
    case "assign":
      let (role, name) = splitFirstWord(rest)
      guard !role.isEmpty, !name.isEmpty else { return .failure(Hint(words.assignUsage)) }
      return .success(.assign(role: role, name: name))
    case "goto":
      guard let argument else { return .failure(Hint(words.gotoUsage)) }
      return .success(.goto(argument))
    case "list": return .success(.list)
    case "status": return .success(.status)
    case "severity":
      guard let argument else { return .failure(Hint(words.severityUsage)) }
      return .success(.severity(argument))
    case "pause": return .success(.pause)
    case "resolve", "end": return .success(.resolve(summary: argument))
    case "inject":
      guard let argument else { return .failure(Hint(words.injectNeedsText)) }
      return .success(.inject(argument))
    case "hold": return .success(.hold)
    case "go": return .success(.release)
    case "wait":
      guard let argument, let duration = Duration.parse(argument), duration > .zero else {
        return .failure(Hint(words.waitUsage))
      }
      return .success(.wait(duration))
    default: return .success(.help)
    }
  }

  /// A post's address: a scheme, or `www.`.
  static func isURL(_ word: String) -> Bool {
    word.contains("://") || word.lowercased().hasPrefix("www.")
  }

  /// A short message shown under the prompt when a line could not be used.
  public struct Hint: Error, Equatable, Sendable {
    public var text: String
    public init(_ text: String) { self.text = text }
  }

  static func splitFirstWord(_ text: String) -> (String, String) {
    let trimmed = text.trimmingSpaces()
    guard let space = trimmed.firstIndex(where: { $0 == " " || $0 == "\t" }) else {
      return (trimmed, "")
    }
    return (String(trimmed[..<space]), String(trimmed[space...]).trimmingSpaces())
  }
}
