import Synchronization

/// The one order of a team incident's events, the same on every machine: by Lamport counter,
/// then device id, then `seq` in the device's chain. Every event gets its place in that
/// order as its `seq` (the fold, the screens and the exports work with it as with a
/// single-file log's `seq`), and references between chains (`message.linked` naming a
/// message on another device's chain) are translated to those places.
///
/// Events arrive in any order (a laptop that was offline brings an hour of events at once).
/// Those that sort after everything known are handed on as they are, to be folded on top;
/// when one sorts earlier, the whole order is handed back and the state is folded again from
/// the start (in memory: the log is never read again for it).
///
/// Shared by the reader, the follower and the recorder of one process (hence a class behind a
/// mutex): the recorder learns the highest Lamport counter from it, and the follower skips
/// the events the recorder already placed.
public final class TeamOrder: Sendable {
  /// An event's place in a chain.
  public struct ChainKey: Hashable, Sendable {
    public var device: String
    public var seq: Int
  }

  /// What inserting events did.
  public enum Insertion: Sendable {
    /// Nothing new (all of them were known).
    case nothing
    /// New events that sort after everything known: fold them on top, in this order.
    case appended([IncidentEvent])
    /// New events sort before known ones: here is the whole incident in its order, to fold
    /// again, and the new ones among them (numbered), to announce.
    case reordered(all: [IncidentEvent], fresh: [IncidentEvent])
  }

  private struct Store {
    /// Every event as its chain holds it (`seq` is the chain's), in the one order.
    var raw: [IncidentEvent] = []
    /// Place in `raw` (0-based) of every event, by its chain key.
    var place: [ChainKey: Int] = [:]
    var maxLamport: Int64 = 0
    /// Set when a later insertion had to reorder while no follower was asking.
    var reorderPending = false
  }

  private let store = Mutex(Store())
  /// This machine's device id (whose chain this process writes).
  public let device: String

  public init(device: String) { self.device = device }

  /// The highest Lamport counter of any event known: the next event written here counts one
  /// more, so it sorts after everything its writer could have seen.
  public var maxLamport: Int64 { store.withLock { $0.maxLamport } }

  /// How many events are known.
  public var count: Int { store.withLock { $0.raw.count } }

  /// Events of this machine's own chain.
  public var ownCount: Int { store.withLock { s in s.raw.count { $0.device == device } } }

  /// Every event in the one order, numbered.
  public var events: [IncidentEvent] { store.withLock { Self.numbered($0, from: 0) } }

  /// Whether an insertion reordered since the last call (and clears it).
  public func takeReorder() -> Bool {
    store.withLock { s in
      defer { s.reorderPending = false }
      return s.reorderPending
    }
  }

  /// Adds events read from chains (their `seq` is the chain's, `device` and `lamport` set).
  /// Events already known are skipped; an event without `device` is refused by the caller.
  public func insert(_ events: [IncidentEvent]) -> Insertion {
    store.withLock { s in
      var fresh = events.filter { event in
        guard let key = Self.key(event) else { return false }
        return s.place[key] == nil
      }
      guard !fresh.isEmpty else { return .nothing }
      fresh.sort(by: Self.precedes)
      // Duplicates within the batch (the same line polled twice) go too.
      var unique: [IncidentEvent] = []
      for event in fresh where unique.last.map({ Self.key($0) != Self.key(event) }) ?? true {
        unique.append(event)
      }
      for event in unique { s.maxLamport = max(s.maxLamport, event.lamport ?? 0) }
      if let last = s.raw.last, let first = unique.first, !Self.precedes(last, first) {
        s.raw += unique
        s.raw.sort(by: Self.precedes)
        s.place = [:]
        for (i, event) in s.raw.enumerated() { if let key = Self.key(event) { s.place[key] = i } }
        s.reorderPending = true
        let all = Self.numbered(s, from: 0)
        let new = Set(unique.compactMap { Self.key($0) })
        return .reordered(
          all: all, fresh: all.filter { Self.key(chainKeyed: $0).map(new.contains) ?? false })
      }
      let start = s.raw.count
      for event in unique {
        if let key = Self.key(event) { s.place[key] = s.raw.count }
        s.raw.append(event)
      }
      return .appended(Self.numbered(s, from: start))
    }
  }

  /// The chain key of the event at place `seq` (1-based) of the one order: what a reference
  /// written into a chain must name, since places move when other chains arrive.
  public func chainKey(ofPlace seq: Int) -> ChainKey? {
    store.withLock { s in
      guard seq >= 1, seq <= s.raw.count else { return nil }
      return Self.key(s.raw[seq - 1])
    }
  }

  /// The one order: Lamport counter, then device, then seq in the chain.
  static func precedes(_ a: IncidentEvent, _ b: IncidentEvent) -> Bool {
    let (la, lb) = (a.lamport ?? 0, b.lamport ?? 0)
    if la != lb { return la < lb }
    let (da, db) = (a.device ?? "", b.device ?? "")
    if da != db { return da < db }
    return a.seq < b.seq
  }

  /// The chain key of a numbered event (its `chainSeq` is the chain's seq).
  static func key(chainKeyed event: IncidentEvent) -> ChainKey? {
    guard let device = event.device, let seq = event.chainSeq else { return nil }
    return ChainKey(device: device, seq: seq)
  }

  static func key(_ event: IncidentEvent) -> ChainKey? {
    event.device.map { ChainKey(device: $0, seq: event.chainSeq ?? event.seq) }
  }

  /// The events from place `start` on, with their place as `seq`, their chain's seq as
  /// `chainSeq`, and cross-chain references translated to places.
  private static func numbered(_ s: Store, from start: Int) -> [IncidentEvent] {
    var out: [IncidentEvent] = []
    out.reserveCapacity(max(0, s.raw.count - start))
    for i in start..<s.raw.count {
      var event = s.raw[i]
      let chainSeq = event.chainSeq ?? event.seq
      event.chainSeq = chainSeq
      event.seq = i + 1
      if case .messageLinked(var link) = event.body, let message = link.message {
        let device = link.messageDevice ?? event.device ?? ""
        // A message not arrived yet (or never written) is no place: the link then amends
        // the latest message of that template on that channel, as without a number.
        link.message = s.place[ChainKey(device: device, seq: Int(message))].map { Int64($0 + 1) }
        link.messageDevice = nil
        event.body = .messageLinked(link)
      }
      out.append(event)
    }
    return out
  }
}
