import CrisisKit

/// `crisis start` and `crisis drill`: open a playbook, ask its variables, create the log and
/// walk the operator through it.
enum StartCommand {
  static let sharedOptions: [CommandSpec.Option] = [
    .init("--title", value: "TITLE", help: "the incident's title (default: the playbook's)"),
    .init(
      "--severity", value: "LEVEL", help: "low, medium, high or critical (default: the playbook's)"),
    .init(
      "--var", value: "NAME=VALUE", repeatable: true, help: "set a variable instead of being asked"),
    .init("--as", value: "NAME", help: "your name in the log (default: your login name)"),
    .init(
      "--log-dir", value: "DIR", help: "where logs go (default: $CRISIS_LOG_DIR or ./incidents)"),
    .init("--playbooks", value: "DIR", help: "where to look for playbooks by name"),
  ]

  static let command = CrisisCLI.Command(
    spec: CommandSpec(
      "start",
      synopsis: "[PLAYBOOK] [--title T] [--severity S] [--var k=v]... [--as NAME] [--log-dir DIR]",
      summary: "start an incident and be walked through its playbook",
      discussion: """
        PLAYBOOK is a file or a name from the playbook folders (--playbooks, $CRISIS_PLAYBOOKS,
        ./Playbooks); without it you pick from a list. Every action is written to the
        incident's log before the screen says it is recorded. Type ? at the prompt for the
        commands; Ctrl-D pauses, `crisis resume` continues.
        """,
      options: sharedOptions, positionals: 0...1),
    run: { args, console in run(args, console, mode: .live) })

  static func run(
    _ args: ParsedArguments, _ console: Console, mode: IncidentMode, speed: Double = 1
  ) -> Int32 {
    let terminal = SystemTerminal()
    let clock = Operator.clock()
    let actor = Operator.name(args.value("--as"))
    let catalog = PlaybookCatalog.standard(option: args.value("--playbooks"))

    guard
      let path = pickPlaybook(
        args.positionals.first, catalog: catalog, terminal: terminal, console: console)
    else { return 1 }
    let loaded = PlaybookLoader.load(path: path)
    guard let playbook = loaded.playbook, !loaded.hasErrors else {
      for d in loaded.diagnostics where d.severity == .error { console.error(d.description) }
      console.error(
        "crisis: error: \(path) has errors; fix them (crisis lint \(path)) before starting")
      return 1
    }
    return begin(
      playbook: playbook, bytes: loaded.bytes, path: path, args, console, mode: mode, speed: speed,
      terminal: terminal, clock: clock, actor: actor)
  }

