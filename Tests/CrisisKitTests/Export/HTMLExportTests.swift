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

  /// A status update posted by Communications while the IT step is open is drawn in the
  /// Communications lane; a message by someone without a role goes to the lane for people
  /// without one, never to the open step's lane.
  @Test func marksGoToTheLaneOfWhoDidIt() throws {
    typealias F = ExportFixtures
    var log = F.LogBuilder()
    log.add(
      .incidentStarted, 0, by: F.anna,
      [("roles", .object([("lead", .string(F.anna)), ("comms", .string(F.joerg))]))])
    log.add(.roleAssigned, 10, by: F.anna, [("role", .string("it")), ("name", .string(F.sam))])
    log.add(.stepStarted, 10, by: F.anna, [("step", .string("confirm"))])
    for actor in [F.joerg, F.kai, F.sam] {
      log.add(
        .messageSent, 60, by: actor,
        [("step", .string("confirm")), ("channel", .string("status")), ("text", .string("x"))])
    }
    let report = ExportReport(playbook: F.shopOutage, events: log.events)
    let chart = TimelineChart(report: report)
    let lanes = chart.lanes()
    let messages = report.entries.filter { $0.event.type == .messageSent }
    #expect(messages.map { chart.lane(for: $0, lanes: lanes) } == ["comms", nil, "it"])
    #expect(lanes.contains { $0.role == nil }, "a lane for people without a role")
  }

  /// Inject labels never overlap, however close the injects and however long their titles.
  @Test(arguments: [1.0, 30.0, 600.0])
  func injectLabelsNeverOverlap(spacing: Double) throws {
    typealias F = ExportFixtures
    var log = F.LogBuilder()
    log.add(.incidentStarted, 0, by: F.anna, [])
    for i in 0..<12 {
      log.add(
        .inject, 60 + Double(i) * spacing, by: F.anna,
        [
          ("source", .string("facilitator")),
          ("title", .string(String(repeating: "Wichtig! 📣 WWW ", count: i % 3 + 1))),
        ])
    }
    log.add(.incidentResolved, 60 + 12 * spacing + 60, by: F.anna, [])
    let chart = TimelineChart(report: ExportReport(playbook: F.shopOutage, events: log.events))
    let (t0, t1) = chart.range()
    let labels = chart.injectLabels(
      x: {
        TimelineChart.plotLeft + ($0 - t0) / (t1 - t0)
          * (TimelineChart.plotRight - TimelineChart.plotLeft)
      },
      t0: t0, t1: t1)
    #expect(labels.count == 12)
    let placed = labels.filter { $0.row != nil }
    #expect(!placed.isEmpty)
    for label in placed {
      let width = Double(DisplayWidth.of(label.text)) * TimelineChart.labelColumn
      #expect(label.start >= 0 && label.start + width <= TimelineChart.width, "inside the chart")
    }
    for (i, a) in placed.enumerated() {
      for b in placed[(i + 1)...] where a.row == b.row {
        let (aEnd, bEnd) = (
          a.start + Double(DisplayWidth.of(a.text)) * TimelineChart.labelColumn,
          b.start + Double(DisplayWidth.of(b.text)) * TimelineChart.labelColumn
        )
        #expect(aEnd <= b.start || bEnd <= a.start, "\(a.text) and \(b.text) overlap")
      }
    }
    let svg = chart.svg()
    #expect(svg.contains("font-family=\"\(TimelineChart.labelFont)\""), "a face of known width")
  }
}
