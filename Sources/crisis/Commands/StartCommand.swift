import CrisisKit

/// `crisis start` and `crisis drill`: open a playbook, ask its variables, create the log and
/// walk the operator through it.
enum StartCommand {
  static let severity = ParsedOption<Severity>(
    .init(
      "--severity", value: "LEVEL", help: "low, medium, high or critical (default: the playbook's)"),
    complaint: { "unknown severity '\($0)'; use low, medium, high or critical" },
    parse: { Severity(rawValue: $0.lowercased()) })

  static let sharedOptions: [CommandSpec.Option] = [
    .init("--title", value: "TITLE", help: "the incident's title (default: the playbook's)"),
    severity.spec,
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
    run: { args, console in try run(args, console, mode: .live) })

  static func run(
    _ args: ParsedArguments, _ console: Console, mode: IncidentMode, speed: Double = 1
  ) throws {
    let terminal = SystemTerminal()
    let catalog = PlaybookCatalog.standard(option: args.value("--playbooks"))
    if args.positionals.isEmpty { console.flush() }
    guard
      let path = try PlaybookMenu.choose(
        args.positionals.first, catalog: catalog, terminal: terminal)
    else { throw CommandFailure.shown }
    let loaded = PlaybookLoader.load(path: path)
    let playbook = try loaded.valid(path: path)
    try begin(
      IncidentOpening(
        playbook: playbook, playbookPath: path, playbookBytes: loaded.bytes, mode: mode,
        speed: speed),
      args, console, terminal: terminal)
  }

  /// Applies the command line to `opening` (title, severity, variables), asks the remaining
  /// variables, creates the log and runs the walkthrough.
  static func begin(
    _ opening: IncidentOpening, _ args: ParsedArguments, _ console: Console,
    terminal: SystemTerminal
  ) throws {
    var opening = opening
    if let title = args.value("--title") { opening.title = title }
    if let severity = try severity.value(in: args) { opening.severity = severity }
    // One clock for the answers' times and the log: `$CRISIS_NOW` moves both.
    let clock = Operator.clock()
    let given = try IncidentOpening.givenVariables(
      args.all("--var"), playbook: opening.playbook, now: clock.now())
    let directory = IncidentDirectory.resolve(option: args.value("--log-dir"))
    try IncidentLog.checkWritable(directory: directory)
    console.flush()

    guard
      let values = VariableQuestions.ask(
        opening.playbook, given: given, terminal: terminal, clock: clock)
    else { throw CommandFailure.shown }
    opening.variables = values
    let opened = try opening.open(
      in: directory, clock: clock, actor: Operator.name(args.value("--as")),
      random: Operator.randomSuffix)
    let kind = opening.mode == .drill ? "drill" : "incident"
    terminal.writeLine(
      terminal.styles.green("✓ recorded \(opened.event.ts.clockTimeWithSeconds)")
        + TerminalText.sanitize(" \(kind) \(opened.event.incident) started; log: \(opened.path)"))
    try WalkthroughLoop(
      session: opened.session, recorder: opened.recorder, terminal: terminal, clock: clock
    ).run()
  }
}
