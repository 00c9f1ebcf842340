/// An example attached to a rule: a message or an order that must flag, or must pass. `redline test` and the
/// test suite run every one of them.
public struct RuleExample: Sendable {
    public enum Expectation: String, Sendable {
        case flag, pass
    }

    public var expectation: Expectation
    public var subject: Subject
    public var location: SourceLocation

    /// What the example gives the rule.
    public enum Subject: Sendable {
        case message(MessageExample)
        case order(OrderExample)
    }
}

/// A message example: the agent's text and the conversation around it.
public struct MessageExample: Sendable {
    public var text: String
    /// Exactly the words a flag example must report, when given.
    public var quote: String?
    public var speaker: Speaker
    public var tier: AgentTier?
    /// Earlier buyer messages, oldest first.
    public var buyerMessages: [String]
    /// Earlier messages of the agent, oldest first (after the buyer's).
    public var agentMessages: [String] = []
    /// How long after the buyer's first message this reply came.
    public var replyDelay: Span?
    /// When the message was sent.
    public var time: Instant?
    /// The account in the conversation (defaults to the order's buyer).
    public var account: String?
    public var order: OrderRecord?
    /// The linked order's events, for promise rules.
    public var events: [OrderEvent] = []
}

/// An order example: the order, its events, an optional evaluation moment, and the amount a flag must owe.
public struct OrderExample: Sendable {
    public var order: OrderRecord
    public var events: [OrderEvent]
    /// Events of another order of the same buyer, for rules that compare a buyer's orders.
    public var otherOrderEvents: [OrderEvent] = []
    public var asOf: Instant?
    public var compensation: Money?
}
