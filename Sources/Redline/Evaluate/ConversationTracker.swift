import RedlineText

/// Follows one conversation message by message, keeping only what later rules need: the agent tier, the recent
/// messages of the buyer and of the agent, what the buyer is waiting to hear back about, when the buyer first
/// wrote and said they had paid, whether the agent has replied, and the amounts offered so far.
struct ConversationTracker: Sendable {
    let program: Program
    var conversation: Conversation
    let orders: [OrderRecord]
    /// The events of the linked orders, in time order.
    let events: [OrderEvent]
    private var earlierBuyer: [EarlierMessage] = []
    private var earlierAgent: [EarlierMessage] = []
    private var pending = PendingRequest()
    private var firstBuyerTime: Instant?
    private var buyerPaidAt: Instant?
    private var agentReplied = false
    /// Amounts offered so far, by `per: conversation` money test.
    private var offered: [Int: Int64] = [:]

    /// What a buyer says on paying: the payment time for ship-day promises when no order record gives it.
    static let paidCues = ["付了", "付款了", "已付款", "已经付款", "付好了", "已付", "拍好了", "付完了", "付过了", "已下单"].map { Array($0.utf8) }

    /// How many recent messages of each speaker `buyer_said` and `agent_said` look back over.
    static let memory = 10

    init(program: Program, conversation: Conversation, orders: [OrderRecord], events: [OrderEvent] = []) {
        self.program = program
        self.conversation = conversation
        self.orders = orders
        self.events = events.sorted { $0.time < $1.time }
    }

    /// Evaluates a transcript, its messages in `seq` order, and returns their findings. An agent who corrects
    /// themself in their next message, before the buyer writes again ("不好意思，刚才说错了，..."), withdraws what
    /// the message before said: its findings are dropped (the correction's own findings stay).
    mutating func record(transcript messages: [Message]) -> [Finding] {
        var found: [Finding] = []
        var previousAgent: Range<Int>?
        for message in messages {
            if message.role == .agent, let previous = previousAgent, !previous.isEmpty, Self.correctsItself(message.text) {
                found.removeSubrange(previous)
            }
            let start = found.count
            found += record(message)
            previousAgent = message.role == .agent ? start..<found.count : nil
        }
        return found
    }

    /// Words of an agent taking back what they just wrote, looked for near the start of the next message.
    static let corrections = ["说错了", "打错了", "看错了", "搞错了", "弄错了", "写错了", "口误", "更正一下", "纠正一下", "说的不对", "说得不对"]

    /// How far into a message a correction may start, in characters ("啊抱歉亲，我说错了").
    static let correctionReach = 12

    static func correctsItself(_ text: String) -> Bool {
        let opening = String(text.unicodeScalars.prefix(correctionReach + 3))
        return corrections.contains { opening.contains($0) }
    }

    /// Evaluates a message and then remembers it. Returns its findings.
    mutating func record(_ message: Message, explain: Bool = false) -> [Finding] {
        let view = program.view(message.text)
        let (result, offers) = evaluate(message, view: view, explain: explain)
        offered.merge(offers, uniquingKeysWith: +)
        remember(message, view: view)
        return result
    }

    /// Remembers a message as context (for the pre-send check) without reporting its own findings; amounts an
    /// agent offered still count toward the conversation's total.
    mutating func remember(_ message: Message) {
        let view = program.view(message.text)
        if message.role == .agent {
            offered.merge(evaluate(message, view: view, explain: false).offers, uniquingKeysWith: +)
        }
        remember(message, view: view)
    }

    private mutating func remember(_ message: Message, view: MessageView) {
        switch message.role {
        case .buyer:
            if firstBuyerTime == nil { firstBuyerTime = message.time }
            if buyerPaidAt == nil, Self.paidCues.contains(where: { view.text.contains($0) }) { buyerPaidAt = message.time }
            let said = program.earlierMessage(view, role: .buyer, tier: conversation.agentTier)
            earlierBuyer.append(said)
            pending.add(message.text, view: view, program: program)
            if earlierBuyer.count > Self.memory { earlierBuyer.removeFirst() }
        case .agent:
            agentReplied = true
            pending.answered()
            if program.readsAgentMessages {
                earlierAgent.append(program.earlierMessage(view, role: .agent, tier: conversation.agentTier))
                if earlierAgent.count > Self.memory { earlierAgent.removeFirst() }
            }
        case .system:
            break
        }
    }

    /// The findings of a message in the current state, without remembering it.
    func findings(for message: Message, explain: Bool = false) -> [Finding] {
        evaluate(message, view: program.view(message.text), explain: explain).findings
    }

    private func evaluate(_ message: Message, view: MessageView, explain: Bool) -> (findings: [Finding], offers: [Int: Int64]) {
        var situation = Situation(tier: conversation.agentTier, earlierBuyer: earlierBuyer, earlierAgent: earlierAgent,
                                  awaitingReply: pending.view)
        situation.offered = offered
        if message.role == .agent, !agentReplied, let first = firstBuyerTime, let time = message.time {
            situation.firstReplyDelay = Span(seconds: time.epochSeconds - first.epochSeconds)
        }
        situation.sent = message.time.map { program.timeZone.local($0) }
        situation.sentAt = message.time
        situation.buyerPaidAt = buyerPaidAt
        situation.order = orders.first
        situation.orderEvents = events
        situation.timeZone = program.timeZone
        situation.account = conversation.buyer
        var result = program.findings(in: view, original: message.text, role: message.role, situation: situation, time: message.time,
                                      conversation: message.conversation, seq: message.seq, explain: explain)
        if let agent = conversation.agent {
            for index in result.findings.indices { result.findings[index].agent = agent }
        }
        return result
    }
}
