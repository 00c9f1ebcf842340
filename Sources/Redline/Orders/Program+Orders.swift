extension Program {
    /// Evaluates every order rule on one order. `asOf` is the evaluation moment (the newest event time of the
    /// input when not given: rules never read the wall clock). `buyerEvents` are the events, in time order, of all orders of
    /// the same buyer, for rules about repeated events such as payment reminders.
    public func evaluate(_ timeline: OrderTimeline, asOf: Instant, buyerEvents: [OrderEvent]? = nil) -> [RuleOutcome] {
        // Only what had happened by `asOf` is known at that moment.
        let timeline = OrderTimeline(order: timeline.order, sortedEvents: timeline.events.filter { $0.time <= asOf })
        let buyerEvents = buyerEvents?.filter { $0.time <= asOf }
        var dues: [Int: Instant] = [:]
        var outcomes: [RuleOutcome] = []
        outcomes.reserveCapacity(orderRuleIndices.count)
        for index in orderRuleIndices {
            guard let compiled = orderRules[index] else { continue }
            let outcome = evaluate(compiled, rule: rules[index].id, timeline: timeline, asOf: asOf,
                                   buyerEvents: buyerEvents ?? timeline.events, dues: dues)
            if let due = outcome.due { dues[index] = due }
            outcomes.append(outcome)
        }
        return outcomes
    }

    /// The findings of the breached order rules: one per missed deadline, one per event that breaks an event rule.
    public func orderFindings(_ timeline: OrderTimeline, asOf: Instant, buyerEvents: [OrderEvent]? = nil) -> [Finding] {
        zip(orderRuleIndices, evaluate(timeline, asOf: asOf, buyerEvents: buyerEvents)).flatMap { index, outcome -> [Finding] in
            guard outcome.status == .breached else { return [] }
            let breaches: [(time: Instant?, reason: String?)] = outcome.breakingEvents.isEmpty
                ? [(outcome.due, outcome.reasons.last)] : outcome.breakingEvents.map { ($0.time, $0.reason) }
            return breaches.map { breach in
                var finding = Finding(rule: rules[index], subject: .order(order: timeline.order.id, due: outcome.due,
                                                                          compensation: outcome.compensation, detail: breach.reason))
                finding.time = breach.time
                return finding
            }
        }
    }

    private func evaluate(_ compiled: CompiledOrderRule, rule: String, timeline: OrderTimeline, asOf: Instant,
                          buyerEvents: [OrderEvent], dues: [Int: Instant]) -> RuleOutcome {
        var outcome = RuleOutcome(rule: rule, status: .notApplicable, due: nil, compensation: nil, reasons: [])
        let order = timeline.order
        // Presale and custom-made orders are exempt, unless a ship date was agreed: then they are measured
        // against that date, and so is the escalation of a deadline measured that way (the stock-out point, 72 h
        // after an agreed date that was missed).
        var measuredByAgreement = false
        if case .deadline(let deadline) = compiled.trigger, order.agreedShipBy != nil {
            switch deadline.start {
            case .event: measuredByAgreement = deadline.agreedDateReplaces
            case .rule(let index): measuredByAgreement = dues[index] != nil
            }
        }
        if order.presale, compiled.exemptions.contains(.presale), !measuredByAgreement {
            outcome.reasons.append("presale order without an agreed ship date: exempt")
            return outcome
        }
        if order.custom, compiled.exemptions.contains(.custom), !measuredByAgreement {
            outcome.reasons.append("custom-made order without an agreed ship date: exempt")
            return outcome
        }
        if let agreed = order.agreedShipBy, compiled.exemptions.contains(.agreedDate) {
            outcome.reasons.append("ship date \(timeZone.format(agreed)) agreed with the buyer: exempt")
            return outcome
        }
        switch compiled.trigger {
        case .deadline(let deadline):
            evaluateDeadline(deadline, compiled, timeline, asOf, dues, &outcome)
        case .event(let test):
            evaluateEvents(test, compiled, timeline, buyerEvents, &outcome)
        }
        return outcome
    }

    private func applies(_ compiled: CompiledOrderRule, on instant: Instant, _ order: OrderRecord,
                         _ outcome: inout RuleOutcome) -> Bool {
        let date = timeZone.local(instant).date
        guard compiled.effective.applies(on: date, category: order.category) else {
            let start = compiled.effective.start(for: order.category).map { " (in force from \($0)\(order.category.map { " for \($0)" } ?? ""))" } ?? ""
            outcome.reasons.append("not in force on \(date)\(start)")
            return false
        }
        return true
    }

    private func evaluateDeadline(_ deadline: CompiledOrderRule.Deadline, _ compiled: CompiledOrderRule,
                                  _ timeline: OrderTimeline, _ asOf: Instant, _ dues: [Int: Instant],
                                  _ outcome: inout RuleOutcome) {
        let start: Instant
        switch deadline.start {
        case .event(let name):
            guard let event = timeline.first(name) else {
                outcome.reasons.append("no '\(name)' event: the clock has not started")
                return
            }
            start = event.time
        case .rule(let index):
            guard let due = dues[index] else {
                outcome.reasons.append("'\(rules[index].id)' does not apply, so neither does its escalation")
                return
            }
            start = due
        }
        guard applies(compiled, on: start, timeline.order, &outcome) else { return }
        let (due, reasons) = DeadlineCalculator(timeZone: timeZone).due(deadline, start: start, order: timeline.order)
        outcome.due = due
        outcome.reasons += reasons
        // An escalation's window opens when its parent falls due; an order picked up before then has met it too.
        let metFrom: Instant? = if case .rule = deadline.start { nil } else { start }
        if let met = timeline.first(of: deadline.metBy, after: metFrom), met.time <= due {
            outcome.status = .met
            outcome.reasons.append("met by '\(met.name)' at \(timeZone.format(met.time))")
            return
        }
        if let cancel = timeline.events.first(where: { deadline.cancelledBy.contains($0.name) && $0.time >= start && $0.time <= due }) {
            outcome.status = .notApplicable
            outcome.reasons.append("'\(cancel.name)' at \(timeZone.format(cancel.time)), before the due time: nothing is owed")
            return
        }
        let late = timeline.first(of: deadline.metBy, after: start)
        guard late != nil || asOf > due else {
            outcome.status = .pending
            outcome.reasons.append("open: falls due \(timeZone.format(due))")
            return
        }
        if let requires = deadline.requires {
            // What the rule requires (a buyer's complaint) succeeds only once the deadline has passed.
            guard let event = timeline.events.first(where: { requires.matches($0) && $0.time > due }) else {
                outcome.status = .pending
                let early = timeline.events.first(where: requires.matches).map { " after the due time ('\($0.name)' at \(timeZone.format($0.time)) came before it)" } ?? ""
                outcome.reasons.append("overdue, but no '\(requires.name)' event\(early) that this rule requires")
                return
            }
            outcome.reasons.append("'\(event.name)' at \(timeZone.format(event.time))")
        }
        outcome.status = .breached
        outcome.reasons.append(late.map { "missed: '\($0.name)' came at \(timeZone.format($0.time))" }
                               ?? "missed: no \(deadline.metBy.map(\.description).joined(separator: "/")) by \(timeZone.format(asOf))")
        outcome.compensation = compiled.compensation?.owed(on: timeline.order.amount)
        if let compensation = compiled.compensation, let owed = outcome.compensation {
            let raw = compensation.percent.of(timeline.order.amount)
            let clamp = owed > raw ? ", raised to the minimum \(owed)" : owed < raw ? ", capped at the maximum \(owed)" : ""
            outcome.reasons.insert("owes \(compensation.percent) of \(timeline.order.amount) = \(raw) (rounded half up to the fen)"
                                   + clamp + ": \(owed) CNY", at: outcome.reasons.count - 1)
        }
    }

    /// The events that rules compare across a buyer's orders (`repeat_within`, `after_other_order`): an order
    /// with a `waiting` event is evaluated only once all the buyer's orders are read; `compared` events are
    /// gathered from all of them.
    var buyerWideEvents: (waiting: Set<String>, compared: Set<String>) {
        var waiting = Set<String>(), compared = Set<String>()
        for rule in orderRules.values {
            guard case .event(let test) = rule.trigger else { continue }
            if test.repeatWithin != nil {
                waiting.insert(test.name)
                compared.insert(test.name)
            }
            if let other = test.afterOtherOrder {
                waiting.insert(test.name)
                compared.insert(other.name)
            }
        }
        return (waiting, compared)
    }

    private func evaluateEvents(_ test: CompiledOrderRule.EventTest, _ compiled: CompiledOrderRule,
                                _ timeline: OrderTimeline, _ buyerEvents: [OrderEvent], _ outcome: inout RuleOutcome) {
        let own = timeline.events.filter(test.matches)
        guard !own.isEmpty else {
            outcome.reasons.append("no '\(test.name)' event")
            return
        }
        outcome.status = .met
        for event in own where applies(compiled, on: event.time, timeline.order, &outcome) {
            let local = timeZone.local(event.time).time
            let at = "'\(event.name)' at \(timeZone.format(event.time))"
            var because = at
            if let ranges = test.during {
                guard let range = ranges.first(where: { $0.contains(local) }) else { continue }
                because = "\(at) falls in \(range)"
                outcome.reasons.append(because)
            }
            if let window = test.repeatWithin {
                let earlier = buyerEvents.filter(test.matches).last {
                    $0.time < event.time || ($0.time == event.time && $0.order < event.order)
                }
                guard let earlier, event.time.epochSeconds - earlier.time.epochSeconds < window.seconds else { continue }
                because = "\(at) within \(window) of the one at \(timeZone.format(earlier.time))"
                outcome.reasons.append(because)
            }
            if let other = test.afterOtherOrder {
                let earlier = buyerEvents.last {
                    $0.name == other.name && $0.order != event.order && $0.time <= event.time
                }
                guard let earlier, event.time.epochSeconds - earlier.time.epochSeconds < other.within.seconds else { continue }
                because = "\(at) within \(other.within) of '\(earlier.name)' on order \(earlier.order) at \(timeZone.format(earlier.time))"
                outcome.reasons.append(because)
            }
            outcome.status = .breached
            outcome.compensation = compiled.compensation?.owed(on: timeline.order.amount)
            outcome.breakingEvents.append((event.time, because))
        }
    }
}
