/// An order rule: a deadline between events or a single event that breaks a rule, with exemptions and the
/// compensation owed when it is breached.
public struct OrderCheck: Sendable {
    public var trigger: Trigger
    public var exemptions: [Exemption]
    public var compensation: CompensationRule?

    /// What makes an order breach the rule.
    public enum Trigger: Sendable {
        case deadline(Deadline)
        case event(EventMatch)
    }
}

/// A deadline: from an event (or from another rule's due time, for escalation), within a duration or by the
/// end of a ship day, met by the first of some events.
public struct Deadline: Sendable {
    public enum Start: Sendable {
        case event(String)
        /// Escalation: the clock starts when another rule's deadline fell due.
        case rule(String, at: SourceLocation)
    }

    public var start: Start
    public var within: ValueReference?
    public var shipDay: ShipCalendar?
    public var metBy: [MeetingEvent]
    /// An order's `agreed_ship_by` time replaces the computed due time.
    public var agreedDateReplaces: Bool
    /// The breach is a finding only once this event has happened (a stock-out complaint).
    public var requires: EventMatch?
    /// Events that end the order's obligation when they come before the due time (a refund, a closure).
    public var cancelledBy: [String]
}

/// An event that meets a deadline, with the fields it must carry: a shipment meets the tracking-number deadline
/// only if it has its tracking number (`{name: shipped, with: [tracking]}`).
public struct MeetingEvent: Sendable, Equatable {
    public var name: String
    public var with: [String] = []

    /// Whether an event meets the deadline.
    func isMet(by event: OrderEvent) -> Bool {
        event.name == name && with.allSatisfy { !(event.fields[$0] ?? "").isEmpty }
    }

    /// The event as a reason names it: `shipped with tracking`.
    var description: String {
        with.isEmpty ? name : name + " with " + with.joined(separator: ", ")
    }
}

/// The shop's ship-day calendar: orders paid before the cut-off ship that day, later ones the next day; closed
/// weekdays and holidays move the ship day to the next open day. The order must ship by the end of that day.
public struct ShipCalendar: Sendable {
    public var cutoff: ValueReference
    public var closedWeekdays: ValueReference?
    public var holidays: ValueReference?
}

/// An event of a given name, optionally with given field values, inside given times of day, repeated for the
/// same buyer within a duration, or coming within a duration after an event on another of the buyer's orders.
public struct EventMatch: Sendable {
    public var name: String
    public var fields: [(name: String, value: String)]
    public var during: ValueReference?
    public var repeatWithin: ValueReference?
    public var afterOtherOrder: OtherOrderEvent?
}

/// An event on another order of the same buyer, and how long before the matched event it counts: a payment
/// reminder is pointless when the buyer paid another order within three days.
public struct OtherOrderEvent: Sendable {
    public var name: String
    public var within: ValueReference
}

/// Orders a deadline rule does not measure: presale or custom-made goods (unless the rule measures them against
/// an agreed ship date), or any order with an agreed ship date (`agreed_date`: the shop's own cut-off does not
/// bind a date agreed with the buyer).
public enum Exemption: String, Sendable, CaseIterable {
    case presale, custom
    case agreedDate = "agreed_date"
}

/// Compensation owed on a breach: a percent of the order amount, clamped to a minimum and a maximum,
/// computed in fen and rounded half up.
public struct CompensationRule: Sendable {
    public var percent: ValueReference
    public var minimum: ValueReference?
    public var maximum: ValueReference?
    public var rounding: Rounding
}

/// How a computed amount of money is rounded to the fen.
public enum Rounding: String, Sendable, CaseIterable {
    case halfUp = "half_up"
}
