/// The timeline at a glance, as inline SVG for the HTML export: one lane per role, a T+ axis
/// with ticks, each step as a bar from start to finish coloured by its result, deadlines as
/// red marks, public messages as filled diamonds, drill injects as purple triangles with a
/// line down through the lanes, and a legend. Every text is escaped; `<title>` elements give
/// hover details without any script.
public struct TimelineChart: Sendable {
  let report: ExportReport

  public init(report: ExportReport) { self.report = report }

  // Geometry in SVG user units; the SVG scales to the page width.
  static let width = 1000.0
  static let plotLeft = 170.0
  static let plotRight = 975.0
  static let injectBand = 34.0
  static let laneHeight = 42.0
  static let axisHeight = 30.0

  /// A lane's role id; `nil` is the lane for people without a role.
  struct Lane {
    var role: String?
    var title: String
    var holder: String?
  }

  public func svg() -> String {
    let lanes = self.lanes()
    let (t0, t1) = range()
    let span = max(t1 - t0, 1)
    func x(_ t: Double) -> Double {
      Self.plotLeft + (t - t0) / span * (Self.plotRight - Self.plotLeft)
    }
    let lanesTop = Self.injectBand
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
      <title id="chart-title">Timeline by role, \(esc(SpanText.exactTPlus(t0))) to \(esc(SpanText.exactTPlus(t1)))</title>

      """
    // Lanes with their labels.
    for (i, lane) in lanes.enumerated() {
      let y = lanesTop + Double(i) * Self.laneHeight
      let fill = i % 2 == 0 ? "#f4f6f8" : "#ffffff"
      s +=
        "<rect x=\"0\" y=\"\(f(y))\" width=\"\(f(Self.width))\" height=\"\(f(Self.laneHeight))\" fill=\"\(fill)\"/>\n"
      let labelY = lane.holder == nil ? y + Self.laneHeight / 2 + 4 : y + Self.laneHeight / 2 - 2
      s +=
        "<text x=\"10\" y=\"\(f(labelY))\" font-weight=\"600\" fill=\"#1f2933\">\(esc(clip(lane.title, 24)))</text>\n"
      if let holder = lane.holder {
        s +=
          "<text x=\"10\" y=\"\(f(labelY + 14))\" font-size=\"11\" fill=\"#5f6b7a\">\(esc(clip(holder, 26)))</text>\n"
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
      let w = max(x(to) - x(from), 3)
      let label =
        "\(outcome.title): \(ExportReport.label(outcome.result)), \(SpanText.exactTPlus(from)) to \(SpanText.exactTPlus(to))"
      s +=
        "<rect x=\"\(f(x(from)))\" y=\"\(f(y - 7))\" width=\"\(f(w))\" height=\"14\" rx=\"3\" fill=\"\(Self.color(outcome.result))\" opacity=\"0.85\"><title>\(esc(label))</title></rect>\n"
      if let due = outcome.due, due >= t0, due <= t1 {
        let dx = x(due)
        s += "<g><title>\(esc("Due: \(outcome.title) at \(SpanText.exactTPlus(due))"))</title>"
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
        "<line x1=\"\(f(dx))\" y1=\"\(f(lanesTop))\" x2=\"\(f(dx))\" y2=\"\(f(lanesBottom))\" stroke=\"#c62828\" stroke-width=\"1.5\" stroke-dasharray=\"5 4\"><title>\(esc("First public statement due at \(SpanText.exactTPlus(deadline))"))</title></line>\n"
    }

    // Resolution.
    if report.metrics.isResolved, let resolved = report.metrics.end {
      let rx = x(resolved.tPlus)
      s +=
        "<line x1=\"\(f(rx))\" y1=\"\(f(lanesTop))\" x2=\"\(f(rx))\" y2=\"\(f(lanesBottom))\" stroke=\"#2e7d32\" stroke-width=\"2\"><title>\(esc("Resolved at \(SpanText.exactTPlus(resolved.tPlus))"))</title></line>\n"
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

    // Injects: a triangle in the top band and a dotted line through the lanes. A label that
    // would run into the previous one is left out (the tooltip and the tables still name it).
    var labelEnd = -Double.infinity
    for inject in report.metrics.injects
    where inject.moment.tPlus >= t0 && inject.moment.tPlus <= t1 {
      let ix = x(inject.moment.tPlus)
      let label = clip(ExportText.oneLine(inject.title), 30)
      var tip =
        "Inject at \(SpanText.exactTPlus(inject.moment.tPlus)): \(ExportText.oneLine(inject.title))"
      if let delay = inject.delay { tip += "; first reaction after \(SpanText.exact(delay))" }
      s += "<g><title>\(esc(tip))</title>"
      s +=
        "<line x1=\"\(f(ix))\" y1=\"\(f(lanesTop - 8))\" x2=\"\(f(ix))\" y2=\"\(f(lanesBottom))\" stroke=\"#7b1fa2\" stroke-width=\"1.2\" stroke-dasharray=\"2 3\"/>"
      s += "<path d=\"M\(f(ix - 7)) \(f(lanesTop - 20)) l14 0 l-7 11 z\" fill=\"#7b1fa2\"/>"
      let labelWidth = Double(label.count) * 6.2
      if ix + 9 > labelEnd {
        // Near the right edge the label goes to the left of its mark.
        let leftward = ix + 9 + labelWidth > Self.width
        let anchor = leftward ? " text-anchor=\"end\"" : ""
        s +=
          "<text x=\"\(f(leftward ? ix - 9 : ix + 9))\" y=\"\(f(lanesTop - 11))\" font-size=\"11\" fill=\"#4a148c\"\(anchor)>\(esc(label))</text>"
        labelEnd = leftward ? ix : ix + 9 + labelWidth + 8
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
    item(bar(Self.color(.onTime)), "step on time", 112)
    item(bar(Self.color(.late)), "late", 60)
    item(bar(Self.color(.skipped)), "skipped", 82)
    item(bar(Self.color(.open)), "open", 62)
    item(bar(Self.color(.neverDone)), "never done", 96)
    item(
      "<line x1=\"8\" y1=\"-9\" x2=\"8\" y2=\"9\" stroke=\"#c62828\" stroke-width=\"2\"/>",
      "deadline", 84)
    item(
      "<line x1=\"8\" y1=\"-9\" x2=\"8\" y2=\"9\" stroke=\"#c62828\" stroke-dasharray=\"4 3\" stroke-width=\"1.5\"/>",
      "first statement due", 150)
    item("<path d=\"M8 -8 l7 8 l-7 8 l-7 -8 z\" fill=\"#1d4ed8\"/>", "public message", 124)
    item(
      "<path d=\"M8 -8 l7 8 l-7 8 l-7 -8 z\" fill=\"#ffffff\" stroke=\"#1d4ed8\" stroke-width=\"1.6\"/>",
      "other message", 118)
    item("<circle cx=\"8\" cy=\"0\" r=\"5\" fill=\"#1f2933\"/>", "decision", 82)
    item("<rect x=\"4\" y=\"-4\" width=\"8\" height=\"8\" fill=\"#8a94a0\"/>", "note", 60)
    if !report.metrics.injects.isEmpty {
      item("<path d=\"M1 -6 l14 0 l-7 11 z\" fill=\"#7b1fa2\"/>", "inject", 70)
    }
    if report.metrics.isResolved {
      item(
        "<line x1=\"8\" y1=\"-9\" x2=\"8\" y2=\"9\" stroke=\"#2e7d32\" stroke-width=\"2\"/>",
        "resolved", 80)
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
    if needsNone || lanes.isEmpty { lanes.append(Lane(role: nil, title: "No role", holder: nil)) }
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

  /// The lane an event is drawn in: the step owner's role when the actor holds it, else the
  /// actor's first role, else the step owner's role, else the lane for people without a role.
  func lane(for entry: IncidentTimeline.Entry, lanes: [Lane]) -> String? {
    let stepRole = entry.event.body.step.flatMap { report.playbook.step($0)?.role.id }
    let candidates: [String?] = [
      stepRole.flatMap { entry.actorRoles.contains($0) ? $0 : nil }, entry.actorRoles.first,
      stepRole,
    ]
    for case let role? in candidates where lanes.contains(where: { $0.role == role }) {
      return role
    }
    return nil
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
