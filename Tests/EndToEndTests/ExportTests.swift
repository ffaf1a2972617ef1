import CrisisKit
import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// A scripted incident through a shipped playbook, then `crisis export` in every format from
/// the built binary.
@Suite struct ExportTests {
  func incident() throws -> CrisisRun.Result {
    let script = """
      a 1
      r lead Jörg Müller
      m 1
      d
      d
      d
      m 1 https://status.beispiel.de/1
      m 2 https://x.com/beispiel/1
      n Kunde schreibt: "Ist <script>alert(1)</script> sicher?", bitte prüfen
      d
      x Shop wieder online
      yes

      """
    var run = CrisisRun(stdin: script)
    run.arguments = ["start", "website-outage", "--as", "anna"] + WalkthroughTests.variables
    let result = try run.run()
    #expect(result.status == 0, "\(result.stderr)")
    return result
  }

  func export(_ arguments: String..., in dir: URL) throws -> CrisisRun.Result {
    var run = CrisisRun()
    run.arguments = ["export", "website-outage"] + arguments
    run.directory = dir
    return try run.run()
  }

  @Test func allFourFormats() throws {
    let dir = try incident().directory
    let md = try export(in: dir)
    #expect(md.status == 0, "\(md.stderr)")
    #expect(md.stdout.hasPrefix("# Website or shop is down"))
    #expect(md.stdout.contains("| Time to first public statement |"))
    #expect(md.stdout.contains("&lt;script&gt;"))
    #expect(md.stdout.contains("Jörg Müller"))

    #expect(try export("-o", "report.html", in: dir).status == 0)
    let html = try Data(contentsOf: dir.appendingPathComponent("report.html"))
    let parser = XMLParser(data: html)
    let delegate = ElementCollector()
    parser.delegate = delegate
    #expect(parser.parse(), "the HTML is well-formed: \(String(describing: parser.parserError))")
    #expect(!delegate.elements.contains("script"))
    #expect(delegate.elements.contains("svg"))
    #expect(delegate.text.contains("<script>alert(1)</script>"), "shown as text, not markup")

    let json = try export("--format", "json", in: dir)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let events = try #require(object["events"] as? [Any])
    #expect(events.count > 10)

    let csv = try export("--format", "csv", in: dir)
    #expect(csv.stdout.hasPrefix("\u{FEFF}"))
    let rows = CSVReader.rows(String(csv.stdout.dropFirst()))
    let findings = try #require((object["metrics"] as? [String: Any])?["findings"] as? [Any])
    #expect(rows.count == events.count + findings.count + 1, "header, events, findings")
    #expect(Set(rows.map(\.count)).count == 1, "every row has the same number of columns")
    #expect(rows.contains { $0.contains { $0.contains("Kunde schreibt: \"Ist <script>") } })
  }

  /// A German playbook (`language: de`) exports a German report without `--lang`, also for
  /// the public; `--lang en` gives the English one.
  @Test func aGermanPlaybookExportsAGermanReport() throws {
    var start = CrisisRun(
      stdin: "a 1\nm 1\nd\nm 1\nm 2\nd\nn Presse fragt nach\nx Shop wieder online\nyes\n")
    start.arguments = [
      "start", "de/webshop-ausfall", "--as", "anna", "--var", "shop=Beispiel-Shop", "--var",
      "aktion=Black Week", "--var", "status_url=status.beispiel.de", "--var", "eta=18:30",
      "--var", "verlaengerung=Montag",
    ]
    let started = try start.run()
    #expect(started.status == 0, "\(started.stderr)")
    func export(_ arguments: String...) throws -> String {
      var run = CrisisRun()
      run.arguments = ["export", "webshop"] + arguments
      run.directory = started.directory
      let result = try run.run()
      #expect(result.status == 0, "\(result.stderr)")
      return result.stdout
    }
    let md = try export()
    #expect(md.hasPrefix("# Webshop ist nicht erreichbar · Nachbericht"))
    for heading in ["## Zusammenfassung", "### Kennzahlen", "## Schritte", "## Nachbesprechung"] {
      #expect(md.contains("\n\(heading)\n"), "\(heading)")
    }
    for english in [
      "## Summary", "## Metrics", "## Steps", "## Timeline", "## Messages as sent",
      "## Post-incident review", "| Metric |", "| Step |", "Owner:",
    ] {
      #expect(!md.contains(english), "\(english)")
    }
    #expect(md.contains(" Uhr "), "German date and time")
    let publicMD = try export("--audience", "public")
    #expect(publicMD.contains("Öffentliche Meldungen"))
    #expect(publicMD.contains("Uhr"))
    #expect(!publicMD.contains("Public statements"))
    let html = try export("--format", "html")
    #expect(html.contains("lang=\"de\""))
    #expect(html.contains("<h2>Zusammenfassung</h2>"))
    let english = try export("--lang", "en")
    #expect(english.contains("## Summary"))
    #expect(!english.contains("## Zusammenfassung"))
  }

  @Test func existingFileNeedsForce() throws {
    let dir = try incident().directory
    #expect(try export("-o", "r.md", in: dir).status == 0)
    let again = try export("-o", "r.md", in: dir)
    #expect(again.status == 1)
    #expect(again.stderr.contains("r.md already exists; use --force"))
    #expect(try export("-o", "r.md", "--force", in: dir).status == 0)
  }

  @Test func publicAudienceAndRedaction() throws {
    let dir = try incident().directory
    let customerSafe = try export("--audience", "public", in: dir)
    #expect(customerSafe.status == 0)
    #expect(customerSafe.stdout.contains("https://status.beispiel.de/1"))
    #expect(!customerSafe.stdout.contains("Kunde schreibt"), "notes are internal")
    #expect(!customerSafe.stdout.contains("Jörg"))
    let redacted = try export("--redact", in: dir)
    #expect(!redacted.stdout.contains("| anna |"))
    #expect(redacted.stdout.contains("Incident lead"))
  }
}

/// Collects element names and text from an XML document.
final class ElementCollector: NSObject, XMLParserDelegate {
  var elements: Set<String> = []
  var text = ""
  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    elements.insert(elementName.lowercased())
  }
  func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
}

/// RFC 4180, as a spreadsheet reads it: quoted fields may hold commas, quotes and newlines.
enum CSVReader {
  static func rows(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var chars = Array(text)
    var i = 0
    while i < chars.count {
      let c = chars[i]
      if quoted {
        if c == "\"" {
          if i + 1 < chars.count, chars[i + 1] == "\"" {
            field.append("\"")
            i += 1
          } else {
            quoted = false
          }
        } else {
          field.append(c)
        }
      } else if c == "\"" {
        quoted = true
      } else if c == "," {
        row.append(field)
        field = ""
      } else if c == "\r\n" || c == "\n" {
        row.append(field)
        rows.append(row)
        row = []
        field = ""
      } else {
        field.append(c)
      }
      i += 1
    }
    if !field.isEmpty || !row.isEmpty {
      row.append(field)
      rows.append(row)
    }
    chars.removeAll()
    return rows
  }
}
