import Testing

@testable import CrisisKit

@Suite struct CSVExportTests {
  @Test func drillReport() {
    Snapshot.assert(CSVExport.render(ExportFixtures.report()), named: "drill-report.csv")
  }

  @Test func publicStatements() {
    Snapshot.assert(
      CSVExport.render(ExportFixtures.report(ExportOptions(audience: .public))),
      named: "drill-public.csv")
  }

  @Test func readsBackWithAnRFC4180Reader() throws {
    let csv = CSVExport.render(ExportFixtures.report())
    #expect(csv.hasPrefix("\u{FEFF}"))
    #expect(Array(csv.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
    let rows = try CSVReader.parse(String(csv.dropFirst()))
    let findings = ExportFixtures.report().findings.count
    #expect(findings > 0)
    #expect(
      rows.count == 1 + ExportFixtures.drillEvents.count + findings + 2,
      "header, events, findings, drill and damaged-log notices")
    #expect(rows.filter { $0[7].hasPrefix("finding.") }.count == findings)
    #expect(rows.allSatisfy { $0.count == CSVExport.columns.count })
    #expect(rows[0] == CSVExport.columns)
    let texts = rows.map { $0[10] }
    #expect(rows.dropFirst().allSatisfy { $0[1] == "drill" })
    #expect(rows.last?[10].contains("damaged line 25") == true)
    #expect(
      texts.contains(
        "Checkout liefert 502 <script>alert(\"x\")</script> & \"Zahlung\", laut Hoster; Details:\nZeile 2 | mit Pipe"
      ))
    #expect(
      texts.contains {
        $0.contains("Nächstes Update: 17:45 | ETA") && $0.contains("\nUrsache: \"Zahlungsdienst\"")
      })
    #expect(texts.contains { $0.contains("„Team Shop“ 💙") })
    #expect(rows[1][5] == "Anna Müller")
  }

  @Test func recordsEndWithCRLFAndOnlyThere() {
    let csv = CSVExport.render(ExportFixtures.report())
    let records = csv.utf8.split(separator: 0x0A, omittingEmptySubsequences: false)
    // Every LF that ends a record follows a CR; LFs inside quoted fields stand alone.
    #expect(csv.hasSuffix("\r\n"))
    #expect(records.count > ExportFixtures.drillEvents.count)
  }

  @Test func formulaCellsAreDefused() throws {
    let rows = try CSVReader.parse(String(CSVExport.render(ExportFixtures.report()).dropFirst()))
    let texts = rows.map { $0[10] }
    #expect(texts.contains("'=HYPERLINK(\"http://evil.example\",\"klick\")"))
    #expect(texts.contains("'@channel Hotline meldet erste Anrufe seit 17:04"))
    #expect(!rows.flatMap { $0 }.contains { $0.hasPrefix("=") || $0.hasPrefix("@") })
  }

  @Test(arguments: [
    ("=1+1", "'=1+1"), ("+49 30 1234567", "'+49 30 1234567"), ("-42", "-42"), ("-3,5", "-3,5"),
    ("+7", "+7"),
    ("-.5", "-.5"), ("-", "'-"), ("-1-1", "'-1-1"), ("@SUM(A1)", "'@SUM(A1)"), ("a=b", "a=b"),
    ("", ""),
    ("-20m", "'-20m"), ("1.2.3", "1.2.3"),
  ])
  func formulaGuard(input: String, expected: String) {
    #expect(CSVExport.guardFormula(input) == expected)
  }

  @Test(arguments: [
    ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""),
    ("two\nlines", "\"two\nlines\""),
    ("ümläut 🛒", "ümläut 🛒"),
  ])
  func quoting(input: String, expected: String) {
    #expect(CSVExport.quote(input) == expected)
  }
}

/// A small, strict RFC 4180 reader for the tests: quoted fields may hold commas, quotes
/// (doubled) and line breaks; records end with CRLF; a bare quote inside an unquoted field or
/// anything after a closing quote is an error.
enum CSVReader {
  struct Malformed: Error, CustomStringConvertible {
    var description: String
  }

  static func parse(_ text: String) throws -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var scalars = Array(text.unicodeScalars)[...]
    var quoted = false
    var afterQuote = false
    while let c = scalars.popFirst() {
      if quoted {
        if c == "\"" {
          if scalars.first == "\"" {
            scalars.removeFirst()
            field.unicodeScalars.append("\"")
          } else {
            quoted = false
            afterQuote = true
          }
        } else {
          field.unicodeScalars.append(c)
        }
        continue
      }
      switch c {
      case ",":
        row.append(field)
        field = ""
        afterQuote = false
      case "\r":
        guard scalars.popFirst() == "\n" else { throw Malformed(description: "CR without LF") }
        row.append(field)
        rows.append(row)
        row = []
        field = ""
        afterQuote = false
      case "\n":
        throw Malformed(description: "bare LF ends a record")
      case "\"":
        guard field.isEmpty, !afterQuote else {
          throw Malformed(description: "quote inside an unquoted field")
        }
        quoted = true
      default:
        guard !afterQuote else { throw Malformed(description: "text after a closing quote") }
        field.unicodeScalars.append(c)
      }
    }
    guard !quoted else { throw Malformed(description: "unterminated quote") }
    if !field.isEmpty || !row.isEmpty {
      row.append(field)
      rows.append(row)
    }
    return rows
  }
}
