#if canImport(Glibc)
  import Glibc
#endif

/// One round of sharing a team directory through git: commit this machine's new events,
/// fetch the others', merge them, push. Because every file has one writer (each machine
/// writes only its own chains), the merge never conflicts; a push rejected because someone
/// pushed first is fetched, merged and pushed again.
///
/// Events are on disk (fsync) before any of this runs, so a round that fails (offline, a
/// remote that is down) loses nothing: what is not shared yet goes out with the next round.
/// A round killed half-way (SIGKILL, a laptop lid) can leave git's own lock file or a merge
/// in progress; the next round, holding crisis's sync lock so no other round runs, removes
/// the stale lock and aborts the merge before it starts.
public struct TeamSync: Sendable {
  public let directory: String
  public let git: any GitRunner
  /// The words of the refusal to share a directory that is not a team's.
  public let words: any CommandWords

  public init(
    directory: String, git: any GitRunner, words: any CommandWords = Language.english.command
  ) {
    self.directory = directory
    self.git = git
    self.words = words
  }

  /// Commits are made as "crisis", whoever's machine it is: the events name their actors,
  /// and a machine without a git identity must still be able to share.
  static let identity = [
    "-c", "user.name=crisis", "-c", "user.email=crisis@localhost", "-c", "commit.gpgsign=false",
  ]

  /// Held while a round runs: one round at a time per team directory (a console's background
  /// round and a `crisis sync` typed by hand).
  static let lockFile = ".git/crisis-sync.lock"
  /// How far this machine's chains were shared by the last round that pushed: one line per
  /// chain, `PATH BYTES`.
  public static let sharedFile = ".git/crisis-shared"
  /// How far this machine's chains are committed (same form): what the next push shares.
  public static let committedFile = ".git/crisis-committed"

  /// What a round did.
  public struct Report: Sendable, Equatable {
    /// Another round was running; this one did nothing.
    public var busy = false
    /// A commit of this machine's events was made.
    public var committed = false
    /// The others' events were fetched and merged.
    public var fetched = false
    /// This machine's events reached the remote.
    public var pushed = false
    /// Why the remote could not be reached (offline is normal: the next round tries again).
    public var offline: String?
    /// Events of this machine not on the remote yet.
    public var unshared = 0
  }

  /// One round. `wait`: when another round runs (a console's, in the background), wait for
  /// it and then do this one (`crisis sync` typed by hand); else do nothing (`busy`).
  public func round(wait: Bool = false) throws(TeamFailure) -> Report {
    guard TeamChains.isTeamDirectory(directory),
      FileSystem.isDirectory(FileSystem.join(directory, ".git"))
    else {
      throw TeamFailure(words.notTeamDirectory(directory))
    }
    let lockPath = FileSystem.join(directory, Self.lockFile)
    let lock: FileDescriptor
    do {
      lock = try FileDescriptor.open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, mode: 0o600)
    } catch {
      throw TeamFailure("\(lockPath): \(error)")
    }
    defer { lock.close() }
    if wait {
      do {
        try lock.lockExclusive()
      } catch {
        throw TeamFailure("\(lockPath): \(error)")
      }
    } else if !lock.tryLockExclusive() {
      return Report(busy: true)
    }

    repair()
    let device: String
    do {
      device = try TeamChains.device(in: directory)
    } catch {
      throw TeamFailure(error.description)
    }
    var report = Report()
    // Only when this machine wrote since the last commit: an idle round (a console fetching
    // every few seconds) runs no `add`, no `commit` and, with nothing new, no `push`.
    if Self.unshared(in: directory, device: device, since: Self.committedFile) > 0 {
      let staged = try stage(device: device)
      let quiet = git(["diff", "--cached", "--quiet"])
      if quiet.status == 1 {
        let commit = git(
          Self.identity + [
            "commit", "--quiet", "--no-verify", "-m", "crisis: events from \(device)",
          ])
        guard commit.succeeded else { throw TeamFailure("git commit: \(commit.reason)") }
        report.committed = true
      }
      record(staged, in: Self.committedFile)
    }
    let branch = git(["symbolic-ref", "--short", "HEAD"]).output.trimmingNewlines()
    guard !branch.isEmpty else { throw TeamFailure("git: the team directory is on no branch") }
    let remote = "refs/remotes/origin/\(branch)"