  /// Asks the variables, creates the log and runs the walkthrough for a checked playbook.
  static func begin(
    playbook: Playbook, bytes: [UInt8], path: String, _ args: ParsedArguments, _ console: Console,
    mode: IncidentMode, speed: Double, terminal: SystemTerminal, clock: any Clock, actor: String,
    title: String? = nil,
    scenario: (injects: [IncidentStarted.ScenarioInject], rehearses: String)? = nil
  ) -> Int32 {
    var severity = playbook.severity
    if let text = args.value("--severity") {
      guard let s = Severity(rawValue: text.lowercased()) else {
        return CrisisCLI.usageError(
          UsageError(
            "unknown severity '\(text)'; use low, medium, high or critical", command: "start"),
          console)
      }
      severity = s
    }
    var given: [String: String] = [:]
    for pair in args.all("--var") {
      guard let eq = pair.firstIndex(of: "="), eq != pair.startIndex else {
        return CrisisCLI.usageError(
          UsageError("--var takes NAME=VALUE, got '\(pair)'", command: "start"), console)
      }
      let name = String(pair[..<eq])
      guard playbook.variable(name) != nil else {
        let known = playbook.variables.map(\.id)
        let guess =
          EditDistance.suggestion(for: name, among: known).map { "; did you mean '\($0)'?" } ?? ""
        return CrisisCLI.usageError(
          UsageError(
            "playbook \(playbook.id) has no variable '\(name)'\(guess) (variables: \(known.joined(separator: ", ")))",
            command: "start"),
          console)
      }
      given[name] = String(pair[pair.index(after: eq)...])
    }

    let directory = IncidentDirectory.resolve(option: args.value("--log-dir"))
    do {
      try IncidentLog.checkWritable(directory: directory)
    } catch {
      console.error("crisis: error: \(error.description)")
      return 1
    }
    console.flush()

    // Variables: asked now, so the first messages are right.
    var values: [(String, String)] = []
    let styles = terminal.styles
    if playbook.variables.contains(where: { given[$0.id] == nil }) {
      terminal.writeLine(
        styles.bold(TerminalText.sanitize(playbook.title))
          + styles.dim(" (Enter keeps the default)"))
    }
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
        return 1
      }
    }

    let text = String(decoding: bytes, as: UTF8.self)
    let started = IncidentStarted(
      title: args.value("--title") ?? title ?? playbook.title, severity: severity,
      playbook: IncidentStarted.EmbeddedPlaybook(
        path: path, sha256: SHA256.hex(of: bytes), text: text),
      variables: values, speed: mode == .drill ? speed : nil, injects: scenario?.injects,
      rehearses: scenario?.rehearses)
    let recorder: IncidentRecorder
    let first: IncidentEvent
    do {
      (recorder, first) = try IncidentRecorder.start(
        in: directory, playbook: playbook.id, mode: mode, actor: actor, clock: clock,
        random: Operator.randomSuffix, first: EventDraft(.incidentStarted(started)))
    } catch {
      terminal.writeError("crisis: error: \(error.description)\n")
      return 1
    }
    var state = IncidentState(playbook: playbook)
    state.apply(first)
    let incidentClock: IncidentClock =
      mode == .drill ? .drill(elapsed: 0, at: first.ts, speed: speed) : .live(startedAt: first.ts)
    terminal.writeLine(
      styles.green("✓ recorded \(first.ts.clockTimeWithSeconds)")
        + " \(mode == .drill ? "drill" : "incident") \(recorder.incident) started; log: "
        + recorder.log.path)
    let session = WalkthroughSession(
      playbook: playbook, state: state, clock: incidentClock, actor: actor)
    return WalkthroughLoop(session: session, recorder: recorder, terminal: terminal, clock: clock)
      .run()
  }

  /// The playbook path from the argument, or the operator's pick from the list.
  static func pickPlaybook(
    _ argument: String?, catalog: PlaybookCatalog, terminal: any Terminal, console: Console
  ) -> String? {
    if let argument {
      if let path = catalog.resolve(argument) { return path }
      console.error("crisis: error: \(catalog.notFound(argument))")
      return nil
    }
    let entries = catalog.entries()
    guard !entries.isEmpty else {
      console.error("crisis: error: no playbooks found in \(catalog.noneFound)")
      return nil
    }
    console.flush()
    let styles = terminal.styles
    terminal.writeLine(styles.bold("Which playbook?"))
    for (i, entry) in entries.enumerated() {
      let title = PlaybookLoader.load(path: entry.path).playbook?.title ?? ""
      let number = "\(i + 1)".count < 2 ? " \(i + 1)" : "\(i + 1)"
      terminal.writeLine(
        "  \(number)) \(TerminalText.sanitize(title))  " + styles.dim("[\(entry.name)]"))
    }
    while true {
      switch terminal.readLine(prompt: styles.bold("number or name> ")) {
      case .line(let line):
        let choice = line.trimmingCharacters(in: " ")
        if let n = Int(choice), n >= 1, n <= entries.count { return entries[n - 1].path }
        if let entry = entries.first(where: { $0.name == choice }) { return entry.path }
        terminal.writeLine(
          styles.yellow("Type a number from 1 to \(entries.count), or a playbook's name."))
      case .endOfInput, .interrupted:
        terminal.writeLine("")
        return nil
      }
    }
  }
}

extension String {
  /// Without leading and trailing `character`s.
  func trimmingCharacters(in character: Character) -> String {
    var s = Substring(self)
    while s.first == character { s.removeFirst() }
    while s.last == character { s.removeLast() }
    return String(s)
  }
}
