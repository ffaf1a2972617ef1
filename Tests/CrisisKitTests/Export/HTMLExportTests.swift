import Foundation
import Testing

@testable import CrisisKit

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite struct HTMLExportTests {
  @Test func drillReport() {
    Snapshot.assert(HTMLExport.render(ExportFixtures.report()), named: "drill-report.html")
  }

  @Test func publicStatements() {
    Snapshot.assert(
      HTMLExport.render(ExportFixtures.report(ExportOptions(audience: .public))),
      named: "drill-public.html")
  }
}

/// Reads the export with FoundationXML's XMLParser (libxml2): it must be well-formed, have no
/// `script` element anywhere, no event handler attributes and no external resource.
final class XHTMLInspector: NSObject, XMLParserDelegate {
  var elements: [String] = []
  var attributes: [(String, String)] = []
  var text = ""

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName: String?,
    attributes attributeDict: [String: String] = [:]
  ) {
    elements.append(elementName.lowercased())
    attributes += attributeDict.map { ($0.key.lowercased(), $0.value) }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

  static func inspect(_ html: String) -> (XHTMLInspector, Bool, String?) {
    let inspector = XHTMLInspector()
    let parser = XMLParser(data: Data(html.utf8))
    parser.delegate = inspector
    let ok = parser.parse()
    return (inspector, ok, parser.parserError.map { "\($0)" })
  }
}

extension HTMLExportTests {
  @Test(arguments: [ExportOptions(), ExportOptions(audience: .public), ExportOptions(redact: true)])
  func isWellFormedWithoutScript(options: ExportOptions) {
    let html = HTMLExport.render(ExportFixtures.report(options))
    let (inspector, ok, error) = XHTMLInspector.inspect(html)
    #expect(ok, "not well-formed: \(error ?? "?")")
    #expect(!inspector.elements.contains("script"))
    #expect(!inspector.attributes.contains { $0.0.hasPrefix("on") })
    #expect(!inspector.attributes.contains { $0.0 == "src" })
    #expect(!inspector.attributes.contains { $0.1.lowercased().hasPrefix("javascript:") })
    #expect(!html.lowercased().contains("<link"))
    #expect(!html.contains("@import"))
    #expect(html.contains("<meta charset=\"utf-8\"/>"))
    #expect(html.contains("lang=\"en\""))
  }

  @Test func hostileTextAppearsEscaped() {
    let html = HTMLExport.render(ExportFixtures.report())
    #expect(
      html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;Zahlung&quot;"))
    #expect(html.contains("Sam O&#39;Neil"))
    #expect(!html.contains("<script"))
    let (inspector, _, _) = XHTMLInspector.inspect(html)
    #expect(inspector.text.contains("<script>alert(\"x\")</script> & \"Zahlung\""))
    #expect(inspector.text.contains("Black Friday 🛒"))
  }

  @Test func drillIsMarkedThroughout() {
    let html = HTMLExport.render(ExportFixtures.report())
    #expect(html.contains("<title>[DRILL] Shop nicht erreichbar"))
    #expect(html.contains("DRILL · tabletop exercise · not a real incident"))
    #expect(html.contains("class=\"notice notice-drill\""))
  }

  @Test func chartHasALanePerRoleAndMarkers() {
    let svg = TimelineChart(report: ExportFixtures.report()).svg()
    for title in ["Einsatzleitung", "Kommunikation", "IT-Verbindung", "No role"] {
      #expect(svg.contains(">\(title)</text>"))
    }
    #expect(svg.contains("Inject at T+8m: Journalist ruft an; reaction after 1m"))
    #expect(svg.contains("First public statement due at T+15m"))
    #expect(svg.contains(">T+45m</text>"))
  }

  @Test func damagedLogIsReported() {
    let html = HTMLExport.render(ExportFixtures.report())
    #expect(
      html.contains(
        "The log ends with a damaged line 25 (crash during a write); events up to line 24 are included."
      ))
  }
}
