/// Why an incident log could not be created, written or read. Every case renders as one line;
/// a problem at a place in the file renders as `FILE:LINE:COL: error: message`.
public enum LogError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The log directory could not be created (`mkdir`) or a file in it could not be created.
  case directoryNotWritable(directory: String, SystemError)
  /// A new incident's log already exists: incident ids must be unique.
  case incidentExists(path: String)
  /// The log file could not be created (other than because it exists).
  case cannotCreate(path: String, SystemError)
  /// The log file could not be opened for reading (usually: no such incident).
  case cannotOpen(path: String, SystemError)
  /// Reading the log failed midway (an I/O error, not bad content).
  case cannotRead(path: String, SystemError)
  /// An append failed: `written` of `total` bytes reached the file before the error.
  case notRecorded(path: String, SystemError, written: Int, total: Int)
  /// The line was written but `fsync` failed, so it may not survive a crash.
  case notDurable(path: String, SystemError)
  /// The caller's fields cannot form a log line (a reserved or repeated field name).
  case invalidEvent(String)
  /// The event would make the log unreadable (a value out of the range readers accept), so
  /// it was not written.
  case wouldNotReadBack(path: String, String)
  /// A line of the log is not a valid event (and not a torn write).
  case damaged(Diagnostic)
  /// An append could not find the last event to chain to.
  case damagedTail(path: String, String)
  /// The file is not one crisis reads or writes as a log (a fifo, a device, a link, another
  /// user's file, over a size limit), or its directory is not safe to write in.
  case refused(path: String, String)
  /// An append was refused because its time cannot be written as RFC 3339 (the clock reads a
  /// year after 9999 or before 0000): written, it would make the log unreadable.
  case timeOutOfRange(path: String, what: String, Timestamp)

  public var description: String { message(Language.english.errors) }

  /// The error in the words of a language; a damaged line and a refused file keep the form
  /// of a diagnostic (`FILE:LINE:COL: error: …`), as a compiler's errors do.
  public func message(_ words: any ErrorWords) -> String {
    switch self {
    case .directoryNotWritable(let directory, let error):
      return error.call == "mkdir"
        ? words.cannotCreateDirectory(directory, error.description)
        : words.cannotWriteDirectory(directory, error.description)
    case .incidentExists(let path):
      return words.incidentExists(path)
    case .cannotCreate(let path, let error):
      return words.cannotCreate(path, error.description)
    case .cannotOpen(let path, let error):
      return words.cannotOpen(path, error.description)
    case .cannotRead(let path, let error):
      return words.cannotRead(path, error.description)
    case .notRecorded(let path, let error, let written, let total):
      let failure = "\(error.call): \(error)"
      if written > 0, written == total - 1 { return words.withoutLineEnd(path, failure) }
      if written > 0 { return words.notRecordedPartly(path, failure) }
      return words.notRecorded(path, failure)
    case .notDurable(let path, let error):
      return words.notDurable(path, error.description)
    case .invalidEvent(let message):
      return words.invalidEvent(message)
    case .wouldNotReadBack(let path, let reason):
      return words.wouldNotReadBack(path, reason)
    case .damaged(let diagnostic):
      return diagnostic.description
    case .damagedTail(let path, let message):
      return words.cannotAppend(path, message)
    case .refused(let path, let reason):
      return Diagnostic(file: path, at: nil, reason).description
    case .timeOutOfRange(let path, let what, let time):
      return words.timeOutOfRange(path, what: what, year: time.local.year)
    }
  }
}
