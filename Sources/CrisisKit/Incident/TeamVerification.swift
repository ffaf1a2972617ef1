/// `crisis verify` of a team incident: every chain's hash chain (as for a single-file log),
/// then what ties the chains together: each event in the chain of the device it names, one
/// `incident.started` for the whole incident, one incident id, and every reference to an
/// event of another chain (a link naming a message on another device) pointing at a
/// `message.sent` that is there.
public struct TeamVerification: Sendable {
  public var chains: [(device: String, path: String, report: ChainReport)] = []
  /// What ties the chains together and does not hold, one line each.
  public var crossProblems: [Problem] = []

  /// A tie between the chains that does not hold, at its place (`FILE:LINE` or the folder).
  public enum Problem: Sendable, Equatable {
    /// An event in one device's chain names another device (or none).
    case wrongDevice(place: String, names: String?, chain: String)
    /// No chain holds the incident's start.
    case noStart(folder: String)
    /// More than one chain starts the incident.
    case severalStarts(folder: String, places: [String])
    /// The chains belong to different incidents.
    case severalIncidents(folder: String, ids: [String])
    /// A link names a message that is not a `message.sent` in the chain it names.
    case linkToNothing(place: String, message: Int, device: String)

    /// The problem in the words of a language.
    public func message(_ words: any ErrorWords) -> String {
      switch self {
      case .wrongDevice(let place, let names, let chain):
        return words.wrongDevice(place, names: names, chain: chain)
      case .noStart(let folder): return words.noStart(folder)
      case .severalStarts(let folder, let places):
        return words.severalStarts(folder, places: places)
      case .severalIncidents(let folder, let ids): return words.severalIncidents(folder, ids: ids)
      case .linkToNothing(let place, let message, let device):
        return words.linkToNothing(place, message: message, device: device)
      }
    }
  }

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
            .wrongDevice(place: place, names: event.device, chain: chain.device))
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
        starts.isEmpty ? .noStart(folder: folder) : .severalStarts(folder: folder, places: starts))
    }
    if incidents.count > 1 {
      result.crossProblems.append(.severalIncidents(folder: folder, ids: incidents.sorted()))
    }
    for link in links where !sent.contains(link.key) {
      result.crossProblems.append(
        .linkToNothing(place: link.where, message: link.key.seq, device: link.key.device))
    }
    return result
  }
}
