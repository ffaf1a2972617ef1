import CrisisKit

#if canImport(Glibc)
  import Glibc
#endif

/// Shares a team incident while a console runs, without ever making the operator wait: a
/// round is a child process (`crisis sync --quiet`), started when this machine's chain grew
/// (so an event goes out at once) and every `interval` seconds (to fetch the others'),
/// never two at a time. The console's follower then sees the others' chains grow. A round
/// still running when the console ends finishes on its own (it holds the sync lock).
final class BackgroundSync {
  let directory: String
  let device: String
  let incident: String
  /// This machine's chain of the incident: its growth starts a round at once.
  let chain: String
  let interval: Double
  private var child: pid_t?
  private var lastStart: Double = -.infinity
  private var lastSize: Int64 = -1
  /// Told how far sharing got after each round and each new event of this machine.
  var report: ((_ unshared: Int, _ offline: Bool) -> Void)?
  private var offline = false

  init(directory: String, device: String, incident: String, interval: Double = 2) {
    self.directory = directory
    self.device = device
    self.incident = incident
    chain = TeamChains.chain(
      of: device, in: TeamChains.folder(forIncident: incident, in: directory))
    self.interval = interval
  }

  /// Called on every poll of the console's follower.
  func tick() {
    let size = FileSystem.fileSize(chain) ?? 0
    if let child {
      var status: Int32 = 0
      let done = waitpid(child, &status, WNOHANG)
      if done == 0 {
        if size != lastSize { tell() }
        return
      }
      self.child = nil
      // `crisis sync --quiet` exits 1 when the remote could not be reached.
      offline = done == child && status != 0
      tell()
    }
    let now = Self.seconds()
    guard size != lastSize || now - lastStart >= interval else { return }
    lastSize = size
    lastStart = now
    child = Self.spawnRound(directory: directory)
  }

  private func tell() {
    report?(TeamSync.unshared(in: directory, device: device, incident: incident), offline)
  }

  private static func seconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }

  /// After a one-shot command wrote to a team incident (`note`, `approve`, `resolve`): one
  /// round in the background, so the event goes out without waiting for a console's next
  /// round, and the command returns at once.
  static func shareSoon(_ file: IncidentFile) {
    guard file.team != nil else { return }
    let directory = FileSystem.directory(of: file.path)
    guard TeamChains.isTeamDirectory(directory) else { return }
    _ = spawnRound(directory: directory)
  }

  /// Starts `crisis sync --quiet --log-dir DIR` in its own session, its output discarded.
  /// Never waited for: it is reparented when this process ends, and holds the sync lock.
  private static func spawnRound(directory: String) -> pid_t? {
    let started = ChildSpawn.start(
      "/proc/self/exe", ["crisis", "sync", "--quiet", "--log-dir", directory],
      environment: SystemGit.environment(), newSession: true
    ) { actions in
      for fd in Int32(0)...2 {
        posix_spawn_file_actions_addopen(
          &actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0)
      }
    }
    return try? started.get()
  }
}

extension BackgroundSync {
  /// The feed a walkthrough follows, with background sharing when it is a team incident of a
  /// team directory (only there: nothing is ever pushed from a directory not set up for it).
  static func sharing(_ feed: (any IncidentFeed)?) -> (any IncidentFeed)? {
    guard let team = feed as? TeamFollower else { return feed }
    let directory = FileSystem.directory(of: team.folder)
    guard TeamChains.isTeamDirectory(directory) else { return feed }
    let incident = TeamChains.incidentID(ofFolder: team.folder)
    let sync = BackgroundSync(directory: directory, device: team.order.device, incident: incident)
    team.everyPoll = { sync.tick() }
    sync.report = { [weak team] count, offline in team?.unshared = (count, offline) }
    return team
  }
}
