/// An audit of chat transcripts and order events against a policy set: records go in as they are read, in any
/// order FORMATS.md allows; `findings()` evaluates each conversation with its linked orders, and each order.
///
/// Results are a pure function of each conversation with its linked orders, so input may be split by
/// conversation across machines and the outputs concatenated.
public struct Audit: Sendable {
    public let policies: PolicySet
    private var programs: [String: Program] = [:]
    private var conversations: [String: Conversation] = [:]
    private var messages: [String: [Message]] = [:]
    private var conversationOrder: [String] = []
    private var orders: [String: OrderRecord] = [:]
    private var orderOrder: [String] = []
    private var events: [String: [OrderEvent]] = [:]
    private var latest: Instant?

    public init(policies: PolicySet) {
        self.policies = policies
    }

    /// Takes one input record.
    public mutating func add(_ record: InputRecord) {
        switch record {
        case .conversation(let conversation):
            if conversations[conversation.id] == nil, messages[conversation.id] == nil { conversationOrder.append(conversation.id) }
            conversations[conversation.id] = conversation
        case .message(let message):
            if conversations[message.conversation] == nil, messages[message.conversation] == nil {
                conversationOrder.append(message.conversation)
            }
            messages[message.conversation, default: []].append(message)
            if let time = message.time { latest = max(latest ?? time, time) }
        case .order(let order):
            if orders[order.id] == nil, events[order.id] == nil { orderOrder.append(order.id) }
            orders[order.id] = order
        case .event(let event):
            if orders[event.order] == nil, events[event.order] == nil { orderOrder.append(event.order) }
            events[event.order, default: []].append(event)
            latest = max(latest ?? event.time, event.time)
        }
    }

    /// The program for a shop: the platform policy with that shop's policy, compiled once.
    public mutating func program(forShop shop: String?) -> Program {
        let key = shop ?? ""
        if let program = programs[key] { return program }
        let program = policies.program(shop: shop)
        programs[key] = program
        return program
    }

    /// Every finding: message findings by conversation (in order of first appearance) and `seq`, then order
    /// findings by order (in order of first appearance) and rule.
    public mutating func findings(asOf: Instant? = nil) -> [Finding] {
        var findings: [Finding] = []
        for id in conversationOrder {
            let conversation = conversations[id] ?? Conversation(id: id)
            let program = program(forShop: conversation.shop)
            let linked = conversation.orders.compactMap { orders[$0] }
            let linkedEvents = conversation.orders.flatMap { events[$0] ?? [] }
            var tracker = ConversationTracker(program: program, conversation: conversation, orders: linked, events: linkedEvents)
            for message in (messages[id] ?? []).sorted(by: { $0.seq < $1.seq }) {
                findings += tracker.record(message)
            }
        }
        let clock = asOf ?? latest ?? Instant(epochSeconds: 0)
        var byBuyer: [String: [OrderEvent]] = [:]
        for id in orderOrder {
            let buyer = orders[id]?.buyer ?? "order:\(id)"
            byBuyer[buyer, default: []] += events[id] ?? []
        }
        for id in orderOrder {
            guard let order = orders[id] else { continue }
            let program = program(forShop: order.shop)
            let timeline = OrderTimeline(order: order, events: events[id] ?? [])
            let buyerEvents = OrderTimeline(order: order, events: byBuyer[order.buyer ?? "order:\(id)"] ?? []).events
            findings += program.orderFindings(timeline, asOf: clock, buyerEvents: buyerEvents)
        }
        return findings
    }

    /// The ids of every order read, in order of first appearance.
    public var orderIDs: [String] { orderOrder.filter { orders[$0] != nil } }

    /// Event records whose order never appeared, so no rule could judge them.
    public var ordersWithoutRecord: [String] {
        orderOrder.filter { orders[$0] == nil }
    }

    /// The timeline of one order, for `redline explain --order`.
    public func timeline(order id: String) -> OrderTimeline? {
        orders[id].map { OrderTimeline(order: $0, events: events[id] ?? []) }
    }

    /// The newest event time read, the default evaluation moment.
    public var latestEventTime: Instant? { latest }
}
