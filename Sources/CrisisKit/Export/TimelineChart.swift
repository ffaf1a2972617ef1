/// The timeline at a glance, as inline SVG for the HTML export: one lane per role, a T+ axis
/// with ticks, each step as a bar from start to finish coloured by its result, deadlines as
/// red marks, public messages as filled diamonds, drill injects as purple triangles with a
/// line down through the lanes, and a legend. A message, decision or note is drawn in the
/// lane of the person who did it (the role they held then), never in the lane of the step
/// that happened to be open. Inject labels are set in a monospaced face, so their width is
/// known exactly, and stacked in rows that never overlap; the SVG scales as one piece, so
/// no zoom can make them overlap either. Every text is escaped; `<title>` elements give
/// hover details without any script.
public struct TimelineChart: Sendable {
  let report: ExportReport

  public init(report: ExportReport) { self.report = report }

  // Geometry in SVG user units; the SVG scales to the page width.
  static let width = 1000.0
  static let plotLeft = 170.0
  static let plotRight = 975.0
  /// The height of the band above the lanes that holds the inject triangles.
  static let injectBand = 34.0
  /// One row of inject labels above the triangles.
  static let labelRow = 16.0
  /// At most this many rows of labels; a label that fits in none is left to its tooltip.
  static let labelRows = 4
  /// The advance of one column of the monospaced label face at font size 11 (0.6 em),
  /// with a margin for faces that run a little wider.
  static let labelColumn = 7.0
  static let laneHeight = 42.0
  static let axisHeight = 30.0

  /// A lane's role id; `nil` is the lane for people without a role.
  struct Lane {
    var role: String?
    var title: String
    var holder: String?
  }

