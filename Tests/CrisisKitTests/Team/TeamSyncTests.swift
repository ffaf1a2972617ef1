import Testing

@testable import CrisisKit

#if canImport(Glibc)
  import Glibc
#endif

/// A round of `crisis sync` against a scripted git: what it asks git to do, and how it takes a
/// rejected push, an unreachable remote and what a killed round left behind.
@Suite struct TeamSyncTests {
  /// Answers from a script, in order per command word; records every call.
  final class ScriptedGit: GitRunner, @unchecked Sendable {
    var answers: [String: [GitOutcome]]
    var calls: [[String]] = []
    init(_ answers: [String: [GitOutcome]]) { self.answers = answers }

    func git(_ arguments: [String], in directory: String) -> GitOutcome {
      calls.append(arguments)
      let word = arguments.first { !$0.hasPrefix("-") && !$0.contains("=") } ?? ""
      if var queue = answers[word], !queue.isEmpty {
        let next = queue.removeFirst()
        answers[word] = queue
        return next
      }
      if word == "symbolic-ref" { return GitOutcome(status: 0, output: "main\n") }
      if word == "diff" { return GitOutcome(status: 1) }
      return GitOutcome(status: 0)
    }

    var words: [String] {
      calls.map { $0.first { !$0.hasPrefix("-") && !$0.contains("=") } ?? "" }
    }
  }

  func teamDirectory() throws -> TemporaryDirectory {
    let dir = try TemporaryDirectory()
    try FileSystem.makeDirectories(dir.file(".git"), mode: 0o700)
    try NewFile.write("team\n", to: dir.file(TeamChains.marker), replace: false)
    try NewFile.write("laptop-1\n", to: dir.file(TeamChains.deviceFile), replace: false)
    try FileSystem.makeDirectories(dir.file("inc"), mode: 0o700)
    try NewFile.write("{}\n{}\n", to: dir.file("inc/laptop-1.jsonl"), replace: false)
    try NewFile.write("{}\n", to: dir.file("inc/laptop-2.jsonl"), replace: false)
    return dir
  }

  @Test func aRoundCommitsOnlyItsOwnChainThenFetchesMergesPushes() throws {
    let dir = try teamDirectory()
    let git = ScriptedGit([:])
    let report = try TeamSync(directory: dir.path, git: git).round()
    #expect(report.committed && report.fetched && report.pushed)
    #expect(report.unshared == 0)
    #expect(
      git.words == ["add", "diff", "commit", "symbolic-ref", "fetch", "rev-parse", "push"])
    #expect(git.calls[0] == ["add", "--", "inc/laptop-1.jsonl"])
    // Once pushed, new lines count as not shared.
    let fd = try FileDescriptor.open(dir.file("inc/laptop-1.jsonl"), O_WRONLY | O_APPEND)
    try [UInt8]("{}\n".utf8).withUnsafeBytes { try fd.writeAll($0) }
    fd.close()
    #expect(TeamSync.unshared(in: dir.path, device: "laptop-1") == 1)
  }

  /// A console fetches every few seconds: with nothing new on either side a round is a fetch
  /// and two questions to git, no add, no commit, no merge, no push.
  @Test func anIdleRoundOnlyFetches() throws {
    let dir = try teamDirectory()
    _ = try TeamSync(directory: dir.path, git: ScriptedGit([:])).round()
    let same = GitOutcome(status: 0, output: "abc\nabc\n")
    let git = ScriptedGit(["rev-parse": [same]])
    let report = try TeamSync(directory: dir.path, git: git).round()
    #expect(report.pushed && !report.committed)
    #expect(git.words == ["symbolic-ref", "fetch", "rev-parse", "merge-base"])
  }

  @Test func othersEventsAreMerged() throws {
    let dir = try teamDirectory()
    _ = try TeamSync(directory: dir.path, git: ScriptedGit([:])).round()
    let differ = GitOutcome(status: 0, output: "abc\ndef\n")
    let notMerged = GitOutcome(status: 1)
    let git = ScriptedGit([
      "rev-parse": [differ], "merge-base": [notMerged, GitOutcome(status: 1)],
    ])
    let report = try TeamSync(directory: dir.path, git: git).round()
    #expect(report.pushed)
    #expect(
      git.words == [
        "symbolic-ref", "fetch", "rev-parse", "merge-base", "merge", "merge-base", "push",
      ])
  }

  @Test func aRejectedPushIsFetchedMergedAndPushedAgain() throws {
    let dir = try teamDirectory()
    let rejected = GitOutcome(status: 1, error: " ! [rejected] main -> main (fetch first)\n")
    let git = ScriptedGit(["push": [rejected, GitOutcome(status: 0)]])
    let report = try TeamSync(directory: dir.path, git: git).round()
    #expect(report.pushed)
    #expect(git.words.filter { $0 == "fetch" }.count == 2)
    #expect(git.words.filter { $0 == "push" }.count == 2)
  }

  @Test func anUnreachableRemoteIsOfflineAndKeepsTheEvents() throws {
    let dir = try teamDirectory()
    let down = GitOutcome(
      status: 128, error: "fatal: '/nowhere' does not appear to be a git repository\n")
    let git = ScriptedGit(["fetch": [down]])
    let report = try TeamSync(directory: dir.path, git: git).round()
    #expect(!report.pushed)
    #expect(report.offline?.contains("does not appear") == true)
    #expect(report.unshared == 2)
    #expect(!git.words.contains("push"))
  }

  @Test func whatAKilledRoundLeftIsRepairedFirst() throws {
    let dir = try teamDirectory()
    try NewFile.write("", to: dir.file(".git/index.lock"), replace: false)
    try NewFile.write("abc\n", to: dir.file(".git/MERGE_HEAD"), replace: false)
    let git = ScriptedGit([:])
    _ = try TeamSync(directory: dir.path, git: git).round()
    #expect(!FileSystem.isFile(dir.file(".git/index.lock")))
    #expect(git.calls.first == ["merge", "--abort"])
  }

  @Test func aPlainLogDirectoryIsNeverShared() throws {
    let dir = try TemporaryDirectory()
    let git = ScriptedGit([:])
    #expect(throws: TeamFailure.self) { try TeamSync(directory: dir.path, git: git).round() }
    #expect(git.calls.isEmpty)
  }
}
