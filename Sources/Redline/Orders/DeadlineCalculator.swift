/// Computes when an order falls due under a deadline rule: a fixed duration after the start, or the end of
/// the ship day given by the shop's cut-off, closed weekdays and holidays, or an agreed ship date.
struct DeadlineCalculator {
    let timeZone: PolicyTimeZone

    /// The last second of the ship day for an order paid at `start`: paid before the cut-off it ships that day,
    /// later the next; a closed weekday or a holiday moves the day on. A shipment at midnight belongs to the next
    /// day, so it is late. Returns the due instant and the reasons.
    func shipDayEnd(after start: Instant, calendar: CompiledOrderRule.Calendar) -> (Instant, [String]) {
        var steps: [String]? = []
        let day = calendar.shipDay(paidAt: timeZone.local(start), reasons: &steps)
        let end = timeZone.instant(CalendarDate(daysSinceEpoch: day.daysSinceEpoch + 1), TimeOfDay(secondsAfterMidnight: 0))
            .adding(Span(seconds: -1))
        return (end, (steps ?? []) + ["ship day \(day): due by its end, \(timeZone.format(end))"])
    }

    /// The due time of a deadline that starts at `start`.
    func due(_ deadline: CompiledOrderRule.Deadline, start: Instant, order: OrderRecord) -> (Instant, [String]) {
        if deadline.agreedDateReplaces, let agreed = order.agreedShipBy {
            return (agreed, ["agreed ship date \(timeZone.format(agreed)) replaces the deadline"])
        }
        if let calendar = deadline.calendar { return shipDayEnd(after: start, calendar: calendar) }
        let within = deadline.within ?? Span(seconds: 0)
        let due = start.adding(within)
        return (due, ["due \(within) after \(timeZone.format(start)): \(timeZone.format(due))"])
    }
}
