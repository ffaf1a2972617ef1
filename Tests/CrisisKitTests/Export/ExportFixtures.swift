@testable import CrisisKit

/// A German shop-outage playbook built in code and a drill log over it, written the way the
/// log writer stamps events: umlauts, emoji, hostile text (`<script>`, quotes, commas, line
/// breaks, pipes, backticks, spreadsheet formulas, a `javascript:` link), a note written
/// later about an earlier moment, two injects, a late and a skipped step, and a torn last line.
enum ExportFixtures {
  static let p = SourcePosition.start
  static func ref(_ id: String) -> Reference { Reference(id, at: p) }

  static var shopOutage: Playbook {
    Playbook(
      id: "shop-ausfall", title: "Shop oder Website ist down", summary: "Der Shop lädt nicht.",
      roles: [
        Role(id: "lead", title: "Einsatzleitung", duties: nil, position: p),
        Role(id: "comms", title: "Kommunikation", duties: nil, position: p),
        Role(id: "it", title: "IT-Verbindung", duties: nil, position: p),
      ],
      channels: [
        Channel(id: "status", title: "Statusseite", audience: .public, limit: nil, position: p),
        Channel(id: "x", title: "X", audience: .public, limit: 280, position: p),
        Channel(
          id: "support", title: "Support-Makro", audience: .customers, limit: nil, position: p),
        Channel(id: "team", title: "Team-Chat", audience: .internal, limit: nil, position: p),
      ],
      templates: [
        Template(id: "x-post", channel: ref("x"), text: "…", position: p, textPosition: p),
        Template(
          id: "status-post", channel: ref("status"), text: "…", position: p, textPosition: p),
        Template(id: "team-post", channel: ref("team"), text: "…", position: p, textPosition: p),
      ],
      steps: [
        step("confirm", "Störung mit der IT bestätigen", role: "it", due: 240, decision: true),
        step(
          "go-public", "Erste öffentliche Meldung", role: "comms", due: 900,
          send: ["x-post", "status-post"]),
        step(
          "updates", "Regelmäßige Updates", role: "comms", send: ["status-post"], every: 1800,
          next: "end"),
        step("watch", "Beobachten", role: "lead"),
      ],
      injects: [
        Inject(
          at: .seconds(480), title: "Journalist ruft an", text: "Will in 10 Minuten ein Statement.",
          role: ref("lead"), channel: nil, position: p),
        Inject(
          at: .seconds(1200), title: "CEO postet auf LinkedIn", text: "Nicht abgestimmt.",
          role: ref("comms"), channel: nil, position: p),
      ])
  }

  static func step(
    _ id: String, _ title: String, role: String, due: Int64? = nil, decision: Bool = false,
    send: [String] = [], every: Int64? = nil, next: String? = nil
  ) -> Step {
    Step(
      id: id, title: title, role: ref(role), due: due.map { .seconds($0) }, checklist: [],
      decision: decision
        ? Decision(
          question: "Sehen Kund:innen die Störung?",
          choices: [
            .init(answer: "ja", target: ref("go-public")),
            .init(answer: "nein", target: ref("watch")),
          ],
          position: p)
        : nil,
      send: send.map(ref), every: every.map { .seconds($0) }, next: next.map(ref), position: p)
  }

  /// Stamps events like the log writer: numbered from 1, `ts` from the drill clock (simulated
  /// seconds / speed after the start), `sim` in drills, line = seq.
  struct LogBuilder {
    var events: [IncidentEvent] = []
    var start = Timestamp.parse("2026-11-27T17:03:12.000+01:00") ?? Timestamp(milliseconds: 0)
    var mode = IncidentMode.drill
    var speed = 2.0
    var incident = "2026-11-27-shop-ausfall-7f3a"

    func wall(_ t: Double) -> Timestamp {
      start.adding(seconds: mode == .drill ? t / speed : t)
    }

    /// Adds an event at T+`t`; `noted` is the earlier T+ it is about (`at`).
    mutating func add(
      _ type: EventType, _ t: Double, by actor: String, _ fields: [(String, JSONValue)] = [],
      noted: Double? = nil
    ) {
      let seq = events.count + 1
      let ts = wall(t)
      events.append(
        IncidentEvent(
          seq: seq, ts: ts, incident: incident, mode: mode, type: type, actor: actor,
          at: noted.map(wall),
          sim: mode == .drill ? t : nil, fields: fields, line: seq))
    }
  }

  static let anna = "Anna Müller"
  static let joerg = "Jörg Weiß"
  static let sam = "Sam O'Neil"
  static let kai = "kai"

