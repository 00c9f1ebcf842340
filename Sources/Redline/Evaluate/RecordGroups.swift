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
/// Records are numbered by line across all input files, so both passes agree even where a line reads in the
/// first pass and fails in the second. Keys are stored as 64-bit hashes, about 45 bytes per
/// conversation, order and buyer, and never the records themselves. Two keys whose hashes collide share
/// their numbers, which delays a release and never changes a result.
struct RecordGroups {
    /// One conversation, order or buyer. Record numbers fit 32 bits (`StreamingAudit` refuses more lines).
    private struct Node {
        var parent: Int32
        /// The key's own last record.
        var own: UInt32 = 0
        /// The last record of the group, kept at its root.
        var groupLast: UInt32 = 0
        /// A conversation's ready record; an order's release record.
        var extended: UInt32 = 0
    }

    private var slots: [Int: Int32] = [:]
    private var nodes: [Node] = []
    /// Conversation → linked order.
    private var links: [(conversation: Int32, order: Int32)] = []
    /// The newest event time, the default evaluation moment for order rules.
    private(set) var latestEvent: Instant?

    /// The number of conversations, orders and buyers seen.
    var keyCount: Int { nodes.count }

    /// Takes the record at `number` (numbers must increase).
    mutating func note(_ record: RecordKey, number: Int) {
        switch record {
        case .conversation(let id, let buyer, let orders):
            let node = self.node(.conversation, id)
            if let buyer { union(node, self.node(.buyer, buyer)) }
            for order in orders {
                let linked = self.node(.order, order)
                union(node, linked)
                links.append((node, linked))
            }
            mark(node, number)
        case .message(let conversation):
            mark(node(.conversation, conversation), number)
        case .order(let id, let buyer):
            let node = self.node(.order, id)
            if let buyer { union(node, self.node(.buyer, buyer)) }
            mark(node, number)
        case .event(let order, let time):
            mark(node(.order, order), number)
            latestEvent = max(latestEvent ?? time, time)
        }
    }

    /// Settles the numbers once every record has been noted: conversations' ready records and orders' release
    /// records.
    mutating func finish() {
        for node in nodes.indices { nodes[node].extended = max(nodes[node].extended, nodes[node].own) }
        for link in links {
            let conversation = Int(link.conversation), order = Int(link.order)
            nodes[conversation].extended = max(nodes[conversation].extended, nodes[order].own)
        }
        for link in links {
            let conversation = Int(link.conversation), order = Int(link.order)
            nodes[order].extended = max(nodes[order].extended, nodes[conversation].extended)
        }
        links = []
    }

    /// The last record of a conversation (its header or a message).
    mutating func lastRecord(ofConversation id: String) -> Int { Int(nodes[Int(node(.conversation, id))].own) }

    /// When a conversation and its linked orders have all been read.
    mutating func ready(conversation id: String) -> Int { Int(nodes[Int(node(.conversation, id))].extended) }

    /// The last record of an order (its record or an event).
    mutating func lastRecord(ofOrder id: String) -> Int { Int(nodes[Int(node(.order, id))].own) }

    /// When no conversation needs an order any more.
    mutating func release(order id: String) -> Int { Int(nodes[Int(node(.order, id))].extended) }

    /// An order's group, and the group's last record.
    mutating func group(ofOrder id: String) -> (group: Int, last: Int) {
        let root = Int(find(node(.order, id)))
        return (root, Int(nodes[root].groupLast))
    }

    private enum Kind: UInt8 {
        case conversation, order, buyer
    }

    private mutating func node(_ kind: Kind, _ id: String) -> Int32 {
        var hasher = Hasher()
        hasher.combine(kind)
        hasher.combine(id)
        let key = hasher.finalize()
        if let node = slots[key] { return node }
        let node = Int32(nodes.count)
        slots[key] = node
        nodes.append(Node(parent: node))
        return node
    }

    private mutating func mark(_ node: Int32, _ number: Int) {
        let number = UInt32(truncatingIfNeeded: number)
        nodes[Int(node)].own = number
        nodes[Int(find(node))].groupLast = number
    }

    /// The root of a node's group, halving the path on the way.
    private mutating func find(_ node: Int32) -> Int32 {
        var node = node
        while nodes[Int(node)].parent != node {
            nodes[Int(node)].parent = nodes[Int(nodes[Int(node)].parent)].parent
            node = nodes[Int(node)].parent
        }
        return node
    }

    private mutating func union(_ a: Int32, _ b: Int32) {
        let rootA = find(a), rootB = find(b)
        guard rootA != rootB else { return }
        let (root, child) = rootA < rootB ? (rootA, rootB) : (rootB, rootA)
        nodes[Int(child)].parent = root
        nodes[Int(root)].groupLast = max(nodes[Int(root)].groupLast, nodes[Int(child)].groupLast)
    }
}
