import RedlineRegex
import RedlineText

extension PolicySet {
    /// Compiles the platform policy with the shop policy `shop` (or the platform alone when `shop` is nil or
    /// unknown) into a `Program`. The set was validated when it was loaded, so compiling cannot fail.
    public func program(shop: String? = nil) -> Program {
        let shopPolicy = shop.flatMap { id in policies.first { $0.id == id && $0.isShop } }
        let platform = shopPolicy?.extends.flatMap { policy($0) } ?? policies.first { !$0.isShop }
        var compiler = ProgramCompiler(platform: platform, shop: shopPolicy, patterns: patterns)
        return compiler.compile()
    }

    /// The ids of the shop policies.
    public var shops: [String] { policies.filter(\.isShop).map(\.id) }
}

/// Turns resolved policies into a `Program`: registers every term in the literal automaton, resolves
/// parameters and applies the shop's overrides.
struct ProgramCompiler {
    let platform: Policy?
    let shop: Policy?
    /// Patterns compiled when the policies were loaded.
    let patterns: [String: RegexPattern]
    private var literalIDs: [[UInt8]: Int] = [:]
    private var literalBytes: [[UInt8]] = []
    private var accumulators = 0
    private var saidTests: [(role: Role, test: Matcher)] = []

    init(platform: Policy?, shop: Policy?, patterns: [String: RegexPattern]) {
        self.platform = platform
        self.shop = shop
        self.patterns = patterns
    }

    mutating func compile() -> Program {
        var rules = (platform?.rules ?? []) + (shop?.rules ?? [])
        for override in shop?.overrides ?? [] {
            guard let index = rules.firstIndex(where: { $0.id == override.rule }) else { continue }
            if let severity = override.severity { rules[index].severity = max(rules[index].severity, severity.value) }
            if let points = override.points { rules[index].points = max(rules[index].points ?? 0, points.value) }
        }
        var messageRules: [Int: CompiledMessageRule] = [:]
        var orderRules: [Int: CompiledOrderRule] = [:]
        for (index, rule) in rules.enumerated() {
            switch rule.check {
            case .message(let check):
                messageRules[index] = CompiledMessageRule(
                    speaker: check.speaker, match: matcher(check.match),
                    exceptions: check.exceptions.map { (matcher($0.condition), $0.scope) }, assent: check.assent,
                    refusal: check.refusal.map { matcher($0) })
            case .order(let check):
                orderRules[index] = orderRule(check, rule: rule, rules: rules)
            }
        }
        let said = saidTests.map { SaidTest(role: $0.role, test: $0.test, trigger: $0.test.trigger(cost: triggerCost).map(Array.init)) }
        var saidTriggered = [[Int]](repeating: [], count: literalBytes.count)
        for (index, test) in said.enumerated() {
            for id in test.trigger ?? [] { saidTriggered[id].append(index) }
        }
        var triggered = [[Int]](repeating: [], count: literalBytes.count)
        var unconditional: [Int] = []
        for (index, rule) in messageRules.sorted(by: { $0.key < $1.key }) {
            guard let trigger = rule.match.trigger(cost: triggerCost) else { unconditional.append(index); continue }
            for id in trigger { triggered[id].append(index) }
        }
        return Program(shop: shop?.id, policies: [platform?.id, shop?.id].compactMap { $0 },
                       timeZone: shop?.timeZone ?? platform?.timeZone ?? .shanghai, rules: rules,
                       messageRules: rules.indices.map { messageRules[$0] }, orderRules: orderRules,
                       orderRuleIndices: orderRules.keys.sorted(), literals: LiteralSet(literalBytes),
                       terms: literalBytes.map { String(decoding: $0, as: UTF8.self) },
                       triggered: TriggerIndex(triggered), unconditional: unconditional,
                       assentRules: messageRules.filter(\.value.assent).keys.sorted(),
                       refusalRules: messageRules.filter { $0.value.refusal != nil }.keys.sorted(),
                       saidTests: said, saidTriggered: TriggerIndex(saidTriggered),
                       saidUntriggered: said.indices.filter { said[$0].trigger == nil },
                       readsAgentMessages: said.contains { $0.role == .agent },
                       speakers: Set(messageRules.values.flatMap { rule in [Role.agent, .buyer, .system].filter(rule.speaker.includes) }))
    }

    /// How often a set of literals may be expected to occur: a one-character term (不, 发) occurs far more
    /// often than a longer one, so a rule triggered by it runs on many more messages.
    private func triggerCost(_ ids: [Int]) -> Int {
        ids.reduce(0) { total, id in
            let scalars = literalBytes[id].reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
            return total + (scalars <= 1 ? 16 : scalars == 2 ? 3 : 1)
        }
    }

    private mutating func literal(_ term: String) -> Int {
        let bytes = NormalizedText(term).bytes
        return literal(bytes: bytes)
    }

    private mutating func literal(bytes: [UInt8]) -> Int {
        if let id = literalIDs[bytes] { return id }
        literalIDs[bytes] = literalBytes.count
        literalBytes.append(bytes)
        return literalBytes.count - 1
    }

    private func value(_ reference: ValueReference) -> ParameterValue? {
        switch reference.kind {
        case .literal(let value): value
        case .parameter(let name): (shop?.parameters[name] ?? platform?.parameters[name])?.value
        }
    }

    private func lexicon(_ name: String) -> Lexicon? {
        shop?.lexicons[name] ?? platform?.lexicons[name]
    }