  public func svg() -> String {
    let w = report.words
    let lanes = self.lanes()
    let (t0, t1) = range()
    let span = max(t1 - t0, 1)
    func x(_ t: Double) -> Double {
      Self.plotLeft + (t - t0) / span * (Self.plotRight - Self.plotLeft)
    }
    let labels = injectLabels(x: x, t0: t0, t1: t1)
    let rowsUsed = Double((labels.compactMap(\.row).max() ?? -1) + 1)
    let lanesTop = Self.injectBand + rowsUsed * Self.labelRow
    let lanesBottom = lanesTop + Double(lanes.count) * Self.laneHeight
    let (legendSVG, legendHeight) = legend(y: lanesBottom + Self.axisHeight + 10)
    let height = lanesBottom + Self.axisHeight + legendHeight
    func laneY(_ role: String?) -> Double {
      let index = lanes.firstIndex { $0.role == role } ?? (lanes.count - 1)
      return lanesTop + (Double(index) + 0.5) * Self.laneHeight
    }

    var s = """
      <svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 \(f(Self.width)) \(f(height))" \
      role="img" aria-labelledby="chart-title" font-family="inherit" font-size="12">
      <title id="chart-title">\(esc(w.chartTitle(from: SpanText.exactTPlus(t0), to: SpanText.exactTPlus(t1))))</title>

      """
    // Lanes with their labels.
    for (i, lane) in lanes.enumerated() {
      let y = lanesTop + Double(i) * Self.laneHeight
      let fill = i % 2 == 0 ? "#f4f6f8" : "#ffffff"
      s +=
        "<rect x=\"0\" y=\"\(f(y))\" width=\"\(f(Self.width))\" height=\"\(f(Self.laneHeight))\" fill=\"\(fill)\"/>\n"
      let labelY = lane.holder == nil ? y + Self.laneHeight / 2 + 4 : y + Self.laneHeight / 2 - 2
      let title = clip(lane.title, 26)
      s +=
        "<text x=\"10\" y=\"\(f(labelY))\" font-weight=\"600\" fill=\"#1f2933\"\(Self.fitting(title, perColumn: 7.6))>\(esc(title))</text>\n"
      if let holder = lane.holder {
        let name = clip(holder, 30)
        s +=
          "<text x=\"10\" y=\"\(f(labelY + 14))\" font-size=\"11\" fill=\"#5f6b7a\"\(Self.fitting(name, perColumn: 6.6))>\(esc(name))</text>\n"
      }
    }
    // Ticks and grid.
    let step = Self.tickStep(span)
    var tick = (t0 / step).rounded(.up) * step
    while tick <= t1 + 0.001 {
      let tx = x(tick)
      s +=
        "<line x1=\"\(f(tx))\" y1=\"\(f(lanesTop))\" x2=\"\(f(tx))\" y2=\"\(f(lanesBottom + 5))\" stroke=\"#d5dbe1\" stroke-width=\"1\"/>\n"
      s +=
        "<text x=\"\(f(tx))\" y=\"\(f(lanesBottom + 19))\" text-anchor=\"middle\" font-size=\"11\" fill=\"#5f6b7a\">\(esc(SpanText.exactTPlus(tick)))</text>\n"
      tick += step
    }
    s +=
      "<line x1=\"\(f(Self.plotLeft))\" y1=\"\(f(lanesBottom))\" x2=\"\(f(Self.plotRight))\" y2=\"\(f(lanesBottom))\" stroke=\"#9aa5b1\"/>\n"

    // Steps as bars, their deadlines as red marks.
    let end = report.metrics.duration
    for outcome in report.metrics.steps where outcome.result != .notReached {
      let y = laneY(outcome.role.flatMap { id in lanes.contains { $0.role == id } ? id : nil })
      // A step never started is drawn from when it fell due: the time it was owed.
      let from = outcome.started ?? outcome.finished ?? min(outcome.due ?? 0, end)
      let to = outcome.finished ?? end
      let barWidth = max(x(to) - x(from), 3)
      let label =
        "\(outcome.title): \(w.result(outcome.result)), \(SpanText.exactTPlus(from)) – \(SpanText.exactTPlus(to))"
      s +=
        "<rect x=\"\(f(x(from)))\" y=\"\(f(y - 7))\" width=\"\(f(barWidth))\" height=\"14\" rx=\"3\" fill=\"\(Self.color(outcome.result))\" opacity=\"0.85\"><title>\(esc(label))</title></rect>\n"
      if let due = outcome.due, due >= t0, due <= t1 {
        let dx = x(due)
        s +=
          "<g><title>\(esc(w.dueAt(step: outcome.title, tPlus: SpanText.exactTPlus(due))))</title>"
        s +=
          "<line x1=\"\(f(dx))\" y1=\"\(f(y - 16))\" x2=\"\(f(dx))\" y2=\"\(f(y + 16))\" stroke=\"#c62828\" stroke-width=\"2\"/>"
        s += "<path d=\"M\(f(dx)) \(f(y - 16)) l8 3 l-8 3 z\" fill=\"#c62828\"/></g>\n"
      }
    }

    // The first public statement's deadline, across all lanes.
    let deadline = report.metrics.firstStatement.deadline
    if deadline >= t0, deadline <= t1 {
      let dx = x(deadline)
      s +=
        "<line x1=\"\(f(dx))\" y1=\"\(f(lanesTop))\" x2=\"\(f(dx))\" y2=\"\(f(lanesBottom))\" stroke=\"#c62828\" stroke-width=\"1.5\" stroke-dasharray=\"5 4\"><title>\(esc(w.firstStatementDueAt(SpanText.exactTPlus(deadline))))</title></line>\n"
    }

    // Resolution.
    if report.metrics.isResolved, let resolved = report.metrics.end {
      let rx = x(resolved.tPlus)
      s +=
        "<line x1=\"\(f(rx))\" y1=\"\(f(lanesTop))\" x2=\"\(f(rx))\" y2=\"\(f(lanesBottom))\" stroke=\"#2e7d32\" stroke-width=\"2\"><title>\(esc(w.resolvedAtTPlus(SpanText.exactTPlus(resolved.tPlus))))</title></line>\n"
    }

    // Events: messages, decisions, notes.
    for entry in report.entries {
      let type = entry.event.type
      guard type == .messageSent || type == .decision || type == .note else { continue }
      let cx = x(entry.tPlus)
      let cy = laneY(lane(for: entry, lanes: lanes))
      let tip = esc(
        "\(SpanText.exactTPlus(entry.tPlus)) \(report.person(entry.event.actor)): \(clip(ExportText.oneLine(report.describe(entry)), 140))"
      )
      switch type {
      case .messageSent:
        let isPublic =
          report.playbook.channel(entry.event.body.channel ?? "")?.audience == .public
        let fill = isPublic ? "#1d4ed8" : "#ffffff"
        s +=
          "<path d=\"M\(f(cx)) \(f(cy - 8)) l7 8 l-7 8 l-7 -8 z\" fill=\"\(fill)\" stroke=\"#1d4ed8\" stroke-width=\"1.6\"><title>\(tip)</title></path>\n"
      case .decision:
        s +=
          "<circle cx=\"\(f(cx))\" cy=\"\(f(cy))\" r=\"5\" fill=\"#1f2933\" stroke=\"#ffffff\" stroke-width=\"1\"><title>\(tip)</title></circle>\n"
      default:
        s +=
          "<rect x=\"\(f(cx - 4))\" y=\"\(f(cy + 9))\" width=\"8\" height=\"8\" fill=\"#8a94a0\"><title>\(tip)</title></rect>\n"
      }
    }

    // Injects: a triangle just above the lanes, a dotted line through them, and the label
    // in its row above.
    for (inject, label) in zip(report.injectReactions, labels) {
      let ix = label.x
      guard let ix else { continue }
      let tip = w.injectAt(
        tPlus: SpanText.exactTPlus(inject.happened), title: ExportText.oneLine(inject.title),
        reaction: inject.delay.map(SpanText.exact))
      s += "<g><title>\(esc(tip))</title>"
      s +=
        "<line x1=\"\(f(ix))\" y1=\"\(f(lanesTop - 8))\" x2=\"\(f(ix))\" y2=\"\(f(lanesBottom))\" stroke=\"#7b1fa2\" stroke-width=\"1.2\" stroke-dasharray=\"2 3\"/>"
      s += "<path d=\"M\(f(ix - 7)) \(f(lanesTop - 20)) l14 0 l-7 11 z\" fill=\"#7b1fa2\"/>"
      if let row = label.row {
        let y = lanesTop - 24 - Double(rowsUsed > 0 ? Int(rowsUsed) - 1 - row : 0) * Self.labelRow
        s +=
          "<text x=\"\(f(label.start))\" y=\"\(f(y))\" font-size=\"11\" font-family=\"\(Self.labelFont)\" fill=\"#4a148c\">\(esc(label.text))</text>"
      }
      s += "</g>\n"
    }

    s += legendSVG
    s += "</svg>"
    return s
  }

