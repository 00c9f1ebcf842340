/// What a chat tool knows when it asks whether an agent may send a reply: the conversation so far, the
/// linked orders, and who is answering.
public struct CheckContext: Sendable {
    public var conversation: Conversation?
    /// Earlier messages of the conversation, in `seq` order.
    public var messages: [Message]
    public var orders: [OrderRecord]
    /// Events of those orders, for promise checks.
    public var events: [OrderEvent]
    /// Overrides the conversation's agent tier.
    public var tier: AgentTier?
    /// When the reply would be sent, for the reply-time rule.
    public var sendTime: Instant?

    public init(conversation: Conversation? = nil, messages: [Message] = [], orders: [OrderRecord] = [],
                events: [OrderEvent] = [], tier: AgentTier? = nil, sendTime: Instant? = nil) {
        self.conversation = conversation
        self.messages = messages
        self.orders = orders
        self.events = events
        self.tier = tier
        self.sendTime = sendTime
    }
}

/// The answer to a pre-send check: block (an error-level finding), warn (a warning), or allow.
public struct CheckResult: Sendable {
    public enum Verdict: String, Sendable {
        case block, warn, allow
    }

    public var verdict: Verdict
    public var findings: [Finding]

    init(findings: [Finding]) {
        self.findings = findings
        let worst = findings.map(\.severity).max()
        verdict = worst == .error ? .block : worst == .warning ? .warn : .allow
    }
}

extension Program {
    /// Checks a draft agent reply before it is sent. Safe to call from many threads at once.
    public func check(_ draft: String, context: CheckContext = CheckContext(), explain: Bool = false) -> CheckResult {
        var tracker = ConversationTracker(program: self, conversation: context.conversation ?? Conversation(id: "draft"),
                                          orders: context.orders, events: context.events)
        if let tier = context.tier { tracker.conversation.agentTier = tier }
        for message in context.messages { tracker.remember(message) }
        let seq = (context.messages.last?.seq ?? 0) + 1
        let reply = Message(conversation: tracker.conversation.id, seq: seq, time: context.sendTime, role: .agent,
                            from: tracker.conversation.agent, text: draft)
        return CheckResult(findings: tracker.findings(for: reply, explain: explain))
    }
}
