public import RedlineJSON

/// One line of FORMATS.md JSON Lines input.
public enum InputRecord: Sendable {
    case conversation(Conversation)
    case message(Message)
    case order(OrderRecord)
    case event(OrderEvent)

    /// Decodes a parsed line. Fields not named in FORMATS.md are ignored; missing or mistyped required fields
    /// are errors that name the field.
    public init(_ value: JSONValue) throws(RecordError) {
        guard case .object(let object) = value else { throw RecordError("expected a JSON object") }
        let fields = RecordFields(object: object)
        switch try fields.text("type") {
        case "conversation":
            var conversation = Conversation(id: try fields.text("id"))
            conversation.shop = try fields.optionalText("shop")
            conversation.buyer = try fields.optionalText("buyer")
            conversation.agent = try fields.optionalText("agent")
            if let tier = try fields.optionalText("agent_tier") {
                conversation.agentTier = AgentTier(rawValue: tier)
            }
            conversation.orders = try fields.texts("orders")
            self = .conversation(conversation)
        case "message":
            guard let role = Role(rawValue: try fields.text("role")) else {
                throw RecordError("field 'role': expected buyer, agent or system")
            }
            self = .message(Message(conversation: try fields.text("conversation"), seq: try fields.integer("seq"),
                                    time: try fields.optionalTime("time"), role: role,
                                    from: try fields.optionalText("from"), text: try fields.text("text")))
        case "order":
            var order = OrderRecord(id: try fields.text("id"), amount: try fields.money("amount"))
            order.shop = try fields.optionalText("shop")
            order.buyer = try fields.optionalText("buyer")
            order.category = try fields.optionalText("category")
            order.presale = try fields.optionalBool("presale") ?? false
            order.custom = try fields.optionalBool("custom") ?? false
            order.agreedShipBy = try fields.optionalTime("agreed_ship_by")
            order.carrier = try fields.optionalText("carrier")
            if case .object(let receiver)? = object["receiver"] {
                let inner = RecordFields(object: receiver)
                order.receiver = Receiver(name: try inner.optionalText("name"), phone: try inner.optionalText("phone"),
                                          address: try inner.optionalText("address"))
            }
            self = .order(order)
        case "event":
            guard let time = try fields.optionalTime("time") else { throw RecordError("field 'time': required for an event") }
            var extra: [String: String] = [:]
            for (key, value) in object.pairs where key != "type" && key != "order" && key != "name" && key != "time" {
                switch value {
                case .string(let text): extra[key] = text
                case .number(let text): extra[key] = text
                case .bool(let flag): extra[key] = flag ? "true" : "false"
                default: break
                }
            }
            self = .event(OrderEvent(order: try fields.text("order"), name: try fields.text("name"), time: time, fields: extra))
        case let other:
            throw RecordError("unknown record type '\(other)': expected conversation, message, order or event")
        }
    }
}

/// Why an input line could not be used.
public struct RecordError: Error, Sendable, Hashable {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }
}
