/// A new incident whose log holds its first event: where the log is, the recorder that
/// appends to it, the event, and the walkthrough session that starts there.
public struct OpenedIncident: Sendable {
  public var path: String
  public var recorder: IncidentRecorder
  public var first: IncidentEvent
  public var session: WalkthroughSession
}
