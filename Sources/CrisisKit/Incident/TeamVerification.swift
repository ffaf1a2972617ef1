/// `crisis verify` of a team incident: every chain's hash chain (as for a single-file log),
/// then what ties the chains together: each event in the chain of the device it names, one
/// `incident.started` for the whole incident, one incident id, and every reference to an
/// event of another chain (a link naming a message on another device) pointing at a
/// `message.sent` that is there.
public struct TeamVerification: Sendable {
  public var chains: [(device: String, path: String, report: ChainReport)] = []
  /// What ties the chains together and does not hold, one line each.
  public var crossProblems: [String] = []

  public var intact: Bool {
    crossProblems.isEmpty && chains.allSatisfy { $0.report.isIntact && $0.report.eventCount > 0 }
  }

  public static func verify(folder: String) -> TeamVerification {
    var result = TeamVerification()
    var sent: Set<TeamOrder.ChainKey> = []
    var links: [(where: String, key: TeamOrder.ChainKey)] = []
    var starts: [String] = []
    var incidents: Set<String> = []
    for chain in TeamChains.chains(in: folder) {
      let report: ChainReport
      do {
        report = try IncidentLog.verifyChain(path: chain.path)
      } catch {
        var failed = ChainReport()
        failed.problem = Diagnostic(.error, file: chain.path, at: nil, error.description)
        result.chains.append((chain.device, chain.path, failed))
        continue
      }
      result.chains.append((chain.device, chain.path, report))
      _ = try? IncidentLog.read(path: chain.path) { line in
        guard let event = try? IncidentEvent(json: line.event, line: line.number) else { return }
        let place = "\(chain.path):\(line.number)"
        if event.device != chain.device || event.lamport == nil {
          result.crossProblems.append(
            "\(place): the event names device '\(event.device ?? "none")', not '\(chain.device)'")
        }
        incidents.insert(event.incident)
        switch event.body {
        case .incidentStarted: starts.append(place)
        case .messageSent: sent.insert(TeamOrder.ChainKey(device: chain.device, seq: event.seq))
        case .messageLinked(let link):
          if let message = link.message {
            links.append(
              (
                place,
                TeamOrder.ChainKey(
                  device: link.messageDevice ?? chain.device, seq: Int(message))
              ))
          }
        default: break
        }
      }
    }
    if starts.count != 1 {
      result.crossProblems.append(
        starts.isEmpty
          ? "\(folder): no chain holds the incident.started (the first machine's chain is missing)"
          : "\(folder): \(starts.count) incident.started events (\(starts.joined(separator: ", ")))"
      )
    }
    if incidents.count > 1 {
      result.crossProblems.append(
        "\(folder): the chains belong to \(incidents.count) incidents (\(incidents.sorted().joined(separator: ", ")))"
      )
    }
    for link in links where !sent.contains(link.key) {
      result.crossProblems.append(
        "\(link.where): links message \(link.key.seq) of device '\(link.key.device)', which is not a message.sent there"
      )
    }
    return result
  }
}
