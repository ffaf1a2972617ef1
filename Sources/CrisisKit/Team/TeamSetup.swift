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
  /// The words of what it tells the operator (the marker file and git's reasons stay as
  /// they are).
  public let words: any CommandWords

  public init(
    url: String, directory: String, git: any GitRunner,
    words: any CommandWords = Language.english.command
  ) {
    self.url = url
    self.directory = directory
    self.git = git
    self.words = words
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
      throw TeamFailure(words.alreadyTeamDirectory(directory))
    }
    if FileSystem.isDirectory(directory), !FileSystem.contents(of: directory).isEmpty {
      throw TeamFailure(words.notEmptyForTeam(directory))
    }
    let clone = git.git(["clone", "--quiet", "--", url, directory], in: ".")
    guard clone.succeeded else {
      throw TeamFailure(words.cannotClone(url, reason: clone.reason))
    }
    _ = chmod(directory, 0o700)
    var lines = [words.cloneOf(directory, url: url)]
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
      guard push.succeeded else { throw TeamFailure(words.cannotPush(url, reason: push.reason)) }
      lines.append(words.remoteWasEmpty)
    }
    do {
      let device = try TeamChains.device(in: directory)
      lines.append(words.writesAsDevice(device))
    } catch {
      throw TeamFailure(error.description)
    }
    lines += words.sharedWith(url, directory: directory)
    return lines
  }
}
