// libFuzzer entry for the playbook pipeline: bytes → YAML → PlaybookDecoder → PlaybookLinter,
// exactly what `crisis lint` runs. Any input must end in a playbook or diagnostics, never a
// crash or hang. Built by bench/fuzz with the CrisisKit sources; not part of the package.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPlaybook(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let result = PlaybookLoader.load(bytes: bytes, file: "fuzz.yml")
  // Format every diagnostic, as lint prints them to a pipe and to a terminal (the source
  // line and caret under each place, from whatever bytes the file holds).
  for diagnostic in result.diagnostics {
    _ = diagnostic.description
    _ = diagnostic.rendered(source: bytes, excerpts: true, width: 40)
  }
  if let playbook = result.playbook, !result.hasErrors {
    // What `crisis show` and the walkthrough do with a valid playbook.
    _ = PlaybookOutline.text(playbook)
    let values = PlaybookLinter.sampleValues(for: playbook)
    for template in playbook.templates { _ = TemplateText.render(template.text, values: values) }
  }
  return 0
}
