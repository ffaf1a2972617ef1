import Testing

@testable import CrisisKit

/// A German export is German in every heading, metric name and date; the catalogue has
/// every phrase in both languages (the protocol makes a missing one a compile error; these
/// tests catch a phrase left in English).
@Suite struct ReportLanguageTests {
  static let english = EnglishReportWords()
  static let german = GermanReportWords()

  static func report(_ options: ExportOptions) -> ExportReport {
    ExportFixtures.report(options)
  }

  @Test func everySectionHeadingIsTranslated() {
    for section in ReportSection.allCases {
      #expect(Self.english.section(section) != Self.german.section(section), "\(section)")
    }
    for item in ChartLegendItem.allCases {
      #expect(Self.english.chartLegend(item) != Self.german.chartLegend(item), "\(item)")
    }
    for result in IncidentMetrics.StepResult.allCases {
      #expect(Self.english.result(result) != Self.german.result(result), "\(result)")
    }
    for kind in ReviewFinding.Kind.allCases {
      #expect(
        Self.english.followUp(kind, subjects: []) != Self.german.followUp(kind, subjects: []))
    }
  }

  /// Every heading the English export prints, none of which may appear in the German one.
  static var englishHeadings: [String] {
    ReportSection.allCases.map(english.section)
      + english.reviewQuestions.map(\.title)
      + english.stepHeaders + english.metricHeaders + english.findingHeaders
      + english.timelineHeaders.filter { $0 != "T+" }
      + english.activityHeaders.filter { $0 != "Person" }
      + english.injectHeaders.filter { $0 != "T+" } + english.followUpHeaders
      + [english.documentKind(isPublic: false), english.documentKind(isPublic: true)]
  }

  @Test(arguments: [ExportOptions.Audience.all, .public])
  func germanMarkdownHasNoEnglishHeading(_ audience: ExportOptions.Audience) {
    let md = MarkdownExport.render(
      Self.report(ExportOptions(audience: audience, language: .german)))
    let headings = md.split(separator: "\n").filter { $0.hasPrefix("#") || $0.hasPrefix("|") }
    for english in Self.englishHeadings {
      #expect(
        !headings.contains {
          $0 == "# \(english)" || $0 == "## \(english)" || $0 == "### \(english)"
            || $0.contains("| \(english) |")
        },
        "English \"\(english)\" in the German report")
    }
    #expect(md.contains("27.11.2026"), "German dates")
    #expect(!md.contains("2026-11-27 "), "no ISO date in the German text (the id has one)")
    if audience == .all {
      #expect(md.contains("## Zusammenfassung"))
      #expect(md.contains("### Feststellungen"))
      #expect(md.contains("Verantwortlich: "))
    } else {
      #expect(md.contains("Uhr"))
      #expect(md.contains("Öffentlich"))
    }
  }

  @Test(arguments: [ExportOptions.Audience.all, .public])
  func germanHTMLHasNoEnglishHeading(_ audience: ExportOptions.Audience) {
    let html = HTMLExport.render(
      Self.report(ExportOptions(audience: audience, language: .german)))
    #expect(html.contains("lang=\"de\""))
    for english in Self.englishHeadings {
      #expect(!html.contains("<h2>\(english)</h2>"), "\(english)")
      #expect(!html.contains("<h3>\(english)</h3>"), "\(english)")
      #expect(!html.contains("scope=\"col\">\(english)</th>"), "\(english)")
    }
    // The timeline's event sentences come from `EventDescription` (the event catalogue),
    // not from the report's words; everything else must be German.
    let timeline = html.range(of: "<section id=\"timeline\">").map { start in
      html[start.lowerBound...].range(of: "</section>").map { start.lowerBound..<$0.upperBound }
    }
    var outside = html
    if let range = timeline ?? nil { outside.removeSubrange(range) }
    for label in ["DRILL", "Damaged log", "Started", "Severity", "Resolved after"] {
      #expect(!outside.contains(">\(label)"), "\(label)")
    }
    if audience == .all {
      for item in ChartLegendItem.allCases {
        #expect(!html.contains(">\(Self.english.chartLegend(item))</text>"), "\(item)")
      }
      #expect(html.contains("<h2>Zusammenfassung</h2>"))
    }
  }

  @Test func germanDatesAreWrittenTheGermanWay() throws {
    let time = try #require(Timestamp.parse("2026-11-30T14:30:05.000+01:00"))
    #expect(Self.german.dateTime(time) == "30.11.2026, 14:30:05 Uhr (UTC+01:00)")
    let nextDay = try #require(Timestamp.parse("2026-12-01T00:10:00.000+01:00"))
    #expect(Self.german.clock(nextDay, sameDayAs: time) == "01.12.2026 00:10:00")
    #expect(Self.german.clock(time, sameDayAs: time) == "14:30:05")
  }

  @Test func csvNoticesAndRedactionSpeakGerman() throws {
    let report = Self.report(ExportOptions(redact: true, language: .german))
    let csv = CSVExport.render(report)
    #expect(csv.contains("ÜBUNG: Dies war eine Planspielübung"))
    #expect(csv.contains("Anonymisiert: "))
    #expect(!csv.contains("Responder"))
  }

  /// The timeline's event sentences are German too, and the redaction still applies to them.
  @Test func germanTimelineSpeaksGermanAndRedacts() {
    let md = MarkdownExport.render(Self.report(ExportOptions(language: .german)))
    let timeline =
      md.components(separatedBy: "## Zeitverlauf\n").last?.components(separatedBy: "\n## ").first
      ?? ""
    for english in [
      "Step started", "Step done", "Step skipped", "Message on", "Inject:", "Reminder:", "Note:",
      "Decision:", "assigned to", "Incident resolved", "Drill started", "Set ",
    ] {
      #expect(!timeline.contains(english), "\(english)")
    }
    #expect(timeline.contains("Schritt erledigt: Störung mit der IT bestätigen \\[confirm\\]"))
    #expect(timeline.contains("Einspielung: Journalist ruft an"))
    let redacted = MarkdownExport.render(
      Self.report(ExportOptions(redact: true, language: .german)))
    for name in [ExportFixtures.joerg, ExportFixtures.sam] {
      #expect(!redacted.contains(name), "\(name) in a redacted report")
    }
    for event in ExportFixtures.drillEvents {
      #expect(
        Self.german.event(event, playbook: ExportFixtures.shopOutage, names: .off) != nil,
        "\(event.type.name)")
      #expect(Self.english.event(event, playbook: ExportFixtures.shopOutage, names: .off) == nil)
    }
  }
}
