import Testing

@testable import CrisisKit

/// `crisis start` with and without a PLAYBOOK.
@Suite struct PlaybookMenuTests {
  func catalog() throws -> (TemporaryDirectory, PlaybookCatalog) {
    let dir = try TemporaryDirectory()
    Files.write(dir.file("alpha.yml"), Array("playbook: alpha\ntitle: Alpha down\n".utf8))
    Files.write(dir.file("beta.yml"), Array("playbook: beta\ntitle: Beta down\n".utf8))
    return (dir, PlaybookCatalog(directories: [dir.path]))
  }

  @Test func namedPlaybookIsResolvedWithoutAsking() throws {
    let (dir, catalog) = try catalog()
    let terminal = MemoryTerminal([])
    #expect(
      try PlaybookMenu.choose("beta", catalog: catalog, terminal: terminal) == dir.file("beta.yml"))
    #expect(terminal.output.isEmpty)
  }

  @Test func unknownNameSuggests() throws {
    let (_, catalog) = try catalog()
    #expect(throws: CommandFailure.input(catalog.notFound("alpah"))) {
      try PlaybookMenu.choose("alpah", catalog: catalog, terminal: MemoryTerminal([]))
    }
  }

  @Test func pickByNumberAfterAWrongAnswer() throws {
    let (dir, catalog) = try catalog()
    let terminal = MemoryTerminal([.line("7"), .line(" 2 ")])
    #expect(
      try PlaybookMenu.choose(nil, catalog: catalog, terminal: terminal) == dir.file("beta.yml"))
    #expect(terminal.output.contains("   1) Alpha down  [alpha]\n"))
    #expect(terminal.output.contains("   2) Beta down  [beta]\n"))
    #expect(terminal.output.contains("Type a number from 1 to 2, or a playbook's name."))
  }

  @Test func pickByNameAndCancel() throws {
    let (dir, catalog) = try catalog()
    #expect(
      try PlaybookMenu.choose(nil, catalog: catalog, terminal: MemoryTerminal([.line("alpha")]))
        == dir.file("alpha.yml"))
    #expect(try PlaybookMenu.choose(nil, catalog: catalog, terminal: MemoryTerminal([])) == nil)
  }

  @Test func emptySearchPathIsAnError() throws {
    let dir = try TemporaryDirectory()
    let catalog = PlaybookCatalog(directories: [dir.path])
    #expect(throws: CommandFailure.input("no playbooks found in \(catalog.noneFound)")) {
      try PlaybookMenu.choose(nil, catalog: catalog, terminal: MemoryTerminal([]))
    }
  }
}