  // MARK: - Parts

  /// The legend, wrapped onto as many rows as the width needs, and its height.
  private func legend(y top: Double) -> (String, Double) {
    var s = "<g class=\"legend\" font-size=\"11.5\" fill=\"#1f2933\">\n"
    var x = 10.0
    var y = top + 8
    func item(_ symbol: String, _ label: String, _ width: Double) {
      if x + width > Self.width - 10 {
        x = 10
        y += 22
      }
      s +=
        "<g transform=\"translate(\(f(x)) \(f(y)))\">\(symbol)<text x=\"22\" y=\"4\">\(esc(label))</text></g>\n"
      x += width
    }
    let bar = { (color: String) in
      "<rect x=\"0\" y=\"-5\" width=\"16\" height=\"10\" rx=\"2\" fill=\"\(color)\" opacity=\"0.85\"/>"
    }
    let w = report.words
    func width(_ item: ChartLegendItem) -> Double {
      Double(DisplayWidth.of(w.chartLegend(item))) * 7 + 34
    }
    func add(_ symbol: String, _ what: ChartLegendItem) {
      item(symbol, w.chartLegend(what), width(what))
    }
    add(bar(Self.color(.onTime)), .onTime)
    add(bar(Self.color(.late)), .late)
    add(bar(Self.color(.skipped)), .skipped)
    add(bar(Self.color(.open)), .open)
    add(bar(Self.color(.neverDone)), .neverDone)
    add(
      "<line x1=\"8\" y1=\"-9\" x2=\"8\" y2=\"9\" stroke=\"#c62828\" stroke-width=\"2\"/>",
      .deadline)
    add(
      "<line x1=\"8\" y1=\"-9\" x2=\"8\" y2=\"9\" stroke=\"#c62828\" stroke-dasharray=\"4 3\" stroke-width=\"1.5\"/>",
      .statementDue)
    add("<path d=\"M8 -8 l7 8 l-7 8 l-7 -8 z\" fill=\"#1d4ed8\"/>", .publicMessage)
    add(
      "<path d=\"M8 -8 l7 8 l-7 8 l-7 -8 z\" fill=\"#ffffff\" stroke=\"#1d4ed8\" stroke-width=\"1.6\"/>",
      .otherMessage)
    add("<circle cx=\"8\" cy=\"0\" r=\"5\" fill=\"#1f2933\"/>", .decision)
    add("<rect x=\"4\" y=\"-4\" width=\"8\" height=\"8\" fill=\"#8a94a0\"/>", .note)
    if !report.metrics.injects.isEmpty {
      add("<path d=\"M1 -6 l14 0 l-7 11 z\" fill=\"#7b1fa2\"/>", .inject)
    }
    if report.metrics.isResolved {
      add(
        "<line x1=\"8\" y1=\"-9\" x2=\"8\" y2=\"9\" stroke=\"#2e7d32\" stroke-width=\"2\"/>",
        .resolved)
    }
    return (s + "</g>\n", y - top + 18)
  }

