/// One rule of a policy: what it checks, how serious a breach is, and what the agent should do instead.
public struct Rule: Sendable {
    public var id: String
    public var policy: String
    public var category: String
    public var severity: Severity
    public var points: Int?
    public var title: String
    public var message: String
    public var fix: String?
    public var reference: String?
    public var effective: Effectiveness
    public var check: Check
    public var examples: [RuleExample]
    /// Where the rule is defined (its first key).
    public var source: SourceLocation
    /// Where its category is written, for errors about it.
    public var categorySource: SourceLocation

    /// What the rule looks at.
    public enum Check: Sendable {
        case message(MessageCheck)
        case order(OrderCheck)
    }
}

/// A message rule: who must have written the message, what must be in it, and what cancels a match.
public struct MessageCheck: Sendable {
    public var speaker: Speaker
    public var match: Condition
    public var exceptions: [Exception]
    /// `assent: true`: a bare yes ("可以的") to a buyer who asked for this breaks the rule too.
    public var assent = false
    /// `refusal: CONDITION`: a bare no ("不支持呢") to a buyer's message that satisfies the condition breaks the rule.
    public var refusal: Condition?

    /// Every condition of the check, for checks of the policy itself: the match, the exceptions, the refusal.
    var conditions: [Condition] {
        [match] + exceptions.map(\.condition) + (refusal.map { [$0] } ?? [])
    }
}

/// Who wrote a message.
public enum Speaker: String, Sendable, CaseIterable {
    case agent, buyer, system, any
}

/// From when a rule applies, optionally until when, and per product category (the 3C exception).
public struct Effectiveness: Sendable {
    public var from: CalendarDate?
    public var until: CalendarDate?
    /// Later start dates for some product categories.
    public var categoryStarts: [(categories: [String], from: CalendarDate)]

    public static let always = Effectiveness(from: nil, until: nil, categoryStarts: [])

    /// Whether the rule applies on `date` to an item of `category`.
    public func applies(on date: CalendarDate, category: String?) -> Bool {
        if let until, date >= until { return false }
        if let category, let special = categoryStarts.first(where: { $0.categories.contains(category) }) {
            return date >= special.from
        }
        if let from { return date >= from }
        return true
    }

    /// The start date that governs an item of `category`.
    public func start(for category: String?) -> CalendarDate? {
        if let category, let special = categoryStarts.first(where: { $0.categories.contains(category) }) {
            return special.from
        }
        return from
    }
}
