/// Checks that a policy's rules refer only to things that exist, with the right types: categories, lexicons
/// and their entries, parameters, other rules; and that a shop's overrides only raise platform rules.
struct ReferenceCheck {
    let policy: Policy
    let parent: Policy?
    let allRules: [Rule]
    private(set) var errors: [PolicyError] = []

    init(policy: Policy, parent: Policy?, allRules: [Rule]) {
        self.policy = policy
        self.parent = parent
        self.allRules = allRules
    }

    mutating func checkAll() {
        let categories = Category.builtIn.union(policy.categories).union(parent?.categories ?? [])
        for rule in policy.rules {
            if !rule.category.isEmpty, !categories.contains(rule.category) {
                errors.append(PolicyError(.unknownCategory(rule.category, suggestion: Suggestion.closest(to: rule.category, in: categories)),
                                          at: rule.categorySource))
            }
            switch rule.check {
            case .message(let check):
                check.conditions.forEach { visit($0) }
            case .order(let check):
                visit(check)
            }
        }
        checkOverrides()
    }

    /// A parameter visible to this policy: its own or its platform's.
    func parameter(_ name: String) -> Parameter? {
        policy.parameters[name] ?? parent?.parameters[name]
    }

    func lexicon(_ name: String) -> Lexicon? {
        policy.lexicons[name] ?? parent?.lexicons[name]
    }

    private mutating func visit(_ condition: Condition) {
        switch condition.kind {
        case .terms, .pattern, .digits, .tier, .orderReceiver, .otherBuyer:
            break
        case .lexicon(let name, let only, let except):
            guard let lexicon = lexicon(name) else {
                let names = Set(policy.lexicons.keys).union(parent?.lexicons.keys ?? [:].keys)
                errors.append(PolicyError(.unknownLexicon(name, suggestion: Suggestion.closest(to: name, in: names)),
                                          at: condition.location))
                return
            }
            for reference in [only, except].compactMap({ $0 }) {
                guard lexicon.isKeyed else {
                    errors.append(PolicyError(.invalidValue(name, expected: "a lexicon of named entries for 'only'/'except'"),
                                              at: reference.location))
                    continue
                }
                checkEntries(reference, of: lexicon)
            }
        case .all(let items, _, _), .any(let items):
            items.forEach { visit($0) }
        case .not(let inner), .said(_, let inner):
            visit(inner)
        case .money(_, let limit, _, _):
            check(limit, accepts: ["money", "money_by_tier"])
        case .replyLaterThan(let limit):
            check(limit, accepts: ["duration"])
        case .orderCarrierNot(let name):
            if lexicon(name) == nil {
                let names = Set(policy.lexicons.keys).union(parent?.lexicons.keys ?? [:].keys)
                errors.append(PolicyError(.unknownLexicon(name, suggestion: Suggestion.closest(to: name, in: names)), at: condition.location))
            }
        case .orderShippedAfter:
            break
        case .orderEvent(let event):
            visit(event)
        case .sentAfter(let time):
            check(time, accepts: ["time"])
        case .sentOn(let days):
            check(days, accepts: ["weekdays"])
        case .promisedShipDay(let calendar):
            visit(calendar)
        }
    }

    private mutating func visit(_ calendar: ShipCalendar) {
        check(calendar.cutoff, accepts: ["time"])
        calendar.closedWeekdays.map { check($0, accepts: ["weekdays"]) }
        calendar.holidays.map { check($0, accepts: ["dates"]) }
    }

    private mutating func visit(_ check: OrderCheck) {
        switch check.trigger {
        case .deadline(let deadline):
            if case .rule(let id, let location) = deadline.start {
                let deadlines = allRules.filter {
                    if case .order(let other) = $0.check, case .deadline = other.trigger { return true }
                    return false
                }
                if !deadlines.contains(where: { $0.id == id }) {
                    errors.append(PolicyError(.unknownRule(id, suggestion: Suggestion.closest(to: id, in: deadlines.map(\.id))),
                                              at: location))
                }
            }
            deadline.within.map { self.check($0, accepts: ["duration"]) }
            deadline.shipDay.map { visit($0) }
            deadline.requires.map { visit($0) }
        case .event(let event):
            visit(event)
        }
        if let compensation = check.compensation {
            self.check(compensation.percent, accepts: ["percent"])
            compensation.minimum.map { self.check($0, accepts: ["money"]) }
            compensation.maximum.map { self.check($0, accepts: ["money"]) }
        }
    }

    private mutating func visit(_ event: EventMatch) {
        event.during.map { check($0, accepts: ["time_ranges"]) }
        event.repeatWithin.map { check($0, accepts: ["duration"]) }
        event.afterOtherOrder.map { check($0.within, accepts: ["duration"]) }
    }

    private mutating func check(_ reference: ValueReference, accepts types: [String]) {
        guard case .parameter(let name) = reference.kind else { return }
        guard let parameter = parameter(name) else {
            let names = Set(policy.parameters.keys).union(parent?.parameters.keys ?? [:].keys)
            errors.append(PolicyError(.unknownParameter(name, suggestion: Suggestion.closest(to: name, in: names)),
                                      at: reference.location))
            return
        }
        if !types.contains(parameter.value.typeName) {
            errors.append(PolicyError(.parameterType(name, expected: types.joined(separator: " or "), found: parameter.value.typeName),
                                      at: reference.location))
        }
    }

    private mutating func checkEntries(_ reference: ValueReference, of lexicon: Lexicon) {
        check(reference, accepts: ["carriers"])
        let names: [String]
        switch reference.kind {
        case .literal(.carriers(let list)): names = list
        case .parameter(let name):
            guard case .carriers(let list) = parameter(name)?.value else { return }
            names = list
        default: return
        }
        for name in names where !lexicon.entryNames.contains(name) {
            errors.append(PolicyError(.unknownLexiconEntry(name, lexicon: lexicon.name,
                                                           suggestion: Suggestion.closest(to: name, in: lexicon.entryNames)),
                                      at: reference.location))
        }
    }

    private mutating func checkOverrides() {
        for override in policy.overrides {
            guard let rule = parent?.rules.first(where: { $0.id == override.rule }) else {
                let ids = parent?.rules.map(\.id) ?? []
                errors.append(PolicyError(.unknownRule(override.rule, suggestion: Suggestion.closest(to: override.rule, in: ids)),
                                          at: override.location))
                continue
            }
            if let (severity, location) = override.severity, severity < rule.severity {
                errors.append(PolicyError(.weakensPlatformRule(rule: rule.id, how: "severity \(severity) is lower than \(rule.severity)"),
                                          at: location))
            }
            if let (points, location) = override.points, points < (rule.points ?? 0) {
                errors.append(PolicyError(.weakensPlatformRule(rule: rule.id, how: "\(points) points is fewer than \(rule.points ?? 0)"),
                                          at: location))
            }
        }
    }
}
