import Synchronization

/// The id → position tables behind `Playbook.step(_:)`, `template(_:)`, `channel(_:)` and
/// `role(_:)`, built once on the first look-up and shared by the copies of one playbook.
/// A class, so a `Playbook` value can fill it from a non-mutating getter; a `Mutex`, so
/// copies used from two threads build it once. A playbook that assigns one of its lists
/// gets a fresh, empty one.
final class PlaybookLookup: Sendable {
  struct Tables: Sendable {
    var roles: [String: Int]
    var channels: [String: Int]
    var templates: [String: Int]
    var steps: [String: Int]

    init(_ playbook: Playbook) {
      roles = [:]
      roles.reserveCapacity(playbook.roles.count)
      for (i, role) in playbook.roles.enumerated() where roles[role.id] == nil {
        roles[role.id] = i
      }
      channels = [:]
      channels.reserveCapacity(playbook.channels.count)
      for (i, channel) in playbook.channels.enumerated() where channels[channel.id] == nil {
        channels[channel.id] = i
      }
      templates = [:]
      templates.reserveCapacity(playbook.templates.count)
      for (i, template) in playbook.templates.enumerated() where templates[template.id] == nil {
        templates[template.id] = i
      }
      steps = [:]
      steps.reserveCapacity(playbook.steps.count)
      for (i, step) in playbook.steps.enumerated() where steps[step.id] == nil {
        steps[step.id] = i
      }
    }
  }

  private let built = Mutex<Tables?>(nil)

  /// Reads the tables of `playbook` (the one this lookup belongs to), built if not yet.
  /// The read happens under the lock, so nothing is copied per look-up.
  func read<Value>(_ playbook: Playbook, _ body: (Tables) -> Value) -> Value {
    built.withLock { tables in
      if let tables { return body(tables) }
      let made = Tables(playbook)
      tables = made
      return body(made)
    }
  }
}
