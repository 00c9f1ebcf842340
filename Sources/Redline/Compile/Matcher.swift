import RedlineRegex

/// A condition compiled against one program: terms replaced by ids in the program's literal automaton,
/// parameters replaced by their values, patterns compiled.
indirect enum Matcher: Sendable {
    case literals([Int])
    case pattern(RegexPattern, required: [Int]?)
    case all([Matcher], Scope, ordered: Bool)
    case any([Matcher])
    case not(Matcher)
    /// `accumulator` numbers a `per: conversation` test, whose amounts add up across a conversation.
    case money(MoneyComparison, MoneyLimit, bare: Bool, accumulator: Int?)
    case digits(ClosedRange<Int>, prefix: [UInt8])
    case tier(Set<AgentTier>)
    /// One of the earlier messages of the buyer (or the agent) satisfies `Program.saidTests[index]`.
    case said(Role, Int)
    case replyLaterThan(Span)
    case sentAfter(TimeOfDay)
    case sentOn(Set<Weekday>)
    /// A promised ship day the calendar cannot meet (`ShipDayPromise`); `literals` are the day words.
    case promisedShipDay(CompiledOrderRule.Calendar, literals: [Int])
    case orderReceiver
    case otherBuyer
    case orderCarrierNot([CarrierEntry])
    case orderShippedAfter(days: Int)
    case orderEvent(CompiledOrderRule.EventTest)

    /// Literal ids at least one of which must occur in a message for this matcher to find anything in it;
    /// nil when no such set can be given (context tests, negations, numbers). For `all`, the child whose
    /// literals are rarest in text is chosen, `cost` estimating how often a set occurs.
    func trigger(cost: ([Int]) -> Int) -> Set<Int>? {
        switch self {
        case .literals(let ids): return Set(ids)
        case .pattern(_, let required): return required.map(Set.init)
        case .promisedShipDay(_, let literals): return Set(literals)
        case .all(let items, _, _):
            return items.compactMap { $0.trigger(cost: cost) }.min { cost(Array($0)) < cost(Array($1)) }
        case .any(let items):
            var union = Set<Int>()
            for item in items {
                guard let trigger = item.trigger(cost: cost) else { return nil }
                union.formUnion(trigger)
            }
            return union
        default: return nil
        }
    }
}

/// The inner condition of a `buyer_said` or `agent_said`, asked of every message of that speaker.
struct SaidTest: Sendable {
    let role: Role
    let test: Matcher
    /// Literal ids one of which a message must hold for the test to hold (`Matcher.trigger`); nil when any
    /// message may satisfy it.
    let trigger: [Int]?
}

/// A money limit: one amount, or one per agent tier.
enum MoneyLimit: Sendable {
    case fixed(Money)
    case byTier([AgentTier: Money])

    func amount(for tier: AgentTier?) -> Money {
        switch self {
        case .fixed(let money): money
        case .byTier(let table): table[tier ?? .junior] ?? table[.junior] ?? Money(fen: 0)
        }
    }
}

/// A lexicon entry for promise checks: its name, the literal ids of its terms, and the normalised forms an
/// event's `carrier` field may take.
struct CarrierEntry: Sendable {
    let name: String
    let literals: [Int]
    let spellings: Set<[UInt8]>
}

/// A message rule ready to run.
struct CompiledMessageRule: Sendable {
    let speaker: Speaker
    let match: Matcher
    let exceptions: [(matcher: Matcher, scope: Scope)]
    let assent: Bool
    /// What the buyer asked for that a bare no refuses.
    let refusal: Matcher?
}
