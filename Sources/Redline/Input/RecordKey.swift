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
        if let object = JSONLine.skim(bytes, keeping: isWanted), let key = RecordKey(object) { return .success(key) }
        return InputFiles.record(bytes).map { $0.map(RecordKey.init) }
    }

    /// Whether a key is one of the fields read: compared as bytes, no `String` made for the others.
    private static func isWanted(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        wanted.contains { $0.count == key.count && $0.elementsEqual(key) }
    }

    private static let wanted: [[UInt8]] = ["type", "id", "conversation", "order", "buyer", "orders", "time"].map { Array($0.utf8) }

    private init?(_ object: JSONObject) {
        func text(_ key: String) -> String? {
            if case .string(let value)? = object[key] { return value }
            return nil
        }
        /// An optional text field: nil inside when absent or null, nil outside when of another type.
        func optionalText(_ key: String) -> String?? {
            switch object[key] {
            case nil, .null?: return .some(nil)
            case .string(let value)?: return .some(value)
            default: return nil
            }
        }
        switch text("type") {
        case "conversation":
            guard let id = text("id"), let buyer = optionalText("buyer") else { return nil }
            var orders: [String] = []
            switch object["orders"] {
            case nil, .null?: break
            case .array(let items)?:
                for item in items {
                    guard case .string(let order) = item else { return nil }
                    orders.append(order)
                }
            default: return nil
            }
            self = .conversation(id: id, buyer: buyer, orders: orders)
        case "message":
            guard let conversation = text("conversation") else { return nil }
            self = .message(conversation: conversation)
        case "order":
            guard let id = text("id"), let buyer = optionalText("buyer") else { return nil }
            self = .order(id: id, buyer: buyer)
        case "event":
            guard let order = text("order"), let time = text("time").flatMap({ Instant(rfc3339: $0) }) else { return nil }
            self = .event(order: order, time: time)
        default:
            return nil
        }
    }
}
