import Testing

@testable import CrisisKit

@Suite struct MemoryTerminalTests {
  @Test func playsTheScriptAndRecordsATranscript() {
    nonisolated(unsafe) var minutes = 0
    let terminal = MemoryTerminal([
      .line("done"), .tick, .action { minutes = 15 }, .tick, .interrupt, .line("x"),
    ])
    #expect(terminal.readLine(prompt: "> ") == .line("done"))
    let onTick = { minutes > 0 ? ["\(minutes)m: statement due"] : [] }
    #expect(terminal.readLine(prompt: "> ", tick: 1, onTick: onTick) == .interrupted)
    #expect(terminal.readLine(prompt: "> ") == .line("x"))
    #expect(terminal.isFinished)
    #expect(terminal.readLine(prompt: "> ") == .endOfInput)
    #expect(terminal.output == "> done\n> \n15m: statement due\n> ^C\n> x\n> \n")
    #expect(terminal.prompts.count == 4)
  }

  @Test func clipboardAndStreams() {
    let terminal = MemoryTerminal([], isInteractive: true)
    #expect(terminal.copyToClipboard("We know"))
    terminal.writeLine("out")
    terminal.writeError("err\n")
    #expect(terminal.clipboard == ["We know"])
    #expect(terminal.output == "out\n")
    #expect(terminal.errorOutput == "err\n")
  }
}
