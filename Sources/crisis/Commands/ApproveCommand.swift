import CrisisKit

/// `crisis approve [-i ID] TEMPLATE [--as NAME]`: the holder of the role a message needs
/// approval from approves it, from any terminal, while the walkthrough runs elsewhere. The
/// log's lock keeps both writers in order.
enum ApproveCommand {
  static let command = CrisisCLI.Command(
    spec: CommandSpec(
      "approve", synopsis: "[-i ID] TEMPLATE [--as NAME]",
      summary: "approve a message that needs approval, from any terminal",
      discussion: """
        TEMPLATE is the id of one of the playbook's templates whose template or channel says
        `approve: ROLE`; one approval covers the next post of that message. It is recorded
        as message.approved with the role, your name (--as, else your login name) and the
        step on screen. A template that needs no approval, or a resolved incident, is
        refused (exit 1).
        """,
      options: [
        .init(
          "--incident", short: "i", value: "ID",
          help: "which incident (default: the single open one)"),
        .init(
          "--as", value: "NAME",
          help: "your name in the log (default: the last --as, else your login name)"),
        IncidentCommand.logDirOption,
      ],
      positionals: 1...1),
    run: run)

  static func run(_ args: ParsedArguments, _ console: Console) throws {
    let template = args.positionals.first ?? ""
    let file = try IncidentCommand.open(args.value("--incident"), args, console, openOnly: true)
    guard let playbook = file.state.playbook else { throw CommandFailure.shown }
    let actor = Operator.name(args.value("--as"))
    let language = try LanguageChoice.language(args, playbook: playbook)
    let draft: EventDraft
    switch MessageApproval.draft(
      template: template, playbook: playbook, state: file.state, by: actor,
      words: language.prompts)
    {
    case .success(let made): draft = made
    case .failure(let hint):
      throw ErrorInLanguage(CommandFailure.input(hint.text), language: language)
    }
    let event = try ErrorInLanguage.speaking(language) {
      try file.append(draft, actor: actor, clock: Operator.clock(), words: language.errors)
    }
    let what = language.events.line(event, playbook: playbook)
    console.print(
      TerminalText.sanitize(
        language.screen.recorded(at: event.ts.clockTimeWithSeconds)
          + language.command.recordedIn(what, id: file.state.id)))
    BackgroundSync.shareSoon(file)
  }
}
