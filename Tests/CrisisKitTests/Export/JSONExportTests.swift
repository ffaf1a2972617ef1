import Foundation
import Testing

@testable import CrisisKit

/// The schema of docs/export-json.md as Decodable types (keys converted from snake_case): the
/// test that the output is what the document says.
struct ExportDocument: Decodable {
  struct Incident: Decodable {
    struct PlaybookInfo: Decodable {
      var id: String
      var title: String
      var path: String
      var sha256: String
    }
    struct RoleHolders: Decodable {
      var role: String
      var title: String
      var holders: [String]
    }
    var id: String
    var title: String
    var mode: String
    var status: String
    var severity: String?
    var severityAtStart: String?
    var playbook: PlaybookInfo?
    var started: String?
    var startedBy: String?
    var ended: String?
    var endedByResolution: Bool
    var durationSeconds: Double
    var summary: String?
    var drillSpeed: Double?
    var roles: [RoleHolders]
  }
  struct Log: Decodable {
    var events: Int
    var lastLine: Int?
    var damagedLine: Int?
  }
  struct Notice: Decodable {
    var kind: String
    var text: String
  }
  struct Silence: Decodable {
    var fromSeconds: Double
    var toSeconds: Double
    var seconds: Double
  }
  struct Metrics: Decodable {
    struct FirstStatement: Decodable {
      var seconds: Double?
      var at: String?
      var channel: String?
      var step: String?
      var actor: String?
      var deadlineSeconds: Double
      var deadlineSource: String
      var deadlineStep: String?
      var outcome: String
    }
    struct ChannelFirst: Decodable {
      var channel: String
      var title: String
      var audience: String?
      var messages: Int
      var firstSeconds: Double?
      var firstAt: String?
      var firstActor: String?
    }
    struct Messages: Decodable {
      var total: Int
      var `public`: Int
    }
    struct StepOutcome: Decodable {
      var id: String
      var title: String
      var role: String?
      var roleTitle: String?
      var heldBy: String?
      var finishedBy: String?
      var dueSeconds: Double?
      var startedSeconds: Double?
      var finishedSeconds: Double?
      var durationSeconds: Double?
      var result: String
      var skipReason: String?
    }
    struct Decision: Decodable {
      var seconds: Double
      var at: String
      var actor: String
      var step: String
      var question: String
      var answer: String
      var next: String?
    }
    struct Note: Decodable {
      var seconds: Double
      var at: String
      var actor: String
      var text: String
      var backdated: Bool
    }
    struct Activity: Decodable {
      var actor: String
      var roles: [String]
      var messages: Int
      var steps: Int
      var decisions: Int
      var notes: Int
      var other: Int
      var total: Int
    }
    struct Inject: Decodable {
      var seconds: Double
      var at: String
      var title: String
      var text: String
      var role: String?
      var source: String
      var reactionSeconds: Double?
      var reactionActor: String?
      var reactionType: String?
      var reactionDelaySeconds: Double?
      var scheduledSeconds: Double?
      var expected: [String]
      var expectedDone: Bool?
      var expectedReactionSeconds: Double?
      var expectedReactionType: String?
      var expectedReactionDelaySeconds: Double?
      var unexpected: [Action]
    }
    struct Action: Decodable {
      var seconds: Double
      var type: String
      var actor: String
    }
    struct Scorecard: Decodable {
      var stepsOnTime: Int
      var stepsLate: Int
      var stepsSkipped: Int
      var firstStatementSeconds: Double?
      var firstStatementDeadlineSeconds: Double
      var firstStatementOutcome: String
      var cadenceKept: Bool?
      var longestSilenceSeconds: Double?
      var decisions: Int
      var injects: Int
      var injectsAnswered: Int
      var stepsLateIds: [String]
      var stepsSkippedIds: [String]
      var promisesBroken: Int
      var injectsWithExpectation: Int
      var injectsExpectedDone: Int
      var practise: [String]
    }
    struct Finding: Decodable {
      var kind: String
      var subject: String
      var subjectTitle: String
      var role: String?
      var roleTitle: String?
      var heldBy: String?
      var seconds: Double?
      var dueSeconds: Double?
      var detail: String?
      var text: String
      var followUp: String
    }
    var firstPublicStatement: FirstStatement
    var firstMessagePerChannel: [ChannelFirst]
    var silenceBeforeFirstStatement: Silence
    var longestPublicSilence: Silence?
    var promisedCadenceSeconds: Double?
    var cadenceKept: Bool?
    var messages: Messages
    var steps: [StepOutcome]
    var stepCounts: [String: Int]
    var decisions: [Decision]
    var notes: [Note]
    var activity: [Activity]
    var injects: [Inject]
    var scorecard: Scorecard?
    var findings: [Finding]
  }
  struct Event: Decodable {
    var seq: Int
    var line: Int
    var time: String
    var ts: String
    var at: String?
    var tPlusSeconds: Double
    var tPlus: String
    var actor: String?
    var roles: [String]
    var type: String
    var summary: String
    var fields: [String: JSONAny]
  }
  /// Any JSON value: `fields` are the log's own, so the schema does not fix their types.
  struct JSONAny: Decodable {
    var text: String?
    init(from decoder: Decoder) throws {
      let container = try decoder.singleValueContainer()
      text = try? container.decode(String.self)
    }
  }

