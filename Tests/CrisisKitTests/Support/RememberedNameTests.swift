import Testing

@testable import CrisisKit

/// `--as` remembered per user: a private file, replaced whole.
@Suite struct RememberedNameTests {
  @Test func savesPrivatelyAndReadsBack() throws {
    let dir = try TemporaryDirectory()
    let path = dir.path + "/config/crisis/operator-name"
    let name = RememberedName(path: path)
    #expect(name.read() == nil)
    try name.save("anna")
    #expect(name.read() == "anna")
    #expect(FileSystem.mode(of: path).map { $0 & 0o777 } == 0o600)
    #expect(FileSystem.mode(of: dir.path + "/config/crisis").map { $0 & 0o777 } == 0o700)
    try name.save("Ben Müller")
    #expect(name.read() == "Ben Müller")
    #expect(FileSystem.contents(of: dir.path + "/config/crisis") == ["operator-name"])
  }

  @Test func refusesWhatIsNotOneLineOfText() throws {
    let dir = try TemporaryDirectory()
    let name = RememberedName(path: dir.path + "/operator-name")
    try name.save("anna\n\u{1B}[31m")
    #expect(name.read() == nil)
    try name.save(String(repeating: "x", count: RememberedName.maximumBytes + 1))
    #expect(name.read() == nil)
  }
}