  /// The drill log; its 25th line is torn.
  static var drillEvents: [IncidentEvent] {
    var log = LogBuilder()
    log.add(
      .incidentStarted, 0, by: anna,
      [
        (
          "playbook",
          .object([
            ("path", .string("Playbooks/shop-ausfall.yml")), ("sha256", .string("ab12")),
            ("text", .string("playbook: shop-ausfall\n")),
          ])
        ),
        ("title", .string("Shop nicht erreichbar – Black Friday 🛒")), ("severity", .string("high")),
        ("variables", .object([("product", .string("unser Shop"))])),
        ("roles", .object([("lead", .string(anna))])), ("speed", .int(2)),
      ])
    log.add(.stepStarted, 0, by: anna, [("step", .string("confirm"))])
    log.add(.roleAssigned, 40, by: anna, [("role", .string("comms")), ("name", .string(joerg))])
    log.add(.roleAssigned, 60, by: anna, [("role", .string("it")), ("name", .string(sam))])
    log.add(
      .note, 150, by: sam,
      [
        (
          "text",
          .string(
            "Checkout liefert 502 <script>alert(\"x\")</script> & \"Zahlung\", laut Hoster; Details:\nZeile 2 | mit Pipe"
          )
        )
      ])
    log.add(
      .decision, 270, by: sam,
      [
        ("step", .string("confirm")), ("question", .string("Sehen Kund:innen die Störung?")),
        ("answer", .string("ja")), ("next", .string("go-public")),
      ])
    log.add(.stepDone, 270, by: sam, [("step", .string("confirm"))])
    log.add(.stepStarted, 270, by: sam, [("step", .string("go-public"))])
    log.add(
      .inject, 480, by: anna,
      [
        ("source", .string("playbook")), ("index", .int(0)),
        ("title", .string("Journalist ruft an")),
        ("text", .string("Will in 10 Minuten ein Statement.")), ("due", .string("T+8m")),
        ("role", .string("lead")),
      ])
    log.add(
      .note, 540, by: anna, [("text", .string("Presse: Rückruf zugesagt, Statement um 18:00 ✅"))])
    log.add(
      .messageSent, 600, by: joerg,
      [
        ("step", .string("go-public")), ("template", .string("x-post")), ("channel", .string("x")),
        (
          "text",
          .string(
            "[DRILL] Unser Shop ist gerade nicht erreichbar. Wir arbeiten daran, nächstes Update um 17:45. Danke für eure Geduld! 🙏"
          )
        ),
        ("url", .string("https://x.com/shop/status/1?a=1&b=<2>")),
      ])
    log.add(
      .messageSent, 660, by: joerg,
      [
        ("step", .string("go-public")), ("template", .string("status-post")),
        ("channel", .string("status")),
        (
          "text",
          .string(
            "[DRILL] Störung: Bestellungen über ``` den Shop sind derzeit nicht möglich.\nUrsache: \"Zahlungsdienst\", Ausfall seit 17:00.\nNächstes Update: 17:45 | ETA: noch unbekannt"
          )
        ),
        ("url", .string("javascript:alert(1)")),
      ])
    log.add(
      .messageSent, 700, by: kai,
      [
        ("channel", .string("team")), ("template", .string("team-post")),
        ("text", .string("=HYPERLINK(\"http://evil.example\",\"klick\")")),
      ])
    log.add(.stepDone, 720, by: joerg, [("step", .string("go-public"))])
    log.add(.stepStarted, 720, by: joerg, [("step", .string("updates"))])
    log.add(
      .note, 900, by: kai, [("text", .string("@channel Hotline meldet erste Anrufe seit 17:04"))],
      noted: 120)
    log.add(
      .inject, 1200, by: anna,
      [
        ("source", .string("playbook")), ("index", .int(1)),
        ("title", .string("CEO postet auf LinkedIn")),
        ("text", .string("Nicht abgestimmt.")), ("due", .string("T+20m")),
        ("role", .string("comms")),
      ])
    log.add(
      .severityChanged, 1290, by: anna, [("from", .string("high")), ("to", .string("critical"))])
    log.add(
      .reminder, 1560, by: anna,
      [
        ("kind", .string("update")), ("step", .string("updates")),
        ("since_public_update", .int(900)),
        (
          "text",
          .string(
            "15m since the last public update: post an update on Statusseite, even if nothing changed"
          )
        ),
      ])
    log.add(
      .messageSent, 1620, by: joerg,
      [
        ("step", .string("updates")), ("template", .string("status-post")),
        ("channel", .string("status")),
        (
          "text",
          .string(
            "[DRILL] Update 17:17: Zahlung läuft wieder, Shop erreichbar; wir beobachten weiter. Danke, dass ihr dabeibleibt – „Team Shop“ 💙"
          )
        ),
      ])
    log.add(.varSet, 1680, by: anna, [("name", .string("eta")), ("value", .string("=1+1"))])
    log.add(
      .messageSent, 2400, by: joerg,
      [
        ("step", .string("updates")), ("template", .string("x-post")), ("channel", .string("x")),
        ("text", .string("[DRILL] Alles wieder gut, danke! Mit `Backticks`, Komma, und | Pipe.")),
        ("url", .string("https://x.com/shop/status/2")),
      ])
    log.add(
      .stepSkipped, 2640, by: joerg,
      [("step", .string("updates")), ("reason", .string("Gelöst, keine weiteren Updates nötig"))])
    log.add(
      .incidentResolved, 2700, by: anna,
      [("summary", .string("Zahlungsdienst wiederhergestellt; 45 Minuten Ausfall (Übung)."))])
    return log.events
  }

  static let drillTornLine = 25

  static func report(_ options: ExportOptions = ExportOptions()) -> ExportReport {
    ExportReport(
      playbook: shopOutage, events: drillEvents, tornLine: drillTornLine, options: options)
  }
}
