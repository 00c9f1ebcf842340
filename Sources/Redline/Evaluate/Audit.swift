/// An audit of chat transcripts and order events against a policy set: records go in as they are read, in any
/// order FORMATS.md allows; `findings()` evaluates each conversation with its linked orders, and each order.
///
/// Results are a pure function of each buyer's conversations with their linked orders, so input may be split
/// by buyer across machines and the outputs concatenated (README, "Beyond one machine"). This type holds what
/// it is given; `StreamingAudit` feeds it one group of related records at a time.
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
    /// findings by order (in order of first appearance) and rule. `onEveryCore: false` evaluates on the calling
    /// thread, for callers that already run many audits in parallel.
    public mutating func findings(asOf: Instant? = nil, onEveryCore: Bool = true) -> [Finding] {
        var findings = conversationFindings(onEveryCore: onEveryCore)
        orderFindings(asOf: asOf ?? latest ?? Instant(epochSeconds: 0), onEveryCore: onEveryCore) { findings += $0 }
        return findings
    }

    /// Takes the programs this audit's records need from `cache`, compiling (into the cache) those missing.
    mutating func takePrograms(from cache: inout [String: Program]) {
        let shops = Set(conversations.values.map(\.shop) + orders.values.map(\.shop) + [nil])
        for shop in shops {
            let key = shop ?? ""
            if cache[key] == nil { cache[key] = policies.program(shop: shop) }
            programs[key] = cache[key]
        }
    }

    /// The ids of every order read, in order of first appearance.
    public var orderIDs: [String] { orderOrder.filter { orders[$0] != nil } }

    /// Message findings of every conversation, in order of first appearance. Conversations are independent, so
    /// they are evaluated on every core, in batches whose results are joined in order.
    private mutating func conversationFindings(onEveryCore: Bool) -> [Finding] {
        let ids = conversationOrder
        for shop in Set(ids.map { conversations[$0]?.shop }) { _ = program(forShop: shop) }
        guard onEveryCore else { return ids.flatMap { findings(conversation: $0) } }
        let snapshot = self
        let batches = stride(from: 0, to: ids.count, by: 256).map { $0..<min($0 + 256, ids.count) }
        return inParallel(batches.count) { batch in
            ids[batches[batch]].flatMap { snapshot.findings(conversation: $0) }
        }.flatMap { $0 }
    }

    /// Order findings of every order, in order of first appearance, evaluated on every core. Rules about repeated
    /// events see the events of all orders of the same buyer.
    mutating func orderFindings(asOf clock: Instant, onEveryCore: Bool = true, emit: ([Finding]) -> Void) {
        let ids = orderOrder.filter { orders[$0] != nil }
        for shop in Set(ids.map { orders[$0]?.shop }) { _ = program(forShop: shop) }
        var byBuyer: [String: [OrderEvent]] = [:]
        for id in ids {
            byBuyer[buyerKey(id), default: []] += events[id] ?? []
        }
        // Sorted once per buyer, not once per order.
        let snapshot = self, buyers = byBuyer.mapValues { OrderTimeline.sorted($0) }
        let evaluate = { @Sendable (id: String) -> [Finding] in
            guard let order = snapshot.orders[id], let program = snapshot.programs[order.shop ?? ""] else { return [] }
            let timeline = OrderTimeline(order: order, events: snapshot.events[id] ?? [])
            return program.orderFindings(timeline, asOf: clock, buyerEvents: buyers[snapshot.buyerKey(id)] ?? [])
        }
        guard onEveryCore else { return emit(ids.flatMap(evaluate)) }
        // Chunks of 64 batches of 256 orders: both cores busy, and only a chunk's findings held at once.
        let batches = stride(from: 0, to: ids.count, by: 256).map { $0..<min($0 + 256, ids.count) }
        for chunk in stride(from: 0, to: batches.count, by: 64) {
            let part = Array(batches[chunk..<min(chunk + 64, batches.count)])
            emit(inParallel(part.count) { batch in ids[part[batch]].flatMap(evaluate) }.flatMap { $0 })
        }
    }

    /// A fresh tracker for a conversation, with its header and linked orders as read.
    private func tracker(for id: String) -> ConversationTracker? {
        let conversation = conversations[id] ?? Conversation(id: id)
        guard let program = programs[conversation.shop ?? ""] else { return nil }
        let linked = conversation.orders.compactMap { orders[$0] }
        let linkedEvents = conversation.orders.flatMap { events[$0] ?? [] }
        return ConversationTracker(program: program, conversation: conversation, orders: linked, events: linkedEvents)
    }

    private func findings(conversation id: String) -> [Finding] {
        guard var tracker = tracker(for: id) else { return [] }
        return tracker.record(transcript: (messages[id] ?? []).sorted { $0.seq < $1.seq })
    }

    /// Event records whose order never appeared, so no rule could judge them.
    public var ordersWithoutRecord: [String] {
        orderOrder.filter { orders[$0] == nil }
    }

    /// The timeline of one order, for `redline explain --order`.
    public func timeline(order id: String) -> OrderTimeline? {
        orders[id].map { OrderTimeline(order: $0, events: events[id] ?? []) }
    }

    /// The events of every order of the order's buyer, in time order: what rules comparing a buyer's orders see
    /// (the same grouping `orderFindings` uses).
    public func buyerEvents(order id: String) -> [OrderEvent] {
        let buyer = buyerKey(id)
        return OrderTimeline.sorted(orderIDs.filter { buyerKey($0) == buyer }.flatMap { events[$0] ?? [] })
    }

    /// Orders are grouped by their buyer; an order without one is a group of its own.
    private func buyerKey(_ id: String) -> String {
        orders[id]?.buyer ?? "order:\(id)"
    }

    /// The newest order event time read, the default evaluation moment.
    public var latestEventTime: Instant? { latest }
}
