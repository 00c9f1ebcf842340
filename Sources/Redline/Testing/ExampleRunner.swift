/// Runs the examples written beside each rule: every `flag` example must produce a finding of that rule
/// (with exactly the given quote, or the given compensation), every `pass` example must not.
public struct ExampleRunner: Sendable {
    public let policies: PolicySet
    private let programs: [String: Program]

    public init(policies: PolicySet) {
        self.policies = policies
        var programs: [String: Program] = [:]
        for policy in policies.policies { programs[policy.id] = policies.program(shop: policy.isShop ? policy.id : nil) }
        self.programs = programs
    }

    /// The outcome of one example.
    public struct Failure: Sendable, Hashable, CustomStringConvertible {
        public var rule: String
        public var location: SourceLocation
        public var problem: String

        public var description: String { "\(location): \(rule): \(problem)" }
    }

    /// The result for one rule.
    public struct RuleReport: Sendable {
        public var rule: String
        public var flagCount: Int
        public var passCount: Int
        public var failures: [Failure]
    }

    /// Runs every example of every rule, in policy order.
    public func run() -> [RuleReport] {
        policies.policies.flatMap { policy in
            policy.rules.map { rule in report(rule, program: programs[policy.id]) }
        }
    }

    private func report(_ rule: Rule, program: Program?) -> RuleReport {
        var report = RuleReport(rule: rule.id, flagCount: 0, passCount: 0, failures: [])
        guard let program else { return report }
        for example in rule.examples {
            if example.expectation == .flag { report.flagCount += 1 } else { report.passCount += 1 }
            if let problem = problem(example, rule: rule, program: program) {
                report.failures.append(Failure(rule: rule.id, location: example.location, problem: problem))
            }
        }
        return report
    }

    private func problem(_ example: RuleExample, rule: Rule, program: Program) -> String? {
        switch example.subject {
        case .message(let message):
            let findings = Self.findings(of: message, program: program).filter { $0.rule == rule.id }
            switch example.expectation {
            case .flag:
                guard let finding = findings.first else { return "must flag, but did not: \(message.text)" }
                if let expected = message.quote, case .message(_, _, _, _, let quote) = finding.subject, quote != expected {
                    return "flagged '\(quote)', expected '\(expected)'"
                }
                return nil
            case .pass:
                guard let finding = findings.first, case .message(_, _, _, _, let quote) = finding.subject else { return nil }
                return "must pass, but flagged '\(quote)': \(message.text)"
            }
        case .order(let order):
            let timeline = OrderTimeline(order: order.order, events: order.events)
            let asOf = order.asOf ?? timeline.events.last?.time ?? Instant(epochSeconds: 0)
            let buyerEvents = OrderTimeline.sorted(timeline.events + order.otherOrderEvents)
            let outcome = program.evaluate(timeline, asOf: asOf, buyerEvents: buyerEvents).first { $0.rule == rule.id }
            let breached = outcome?.status == .breached
            switch example.expectation {
            case .flag:
                guard breached else { return "must flag, but did not (\(outcome?.reasons.joined(separator: "; ") ?? "no outcome"))" }
                if let expected = order.compensation, outcome?.compensation != expected {
                    return "owes \(outcome?.compensation?.description ?? "nothing"), expected \(expected)"
                }
                return nil
            case .pass:
                return breached ? "must pass, but flagged (\(outcome?.reasons.joined(separator: "; ") ?? ""))" : nil
            }
        }
    }

    /// Replays a message example as a conversation: the buyer's earlier messages, then the example message.
    static func findings(of example: MessageExample, program: Program) -> [Finding] {
        // Without a time or a delay the example has no clock, as a message without "time" in an audit.
        let base = Instant(epochSeconds: 1_700_000_000)
        let sent = example.time ?? example.replyDelay.map { base.adding($0) }
        let start = Instant(epochSeconds: (sent ?? base).epochSeconds - (example.replyDelay?.seconds ?? 0))
        var messages: [Message] = []
        for (offset, text) in example.buyerMessages.enumerated() {
            messages.append(Message(conversation: "example", seq: offset + 1, time: start, role: .buyer, text: text))
        }
        for text in example.agentMessages {
            messages.append(Message(conversation: "example", seq: messages.count + 1, time: start, role: .agent, text: text))
        }
        if example.replyDelay != nil, messages.isEmpty {
            messages.append(Message(conversation: "example", seq: 1, time: start, role: .buyer, text: "你好"))
        }
        let account = example.account ?? example.order?.buyer
        let conversation = Conversation(id: "example", buyer: account, agentTier: example.tier)
        var tracker = ConversationTracker(program: program, conversation: conversation, orders: example.order.map { [$0] } ?? [],
                                          events: example.events)
        for message in messages { tracker.remember(message) }
        let role: Role = switch example.speaker {
        case .buyer: .buyer
        case .system: .system
        default: .agent
        }
        return tracker.findings(for: Message(conversation: "example", seq: messages.count + 1, time: sent, role: role,
                                             text: example.text))
    }
}
