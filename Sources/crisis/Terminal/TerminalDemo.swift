import CrisisKit

/// A hidden playground for `SystemTerminal`: a prompt with a timer, to try line editing,
/// ticks above a half-typed line, Ctrl-C/Ctrl-Z/Ctrl-D and the clipboard by hand (or
/// through tmux). Not part of the command-line surface; wire it to a hidden command or call
/// it from a scratch `main.swift`.
///
/// Commands at its prompt: `copy TEXT` (OSC 52), `wrap TEXT` (shows `DisplayWidth.wrap` at
/// the screen width), `quit`. Anything else is echoed with its width in columns.
enum TerminalDemo {
  /// Runs until `quit`, Ctrl-D or end of input; returns the exit code. A tick line appears
  /// every `tickEvery` ticks of `tick` seconds.
  static func run(tick: Double = 1, tickEvery: Int = 3) -> Int32 {
    let terminal = SystemTerminal()
    let styles = terminal.styles
    terminal.writeLine(
      styles.bold("terminal demo")
        + styles.dim(
          " interactive=\(terminal.isInteractive) width=\(terminal.width) colour=\(styles.isEnabled)"
        ))
    var ticks = 0
    while true {
      let input = terminal.readLine(prompt: styles.cyan("demo") + " › ", tick: tick) {
        ticks += 1
        guard ticks % max(tickEvery, 1) == 0 else { return [] }
        return [styles.yellow("⏰ tick \(ticks)") + " (reminders appear here)"]
      }
      switch input {
      case .endOfInput:
        terminal.writeLine("end of input")
        return 0
      case .interrupted:
        terminal.writeLine(styles.red("interrupted") + " (Ctrl-C); type quit to leave")
      case .line(let raw):
        let line = TerminalText.sanitize(raw)
        if line == "quit" { return 0 }
        if line.hasPrefix("copy ") {
          let copied = terminal.copyToClipboard(String(line.dropFirst(5)))
          terminal.writeLine(copied ? "sent to the clipboard (OSC 52)" : "not a terminal")
        } else if line.hasPrefix("wrap ") {
          for row in DisplayWidth.wrap(String(line.dropFirst(5)), width: terminal.width) {
            terminal.writeLine(styles.inverse(row))
          }
        } else {
          terminal.writeLine(
            "got [\(line)] \(DisplayWidth.of(line)) columns, \(line.count) characters")
        }
      }
    }
  }
}
