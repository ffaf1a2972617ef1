// libFuzzer entry for the incident log reader. The input is a log file's bytes:
// 1. each line goes through JSONParser.parse, LineContent.of and IncidentEvent(json:line:);
// 2. the whole input is written to a temporary file and read back with LogReader (a tiny
//    chunk size, so lines straddle buffer refills), hashed, chain-verified and folded into
//    IncidentState by IncidentFile.read, as status, resume, replay and verify do.
// Built by bench/fuzz with the CrisisKit sources; not part of the package.
#if canImport(Glibc)
  import Glibc
#endif

nonisolated(unsafe) var fuzzLogPath: String?

func fuzzLogFile() -> String? {
  if let fuzzLogPath { return fuzzLogPath }
  let directory = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
  let path = "\(directory)/crisis-fuzz-log-\(getpid()).jsonl"
  fuzzLogPath = path
  return path
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLog(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let bytes = UnsafeRawBufferPointer(start: data, count: size)
  // 1. Line by line, in memory.
  var start = 0
  var number = 0
  while start <= bytes.count {
    var end = start
    while end < bytes.count, bytes[end] != 0x0A { end += 1 }
    number += 1
    let line = UnsafeRawBufferPointer(rebasing: bytes[start..<end])
    if let value = try? JSONParser.parse(line) {
      _ = try? IncidentEvent(json: value, line: number)
      _ = JSONWriter().string(value)
    }
    _ = LineContent.of(line)
    start = end + 1
  }
  // 2. As a file on disk.
  guard let path = fuzzLogFile() else { return 0 }
  let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
  guard fd >= 0 else { return 0 }
  var written = 0
  while written < size, let base = bytes.baseAddress {
    let n = write(fd, base + written, size - written)
    if n <= 0 { break }
    written += n
  }
  close(fd)
  if let reader = try? LogReader(path: path, hashing: true, chunkSize: 16) {
    while let line = try? reader.next() { _ = line.sha256 }
  }
  _ = try? IncidentLog.verifyChain(path: path)
  if let file = try? IncidentFile.read(path: path, keepEvents: true, upToDamage: true),
    let playbook = file.state.playbook
  {
    _ = Agenda(playbook: playbook, state: file.state)
  }
  return 0
}