    private mutating func matcher(_ condition: Condition) -> Matcher {
        switch condition.kind {
        case .terms(let terms):
            return .literals(terms.map { literal($0) })
        case .lexicon(let name, let only, let except):
            let include = only.flatMap { value($0) }.flatMap(Self.names)
            let exclude = except.flatMap { value($0) }.flatMap(Self.names) ?? []
            let entries = (lexicon(name)?.entries ?? []).filter {
                (include?.contains($0.name) ?? true) && !exclude.contains($0.name)
            }
            return .literals(entries.flatMap(\.terms).map { literal($0) })
        case .pattern(let source):
            guard let regex = patterns[source] ?? (try? RegexPattern(source)) else { return .any([]) }
            return .pattern(regex, required: regex.requiredLiterals.map { $0.map { literal(bytes: $0) } })
        case .all(let items, let scope, let ordered):
            return .all(items.map { matcher($0) }, scope, ordered: ordered)
        case .any(let items):
            return .any(items.map { matcher($0) })
        case .not(let inner):
            return .not(matcher(inner))
        case .said(let role, let inner):
            let test = matcher(inner)
            saidTests.append((role, test))
            return .said(role, saidTests.count - 1)
        case .money(let comparison, let reference, let bare, let perConversation):
            let limit: MoneyLimit = switch value(reference) {
            case .moneyByTier(let table): .byTier(table)
            case .money(let money): .fixed(money)
            default: .fixed(Money(fen: 0))
            }
            defer { if perConversation { accumulators += 1 } }
            return .money(comparison, limit, bare: bare, accumulator: perConversation ? accumulators : nil)
        case .digits(let low, let high, let prefix):
            return .digits(low...high, prefix: Array((prefix ?? "").utf8))
        case .sentAfter(let reference):
            guard case .time(let time) = value(reference) else { return .any([]) }
            return .sentAfter(time)
        case .sentOn(let reference):
            guard case .weekdays(let days) = value(reference) else { return .any([]) }
            return .sentOn(Set(days))
        case .promisedShipDay(let ship):
            guard let calendar = calendar(ship) else { return .any([]) }
            return .promisedShipDay(calendar, literals: ShipDayPromise.dayWords.map { literal($0) })
        case .tier(let tiers):
            return .tier(Set(tiers))
        case .replyLaterThan(let reference):
            guard case .duration(let span) = value(reference) else { return .any([]) }
            return .replyLaterThan(span)
        case .orderReceiver:
            return .orderReceiver
        case .otherBuyer:
            return .otherBuyer
        case .orderCarrierNot(let name):
            let entries = (lexicon(name)?.entries ?? []).map { entry in
                CarrierEntry(name: entry.name, literals: entry.terms.map { literal($0) },
                             spellings: Set(([entry.name] + entry.terms).map { NormalizedText($0).bytes }))
            }
            return .orderCarrierNot(entries)
        case .orderShippedAfter(let days):
            return .orderShippedAfter(days: days)
        case .orderEvent(let event):
            return .orderEvent(eventTest(event))
        }
    }

    private func calendar(_ ship: ShipCalendar) -> CompiledOrderRule.Calendar? {
        guard case .time(let cutoff) = value(ship.cutoff) else { return nil }
        var closed: Set<Weekday> = [], holidays: Set<CalendarDate> = []
        if let reference = ship.closedWeekdays, case .weekdays(let days) = value(reference) { closed = Set(days) }
        if let reference = ship.holidays, case .dates(let dates) = value(reference) { holidays = Set(dates) }
        return .init(cutoff: cutoff, closed: closed, holidays: holidays)
    }

    private static func names(_ value: ParameterValue) -> [String]? {
        if case .carriers(let names) = value { return names }
        return nil
    }

    private func orderRule(_ check: OrderCheck, rule: Rule, rules: [Rule]) -> CompiledOrderRule {
        let trigger: CompiledOrderRule.Trigger
        switch check.trigger {
        case .deadline(let deadline):
            let start: CompiledOrderRule.Start = switch deadline.start {
            case .event(let name): .event(name)
            case .rule(let id, _): .rule(rules.firstIndex { $0.id == id } ?? 0)
            }
            let calendar = deadline.shipDay.flatMap { self.calendar($0) }
            var within: Span?
            if let reference = deadline.within, case .duration(let span) = value(reference) { within = span }
            trigger = .deadline(.init(start: start, within: within, calendar: calendar, metBy: deadline.metBy,
                                      agreedDateReplaces: deadline.agreedDateReplaces,
                                      requires: deadline.requires.map(eventTest), cancelledBy: deadline.cancelledBy))
        case .event(let event):
            trigger = .event(eventTest(event))
        }
        var compensation: CompiledOrderRule.Compensation?
        if let rule = check.compensation, case .percent(let percent) = value(rule.percent) {
            let minimum = rule.minimum.flatMap { value($0)?.money(for: nil) }
            let maximum = rule.maximum.flatMap { value($0)?.money(for: nil) }
            compensation = .init(percent: percent, minimum: minimum, maximum: maximum)
        }
        return CompiledOrderRule(trigger: trigger, exemptions: Set(check.exemptions), compensation: compensation,
                                 effective: rule.effective)
    }

    private func eventTest(_ event: EventMatch) -> CompiledOrderRule.EventTest {
        var during: [TimeOfDayRange]?
        if let reference = event.during, case .timeRanges(let ranges) = value(reference) { during = ranges }
        var repeatWithin: Span?
        if let reference = event.repeatWithin, case .duration(let span) = value(reference) { repeatWithin = span }
        var afterOtherOrder: (name: String, within: Span)?
        if let other = event.afterOtherOrder, case .duration(let span) = value(other.within) { afterOtherOrder = (other.name, span) }
        return .init(name: event.name, fields: event.fields, during: during, repeatWithin: repeatWithin,
                     afterOtherOrder: afterOtherOrder)
    }
}
