/// Before an incident starts, the operator answers the playbook's variables that were not
/// given with `--var` (Enter keeps the default), so the first messages are right. Asked
/// before the log exists, so cancelling leaves nothing behind.
public enum VariableQuestions {
  /// Every variable in playbook order: given ones as given, the others as answered (trimmed;
  /// empty means the default). Nil when input ends first (Ctrl-D, Ctrl-C, end of a pipe):
  /// the operator has been told that nothing was written.
  public static func ask(
    _ playbook: Playbook, given: [String: String], terminal: any Terminal
  ) -> [(String, String)]? {
    let styles = terminal.styles
    if playbook.variables.contains(where: { given[$0.id] == nil }) {
      terminal.writeLine(
        styles.bold(TerminalText.sanitize(playbook.title))
          + styles.dim(" (Enter keeps the default)"))
    }
    var values: [(String, String)] = []
    for variable in playbook.variables {
      if let value = given[variable.id] {
        values.append((variable.id, value))
        continue
      }
      let defaultText = variable.defaultValue.map { " [\(TerminalText.sanitize($0))]" } ?? ""
      switch terminal.readLine(prompt: TerminalText.sanitize(variable.prompt) + defaultText + " ") {
      case .line(let line):
        let trimmed = line.trimmingCharacters(in: " ")
        values.append((variable.id, trimmed.isEmpty ? variable.defaultValue ?? "" : trimmed))
      case .endOfInput, .interrupted:
        terminal.writeLine("")
        terminal.writeLine("Cancelled before the incident started; nothing was written.")
        return nil
      }
    }
    return values
  }
}
