import Foundation
import Testing

@testable import CrisisKit

/// The schema of docs/export-json.md as Decodable types: the test that the output is what the
/// document says.
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
    var severity_at_start: String?
    var playbook: PlaybookInfo?
    var started: String?
    var started_by: String?
    var ended: String?
    var ended_by_resolution: Bool
    var duration_seconds: Double
    var summary: String?
    var drill_speed: Double?
    var roles: [RoleHolders]
  }
  struct Log: Decodable {
    var events: Int
    var last_line: Int?
    var damaged_line: Int?
  }
  struct Notice: Decodable {
    var kind: String
    var text: String
  }
  struct Silence: Decodable {
    var from_seconds: Double
    var to_seconds: Double
    var seconds: Double
  }
  struct Metrics: Decodable {
    struct FirstStatement: Decodable {
      var seconds: Double?
      var at: String?
      var channel: String?
      var step: String?
      var actor: String?
      var deadline_seconds: Double
      var deadline_source: String
      var deadline_step: String?
      var outcome: String
    }
    struct ChannelFirst: Decodable {
      var channel: String
      var title: String
      var audience: String?
      var messages: Int
      var first_seconds: Double?
      var first_at: String?
      var first_actor: String?
    }
    struct Messages: Decodable {
      var total: Int
      var `public`: Int
    }
    struct StepOutcome: Decodable {
      var id: String
      var title: String
      var role: String?
      var role_title: String?
      var held_by: String?
      var finished_by: String?
      var due_seconds: Double?
      var started_seconds: Double?
      var finished_seconds: Double?
      var duration_seconds: Double?
      var result: String
      var skip_reason: String?
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
      var reaction_seconds: Double?
      var reaction_actor: String?
      var reaction_type: String?
      var reaction_delay_seconds: Double?
    }
    struct Scorecard: Decodable {
      var steps_on_time: Int
      var steps_late: Int
      var steps_skipped: Int
      var first_statement_seconds: Double?
      var first_statement_deadline_seconds: Double
      var first_statement_outcome: String
      var cadence_kept: Bool?
      var longest_silence_seconds: Double?
      var decisions: Int
      var injects: Int
      var injects_answered: Int
    }
    var first_public_statement: FirstStatement
    var first_message_per_channel: [ChannelFirst]
    var silence_before_first_statement: Silence
    var longest_public_silence: Silence?
    var promised_cadence_seconds: Double?
    var cadence_kept: Bool?
    var messages: Messages
    var steps: [StepOutcome]
    var step_counts: [String: Int]
    var decisions: [Decision]
    var notes: [Note]
    var activity: [Activity]
    var injects: [Inject]
    var scorecard: Scorecard?
  }
  struct Event: Decodable {
    var seq: Int
    var line: Int
    var time: String
    var ts: String
    var at: String?
    var t_plus_seconds: Double
    var t_plus: String
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
  var schema_version: Int
  var audience: String
  var redacted: Bool
  var incident: Incident
  var log: Log
  var notices: [Notice]
  var metrics: Metrics?
  var events: [Event]
}

@Suite struct JSONExportTests {
  @Test func drillReport() {
    Snapshot.assert(JSONExport.render(ExportFixtures.report()), named: "drill-report.json")
  }

  @Test func publicStatements() {
    Snapshot.assert(JSONExport.render(ExportFixtures.report(ExportOptions(audience: .public))), named: "drill-public.json")
  }

  @Test func decodesIntoTheDocumentedTypes() throws {
    let json = JSONExport.render(ExportFixtures.report())
    let doc = try JSONDecoder().decode(ExportDocument.self, from: Data(json.utf8))
    #expect(doc.schema == "crisis-export")
    #expect(doc.schema_version == 1)
    #expect(doc.incident.mode == "drill")
    #expect(doc.incident.title == "Shop nicht erreichbar – Black Friday 🛒")
    #expect(doc.log.damaged_line == 25)
    #expect(doc.log.last_line == 24)
    #expect(doc.events.count == 24)
    #expect(doc.events.map(\.seq) != doc.events.map(\.seq).sorted(), "a backdated note moves up the timeline")
    let metrics = try #require(doc.metrics)
    #expect(metrics.first_public_statement.seconds == 600)
    #expect(metrics.first_public_statement.outcome == "met")
    #expect(metrics.longest_public_silence?.seconds == 960)
    #expect(metrics.step_counts["late"] == 1)
    #expect(metrics.scorecard?.injects_answered == 2)
    #expect(doc.events.first { $0.type == "note" }?.fields["text"]?.text?.hasPrefix("@channel") == true)
  }

  @Test func publicDocumentHasNoTeamData() throws {
    let json = JSONExport.render(ExportFixtures.report(ExportOptions(audience: .public)))
    let doc = try JSONDecoder().decode(ExportDocument.self, from: Data(json.utf8))
    #expect(doc.metrics == nil)
    #expect(doc.events.count == 4)
    #expect(doc.events.allSatisfy { $0.actor == nil && $0.type == "message.sent" })
    #expect(!json.contains("Jörg"))
    #expect(!json.contains("HYPERLINK"))
  }

  @Test func redactedDocumentHasNoNames() throws {
    let json = JSONExport.render(ExportFixtures.report(ExportOptions(redact: true)))
    let doc = try JSONDecoder().decode(ExportDocument.self, from: Data(json.utf8))
    #expect(doc.redacted)
    for name in [ExportFixtures.anna, ExportFixtures.joerg, ExportFixtures.sam] {
      #expect(!json.contains(name))
    }
    #expect(doc.incident.started_by == "Einsatzleitung")
    #expect(doc.metrics?.activity.map(\.actor) == ["Einsatzleitung", "IT-Verbindung", "Kommunikation", "Responder 1"])
  }
}
