import RedlineJSON

/// What the streaming audit's first pass needs from an input line: the kind of record and the ids that tie it
/// to other records, read without decoding the rest (a message's text is most of its line).
enum RecordKey: Sendable, Equatable {
    case conversation(id: String, buyer: String?, orders: [String])
    case message(conversation: String)
    case order(id: String, buyer: String?)
    case event(order: String, time: Instant)

    init(_ record: InputRecord) {
        switch record {
        case .conversation(let conversation): self = .conversation(id: conversation.id, buyer: conversation.buyer, orders: conversation.orders)
        case .message(let message): self = .message(conversation: message.conversation)
        case .order(let order): self = .order(id: order.id, buyer: order.buyer)
        case .event(let event): self = .event(order: event.order, time: event.time)
        }
    }

    /// What a key names.
    enum Kind: UInt8 {
        case conversation, order, buyer
    }

    /// The conversations, orders and buyers this record refers to, in a fixed order. A conversation refers to
    /// its linked orders (it is evaluated with them); an order record to its buyer (orders are compared
    /// across a buyer's orders). Both passes of the streaming audit list them the same way.
    var references: [(kind: Kind, id: String)] {
        switch self {
        case .conversation(let id, _, let orders): [(.conversation, id)] + orders.map { (.order, $0) }
        case .message(let conversation): [(.conversation, conversation)]
        case .order(let id, let buyer): [(.order, id)] + (buyer.map { [(.buyer, $0)] } ?? [])
        case .event(let order, _): [(.order, order)]
        }
    }

    /// A key as a 64-bit hash, the same for the whole process.
    static func hash(_ kind: Kind, _ id: String) -> UInt64 {
        var hasher = Hasher()
        hasher.combine(kind)
        hasher.combine(id)
        return UInt64(bitPattern: Int64(hasher.finalize()))
    }

    /// Reads a line's keys: quickly when the line has the usual shape, otherwise through the full decoder (which
    /// also finds the line's error). Nil for a blank line.
    @Sendable static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<RecordKey, RecordError>? {
        if let key = skim(bytes) { return .success(key) }
        return InputFiles.record(bytes).map { $0.map(RecordKey.init) }
    }

    /// The keys of a line with plain keys and fields of the expected types, read without decoding any other
    /// field; nil for anything else (the full decoder then reads it, or words its error).
    private static func skim(_ bytes: UnsafeBufferPointer<UInt8>) -> RecordKey? {
        var type: String?, id: String?, conversation: String?, order: String?, time: Instant?
        var buyer: String?, orders: [String] = []
        var valid = true
        let parsed = JSONLine.forEachField(bytes, keeping: isWanted) { key, value in
            switch (key.count, value) {
            case (4, .string(let text)) where JSONLine.key(key, is: "type"): type = text
            case (2, .string(let text)) where JSONLine.key(key, is: "id"): id = text
            case (12, .string(let text)) where JSONLine.key(key, is: "conversation"): conversation = text
            case (5, .string(let text)) where JSONLine.key(key, is: "order"): order = text
            case (5, .string(let text)) where JSONLine.key(key, is: "buyer"): buyer = text
            case (5, .null) where JSONLine.key(key, is: "buyer"): buyer = nil
            case (4, .string(let text)) where JSONLine.key(key, is: "time"):
                time = Instant(rfc3339: text)
                if time == nil { valid = false }
            case (4, .null) where JSONLine.key(key, is: "time"): time = nil
            case (6, .null) where JSONLine.key(key, is: "orders"): orders = []
            case (6, .array(let items)) where JSONLine.key(key, is: "orders"):
                orders = []
                for item in items {
                    guard case .string(let linked) = item else { valid = false; return }
                    orders.append(linked)
                }
            default:
                // A wanted field of another type: the full decoder reads or rejects it.
                valid = false
            }
        }
        guard parsed, valid else { return nil }
        switch type {
        case "conversation": return id.map { .conversation(id: $0, buyer: buyer, orders: orders) }
        case "message": return conversation.map { .message(conversation: $0) }
        case "order": return id.map { .order(id: $0, buyer: buyer) }
        case "event":
            guard let order, let time else { return nil }
            return .event(order: order, time: time)
        default: return nil
        }
    }

    /// Whether a key is one of the fields read: compared as bytes, no `String` made for the others.
    private static func isWanted(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        switch key.count {
        case 2: JSONLine.key(key, is: "id")
        case 4: JSONLine.key(key, is: "type") || JSONLine.key(key, is: "time")
        case 5: JSONLine.key(key, is: "order") || JSONLine.key(key, is: "buyer")
        case 6: JSONLine.key(key, is: "orders")
        case 12: JSONLine.key(key, is: "conversation")
        default: false
        }
    }
}

/// All the first pass keeps of a line: the hashes of the keys it refers to (`RecordKey.references`), and an
/// event's time. Worked out on the cores that decode the lines.
struct LineReferences: Sendable {
    let keys: [UInt64]
    let eventTime: Instant?

    init(_ key: RecordKey) {
        keys = key.references.map { RecordKey.hash($0.kind, $0.id) }
        if case .event(_, let time) = key { eventTime = time } else { eventTime = nil }
    }

    /// Reads a line's references (`RecordKey.read`). Nil for a blank line.
    @Sendable static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<LineReferences, RecordError>? {
        RecordKey.read(bytes).map { $0.map(LineReferences.init) }
    }
}
