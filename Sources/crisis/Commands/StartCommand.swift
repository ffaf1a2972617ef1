import CrisisKit

/// `crisis start` and `crisis drill`: open a playbook, ask its variables, create the log and
/// walk the operator through it.
enum StartCommand {
  static let severity = ParsedOption<Severity>(
    .init(
      "--severity", value: "LEVEL", help: "low, medium, high or critical (default: the playbook's)"),
    complaint: { $1.unknownSeverity($0) },
    parse: { Severity(rawValue: $0.lowercased()) })

  static let sinceOption = CommandSpec.Option(
    "--since", value: "TIME",
    help: "when it became known, if earlier (16:52, -20m): deadlines count from then")

  /// `--since`, read against the time now: T0 as `note --at` takes a time, at most 30 days
  /// back.
  static func since(now: Timestamp) -> ParsedOption<Timestamp> {
    ParsedOption(
      sinceOption, reading: { IncidentSince.read($0, now: now) }, complaint: { $0.message($1) })
  }

  /// What `start` and `drill` both say about `--since`.
  static let sinceDiscussion = """
    --since TIME says when the incident became known, if that was before this command: 16:52
    (today), -20m (twenty minutes ago) or an RFC 3339 time, not in the future and at most 30
    days back. T+ and every deadline count from then, so a step due at 15m is already overdue
    when the incident is opened 20 minutes late.
    """

  static let sharedOptions: [CommandSpec.Option] = [
    .init("--title", value: "TITLE", help: "the incident's title (default: the playbook's)"),
    severity.spec,
    .init(
      "--var", value: "NAME=VALUE", repeatable: true, help: "set a variable instead of being asked"),
    .init(
      "--as", value: "NAME",
      help: "your name in the log (default: the last --as, else your login name)"),
    WalkthroughRunner.plainOption,
    .init(
      "--log-dir", value: "DIR", help: "where logs go (default: $CRISIS_LOG_DIR or ./incidents)"),
    .init("--playbooks", value: "DIR", help: "where to look for playbooks by name"),
    sinceOption,
  ]

  static let command = CrisisCLI.Command(
    spec: CommandSpec(
      "start",
      synopsis:
        "[PLAYBOOK] [--title T] [--severity S] [--var k=v]... [--as NAME] [--log-dir DIR] "
        + "[--since TIME]",
      summary: "start an incident and be walked through its playbook",
      discussion: """
        PLAYBOOK is a file or a name from the playbook folders (--playbooks, $CRISIS_PLAYBOOKS,
        ./Playbooks); without it you pick from a list. Every action is written to the
        incident's log before the screen says it is recorded. Type ? at the prompt for the
        commands; Ctrl-D pauses, `crisis resume` continues.
        """ + "\n\n" + sinceDiscussion,
      options: sharedOptions, positionals: 0...1),
    run: { args, console in try run(args, console, mode: .live) })

  static func run(
    _ args: ParsedArguments, _ console: Console, mode: IncidentMode, speed: Double = 1
  ) throws {
    // A mistyped option fails before the playbook menu asks anything.
    _ = try severity.value(in: args)
    _ = try since(now: Operator.clock().now()).value(in: args)
    _ = try LanguageChoice.option.value(in: args)
    let terminal = SystemTerminal()
    let catalog = PlaybookCatalog.standard(option: args.value("--playbooks"))
    if args.positionals.isEmpty { console.flush() }
    guard
      let path = try PlaybookMenu.choose(
        args.positionals.first, catalog: catalog, terminal: terminal,
        language: try LanguageChoice.language(args))
    else { throw CommandFailure.shown }
    let loaded = PlaybookLoader.load(path: path)
    let playbook = try loaded.valid(path: path)
    try begin(
      IncidentOpening(
        playbook: playbook, playbookPath: path, playbookBytes: loaded.bytes, mode: mode,
        speed: speed),
      args, console, terminal: terminal)
  }

  /// Applies the command line to `opening` (title, severity, T0, variables), asks the
  /// remaining variables, creates the log and runs the walkthrough.
  static func begin(
    _ opening: IncidentOpening, _ args: ParsedArguments, _ console: Console,
    terminal: SystemTerminal
  ) throws {
    var opening = opening
    opening.language = try LanguageChoice.language(args, playbook: opening.playbook)
    // One clock for --since, the answers' times and the log: `$CRISIS_NOW` moves them all.
    let clock = Operator.clock()
    if let title = args.value("--title") { opening.title = title }
    if let severity = try severity.value(in: args) { opening.severity = severity }
    if let since = try since(now: clock.now()).value(in: args) { opening.since = since }
    let given = try IncidentOpening.givenVariables(
      args.all("--var"), playbook: opening.playbook, now: clock.now(),
      words: opening.language.prompts)
    let directory = IncidentDirectory.resolve(option: args.value("--log-dir"))
    try IncidentLog.checkWritable(directory: directory)
    if opening.mode == .live {
      // Two people of one team starting the same crisis twice (on two laptops of a team
      // directory, or two terminals) split its record: say how to join instead. A notice,
      // not a question: the first minutes are not for answering the tool.
      let open = IncidentDirectory.summaries(in: directory).incidents.filter {
        $0.mode == .live && $0.status != .resolved
      }
      for incident in IncidentSelection.newestFirst(open).prefix(3) {
        console.printWrapped(
          TerminalText.sanitize(
            opening.language.command.alreadyOpen(
              id: incident.id, title: incident.title,
              at: incident.startedAt?.clockTime ?? "?")))
      }
    }
    console.flush()

    guard
      let values = VariableQuestions.ask(
        opening.playbook, given: given, terminal: terminal, clock: clock,
        language: opening.language)
    else { throw CommandFailure.shown }
    opening.variables = values
    var opened = try opening.open(
      in: directory, clock: clock, actor: Operator.name(args.value("--as")),
      random: Operator.randomSuffix)
    let words = opening.language.screen
    terminal.writeLine(
      terminal.styles.green(words.recorded(at: opened.event.ts.clockTimeWithSeconds))
        + TerminalText.sanitize(
          words.started(
            drill: opening.mode == .drill, id: opened.event.incident, path: opened.path)))
    let (joined, seat) = Operator.seat()
    try opened.join(joined)
    // Without a follower the walkthrough still works, it only misses the others' events.
    try WalkthroughRunner.run(
      opened, args, terminal: terminal, clock: clock,
      follower: BackgroundSync.sharing(opened.recorder.feed()), seat: seat)
  }
}
