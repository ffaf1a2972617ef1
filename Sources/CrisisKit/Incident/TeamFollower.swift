/// Follows every chain of a team incident: the other terminals of this machine append to
/// its own chain, and `crisis sync` (in the background while a console runs) brings the
/// other machines' chains and their new lines. One `IncidentFollower` per chain reads only
/// what was added; the folder is looked at again for chains that appeared (a device that
/// joined). What arrives is put into the one order (`TeamOrder`): on top when it sorts after
/// everything known, else the whole incident comes back to be folded again (`reordered`,
/// with the new events in `events` to announce).
public final class TeamFollower: IncidentFeed {
  public let folder: String
  public let order: TeamOrder
  private var chains: [String: IncidentFollower] = [:]
  /// A chain that cannot be followed is said once, not every tick.
  private var reported: Set<String> = []
  /// Runs at the start of every poll: the executable starts its background sync rounds here,
  /// so a console shares and fetches at the pace it polls, with no thread of its own.
  public var everyPoll: (() -> Void)?
  /// This machine's events not on the team's remote yet, and whether the last round could
  /// not reach it; kept up to date by whoever runs the rounds (nil: nobody does).
  public var unshared: (count: Int, offline: Bool)?

  public init(folder: String, order: TeamOrder) {
    self.folder = folder
    self.order = order
    incidentID = TeamChains.incidentID(ofFolder: folder)
  }

  /// The incident's id, its folder's name: events of another incident are not followed.
  private let incidentID: String

  public func poll() throws(LogError) -> IncidentFollower.Poll {
    everyPoll?()
    var result = IncidentFollower.Poll()
    var arrived: [IncidentEvent] = []
    for chain in TeamChains.chains(in: folder) {
      var follower: IncidentFollower
      if let known = chains[chain.device] {
        follower = known
        // Another machine's chain is rewritten by git, not appended to.
        if chain.device != order.device, known.wasReplaced {
          do {
            follower = try known.reopened()
            chains[chain.device] = follower
          } catch {
            if reported.insert(chain.device).inserted { result.problems.append(error.description) }
            continue
          }
        }
      } else {
        do {
          follower = try IncidentFollower(path: chain.path)
        } catch {
          if reported.insert(chain.device).inserted { result.problems.append(error.description) }
          continue
        }
        chains[chain.device] = follower
      }
      let poll: IncidentFollower.Poll
      do {
        poll = try follower.poll()
      } catch {
        if reported.insert(chain.device).inserted { result.problems.append(error.description) }
        continue
      }
      result.problems += poll.problems
      for event in poll.events {
        guard event.incident == incidentID else { continue }
        guard event.device == chain.device, event.lamport != nil else {
          result.problems.append(
            "\(chain.path):\(event.line): an event of device '\(event.device ?? "none")' in "
              + "the chain of '\(chain.device)'; skipped")
          continue
        }
        arrived.append(event)
      }
    }
    switch order.insert(arrived) {
    case .nothing:
      if order.takeReorder() { result.reordered = order.events }
    case .appended(let placed):
      result.events = placed
      if order.takeReorder() { result.reordered = order.events }
    case .reordered(let all, let fresh):
      _ = order.takeReorder()
      result.reordered = all
      result.events = fresh
    }
    return result
  }
}
