/// The streaming audit's second pass: the records read but not yet released. A conversation, order or buyer is
/// complete once the record that refers to it for the last time has been read (`LastReferences`); then:
///
/// - a conversation is evaluated once it and its linked orders are complete;
/// - an order is evaluated once complete, or, when a rule compares its events with the buyer's other orders
///   (`repeat_within`), once its buyer and all the buyer's orders are complete;
/// - an order's records are released once it is evaluated and every conversation linking it is.
///
/// Every conversation header that links an order refers to it, so an order is never complete before the
/// conversations that need it have been seen.
struct OpenRecords {
    let policies: PolicySet
    private var conversations: [String: OpenConversation] = [:]
    private var orders: [String: OpenOrder] = [:]
    private var buyers: [String: OpenBuyer] = [:]
    private var programs: [String: Program] = [:]
    /// Events that make an order wait for all its buyer's orders (`Program.buyerWideEvents`).
    private let waitingNames: Set<String>
    /// Events gathered from all a buyer's orders for the waiting ones.
    private let comparedNames: Set<String>
    private let shops: Set<String>
    /// Records read and not yet released.
    private(set) var held = 0
    /// Orders with events but no order record.
    private(set) var ordersWithoutRecord: [String] = []

    private struct OpenConversation {
        var header: Conversation?
        var messages: [Message] = []
        var complete = false
    }

    private struct OpenOrder {
        var record: OrderRecord?
        var events: [OrderEvent] = []
        var complete = false
        var evaluated = false
        /// Counted among its buyer's pending orders.
        var pendingForBuyer: String?
        /// Conversations linking this order that are not evaluated yet.
        var linkedBy: [String] = []
    }

    /// A buyer with orders not yet complete, or with events compared across the buyer's orders (`repeat_within`,
    /// `after_other_order`) kept until the buyer is complete. Dropped as soon as it has neither, so only buyers
    /// with something open take memory.
    private struct OpenBuyer {
        var complete = false
        /// The buyer's orders read and not yet complete.
        var pending = 0
        var compared: [[OrderEvent]] = []
        var waiting: [OrderTimeline] = []
    }

    init(policies: PolicySet) {
        self.policies = policies
        var waiting = Set<String>(), compared = Set<String>()
        for shop in [nil] + policies.shops {
            let program = policies.program(shop: shop)
            let events = program.buyerWideEvents
            waiting.formUnion(events.waiting)
            compared.formUnion(events.compared)
            programs[shop ?? ""] = program
        }
        waitingNames = waiting
        comparedNames = compared
        shops = Set(policies.shops)
    }

    /// Takes a record; `completing` are the hashes (`RecordKey.hash`) of the keys it refers to for the last
    /// time. Returns the jobs that became ready.
    mutating func add(_ record: InputRecord, completing: [UInt64]) -> [AuditJob] {
        held += 1
        switch record {
        case .conversation(let conversation):
            conversations[conversation.id, default: OpenConversation()].header = conversation
            for order in conversation.orders { orders[order, default: OpenOrder()].linkedBy.append(conversation.id) }
        case .message(let message):
            conversations[message.conversation, default: OpenConversation()].messages.append(message)
        case .order(let order):
            orders[order.id, default: OpenOrder()].record = order
            if let buyer = order.buyer, orders[order.id]?.pendingForBuyer == nil {
                orders[order.id]?.pendingForBuyer = buyer
                buyers[buyer, default: OpenBuyer()].pending += 1
            }
        case .event(let event):
            orders[event.order, default: OpenOrder()].events.append(event)
        }
        guard !completing.isEmpty else { return [] }
        var jobs: [AuditJob] = []
        for (kind, id) in RecordKey(record).references where completing.contains(RecordKey.hash(kind, id)) {
            switch kind {
            case .conversation: jobs += conversationComplete(id)
            case .order: jobs += orderComplete(id)
            case .buyer: jobs += buyerComplete(id)
            }
        }
        return jobs
    }

    /// Everything still open, in a fixed order: only when a line read in the first pass did not read in the
    /// second (or two keys' hashes collided).
    mutating func remaining() -> [AuditJob] {
        var jobs: [AuditJob] = []
        for id in conversations.keys.sorted() { jobs += conversationJob(id) }
        for id in orders.keys.sorted() where !(orders[id]?.evaluated ?? true) { jobs += orderJob(id) }
        for buyer in buyers.keys.sorted() { jobs += groupJobs(buyer) }
        conversations = [:]
        orders = [:]
        buyers = [:]
        return jobs
    }

    private mutating func conversationComplete(_ id: String) -> [AuditJob] {
        conversations[id]?.complete = true
        return conversationIfReady(id)
    }

