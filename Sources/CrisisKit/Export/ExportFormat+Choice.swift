extension ExportFormat {
  /// The format `crisis export` writes: `--format` when given, else the extension of the
  /// `-o FILE` name (`.md`, `.markdown`, `.html`, `.htm`, `.json`, `.csv`), else Markdown, so
  /// `-o review.html` needs no `--format`.
  public static func choose(
    option: String?, output: String?, words: any CommandWords = Language.english.command
  ) throws(UsageError) -> ExportFormat {
    if let option {
      guard let format = ExportFormat(rawValue: option.lowercased()) else {
        throw UsageError(words.formatTakes(option))
      }
      return format
    }
    let name = output.flatMap { $0.split(separator: "/").last } ?? ""
    let ext = name.contains(".") ? name.split(separator: ".").last.map { $0.lowercased() } : nil
    switch ext {
    case "html"?, "htm"?: return .html
    case "json"?: return .json
    case "csv"?: return .csv
    default: return .markdown
    }
  }
}
