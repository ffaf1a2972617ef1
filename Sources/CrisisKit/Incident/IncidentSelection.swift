/// One incident in the log directory, as `crisis list` shows it.
public struct IncidentSummary: Sendable, Equatable {
  public var id: String
  public var path: String
  public var mode: IncidentMode
  public var status: IncidentState.Status
  public var startedAt: Timestamp?
  public var title: String
  public var playbook: String

  public init(
    id: String, path: String, mode: IncidentMode, status: IncidentState.Status,
    startedAt: Timestamp?,
    title: String, playbook: String
  ) {
    self.id = id
    self.path = path
    self.mode = mode
    self.status = status
    self.startedAt = startedAt
    self.title = title
    self.playbook = playbook
  }

  public init(state: IncidentState, path: String) {
    self.init(
      id: state.id, path: path, mode: state.mode, status: state.status, startedAt: state.startedAt,
      title: state.title, playbook: state.playbook?.id ?? "")
  }
}

/// Which incident a command means: `ID` may be a unique prefix; with no ID, the single open
/// incident. Anything else is an error that lists what the user could have meant.
public enum IncidentSelection {
  public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
    case none(directory: String)
    case notFound(String, known: [String])
    case ambiguous(String, matches: [String])
    case noneOpen
    case severalOpen([String])
    /// Logs that match or could have matched but cannot be read, with why.
    case unreadable([String])

    public var description: String { message(Language.english.errors) }

    /// The failure in the words of a language.
    public func message(_ words: any ErrorWords) -> String {
      switch self {
      case .none(let directory):
        return words.noIncidents(in: directory)
      case .notFound(let query, let known):
        return words.noIncident(
          query, suggestion: EditDistance.suggestion(for: query, among: known))
      case .ambiguous(let query, let matches):
        return words.ambiguous(query, matches: matches)
      case .noneOpen:
        return words.noneOpen
      case .severalOpen(let ids):
        return words.severalOpen(ids)
      case .unreadable(let problems):
        return problems.joined(separator: "\n")
      }
    }
  }

  /// Picks an incident. `openOnly` is for commands that only make sense while it runs.
  public static func select(
    _ query: String?, among incidents: [IncidentSummary], directory: String, openOnly: Bool = false
  ) -> Result<IncidentSummary, Failure> {
    guard !incidents.isEmpty else { return .failure(.none(directory: directory)) }
    if let query {
      if let exact = incidents.first(where: { $0.id == query }) { return .success(exact) }
      let matches = incidents.filter { $0.id.hasPrefix(query) }
      // The random suffix is what people copy from a list, and the playbook name what they
      // remember: a unique ending or part of the id works too.
      var suffixMatches = matches.isEmpty ? incidents.filter { $0.id.hasSuffix(query) } : matches
      if suffixMatches.isEmpty { suffixMatches = incidents.filter { $0.id.contains(query) } }
      switch suffixMatches.count {
      case 1: return .success(suffixMatches[0])
      case 0: return .failure(.notFound(query, known: incidents.map(\.id)))
      default: return .failure(.ambiguous(query, matches: suffixMatches.map(\.id)))
      }
    }
    let open = incidents.filter { $0.status != .resolved }
    switch open.count {
    case 1: return .success(open[0])
    case 0:
      if !openOnly, incidents.count == 1 { return .success(incidents[0]) }
      return .failure(.noneOpen)
    default: return .failure(.severalOpen(open.map(\.id)))
    }
  }

  /// Newest first, as `crisis list` prints them.
  public static func newestFirst(_ incidents: [IncidentSummary]) -> [IncidentSummary] {
    incidents.sorted { a, b in
      let ta = a.startedAt?.milliseconds ?? 0
      let tb = b.startedAt?.milliseconds ?? 0
      return ta != tb ? ta > tb : a.id > b.id
    }
  }
}
