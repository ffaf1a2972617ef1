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
    for chain in TeamChains.chains(in: folder) {
      var events: [IncidentEvent] = []
      do {
        let summary = try IncidentLog.read(path: chain.path) { line in
          let event = try IncidentEvent(json: line.event, line: line.number)
          guard event.device == chain.device, event.lamport != nil else {
            throw EventFormatError(
              line: line.number,
              message:
                "an event of device '\(event.device ?? "none")' in the chain of '\(chain.device)'")
          }
          events.append(event)
        }
        warnings += summary.warnings
        if let line = summary.tornLastLine, chain.device == device { torn = line }
      } catch let error as LogError {
        guard upToDamage, case .damaged = error else { throw .log(error) }
        damage = damage ?? error.description
      } catch let error as EventFormatError {
        let problem = Diagnostic(
          .error, file: chain.path, at: SourcePosition(line: error.line, column: 1),
          error.message)
        guard upToDamage else { throw .content(problem) }
        damage = damage ?? problem.description
      } catch {
        throw .content(Diagnostic(.error, file: chain.path, at: nil, "\(error)"))
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
}
