/// The playbook's references resolved to array indexes, once, for all of `PlaybookLinter`'s
/// checks.
///
/// Why: a large playbook has tens of thousands of steps, templates and references, and each
/// check used to build its own sets and dictionaries of ids, hashing every id several times.
/// Here every id is hashed once where it is defined and once where it is referred to; the
/// checks then work with indexes and flag arrays.
///
/// Where ids repeat (steps may; roles, channels and templates come from mapping keys and are
/// unique in files, but a `Playbook` built in code may repeat them), a reference resolves to
/// the first part with that id, as `Playbook.step(_:)` and friends find it.
struct PlaybookIndex {
  /// Id → index of the first part with that id.
  let stepByID: [String: Int]
  let roleByID: [String: Int]
  let channelByID: [String: Int]
  let templateByID: [String: Int]

  /// Steps whose id an earlier step already has, in step order, with the first one's index.
  let duplicateSteps: [(index: Int, first: Int)]

  /// For each step: the index of its role, or nil when no role has that id.
  let stepRole: [Int?]
  /// For each step: its `send` references resolved to template indexes (nil: unknown id).
  let stepSends: [[Int?]]
  /// For each template: the index of its channel, or nil when no channel has that id.
  let templateChannel: [Int?]
  /// For each channel that is the first with its id: whether any channel with that id is
  /// public (in a file, just its own audience).
  let channelIsPublic: [Bool]

  init(_ playbook: Playbook) {
    var duplicates: [(index: Int, first: Int)] = []
    stepByID = Self.firstIndexes(of: playbook.steps.lazy.map(\.id)) { duplicates.append(($0, $1)) }
    duplicateSteps = duplicates
    roleByID = Self.firstIndexes(of: playbook.roles.lazy.map(\.id)) { _, _ in }
    channelByID = Self.firstIndexes(of: playbook.channels.lazy.map(\.id)) { _, _ in }
    templateByID = Self.firstIndexes(of: playbook.templates.lazy.map(\.id)) { _, _ in }

    let roles = roleByID
    let templates = templateByID
    let channels = channelByID
    stepRole = playbook.steps.map { roles[$0.role.id] }
    stepSends = playbook.steps.map { step in step.send.map { templates[$0.id] } }
    templateChannel = playbook.templates.map { channels[$0.channel.id] }
    var isPublic = [Bool](repeating: false, count: playbook.channels.count)
    for (index, channel) in playbook.channels.enumerated() where channel.audience == .public {
      isPublic[channels[channel.id] ?? index] = true
    }
    channelIsPublic = isPublic
  }

  /// Id → first index; `repeated(index, first)` is called for each later part with a known id.
  /// One hash per id in the common case: `updateValue` inserts, and only a repeated id (rare)
  /// needs its first index put back.
  private static func firstIndexes(
    of ids: some Collection<String>, repeated: (Int, Int) -> Void
  ) -> [String: Int] {
    var table = [String: Int](minimumCapacity: ids.count)
    for (index, id) in ids.enumerated() {
      if let first = table.updateValue(index, forKey: id) {
        table[id] = first
        repeated(index, first)
      }
    }
    return table
  }

  /// The step a `next` or answer target leads to; nil for `end` (unless a step has that id)
  /// and for unknown ids.
  func step(_ target: Reference) -> Int? { stepByID[target.id] }
}
