// libFuzzer entry for the YAML parser: any bytes must parse or fail with a YAMLError, never
// crash, hang or touch memory they should not. Built by bench/fuzz together with the
// CrisisKit sources (one module, so internal API is reachable); not part of the package.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  if let node = try? YAMLParser.parse(bytes) {
    _ = node.position
  }
  return 0
}
