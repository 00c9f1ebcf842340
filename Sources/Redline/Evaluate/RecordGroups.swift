/// What the streaming audit's first pass learns about the input: for every conversation and order, the number
/// of its last record, and which records belong together. Its second pass uses this to evaluate each
/// conversation and order as soon as everything it depends on has been read, and to release it then.
///
/// - A conversation depends on its own records and on its linked orders (promises, the receiver's details):
///   it is ready at the later of its last record and its linked orders' last records.
/// - An order is ready at its last record, and is kept until the conversations linking it are ready.
/// - An order with an event that a rule compares with the buyer's other orders (`repeat_within`) waits for
///   its group: conversations, orders and buyers joined through conversation links and order buyers
///   (union–find). The group ends at the last record of any of its members.
///
/// Records are numbered in reading order, from 1. Keys are stored as 64-bit hashes, about 60 bytes per
/// conversation, order and buyer, and never the records themselves. Two keys whose hashes collide share
/// their numbers, which delays a release and never changes a result.
struct RecordGroups {
    private var nodes: [Int: Int32] = [:]
    private var parent: [Int32] = []
    /// The key's own last record.
    private var own: [Int] = []
    /// The last record of the group, kept at its root.
    private var groupLast: [Int] = []
    /// A conversation's ready record; an order's release record.
    private var extended: [Int] = []
    /// Conversation → linked order.
    private var links: [(conversation: Int32, order: Int32)] = []
    /// The newest event time, the default evaluation moment for order rules.
    private(set) var latestEvent: Instant?

    /// The number of conversations, orders and buyers seen.
    var keyCount: Int { parent.count }

    /// Takes record number `number` (numbers must increase).
    mutating func note(_ record: InputRecord, number: Int) {
        switch record {
        case .conversation(let conversation):
            let node = self.node(.conversation, conversation.id)
            if let buyer = conversation.buyer { union(node, self.node(.buyer, buyer)) }
            for order in conversation.orders {
                let linked = self.node(.order, order)
                union(node, linked)
                links.append((node, linked))
            }
            mark(node, number)
        case .message(let message):
            mark(node(.conversation, message.conversation), number)
        case .order(let order):
            let node = self.node(.order, order.id)
            if let buyer = order.buyer { union(node, self.node(.buyer, buyer)) }
            mark(node, number)
        case .event(let event):
            mark(node(.order, event.order), number)
            latestEvent = max(latestEvent ?? event.time, event.time)
        }
    }

    /// Settles the numbers once every record has been noted: conversations' ready records and orders' release
    /// records.
    mutating func finish() {
        for node in own.indices { extended[node] = max(extended[node], own[node]) }
        for link in links {
            let conversation = Int(link.conversation), order = Int(link.order)
            extended[conversation] = max(extended[conversation], own[order])
        }
        for link in links {
            let conversation = Int(link.conversation), order = Int(link.order)
            extended[order] = max(extended[order], extended[conversation])
        }
        links = []
    }

    /// The last record of a conversation (its header or a message).
    mutating func lastRecord(ofConversation id: String) -> Int { own[Int(node(.conversation, id))] }

    /// When a conversation and its linked orders have all been read.
    mutating func ready(conversation id: String) -> Int { extended[Int(node(.conversation, id))] }

    /// The last record of an order (its record or an event).
    mutating func lastRecord(ofOrder id: String) -> Int { own[Int(node(.order, id))] }

    /// When no conversation needs an order any more.
    mutating func release(order id: String) -> Int { extended[Int(node(.order, id))] }

    /// An order's group, and the group's last record.
    mutating func group(ofOrder id: String) -> (group: Int, last: Int) {
        let root = Int(find(node(.order, id)))
        return (root, groupLast[root])
    }

    private enum Kind: UInt8 {
        case conversation, order, buyer
    }

    private mutating func node(_ kind: Kind, _ id: String) -> Int32 {
        var hasher = Hasher()
        hasher.combine(kind)
        hasher.combine(id)
        let key = hasher.finalize()
        if let node = nodes[key] { return node }
        let node = Int32(parent.count)
        nodes[key] = node
        parent.append(node)
        own.append(0)
        groupLast.append(0)
        extended.append(0)
        return node
    }

    private mutating func mark(_ node: Int32, _ number: Int) {
        own[Int(node)] = number
        groupLast[Int(find(node))] = number
    }

    /// The root of a node's group, halving the path on the way.
    private mutating func find(_ node: Int32) -> Int32 {
        var node = node
        while parent[Int(node)] != node {
            parent[Int(node)] = parent[Int(parent[Int(node)])]
            node = parent[Int(node)]
        }
        return node
    }

    private mutating func union(_ a: Int32, _ b: Int32) {
        let rootA = find(a), rootB = find(b)
        guard rootA != rootB else { return }
        let (root, child) = rootA < rootB ? (rootA, rootB) : (rootB, rootA)
        parent[Int(child)] = root
        groupLast[Int(root)] = max(groupLast[Int(root)], groupLast[Int(child)])
    }
}
