/// The export as CSV for a spreadsheet: one row per event under a header row, then one row
/// per notice (type `notice`: drill, damaged log, not resolved, redaction), RFC 4180
/// quoting (a field with `,`, `"`, CR or LF is quoted, quotes doubled), CRLF after every
/// record, UTF-8 with a byte order mark so Excel shows umlauts and emoji intact.
///
/// Formula injection: a cell whose text starts with `=`, `+`, `-`, `@`, a tab or a CR would
/// run as a formula in Excel, LibreOffice and Google Sheets; such a cell gets a leading `'`
/// (shown by spreadsheets as text), unless the whole cell is a plain number such as `-42` or
/// `-3,5`, which stays a number. See docs/export.md.
public enum CSVExport {
  /// The byte order mark the output starts with.
  public static let byteOrderMark = "\u{FEFF}"

  /// The header row as a spreadsheet shows it (docs/export.md documents each column).
  public static let columns =
    "seq,mode,time,t_plus,t_plus_seconds,actor,role,type,step,channel,text,url,detail"
    .split(separator: ",").map(String.init)

  /// The public audience sees what was said, where and when, nothing about the team.
  public static let publicColumns = "time,mode,channel,text,url".split(separator: ",").map(
    String.init)

  public static func render(_ report: ExportReport) -> String {
    var out = byteOrderMark
    out += record(report.isPublic ? publicColumns : columns)
    for entry in report.entries {
      out += record(report.isPublic ? publicRow(entry, report) : row(entry, report))
    }
    let mode = report.timeline.mode.rawValue
    if !report.isPublic {
      for finding in report.findings { out += record(findingRow(finding, report, mode: mode)) }
    }
    for notice in report.notices {
      let text = "\(notice.label): \(notice.text)"
      if report.isPublic {
        out += record(["", mode, "", text, ""])
      } else {
        out += record([
          "", mode, "", "", "", "", "", "notice", "", "", text, "", notice.kind.rawValue,
        ])
      }
    }
    return out
  }

  static func row(_ entry: IncidentTimeline.Entry, _ report: ExportReport) -> [String] {
    let event = entry.event
    let text: String
    switch event.body {
    case .messageSent(let p): text = p.text
    case .note(let p): text = p.text
    case .reminder(let p): text = p.text
    case .inject(let p): text = p.text
    case .incidentResolved(let p): text = p.summary ?? ""
    case .stepSkipped(let p): text = p.reason ?? ""
    default: text = ""
    }
    return [
      "\(event.seq)", event.mode.rawValue, entry.time.rfc3339, SpanText.exactTPlus(entry.tPlus),
      seconds(entry.tPlus),
      report.person(event.actor), report.roleTitles(entry), event.type.name,
      event.body.step ?? "", event.body.channel ?? "", text, event.message?.url ?? "",
      report.describe(entry),
    ]
  }

  /// A finding of the review as a row: type `finding.KIND`, T+ when it happened, the
  /// owner's role and holder in the actor and role columns, the finding in `text` and the
  /// suggested follow-up in `detail`.
  static func findingRow(_ f: ReviewFinding, _ report: ExportReport, mode: String) -> [String] {
    let isStep = report.playbook.step(f.subject) != nil
    let isChannel = report.playbook.channel(f.subject) != nil
    return [
      "", mode, "", f.at.map(SpanText.exactTPlus) ?? "", f.at.map(seconds) ?? "",
      f.heldBy.map(report.person) ?? "", f.role.map(report.roleTitle) ?? "",
      "finding.\(f.kind.rawValue)", isStep ? f.subject : "", isChannel ? f.subject : "",
      report.words.finding(f), "", report.followUp(f),
    ]
  }

  static func publicRow(_ entry: IncidentTimeline.Entry, _ report: ExportReport) -> [String] {
    let message = entry.event.message
    return [
      entry.time.rfc3339, entry.event.mode.rawValue, report.channelTitle(message?.channel ?? ""),
      message?.text ?? "", message?.url ?? "",
    ]
  }

  /// Whole seconds, or with milliseconds when there are any: `600`, `12.5`.
  static func seconds(_ value: Double) -> String {
    JSONWriter.format((value * 1000).rounded() / 1000)
  }

  /// One record: the fields, each guarded and quoted as needed, comma-separated, then CRLF.
  public static func record(_ fields: [String]) -> String {
    fields.map { quote(guardFormula(ExportText.multiline($0))) }.joined(separator: ",") + "\r\n"
  }

  /// The field as RFC 4180 wants it: in quotes, with quotes doubled, when it holds a comma, a
  /// quote, CR or LF.
  public static func quote(_ field: String) -> String {
    guard field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return field }
    var out = "\""
    for character in field {
      if character == "\"" { out += "\"\"" } else { out.append(character) }
    }
    return out + "\""
  }

  /// A leading `'` for a cell a spreadsheet would read as a formula; plain numbers stay.
  public static func guardFormula(_ field: String) -> String {
    guard let first = field.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first)
    else {
      return field
    }
    return isPlainNumber(field) ? field : "'" + field
  }

  /// `-42`, `+7`, `-3.5`, `-3,5`, `-.5`: an optional sign, digits, at most one decimal mark.
  static func isPlainNumber(_ field: String) -> Bool {
    var scalars = Substring(field).unicodeScalars[...]
    if let first = scalars.first, first == "-" || first == "+" { scalars = scalars.dropFirst() }
    var digits = 0
    var marks = 0
    for scalar in scalars {
      switch scalar {
      case "0"..."9": digits += 1
      case ".", ",": marks += 1
      default: return false
      }
    }
    return digits > 0 && marks <= 1
  }
}
