/// An order with its events in time order, and what the order rules computed about it: the input of
/// order evaluation and of `redline explain --order`.
public struct OrderTimeline: Sendable {
    public var order: OrderRecord
    /// Events sorted by time (stable for equal times).
    public var events: [OrderEvent]

    public init(order: OrderRecord, events: [OrderEvent]) {
        self.order = order
        self.events = Self.sorted(events)
    }

    /// An order whose events are already in time order.
    init(order: OrderRecord, sortedEvents: [OrderEvent]) {
        self.order = order
        events = sortedEvents
    }

    /// Events by time, stable for equal times.
    static func sorted(_ events: [OrderEvent]) -> [OrderEvent] {
        events.enumerated().sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }.map(\.element)
    }

    func first(_ name: String) -> OrderEvent? {
        events.first { $0.name == name }
    }

    /// The first event that meets a deadline, at or after `start` (at any time when nil).
    func first(of meeting: [MeetingEvent], after start: Instant?) -> OrderEvent? {
        events.first { event in start.map { event.time >= $0 } ?? true && meeting.contains { $0.isMet(by: event) } }
    }
}

/// What one order rule concluded about one order, with the reasons, for findings and explanations.
public struct RuleOutcome: Sendable {
    public enum Status: Sendable, Equatable {
        case breached
        case met
        case pending
        case notApplicable
    }

    public var rule: String
    public var status: Status
    public var due: Instant?
    public var compensation: Money?
    /// Why, in words: the exemption, the effective date, the calendar, the event that met the deadline.
    public var reasons: [String]
    /// For a rule about events (a reminder in rest hours, a second reminder within 3 days): each event that
    /// breaks it, with the reason; every one is a violation of its own.
    public var breakingEvents: [(time: Instant, reason: String)] = []
}
