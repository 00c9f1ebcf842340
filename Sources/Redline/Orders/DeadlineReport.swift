/// Open orders at a moment: deadlines already missed with what they owe, and deadlines still ahead with the
/// money at stake if they are missed.
public struct DeadlineReport: Sendable {
    /// One deadline of one order.
    public struct Item: Sendable {
        public var order: String
        public var rule: String
        public var due: Instant
        /// Owed (overdue) or at stake (upcoming); nil for rules without compensation.
        public var money: Money?
    }

    /// Missed deadlines, earliest first.
    public var overdue: [Item]
    /// Deadlines still ahead, soonest first.
    public var upcoming: [Item]
    /// Deadlines passed whose compensation is owed once an event comes (a stock-out complaint).
    public var atRisk: [Item]

    public var owed: Money { Money(fen: overdue.compactMap(\.money).reduce(0) { $0 + $1.fen }) }
    public var atStake: Money { Money(fen: upcoming.compactMap(\.money).reduce(0) { $0 + $1.fen }) }
}

extension Audit {
    /// The deadline report of every order read, evaluated at `asOf`.
    public mutating func deadlines(asOf: Instant) -> DeadlineReport {
        var report = DeadlineReport(overdue: [], upcoming: [], atRisk: [])
        for id in orderIDs {
            guard let timeline = timeline(order: id) else { continue }
            let program = program(forShop: timeline.order.shop)
            for outcome in program.evaluate(timeline, asOf: asOf) {
                guard let due = outcome.due else { continue }
                switch outcome.status {
                case .breached:
                    report.overdue.append(.init(order: id, rule: outcome.rule, due: due, money: outcome.compensation))
                case .pending:
                    let item = DeadlineReport.Item(order: id, rule: outcome.rule, due: due,
                                                   money: program.compensation(rule: outcome.rule, on: timeline.order.amount))
                    if due > asOf { report.upcoming.append(item) } else { report.atRisk.append(item) }
                case .met, .notApplicable:
                    break
                }
            }
        }
        report.overdue.sort { ($0.due, $0.order) < ($1.due, $1.order) }
        report.upcoming.sort { ($0.due, $0.order) < ($1.due, $1.order) }
        report.atRisk.sort { ($0.due, $0.order) < ($1.due, $1.order) }
        return report
    }
}

extension Program {
    /// What a rule would owe on an order amount if breached; nil for rules without compensation.
    func compensation(rule id: String, on amount: Money) -> Money? {
        guard let index = rules.firstIndex(where: { $0.id == id }) else { return nil }
        return orderRules[index]?.compensation?.owed(on: amount)
    }
}
