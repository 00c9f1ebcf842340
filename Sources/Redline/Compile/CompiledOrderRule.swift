/// An order rule with its parameters resolved.
struct CompiledOrderRule: Sendable {
    enum Start: Sendable {
        case event(String)
        /// The index, in the program's rules, of the rule whose due time starts this one.
        case rule(Int)
    }

    struct Calendar: Sendable {
        let cutoff: TimeOfDay
        let closed: Set<Weekday>
        let holidays: Set<CalendarDate>
    }

    struct Deadline: Sendable {
        let start: Start
        let within: Span?
        let calendar: Calendar?
        let metBy: [MeetingEvent]
        let agreedDateReplaces: Bool
        let requires: EventTest?
        let cancelledBy: [String]
    }

    struct EventTest: Sendable {
        let name: String
        let fields: [(name: String, value: String)]
        let during: [TimeOfDayRange]?
        let repeatWithin: Span?
        /// An event on another order of the buyer that this one may not follow within the span.
        let afterOtherOrder: (name: String, within: Span)?

        func matches(_ event: OrderEvent) -> Bool {
            event.name == name && fields.allSatisfy { event.fields[$0.name] == $0.value }
        }
    }

    struct Compensation: Sendable {
        let percent: Percent
        let minimum: Money?
        let maximum: Money?

        /// `percent` of the amount, rounded half up to the fen, then clamped to the minimum and maximum.
        func owed(on amount: Money) -> Money {
            var owed = percent.of(amount)
            if let minimum, owed < minimum { owed = minimum }
            if let maximum, owed > maximum { owed = maximum }
            return owed
        }
    }

    enum Trigger: Sendable {
        case deadline(Deadline)
        case event(EventTest)
    }

    let trigger: Trigger
    let exemptions: Set<Exemption>
    let compensation: Compensation?
    let effective: Effectiveness
}
