/// Before an incident starts, the operator answers the playbook's variables that were not
/// given with `--var` (Enter keeps the default), so the first messages are right. Asked
/// before the log exists, so cancelling leaves nothing behind.
public enum VariableQuestions {
  /// Every variable in playbook order: given ones as given, the others as answered (trimmed;
  /// empty means the default). A `type: time` answer (or default) is read as a past moment
  /// against `clock` when it is given and stored as RFC 3339 (`Variable.value(from:now:)`);
  /// one that is not a time, or empty without a default, is asked again with the reason.
  /// Nil when input ends first (Ctrl-D, Ctrl-C, end of a pipe): the operator has been told
  /// that nothing was written.
  public static func ask(
    _ playbook: Playbook, given: [String: String], terminal: any Terminal, clock: any WallClock,
    language: Language = .english
  ) -> [(String, String)]? {
    let styles = terminal.styles
    let words = language.screen
    if playbook.variables.contains(where: { given[$0.id] == nil && !startsAtDefault($0) }) {
      terminal.writeLine(
        styles.bold(TerminalText.sanitize(playbook.title))
          + styles.dim(words.keepsDefault))
    }
    var values: [(String, String)] = []
    for variable in playbook.variables {
      if let value = given[variable.id] {
        values.append((variable.id, value))
        continue
      }
      if startsAtDefault(variable), let value = variable.defaultValue {
        values.append((variable.id, value))
        continue
      }
      guard let value = answer(variable, terminal: terminal, clock: clock, words: language.prompts)
      else {
        terminal.writeLine("")
        terminal.writeLine(words.cancelledBeforeStart)
        return nil
      }
      values.append((variable.id, value))
    }
    return values
  }

  /// Whether a variable is not asked at the start and takes its default: a fact on the fact
  /// sheet that only its role may confirm (`set_by:`), whose default is the safe wording
  /// ("We are checking whether orders are affected"). Asking it in the first minute would
  /// invite whoever starts the incident to type a promise only IT or finance can make; the
  /// role sets it later with `set`.
  public static func startsAtDefault(_ variable: Variable) -> Bool {
    variable.setBy != nil && variable.type == .text && variable.defaultValue != nil
  }

  /// One variable's value, asked until it is one; nil when input ends first.
  private static func answer(
    _ variable: Variable, terminal: any Terminal, clock: any WallClock, words: any PromptWords
  ) -> String? {
    let styles = terminal.styles
    let defaultText = variable.defaultValue.map { " [\(TerminalText.sanitize($0))]" } ?? ""
    let prompt = TerminalText.sanitize(variable.prompt) + defaultText + " "
    while true {
      let answer: String
      switch terminal.readLine(prompt: prompt) {
      case .line(let line):
        let trimmed = line.trimmingCharacters(in: " ")
        answer = trimmed.isEmpty ? variable.defaultValue ?? "" : trimmed
      case .endOfInput, .interrupted:
        return nil
      }
      let reason: String
      if variable.type == .time, answer.isEmpty {
        reason = words.needsTime(variable.id)
      } else {
        switch variable.value(from: answer, now: clock.now()) {
        case .success(let value): return value
        case .failure(let failure): reason = variable.explanation(of: failure, words: words)
        }
      }
      terminal.writeLine(styles.yellow(TerminalText.sanitize(reason)))
    }
  }
}
