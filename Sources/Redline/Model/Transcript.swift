/// The header of a chat between a buyer account and an agent: which shop, which tier of agent, which orders.
public struct Conversation: Sendable, Hashable {
    public var id: String
    public var shop: String?
    public var buyer: String?
    public var agent: String?
    public var agentTier: AgentTier?
    public var orders: [String]

    public init(id: String, shop: String? = nil, buyer: String? = nil, agent: String? = nil,
                agentTier: AgentTier? = nil, orders: [String] = []) {
        self.id = id
        self.shop = shop
        self.buyer = buyer
        self.agent = agent
        self.agentTier = agentTier
        self.orders = orders
    }
}

/// Who sent a chat message.
public enum Role: String, Sendable, Hashable {
    case buyer, agent, system
}

/// One chat message.
public struct Message: Sendable, Hashable {
    public var conversation: String
    public var seq: Int
    public var time: Instant?
    public var role: Role
    public var from: String?
    public var text: String

    public init(conversation: String, seq: Int, time: Instant? = nil, role: Role, from: String? = nil, text: String) {
        self.conversation = conversation
        self.seq = seq
        self.time = time
        self.role = role
        self.from = from
        self.text = text
    }
}
