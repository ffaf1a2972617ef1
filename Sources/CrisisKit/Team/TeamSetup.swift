#if canImport(Glibc)
  import Glibc
#endif

/// `crisis team init URL`: makes a log directory a clone of the team's shared remote, so that
/// its incidents are shared. On purpose only: logs hold names and statements not yet
/// released, so nothing is ever pushed from a directory that was not made a team directory
/// this way, and the command says what will be shared and where.
public struct TeamSetup: Sendable {
  public let url: String
  public let directory: String
  public let git: any GitRunner

  public init(url: String, directory: String, git: any GitRunner) {
    self.url = url
    self.directory = directory
    self.git = git
  }

  /// What the marker file says to someone who finds it.
  static let markerText = """
    This directory holds crisis incident logs that a team shares through git.
    Each machine writes only its own files (<incident id>/<device>.jsonl) and never edits
    another's, so merges never conflict. Do not edit these files by hand: `crisis sync`
    shares them, `crisis verify` checks them.

    """

  /// Sets the directory up; returns what to tell the operator.
  public func run() throws(TeamFailure) -> [String] {
    if TeamChains.isTeamDirectory(directory) {
      throw TeamFailure("\(directory) is already a team log directory; `crisis sync` shares it")
    }
    if FileSystem.isDirectory(directory), !FileSystem.contents(of: directory).isEmpty {
      throw TeamFailure(
        "\(directory) is not empty; a team directory starts empty (choose another --log-dir, "
          + "or move its logs away first: `crisis merge` can bring them into the team later)")
    }
    let clone = git.git(["clone", "--quiet", "--", url, directory], in: ".")
    guard clone.succeeded else {
      throw TeamFailure("cannot clone \(url): \(clone.reason)")
    }
    _ = chmod(directory, 0o700)
    var lines = ["✓ \(directory) is a clone of \(url)"]
    if !TeamChains.isTeamDirectory(directory) {
      // The remote is new: this machine makes its first commit, the marker.
      do {
        try NewFile.write(
          Self.markerText, to: FileSystem.join(directory, TeamChains.marker), replace: false)
      } catch {
        throw TeamFailure(error.description)
      }
      let add = git.git(["add", "--", TeamChains.marker], in: directory)
      let commit = git.git(
        TeamSync.identity + [
          "commit", "--quiet", "--no-verify", "-m", "crisis: a team log directory",
        ], in: directory)
      guard add.succeeded, commit.succeeded else {
        throw TeamFailure("git commit: \((add.succeeded ? commit : add).reason)")
      }
      let push = git.git(["push", "--quiet", "origin", "HEAD"], in: directory)
      guard push.succeeded else { throw TeamFailure("cannot push to \(url): \(push.reason)") }
      lines.append("✓ the remote was empty: it is now the team's log (first commit pushed)")
    }
    do {
      let device = try TeamChains.device(in: directory)
      lines.append("✓ this machine writes as device \(device)")
    } catch {
      throw TeamFailure(error.description)
    }
    lines += [
      "Shared with everyone who can read \(url): every incident started with",
      "--log-dir \(directory) (or CRISIS_LOG_DIR=\(directory)): names, notes, and the",
      "statements as posted or prepared. Nothing else on this machine is shared.",
      "Events go out in the background while a console runs; `crisis sync` shares by hand.",
    ]
    return lines
  }
}
