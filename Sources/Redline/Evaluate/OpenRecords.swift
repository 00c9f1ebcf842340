/// The streaming audit's second pass: the records read but not yet released, and what falls due at which
/// record. Each conversation and order becomes an `AuditJob` as soon as everything it depends on has been read
/// (`RecordGroups`), and its records are dropped once nothing else needs them.
struct OpenRecords {
    let policies: PolicySet
    private var index: RecordGroups
    private var conversations: [String: (header: Conversation?, messages: [Message])] = [:]
    private var orders: [String: (record: OrderRecord?, events: [OrderEvent])] = [:]
    /// Per group: the events other orders of the same buyer are compared with (`repeat_within`), by order, and
    /// the orders waiting for them.
    private var repeated: [Int: (events: [(buyer: String?, events: [OrderEvent])], waiting: [OrderTimeline])] = [:]
    /// Record number → what falls due after that record.
    private var agenda: [Int: [Due]] = [:]
    private var programs: [String: Program] = [:]
    /// Event names some rule compares across a buyer's orders.
    private let repeatedNames: Set<String>
    private let shops: Set<String>
    /// Records read and not yet released.
    private(set) var held = 0
    /// Orders with events but no order record.
    private(set) var ordersWithoutRecord: [String] = []

    private enum Due {
        case conversation(String)
        case order(String)
        case group(Int)
        case releaseOrder(String)
    }

    init(policies: PolicySet, index: RecordGroups) {
        self.policies = policies
        self.index = index
        var names = Set<String>()
        for shop in [nil] + policies.shops {
            let program = policies.program(shop: shop)
            names.formUnion(program.repeatedEventNames)
            programs[shop ?? ""] = program
        }
        repeatedNames = names
        shops = Set(policies.shops)
    }

    /// Takes record number `number`; returns the jobs that became ready.
    mutating func add(_ record: InputRecord, number: Int) -> [AuditJob] {
        held += 1
        switch record {
        case .conversation(let conversation):
            conversations[conversation.id, default: (nil, [])].header = conversation
            if number >= index.lastRecord(ofConversation: conversation.id) { conversationRead(conversation.id, number) }
        case .message(let message):
            conversations[message.conversation, default: (nil, [])].messages.append(message)
            if number >= index.lastRecord(ofConversation: message.conversation) { conversationRead(message.conversation, number) }
        case .order(let order):
            orders[order.id, default: (nil, [])].record = order
            if number >= index.lastRecord(ofOrder: order.id) { orderRead(order.id, number) }
        case .event(let event):
            orders[event.order, default: (nil, [])].events.append(event)
            if number >= index.lastRecord(ofOrder: event.order) { orderRead(event.order, number) }
        }
        var jobs: [AuditJob] = []
        // An evaluation may schedule more at this very record (an order whose group ends with it).
        while let due = agenda.removeValue(forKey: number) {
            // Evaluations first: an order released at the same record may still be needed by a conversation.
            for item in due { if case .conversation(let id) = item { jobs += conversationJob(id) } }
            for item in due { if case .order(let id) = item { jobs += orderJob(id) } }
            for item in due { if case .group(let group) = item { jobs += groupJobs(group) } }
            for item in due { if case .releaseOrder(let id) = item { releaseOrder(id) } }
        }
        return jobs
    }

    /// Everything still open, in a fixed order: only when the input changed between the two passes.
    mutating func remaining() -> [AuditJob] {
        var jobs: [AuditJob] = []
        for number in agenda.keys.sorted() {
            for item in agenda[number] ?? [] {
                switch item {
                case .conversation(let id): jobs += conversationJob(id)
                case .order(let id): jobs += orderJob(id)
                case .group(let group): jobs += groupJobs(group)
                case .releaseOrder: break
                }
            }
        }
        agenda = [:]
        for id in conversations.keys.sorted() { jobs += conversationJob(id) }
        for id in orders.keys.sorted() { jobs += orderJob(id) }
        return jobs
    }

    private mutating func schedule(_ due: Due, at number: Int) {
        agenda[number, default: []].append(due)
    }

    private mutating func conversationRead(_ id: String, _ number: Int) {
        schedule(.conversation(id), at: max(number, index.ready(conversation: id)))
    }

    private mutating func orderRead(_ id: String, _ number: Int) {
        schedule(.order(id), at: number)
        schedule(.releaseOrder(id), at: max(number, index.release(order: id)))
    }

    private mutating func program(shop: String?) -> Program {
        let key = shop.flatMap { shops.contains($0) ? $0 : nil } ?? ""
        if let program = programs[key] { return program }
        let program = policies.program(shop: key.isEmpty ? nil : key)
        programs[key] = program
        return program
    }

    private mutating func conversationJob(_ id: String) -> [AuditJob] {
        guard let (header, messages) = conversations.removeValue(forKey: id) else { return [] }
        held -= messages.count + (header == nil ? 0 : 1)
        let conversation = header ?? Conversation(id: id)
        let linked = conversation.orders.compactMap { orders[$0]?.record }
        let events = conversation.orders.flatMap { orders[$0]?.events ?? [] }
        let tracker = ConversationTracker(program: program(shop: conversation.shop), conversation: conversation,
                                          orders: linked, events: events)
        return messages.isEmpty ? [] : [.conversation(tracker, messages.sorted { $0.seq < $1.seq })]
    }

    private mutating func orderJob(_ id: String) -> [AuditJob] {
        guard let (record, events) = orders[id] else { return [] }
        guard let record else {
            ordersWithoutRecord.append(id)
            return []
        }
        let timeline = OrderTimeline(order: record, events: events)
        let compared = timeline.events.filter { repeatedNames.contains($0.name) }
        guard !compared.isEmpty else { return [.order(program(shop: record.shop), timeline, buyerEvents: timeline.events)] }
        // Compared with the buyer's other orders: wait for the group's last record.
        let (group, last) = index.group(ofOrder: id)
        if repeated[group] == nil {
            repeated[group] = ([], [])
            schedule(.group(group), at: last)
        }
        repeated[group]?.events.append((record.buyer, compared))
        repeated[group]?.waiting.append(timeline)
        return []
    }

    private mutating func groupJobs(_ group: Int) -> [AuditJob] {
        guard let (events, waiting) = repeated.removeValue(forKey: group) else { return [] }
        return waiting.map { timeline in
            let buyer = timeline.order.buyer
            let buyerEvents = buyer == nil ? timeline.events : events.filter { $0.buyer == buyer }.flatMap(\.events)
            return .order(program(shop: timeline.order.shop), timeline, buyerEvents: OrderTimeline.sorted(buyerEvents))
        }
    }

    private mutating func releaseOrder(_ id: String) {
        guard let (record, events) = orders.removeValue(forKey: id) else { return }
        held -= events.count + (record == nil ? 0 : 1)
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
            return messages.flatMap { tracker.record($0) }
        case .order(let program, let timeline, let buyerEvents):
            return program.orderFindings(timeline, asOf: clock, buyerEvents: buyerEvents)
        }
    }
}