  /// The playbook's roles (and any others seen), then a lane for people without a role when
  /// someone without one did something shown.
  func lanes() -> [Lane] {
    let given = report.timeline.namesGivenByRole
    var lanes = report.timeline.roleIDs.map { id in
      Lane(role: id, title: report.roleTitle(id), holder: holder(names: given[id] ?? []))
    }
    let needsNone = report.entries.contains { entry in
      [.messageSent, .decision, .note].contains(entry.event.type)
        && lane(for: entry, lanes: lanes) == nil
    }
    if needsNone || lanes.isEmpty {
      lanes.append(Lane(role: nil, title: report.words.noRole, holder: nil))
    }
    return lanes
  }

  /// The role's holders as the export prints them, `A → B` after a handover.
  /// `given`: the names the role was given, in `seq` order.
  private func holder(names given: [String]) -> String? {
    var names: [String] = []
    for name in given {
      let shown = report.person(name)
      if names.last != shown { names.append(shown) }
    }
    if names.isEmpty { return nil }
    if report.names.isEnabled { return nil }
    return names.joined(separator: " → ")
  }

  /// The lane an event is drawn in: the lane of the person who did it. Among the roles the
  /// actor held when it was written, the step owner's role if it is one of them, else the
  /// first; an actor without a role goes to the lane for people without one (never to the
  /// lane of the step that was open: that is someone else's lane).
  func lane(for entry: IncidentTimeline.Entry, lanes: [Lane]) -> String? {
    let stepRole = entry.event.body.step.flatMap { report.playbook.step($0)?.role.id }
    let candidates: [String?] = [
      stepRole.flatMap { entry.actorRoles.contains($0) ? $0 : nil }, entry.actorRoles.first,
    ]
    for case let role? in candidates where lanes.contains(where: { $0.role == role }) {
      return role
    }
    return nil
  }

  /// The room a lane's label has, left of the plot.
  static let laneLabelRoom = plotLeft - 18

