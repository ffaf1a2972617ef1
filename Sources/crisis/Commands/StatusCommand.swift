import CrisisKit

/// `crisis status [ID] [--json]`: where the incident stands, from its log.
enum StatusCommand {
  static let command = CrisisCLI.Command(
    spec: CommandSpec(
      "status", synopsis: "[ID] [--json] [--log-dir DIR]",
      summary: "where it stands: step, owners, overdue, next update due",
      options: [.init("--json", help: "print the status as JSON"), IncidentCommand.logDirOption],
      positionals: 0...1),
    run: run)

  static func run(_ args: ParsedArguments, _ console: Console) throws {
    let file = try IncidentCommand.open(args.positionals.first, args, console)
    guard let playbook = file.state.playbook else { throw CommandFailure.shown }
    let now = Operator.clock().now()
    let elapsed = IncidentClock.resuming(file.state, at: now, running: true).elapsed(at: now)
    let language = try LanguageChoice.language(args, playbook: playbook)
    var report = StatusReport(
      agenda: Agenda(playbook: playbook, state: file.state, language: language),
      elapsed: elapsed,
      // A team incident's consoles run on several machines, whose processes this one cannot
      // see: who is on it comes from the log alone, the same on every machine.
      operators: file.team == nil ? OperatorLiveness.system.others(in: file.state, than: nil) : nil)
    if let team = file.team {
      let directory = FileSystem.directory(of: file.path)
      if TeamChains.isTeamDirectory(directory) {
        report.unshared = TeamSync.unshared(
          in: directory, device: team.device,
          incident: TeamChains.incidentID(ofFolder: file.path))
      }
    }
    if args.flag("--json") {
      console.print(JSONWriter(indent: 2).string(report.json()))
    } else {
      for line in report.lines() { console.printWrapped(TerminalText.sanitize(line)) }
    }
  }
}
