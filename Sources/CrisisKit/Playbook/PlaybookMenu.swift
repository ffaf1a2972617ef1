/// `crisis start` and `crisis drill` without a PLAYBOOK: the playbooks found on the search
/// path as a numbered list, picked by number or name.
public enum PlaybookMenu {
  /// The path of the playbook `argument` names, or, without one, of the operator's pick.
  /// Nil when input ends before a pick. Throws when the name or the search path finds
  /// nothing.
  public static func choose(
    _ argument: String?, catalog: PlaybookCatalog, terminal: any Terminal,
    language: Language = .english
  ) throws(CommandFailure) -> String? {
    let words = language.prompts
    if let argument {
      guard let path = catalog.resolve(argument) else {
        throw .input(catalog.notFound(argument))
      }
      return path
    }
    let entries = catalog.entries()
    guard !entries.isEmpty else { throw .input("no playbooks found in \(catalog.noneFound)") }
    let styles = terminal.styles
    terminal.writeLine(styles.bold(words.whichPlaybook))
    for (i, entry) in entries.enumerated() {
      let title = PlaybookLoader.load(path: entry.path).playbook?.title ?? ""
      let number = i + 1 < 10 ? " \(i + 1)" : "\(i + 1)"
      terminal.writeLine(
        "  \(number)) \(TerminalText.sanitize(title))  "
          + styles.dim("[\(TerminalText.sanitize(entry.name))]"))
    }
    while true {
      switch terminal.readLine(prompt: styles.bold(words.numberOrName)) {
      case .line(let line):
        let choice = line.trimmingCharacters(in: " ")
        if let n = Int(choice), n >= 1, n <= entries.count { return entries[n - 1].path }
        if let entry = entries.first(where: { $0.name == choice }) { return entry.path }
        terminal.writeLine(styles.yellow(words.pickNumber(entries.count)))
      case .endOfInput, .interrupted:
        terminal.writeLine("")
        return nil
      }
    }
  }
}
