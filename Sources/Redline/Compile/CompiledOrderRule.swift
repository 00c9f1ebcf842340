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

        /// Whether nothing ships on `day`: a closed weekday or a holiday.
        func isClosed(_ day: CalendarDate) -> Bool {
            closed.contains(day.weekday) || holidays.contains(day)
        }

        /// The day an order paid at a local date and time ships: that day before the cut-off, the next day after
        /// it, moved on past closed days and holidays. `reasons`, when given, receives each step in words (nil on
        /// the message path, which explains only when asked).
        func shipDay(paidAt paid: (date: CalendarDate, time: TimeOfDay), reasons: inout [String]?) -> CalendarDate {
            var day = paid.date
            if paid.time >= cutoff {
                day = CalendarDate(daysSinceEpoch: day.daysSinceEpoch + 1)
                reasons?.append("paid at \(paid.time), after the \(cutoff) cut-off: ships the next day")
            } else {
                reasons?.append("paid at \(paid.time), before the \(cutoff) cut-off: ships the same day")
            }
            var moves = 0
            while isClosed(day), moves < 60 {
                reasons?.append("\(day) is \(holidays.contains(day) ? "a holiday" : "a \(day.weekday) (closed)"): moves to the next day")
                day = CalendarDate(daysSinceEpoch: day.daysSinceEpoch + 1)
                moves += 1
            }
            return day
        }
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
