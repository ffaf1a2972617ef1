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

  public var description: String {
    switch self {
    case .directoryNotWritable(let directory, let error):
      let verb = error.call == "mkdir" ? "cannot create" : "cannot write to"
      return "\(verb) log directory \(directory): \(error)"
    case .incidentExists(let path):
      return "incident log \(path) already exists; incident ids must be unique"
    case .cannotCreate(let path, let error):
      return "cannot create incident log \(path): \(error)"
    case .cannotOpen(let path, let error):
      return "cannot open incident log \(path): \(error)"
    case .cannotRead(let path, let error):
      return "cannot read incident log \(path): \(error)"
    case .notRecorded(let path, let error, let written, let total):
      if written > 0, written == total - 1 {
        return "event written to \(path) without its line end (\(error.call): \(error)); "
          + "it counts once the next event is appended"
      }
      if written > 0 {
        return "event NOT recorded in \(path): \(error.call): \(error) "
          + "(a partial line was left; readers skip it as a torn write)"
      }
      return "event NOT recorded in \(path): \(error.call): \(error)"
    case .notDurable(let path, let error):
      return "event written to \(path) but the disk did not confirm it (fsync: \(error)); "
        + "it may be lost in a crash"
    case .invalidEvent(let message):
      return "invalid event: \(message)"
    case .wouldNotReadBack(let path, let reason):
      return "event NOT recorded in \(path): it would make the log unreadable (\(reason))"
    case .damaged(let diagnostic):
      return diagnostic.description
    case .damagedTail(let path, let message):
      return "cannot append to \(path): \(message); run `crisis verify`"
    case .refused(let path, let reason):
      return Diagnostic(file: path, at: nil, reason).description
    case .timeOutOfRange(let path, let what, let time):
      return "event NOT recorded in \(path): \(what) is in the year \(time.local.year), and a log "
        + "holds only years 0000 to 9999; set the clock (or $CRISIS_NOW) to the right time"
    }
  }
}