  var schema: String
  var schemaVersion: Int
  var audience: String
  var redacted: Bool
  var incident: Incident
  var log: Log
  var notices: [Notice]
  var metrics: Metrics?
  var events: [Event]
}

@Suite struct JSONExportTests {
  /// The schema's keys are snake_case; the Swift types are camelCase.
  let decoder: JSONDecoder = {
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    return decoder
  }()

  @Test func drillReport() {
    Snapshot.assert(JSONExport.render(ExportFixtures.report()), named: "drill-report.json")
  }

  @Test func publicStatements() {
    Snapshot.assert(
      JSONExport.render(ExportFixtures.report(ExportOptions(audience: .public))),
      named: "drill-public.json")
  }

  @Test func decodesIntoTheDocumentedTypes() throws {
    let json = JSONExport.render(ExportFixtures.report())
    let doc = try decoder.decode(ExportDocument.self, from: Data(json.utf8))
    #expect(doc.schema == "crisis-export")
    #expect(doc.schemaVersion == 1)
    #expect(doc.incident.mode == "drill")
    #expect(doc.incident.title == "Shop nicht erreichbar – Black Friday 🛒")
    #expect(doc.log.damagedLine == 25)
    #expect(doc.log.lastLine == 24)
    #expect(doc.events.count == 24)
    #expect(
      doc.events.map(\.seq) != doc.events.map(\.seq).sorted(),
      "a backdated note moves up the timeline")
    let metrics = try #require(doc.metrics)
    #expect(metrics.firstPublicStatement.seconds == 600)
    #expect(metrics.firstPublicStatement.outcome == "met")
    #expect(metrics.longestPublicSilence?.seconds == 960)
    #expect(metrics.stepCounts["late"] == 1)
    #expect(metrics.scorecard?.injectsAnswered == 2)
    #expect(metrics.scorecard?.stepsLateIds == ["confirm"])
    #expect(metrics.scorecard?.practise.count == 3)
    #expect(metrics.injects.first?.scheduledSeconds == 480)
    #expect(metrics.injects.first?.expectedDone == nil, "no expect: in the fixture")
    #expect(metrics.findings.map(\.kind) == ["late_step", "skipped"])
    #expect(metrics.findings.first?.roleTitle == "IT-Verbindung")
    #expect(metrics.findings.last?.detail == "Gelöst, keine weiteren Updates nötig")
    #expect(
      doc.events.first { $0.type == "note" }?.fields["text"]?.text?.hasPrefix("@channel") == true)
  }

  @Test func publicDocumentHasNoTeamData() throws {
    let json = JSONExport.render(ExportFixtures.report(ExportOptions(audience: .public)))
    let doc = try decoder.decode(ExportDocument.self, from: Data(json.utf8))
    #expect(doc.metrics == nil)
    #expect(doc.events.count == 4)
    #expect(doc.events.allSatisfy { $0.actor == nil && $0.type == "message.sent" })
    #expect(!json.contains("Jörg"))
    #expect(!json.contains("HYPERLINK"))
  }

  @Test func redactedDocumentHasNoNames() throws {
    let json = JSONExport.render(ExportFixtures.report(ExportOptions(redact: true)))
    let doc = try decoder.decode(ExportDocument.self, from: Data(json.utf8))
    #expect(doc.redacted)
    for name in [ExportFixtures.anna, ExportFixtures.joerg, ExportFixtures.sam] {
      #expect(!json.contains(name))
    }
    #expect(doc.incident.startedBy == "Einsatzleitung")
    #expect(
      doc.metrics?.activity.map(\.actor) == [
        "Einsatzleitung", "IT-Verbindung", "Kommunikation", "Responder 1",
      ])
  }
}