    /// Evaluates a complete conversation whose linked orders are all complete, and releases what it held.
    private mutating func conversationIfReady(_ id: String) -> [AuditJob] {
        guard let open = conversations[id], open.complete else { return [] }
        let linked = open.header?.orders ?? []
        guard linked.allSatisfy({ orders[$0]?.complete ?? true }) else { return [] }
        let jobs = conversationJob(id)
        for order in linked {
            orders[order]?.linkedBy.removeAll { $0 == id }
            releaseIfDone(order)
        }
        return jobs
    }

    /// A complete order: the conversations waiting for it first (chat findings before order findings at the same
    /// moment), then the order itself.
    private mutating func orderComplete(_ id: String) -> [AuditJob] {
        orders[id]?.complete = true
        var jobs: [AuditJob] = []
        for conversation in orders[id]?.linkedBy ?? [] { jobs += conversationIfReady(conversation) }
        jobs += orderJob(id)
        if let buyer = orders[id]?.pendingForBuyer {
            buyers[buyer]?.pending -= 1
            jobs += groupIfReady(buyer)
        }
        releaseIfDone(id)
        return jobs
    }

    private mutating func buyerComplete(_ buyer: String) -> [AuditJob] {
        buyers[buyer]?.complete = true
        return groupIfReady(buyer)
    }

    private mutating func groupIfReady(_ buyer: String) -> [AuditJob] {
        guard let open = buyers[buyer], open.pending == 0 else { return [] }
        if open.waiting.isEmpty && open.compared.isEmpty { buyers[buyer] = nil }
        return open.complete ? groupJobs(buyer) : []
    }

    private mutating func releaseIfDone(_ id: String) {
        guard let open = orders[id], open.complete, open.evaluated, open.linkedBy.isEmpty else { return }
        orders[id] = nil
        held -= open.events.count + (open.record == nil ? 0 : 1)
    }

    private mutating func program(shop: String?) -> Program {
        let key = shop.flatMap { shops.contains($0) ? $0 : nil } ?? ""
        if let program = programs[key] { return program }
        let program = policies.program(shop: key.isEmpty ? nil : key)
        programs[key] = program
        return program
    }

    private mutating func conversationJob(_ id: String) -> [AuditJob] {
        guard let open = conversations.removeValue(forKey: id) else { return [] }
        held -= open.messages.count + (open.header == nil ? 0 : 1)
        let conversation = open.header ?? Conversation(id: id)
        let linked = conversation.orders.compactMap { orders[$0]?.record }
        let events = conversation.orders.flatMap { orders[$0]?.events ?? [] }
        let tracker = ConversationTracker(program: program(shop: conversation.shop), conversation: conversation,
                                          orders: linked, events: events)
        return open.messages.isEmpty ? [] : [.conversation(tracker, open.messages.sorted { $0.seq < $1.seq })]
    }

    private mutating func orderJob(_ id: String) -> [AuditJob] {
        guard let open = orders[id], !open.evaluated else { return [] }
        orders[id]?.evaluated = true
        guard let record = open.record else {
            // Linked from a chat but never seen is no error; events without their order are.
            if !open.events.isEmpty { ordersWithoutRecord.append(id) }
            return []
        }
        let timeline = OrderTimeline(order: record, events: open.events)
        let compared = timeline.events.filter { comparedNames.contains($0.name) }
        if let buyer = record.buyer, !compared.isEmpty { buyers[buyer, default: OpenBuyer()].compared.append(compared) }
        guard let buyer = record.buyer, timeline.events.contains(where: { waitingNames.contains($0.name) }) else {
            return [.order(program(shop: record.shop), timeline, buyerEvents: timeline.events)]
        }
        // Compared with the buyer's other orders: wait until the buyer and all the buyer's orders are complete.
        buyers[buyer, default: OpenBuyer()].waiting.append(timeline)
        return []
    }

    private mutating func groupJobs(_ buyer: String) -> [AuditJob] {
        guard let open = buyers.removeValue(forKey: buyer) else { return [] }
        let buyerEvents = OrderTimeline.sorted(open.compared.flatMap { $0 })
        return open.waiting.map { .order(program(shop: $0.order.shop), $0, buyerEvents: buyerEvents) }
    }
}

/// One unit of evaluation: a conversation's messages with its context, or one order.
enum AuditJob: Sendable {
    case conversation(ConversationTracker, [Message])
    case order(Program, OrderTimeline, buyerEvents: [OrderEvent])

    /// How much work the job is, for batching.
    var size: Int {
        switch self {
        case .conversation(_, let messages): messages.count
        case .order: 1
        }
    }

    func findings(asOf clock: Instant) -> [Finding] {
        switch self {
        case .conversation(var tracker, let messages):
            return tracker.record(transcript: messages)
        case .order(let program, let timeline, let buyerEvents):
            return program.orderFindings(timeline, asOf: clock, buyerEvents: buyerEvents)
        }
    }
}
