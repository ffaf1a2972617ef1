@testable import CrisisKit

/// A playbook shipped in Playbooks/, read as `crisis start` reads it: for tests that write a
/// real log, whose first event must embed a playbook that loads again.
struct ShippedPlaybook {
  var path: String
  var bytes: [UInt8]
  var playbook: Playbook

  /// `name` without `.yml`, e.g. `website-outage`.
  init(_ name: String, filePath: String = #filePath) throws {
    var root = filePath.split(separator: "/", omittingEmptySubsequences: false)
    root.removeLast(4)  // Tests/CrisisKitTests/Commands/ShippedPlaybook.swift
    path = root.joined(separator: "/") + "/Playbooks/\(name).yml"
    let loaded = PlaybookLoader.load(path: path)
    bytes = loaded.bytes
    playbook = try loaded.valid(path: path)
  }

  /// The opening `crisis start` (or `drill`) would make with no options.
  func opening(mode: IncidentMode = .live, speed: Double = 1) -> IncidentOpening {
    IncidentOpening(
      playbook: playbook, playbookPath: path, playbookBytes: bytes, mode: mode, speed: speed)
  }
}
