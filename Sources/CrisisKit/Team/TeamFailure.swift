/// Why a team command could not do its work, as one line for the operator. Never about an
/// event being lost: events are on disk before any of this runs.
public struct TeamFailure: Error, Sendable, Equatable, CustomStringConvertible {
  public var message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}
