extension IncidentFile {
  /// Reads a team incident: every chain in its folder, put into the one order
  /// (`TeamOrder`) and folded. Each chain is read as a single-file log is (torn lines
  /// tolerated and reported, damage named with its file and line). The incident starts with
  /// the `incident.started` that comes first in the order; a chain of a device that joined
  /// later starts with that device's first event.
  static func readTeam(folder: String, keepEvents: Bool, upToDamage: Bool) throws(Failure)
    -> IncidentFile
  {
    let parent = FileSystem.directory(of: folder)
    let device = (try? TeamChains.device(in: parent)) ?? ""
    let order = TeamOrder(device: device)
    var warnings: [Diagnostic] = []
    var damage: String?
    var torn: Int?
    let incidentID = TeamChains.incidentID(ofFolder: folder)
    for chain in TeamChains.chains(in: folder) {
      var events: [IncidentEvent] = []
      var foreign = 0
      // Another machine's chain arrives through git: a damaged line in it (a bug, a hand
      // edit, a planted file) must not make the whole incident unreadable for the team in
      // the middle of a crisis. What comes before the damage is used, the damage is warned
      // about with its place, and `verify` names it. This machine's own chain is read as a
      // single-file log is.
      let isOwn = chain.device == device
      do {
        let summary = try IncidentLog.read(path: chain.path) { line in
          let event = try IncidentEvent(json: line.event, line: line.number)
          guard event.device == chain.device, event.lamport != nil else {
            throw EventFormatError(
              line: line.number,
              message:
                "an event of device '\(event.device ?? "none")' in the chain of '\(chain.device)'")
          }
          guard event.incident == incidentID else {
            foreign += 1
            return
          }
          events.append(event)
        }
        warnings += summary.warnings
        if let line = summary.tornLastLine, isOwn { torn = line }
      } catch let error as LogError {
        guard case .damaged(let diagnostic) = error else { throw .log(error) }
        if isOwn, !upToDamage { throw .log(error) }
        if isOwn { damage = damage ?? error.description }
        warnings.append(Self.damagedChain(chain.path, line: diagnostic.position?.line))
      } catch let error as EventFormatError {
        let problem = Diagnostic(
          .error, file: chain.path, at: SourcePosition(line: error.line, column: 1),
          error.message)
        if isOwn, !upToDamage { throw .content(problem) }
        if isOwn { damage = damage ?? problem.description }
        warnings.append(Self.damagedChain(chain.path, line: error.line))
      } catch {
        throw .content(Diagnostic(.error, file: chain.path, at: nil, "\(error)"))
      }
      if foreign > 0 {
        warnings.append(
          Diagnostic(
            .warning, file: chain.path, at: nil,
            "\(foreign) event(s) of another incident in this chain are left out"))
      }
      _ = order.insert(events)
    }
    _ = order.takeReorder()
    let events = order.events
    guard let first = events.first else { throw .notStarted(path: folder) }
    guard first.type == .incidentStarted else {
      throw .content(
        Diagnostic(
          .error, file: folder, at: nil,
          "the first event of the team incident is \(first.type), not incident.started "
            + "(the chain that started it is missing: run `crisis sync`)"))
    }
    var state = IncidentState(keepsTimeline: keepEvents)
    for event in events { state.apply(event) }
    if state.playbook == nil {
      throw .content(
        Diagnostic(
          .error, file: folder, at: nil,
          "the playbook embedded in the first event cannot be read"))
    }
    var file = IncidentFile(
      path: folder, state: state, warnings: warnings, tornLastLine: torn, damage: damage)
    file.team = order
    return file
  }

  /// Another machine's chain is damaged at `line`: its events before that line are used.
  static func damagedChain(_ path: String, line: Int?) -> Diagnostic {
    Diagnostic(
      .warning, file: path, at: line.map { SourcePosition(line: $0, column: 1) },
      "this chain of another machine is damaged here; its events before this line are used "
        + "(`crisis verify` shows the damage)")
  }
}
