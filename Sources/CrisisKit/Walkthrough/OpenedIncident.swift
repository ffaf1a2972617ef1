/// An incident ready for the walkthrough, whether just started or resumed: where its log is,
/// the recorder that appends to it, the event just written (`incident.started` or
/// `incident.resumed`), and the walkthrough session that continues from there.
public struct OpenedIncident: Sendable {
  public var path: String
  public var recorder: IncidentRecorder
  public var event: IncidentEvent
  public var session: WalkthroughSession
}
