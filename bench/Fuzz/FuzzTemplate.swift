// libFuzzer entry for the template renderer. The input is split at NUL bytes: the first part
// is the template text, the rest are name, value, name, value … for the placeholders.
// render and placeholders must never crash or hang on any text; rendering without values
// gives the text back unchanged, and every placeholder found has a valid name.
// Built by bench/fuzz with the CrisisKit sources; not part of the package.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTemplate(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let bytes = UnsafeBufferPointer(start: data, count: size)
  let parts = bytes.split(separator: 0, omittingEmptySubsequences: false).map {
    String(decoding: $0, as: UTF8.self)
  }
  guard let text = parts.first else { return 0 }
  var values: [String: String] = [:]
  var index = 1
  while index + 1 < parts.count {
    values[parts[index]] = parts[index + 1]
    index += 2
  }
  let placeholders = TemplateText.placeholders(in: text)
  let rendered = TemplateText.render(text, values: values)
  _ = TemplateText.placeholders(in: rendered)
  if let bad = placeholders.first(where: { !TemplateText.isName($0.name) }) {
    fatalError("placeholder with an invalid name: \(bad.name)")
  }
  // With no values, rendering leaves every placeholder as written: the text is unchanged.
  if TemplateText.render(text, values: [:]) != text {
    fatalError("render without values changed the text")
  }
  return 0
}
