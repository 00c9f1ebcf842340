import RedlineYAML

/// Reads a rule's `examples: {flag: [...], pass: [...]}`.
struct ExampleReader {
    var reader: NodeReader
    let isOrderRule: Bool

    static let messageKeys = ["text", "quote", "speaker", "tier", "buyer", "agent", "delay", "time", "account", "order", "events"]
    static let orderKeys = ["order", "events", "other_order_events", "as_of", "compensation"]
    static let orderRecordKeys = ["id", "buyer", "amount", "category", "presale", "custom", "agreed_ship_by",
                                  "carrier", "receiver"]

    mutating func readExamples(_ node: YAMLNode) -> [RuleExample] {
        guard let fields = reader.mapping(node, "'examples'", allowed: ["flag", "pass"]) else { return [] }
        var examples: [RuleExample] = []
        for expectation in [RuleExample.Expectation.flag, .pass] {
            guard let list = fields[expectation.rawValue] else { continue }
            guard let items = list.sequence else {
                reader.fail(.wrongType(expected: "a list of examples", found: list.kindName), at: list)
                continue
            }
            for item in items {
                let subject = isOrderRule ? readOrderExample(item).map(RuleExample.Subject.order)
                    : readMessageExample(item).map(RuleExample.Subject.message)
                if let subject {
                    examples.append(RuleExample(expectation: expectation, subject: subject, location: reader.location(item)))
                }
            }
        }
        return examples
    }

    private mutating func readMessageExample(_ node: YAMLNode) -> MessageExample? {
        if node.scalar != nil {
            return reader.text(node, "an example message").map {
                MessageExample(text: $0, speaker: .agent, buyerMessages: [])
            }
        }
        guard let fields = reader.mapping(node, "a message example", allowed: Self.messageKeys, required: ["text"]),
              let text = fields["text"].flatMap({ reader.text($0, "an example message") }) else { return nil }
        var example = MessageExample(text: text, speaker: .agent, buyerMessages: [])
        example.quote = fields["quote"].flatMap { reader.text($0) }
        if let quote = example.quote, let quoteNode = fields["quote"], !text.contains(quote) {
            reader.fail(.invalidExample("quote '\(quote)' is not part of the text"), at: quoteNode)
        }
        example.speaker = fields["speaker"].flatMap { reader.choice($0, Speaker.self) } ?? .agent
        example.tier = fields["tier"].flatMap { reader.choice($0, AgentTier.self) }
        example.buyerMessages = fields["buyer"].flatMap { reader.texts($0, "the buyer's earlier messages") }?.map(\.0) ?? []
        example.agentMessages = fields["agent"].flatMap { reader.texts($0, "the agent's earlier messages") }?.map(\.0) ?? []
        var values = ValueReader(reader: reader)
        example.replyDelay = fields["delay"].flatMap { values.duration($0) }
        reader = values.reader
        example.time = fields["time"].flatMap { reader.parsed($0, "an RFC 3339 time with offset", { Instant(rfc3339: $0) }) }
        example.account = fields["account"].flatMap { reader.text($0) }
        example.order = fields["order"].flatMap { readOrder($0) }
        example.events = fields["events"].map { readEvents($0, order: example.order?.id ?? "example-order") } ?? []
        return example
    }

    private mutating func readOrderExample(_ node: YAMLNode) -> OrderExample? {
        guard let fields = reader.mapping(node, "an order example", allowed: Self.orderKeys, required: ["order", "events"]),
              let order = fields["order"].flatMap({ readOrder($0) }) else { return nil }
        var values = ValueReader(reader: reader)
        let compensation = fields["compensation"].flatMap { values.money($0) }
        reader = values.reader
        let asOf = fields["as_of"].flatMap { reader.parsed($0, "an RFC 3339 time with offset", { Instant(rfc3339: $0) }) }
        let events = fields["events"].map { readEvents($0, order: order.id) } ?? []
        let others = fields["other_order_events"].map { readEvents($0, order: order.id + "-other") } ?? []
        return OrderExample(order: order, events: events, otherOrderEvents: others, asOf: asOf, compensation: compensation)
    }

    /// `{id?, buyer, amount, category, presale, custom, agreed_ship_by, carrier, receiver: {name, phone, address}}`.
    mutating func readOrder(_ node: YAMLNode) -> OrderRecord? {
        guard let fields = reader.mapping(node, "an example order", allowed: Self.orderRecordKeys) else { return nil }
        var values = ValueReader(reader: reader)
        let amount = fields["amount"].flatMap { values.money($0) } ?? Money(fen: 10_000)
        reader = values.reader
        var order = OrderRecord(id: fields["id"].flatMap { reader.text($0) } ?? "example-order",
                                buyer: fields["buyer"].flatMap { reader.text($0) } ?? "example-buyer", amount: amount)
        order.category = fields["category"].flatMap { reader.text($0) }
        order.presale = fields["presale"].flatMap { reader.boolean($0) } ?? false
        order.custom = fields["custom"].flatMap { reader.boolean($0) } ?? false
        order.agreedShipBy = fields["agreed_ship_by"].flatMap {
            reader.parsed($0, "an RFC 3339 time with offset", { Instant(rfc3339: $0) })
        }
        order.carrier = fields["carrier"].flatMap { reader.text($0) }
        if let receiverNode = fields["receiver"],
           let receiver = reader.mapping(receiverNode, "'receiver'", allowed: ["name", "phone", "address"]) {
            order.receiver = Receiver(name: receiver["name"].flatMap { reader.text($0) },
                                      phone: receiver["phone"].flatMap { reader.text($0) },
                                      address: receiver["address"].flatMap { reader.text($0) })
        }
        return order
    }

    /// Events as `- {paid: "2026-11-11T10:00:00+08:00"}` or `- {reminder_sent: "...", channel: phone}`: the first
    /// key names the event and holds its time, the others are its fields.
    private mutating func readEvents(_ node: YAMLNode, order: String) -> [OrderEvent] {
        guard let items = node.sequence else {
            reader.fail(.wrongType(expected: "a list of events", found: node.kindName), at: node)
            return []
        }
        return items.compactMap { item -> OrderEvent? in
            guard let pairs = item.mapping, let first = pairs.first, let name = reader.text(first.key, "an event name") else {
                reader.fail(.wrongType(expected: "an event such as {paid: \"2026-11-11T10:00:00+08:00\"}", found: item.kindName), at: item)
                return nil
            }
            guard let time = reader.parsed(first.value, "an RFC 3339 time with offset", { Instant(rfc3339: $0) }) else { return nil }
            var fields: [String: String] = [:]
            for pair in pairs.dropFirst() {
                if let key = reader.text(pair.key), let value = reader.text(pair.value) { fields[key] = value }
            }
            return OrderEvent(order: order, name: name, time: time, fields: fields)
        }
    }
}
