/// What an audit found, in totals: findings by category, rule and agent, and the compensation owed.
public struct AuditSummary: Sendable {
    public private(set) var byCategory: [String: Int] = [:]
    public private(set) var byRule: [String: Int] = [:]
    public private(set) var byAgent: [String: Int] = [:]
    public private(set) var owed = Money(fen: 0)
    public private(set) var total = 0

    public init() {}

    /// Counts one finding.
    public mutating func add(_ finding: Finding) {
        total += 1
        byCategory[finding.category, default: 0] += 1
        byRule[finding.rule, default: 0] += 1
        if let agent = finding.agent { byAgent[agent, default: 0] += 1 }
        if case .order(_, _, let compensation?, _) = finding.subject { owed = Money(fen: owed.fen + compensation.fen) }
    }

    /// A few lines for a terminal: totals, then each breakdown largest first.
    public var text: String {
        func top(_ counts: [String: Int], _ title: String) -> String {
            guard !counts.isEmpty else { return "" }
            let rows = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(12)
            return "  \(title): " + rows.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + "\n"
        }
        return "summary: \(total) finding\(total == 1 ? "" : "s"), compensation owed \(owed) CNY\n"
            + top(byCategory, "by category") + top(byRule, "by rule") + top(byAgent, "by agent")
    }
}
