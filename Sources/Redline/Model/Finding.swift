/// A breach of a rule: where it is (a span of a message, or an order), what the rule says, and what it costs.
public struct Finding: Sendable, Hashable {
    public var rule: String
    public var category: String
    public var severity: Severity
    public var points: Int?
    public var title: String
    public var message: String
    public var fix: String?
    public var source: SourceLocation
    public var subject: Subject
    /// Why the rule fired, when explanations were asked for.
    public var explanation: [String]?
    /// The order event that shows a promise was broken.
    public var cites: String?
    /// When it happened: the message's time, the order's missed due time, or the event that broke an event rule.
    public var time: Instant?
    /// The whole original message, for showing the quote in context.
    public var text: String?
    /// The agent answering the conversation, for message findings whose conversation record names one.
    public var agent: String?

    /// What the finding is about.
    public enum Subject: Sendable, Hashable {
        /// A span of a message, in Unicode-scalar offsets of its original text, end exclusive.
        case message(conversation: String, seq: Int, start: Int, end: Int, quote: String)
        /// An order, with the due time that was missed and the compensation owed, if any.
        case order(order: String, due: Instant?, compensation: Money?, detail: String?)
    }

    init(rule: Rule, subject: Subject, explanation: [String]? = nil, cites: String? = nil) {
        self.cites = cites
        self.rule = rule.id
        category = rule.category
        severity = rule.severity
        points = rule.points
        title = rule.title
        message = rule.message
        fix = rule.fix
        source = rule.source
        self.subject = subject
        self.explanation = explanation
    }
}