    for _ in 0..<4 {
      let fetch = git(["fetch", "--quiet", "origin"])
      guard fetch.succeeded else {
        report.offline = fetch.reason
        break
      }
      report.fetched = true
      let heads = git(["rev-parse", "HEAD", remote]).output.split(separator: "\n")
      let known = heads.count == 2
      if known, heads[0] != heads[1],
        !git(["merge-base", "--is-ancestor", remote, "HEAD"]).succeeded
      {
        let merge = git(Self.identity + ["merge", "--quiet", "--no-edit", remote])
        guard merge.succeeded else {
          _ = git(["merge", "--abort"])
          throw TeamFailure("git merge: \(merge.reason)")
        }
      }
      // Nothing of ours the remote lacks: nothing to push.
      if known, git(["merge-base", "--is-ancestor", "HEAD", remote]).succeeded {
        report.pushed = true
        record(Self.sizes(in: Self.committedFile, directory: directory), in: Self.sharedFile)
        break
      }
      let push = git(["push", "--quiet", "origin", "HEAD:refs/heads/\(branch)"])
      if push.succeeded {
        report.pushed = true
        record(Self.sizes(in: Self.committedFile, directory: directory), in: Self.sharedFile)
        break
      }
      // Rejected because another machine pushed first: fetch, merge and push again. Any other
      // failure is the remote's (down, no access): try again next round.
      if !(push.error.contains("rejected") || push.error.contains("fetch first")) {
        report.offline = push.reason
        break
      }
    }
    report.unshared = Self.unshared(in: directory, device: device)
    return report
  }

  private func git(_ arguments: [String]) -> GitOutcome { git.git(arguments, in: directory) }

  /// A round killed half-way left git's index lock or a merge in progress: nobody else runs
  /// git here while the sync lock is held, so both are stale.
  private func repair() {
    let indexLock = FileSystem.join(directory, ".git/index.lock")
    if FileSystem.isFile(indexLock) { _ = unlink(indexLock) }
    if FileSystem.isFile(FileSystem.join(directory, ".git/MERGE_HEAD")) {
      _ = git(["merge", "--abort"])
    }
  }

  /// Adds this machine's chains to the index, each under a shared lock so no append is half
  /// written while git reads it; returns each chain's size as staged.
  private func stage(device: String) throws(TeamFailure) -> [(path: String, size: Int)] {
    var staged: [(path: String, size: Int)] = []
    var locks: [FileDescriptor] = []
    defer { for fd in locks { fd.close() } }
    for name in FileSystem.contents(of: directory) where !name.hasPrefix(".") {
      let relative = name + "/" + device + ".jsonl"
      let path = FileSystem.join(directory, relative)
      guard FileSystem.isFile(path),
        let fd = try? FileDescriptor.open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
      else { continue }
      locks.append(fd)
      guard (try? fd.lockShared()) != nil, let size = try? fd.size() else { continue }
      staged.append((relative, size))
    }
    guard !staged.isEmpty else { return [] }
    let add = git(["add", "--"] + staged.map(\.path))
    guard add.succeeded else { throw TeamFailure("git add: \(add.reason)") }
    return staged
  }

  /// Notes how far each chain got (committed, or on the remote) in a record file.
  private func record(_ chains: [(path: String, size: Int)], in file: String) {
    var known = Self.sizes(in: file, directory: directory)
    for chain in chains { known[chain.path] = chain.size }
    let text = known.keys.sorted().map { "\($0) \(known[$0] ?? 0)\n" }.joined()
    try? NewFile.write(text, to: FileSystem.join(directory, file), replace: true)
  }

  private func record(_ sizes: [String: Int], in file: String) {
    record(sizes.map { (path: $0.key, size: $0.value) }, in: file)
  }

  static func sizes(in file: String, directory: String) -> [String: Int] {
    guard
      let bytes = try? FileSystem.readFile(
        FileSystem.join(directory, file), limit: 1 << 20, what: "sync record")
    else { return [:] }
    var sizes: [String: Int] = [:]
    for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
      let parts = line.split(separator: " ")
      if parts.count == 2, let size = Int(parts[1]), size >= 0 { sizes[String(parts[0])] = size }
    }
    return sizes
  }

  /// Events of `device` in the team directory that no round has pushed yet: the lines of its
  /// chains after the size the last push shared. Reads only those bytes.
  public static func unshared(
    in directory: String, device: String, incident: String? = nil, since file: String = sharedFile
  ) -> Int {
    let shared = sizes(in: file, directory: directory)
    var count = 0
    let names = incident.map { [$0] } ?? FileSystem.contents(of: directory)
    for name in names where !name.hasPrefix(".") {
      let relative = name + "/" + device + ".jsonl"
      let path = FileSystem.join(directory, relative)
      guard let size = FileSystem.fileSize(path), size > 0 else { continue }
      count += newlines(in: path, from: shared[relative] ?? 0, to: Int(size))
    }
    return count
  }

  private static func newlines(in path: String, from start: Int, to end: Int) -> Int {
    guard end > start, let fd = try? FileDescriptor.open(path, O_RDONLY | O_CLOEXEC) else {
      return 0
    }
    defer { fd.close() }
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    var offset = start
    var count = 0
    while offset < end {
      let want = min(buffer.count, end - offset)
      let got = buffer.withUnsafeMutableBytes { raw in
        pread(fd.raw, raw.baseAddress, want, off_t(offset))
      }
      guard got > 0 else { break }
      count += buffer[0..<got].count { $0 == 0x0A }
      offset += got
    }
    return count
  }
}
