/// An event's own fields, decoded once when the line is read: one case per event type, each
/// with its typed payload. Readers switch over this instead of looking up JSON keys.
public enum EventBody: Sendable, Equatable {
  indirect case incidentStarted(IncidentStarted)
  case stepStarted(StepStarted)
  case stepDone(StepDone)
  case stepSkipped(StepSkipped)
  indirect case decision(DecisionTaken)
  indirect case messageSent(MessageSent)
  case varSet(VariableSet)
  case roleAssigned(RoleAssigned)
  case note(NoteAdded)
  indirect case reminder(ReminderGiven)
  indirect case inject(InjectGiven)
  case severityChanged(SeverityChanged)
  case incidentPaused(IncidentPaused)
  case incidentResumed
  case incidentResolved(IncidentResolved)
  case clockPaused
  case clockResumed
  case clockAdvanced(ClockAdvanced)
  indirect case scorecard(ScorecardRecorded)
  indirect case messageLinked(MessageLinked)
  indirect case messageApproved(MessageApproved)
  indirect case channelState(ChannelStateChanged)
  indirect case operatorJoined(OperatorJoined)
  indirect case operatorLeft(OperatorLeft)
  /// A type this version does not know (a newer crisis wrote it): kept, shown, not folded.
  case other(String)

  public var type: EventType {
    switch self {
    case .incidentStarted: .incidentStarted
    case .stepStarted: .stepStarted
    case .stepDone: .stepDone
    case .stepSkipped: .stepSkipped
    case .decision: .decision
    case .messageSent: .messageSent
    case .varSet: .varSet
    case .roleAssigned: .roleAssigned
    case .note: .note
    case .reminder: .reminder
    case .inject: .inject
    case .severityChanged: .severityChanged
    case .incidentPaused: .incidentPaused
    case .incidentResumed: .incidentResumed
    case .incidentResolved: .incidentResolved
    case .clockPaused: .clockPaused
    case .clockResumed: .clockResumed
    case .clockAdvanced: .clockAdvanced
    case .scorecard: .scorecard
    case .messageLinked: .messageLinked
    case .messageApproved: .messageApproved
    case .channelState: .channelState
    case .operatorJoined: .operatorJoined
    case .operatorLeft: .operatorLeft
    case .other(let name): .other(name)
    }
  }

  /// The payload's fields as the log writes them (none for `other`: its fields stay in the
  /// event's `extra`).
  public func encode(into fields: inout EventFieldWriter) {
    switch self {
    case .incidentStarted(let p): p.encode(into: &fields)
    case .stepStarted(let p): p.encode(into: &fields)
    case .stepDone(let p): p.encode(into: &fields)
    case .stepSkipped(let p): p.encode(into: &fields)
    case .decision(let p): p.encode(into: &fields)
    case .messageSent(let p): p.encode(into: &fields)
    case .varSet(let p): p.encode(into: &fields)
    case .roleAssigned(let p): p.encode(into: &fields)
    case .note(let p): p.encode(into: &fields)
    case .reminder(let p): p.encode(into: &fields)
    case .inject(let p): p.encode(into: &fields)
    case .severityChanged(let p): p.encode(into: &fields)
    case .incidentPaused(let p): p.encode(into: &fields)
    case .incidentResolved(let p): p.encode(into: &fields)
    case .clockAdvanced(let p): p.encode(into: &fields)
    case .scorecard(let p): p.encode(into: &fields)
    case .messageLinked(let p): p.encode(into: &fields)
    case .messageApproved(let p): p.encode(into: &fields)
    case .channelState(let p): p.encode(into: &fields)
    case .operatorJoined(let p): p.encode(into: &fields)
    case .operatorLeft(let p): p.encode(into: &fields)
    case .incidentResumed, .clockPaused, .clockResumed, .other: break
    }
  }

  public var fields: [(String, JSONValue)] {
    var writer = EventFieldWriter()
    encode(into: &writer)
    return writer.fields
  }

  /// Decodes the fields of an event of `type`; what it does not use stays in `fields`.
  public static func decode(_ type: EventType, from fields: inout EventFieldReader)
    throws(EventFormatError) -> EventBody
  {
    switch type {
    case .incidentStarted: .incidentStarted(try IncidentStarted(from: &fields))
    case .stepStarted: .stepStarted(StepStarted(from: &fields))
    case .stepDone: .stepDone(StepDone(from: &fields))
    case .stepSkipped: .stepSkipped(StepSkipped(from: &fields))
    case .decision: .decision(DecisionTaken(from: &fields))
    case .messageSent: .messageSent(try MessageSent(from: &fields))
    case .varSet: .varSet(VariableSet(from: &fields))
    case .roleAssigned: .roleAssigned(RoleAssigned(from: &fields))
    case .note: .note(NoteAdded(from: &fields))
    case .reminder: .reminder(try ReminderGiven(from: &fields))
    case .inject: .inject(try InjectGiven(from: &fields))
    case .severityChanged: .severityChanged(SeverityChanged(from: &fields))
    case .incidentPaused: .incidentPaused(IncidentPaused(from: &fields))
    case .incidentResumed: .incidentResumed
    case .incidentResolved: .incidentResolved(IncidentResolved(from: &fields))
    case .clockPaused: .clockPaused
    case .clockResumed: .clockResumed
    case .clockAdvanced: .clockAdvanced(try ClockAdvanced(from: &fields))
    case .scorecard: .scorecard(ScorecardRecorded(from: &fields))
    case .messageLinked: .messageLinked(try MessageLinked(from: &fields))
    case .messageApproved: .messageApproved(MessageApproved(from: &fields))
    case .channelState: .channelState(ChannelStateChanged(from: &fields))
    case .operatorJoined: .operatorJoined(try OperatorJoined(from: &fields))
    case .operatorLeft: .operatorLeft(OperatorLeft(from: &fields))
    case .other(let name): .other(name)
    }
  }

  /// The step an event is about (`step.*`, `decision`, a message sent during a step, a
  /// reminder for a step).
  public var step: String? {
    switch self {
    case .stepStarted(let p): p.step
    case .stepDone(let p): p.step
    case .stepSkipped(let p): p.step
    case .decision(let p): p.step
    case .messageSent(let p): p.step
    case .messageApproved(let p): p.step
    case .reminder(let p): p.step
    default: nil
    }
  }
}

extension EventBody {
  /// The channel an event is about (a message, a drill inject aimed at a channel).
  public var channel: String? {
    switch self {
    case .messageSent(let p): p.channel
    case .messageLinked(let p): p.channel
    case .channelState(let p): p.channel
    case .inject(let p): p.channel
    default: nil
    }
  }
}

extension IncidentEvent {
  /// The message, for a `message.sent` event.
  public var message: MessageSent? {
    if case .messageSent(let m) = body { return m }
    return nil
  }
}