  /// ` textLength=… lengthAdjust=…` for a lane label that could run into the plot (at about
  /// `perColumn` units per column), so the browser squeezes it into the room; "" when it fits.
  static func fitting(_ text: String, perColumn: Double) -> String {
    guard Double(DisplayWidth.of(text)) * perColumn > laneLabelRoom else { return "" }
    return " textLength=\"\(Int(laneLabelRoom))\" lengthAdjust=\"spacingAndGlyphs\""
  }

  /// A placed inject label: its text, where it starts, and its row (nil: no room, the
  /// tooltip names it). `x` is the inject's position, nil when it lies outside the chart.
  struct InjectLabel {
    var x: Double?
    var text: String
    var start: Double
    var row: Int?
  }

  /// The monospaced face of inject labels: its column width is known, so is a label's width.
  static let labelFont =
    "ui-monospace, Menlo, Consolas, 'DejaVu Sans Mono', 'Liberation Mono', monospace"

  /// Each inject's label placed in the first row where it overlaps no other label (8 units
  /// apart), right of its mark, or left of it near the right edge; one per inject, in order.
  func injectLabels(x: (Double) -> Double, t0: Double, t1: Double) -> [InjectLabel] {
    var rows: [[(Double, Double)]] = Array(repeating: [], count: Self.labelRows)
    return report.injectReactions.map { inject in
      let t = inject.happened
      guard t >= t0, t <= t1 else { return InjectLabel(x: nil, text: "", start: 0, row: nil) }
      let ix = x(t)
      let text = clip(ExportText.oneLine(inject.title), 30)
      let width = Double(DisplayWidth.of(text)) * Self.labelColumn
      let start = ix + 9 + width > Self.width - 4 ? max(4, ix - 9 - width) : ix + 9
      let end = start + width
      for r in rows.indices where !rows[r].contains(where: { start < $0.1 + 8 && $0.0 < end + 8 }) {
        rows[r].append((start, end))
        return InjectLabel(x: ix, text: text, start: start, row: r)
      }
      return InjectLabel(x: ix, text: text, start: start, row: nil)
    }
  }

  /// T+ from the earliest event (or 0) to the end, at least a minute.
  func range() -> (Double, Double) {
    let times = report.timeline.entries.map(\.tPlus)
    let t0 = min(0, times.min() ?? 0)
    let t1 = max(report.metrics.duration, times.max() ?? 0, t0 + 60)
    return (t0, t1)
  }

  /// The tick distance that gives at most 10 ticks: 1, 2, 5, 10, 15, 30 minutes, 1, 2, 3, 6,
  /// 12 hours, 1 day, then whole days.
  static func tickStep(_ span: Double) -> Double {
    let steps: [Double] = [60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400]
    for step in steps where span / step <= 10 { return step }
    return (span / 10 / 86400).rounded(.up) * 86400
  }

  static func color(_ result: IncidentMetrics.StepResult) -> String {
    switch result {
    case .onTime: "#2e7d32"
    case .late, .overdue: "#e65100"
    case .neverDone: "#c62828"
    case .skipped, .notReached: "#9aa5b1"
    case .open: "#1565c0"
    }
  }

  private func esc(_ text: String) -> String { HTMLText.escape(ExportText.oneLine(text)) }

  /// At most `limit` characters, with `…` when cut.
  private func clip(_ text: String, _ limit: Int) -> String {
    // Walks at most `limit` characters, once, instead of counting all of them (a message
    // can be long) and then walking to the cut again.
    guard let cut = text.index(text.startIndex, offsetBy: limit - 1, limitedBy: text.endIndex),
      cut != text.endIndex, text.index(after: cut) != text.endIndex
    else { return text }
    return String(text[..<cut]) + "…"
  }

  /// A coordinate with at most one decimal, so the output is short and stable.
  private func f(_ value: Double) -> String {
    let tenths = (value * 10).rounded()
    let whole = Int(tenths) / 10
    let fraction = abs(Int(tenths)) % 10
    if fraction == 0 { return "\(whole)" }
    return tenths < 0 && whole == 0 ? "-0.\(fraction)" : "\(whole).\(fraction)"
  }
}
