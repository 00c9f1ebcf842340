/// An order as the shop's ERP exports it.
public struct OrderRecord: Sendable, Hashable {
    public var id: String
    public var shop: String?
    public var buyer: String?
    public var amount: Money
    public var category: String?
    public var presale: Bool
    public var custom: Bool
    public var agreedShipBy: Instant?
    public var carrier: String?
    public var receiver: Receiver?

    public init(id: String, shop: String? = nil, buyer: String? = nil, amount: Money, category: String? = nil,
                presale: Bool = false, custom: Bool = false, agreedShipBy: Instant? = nil, carrier: String? = nil,
                receiver: Receiver? = nil) {
        self.id = id
        self.shop = shop
        self.buyer = buyer
        self.amount = amount
        self.category = category
        self.presale = presale
        self.custom = custom
        self.agreedShipBy = agreedShipBy
        self.carrier = carrier
        self.receiver = receiver
    }
}

/// Who receives an order: what must reach nobody but the buyer.
public struct Receiver: Sendable, Hashable {
    public var name: String?
    public var phone: String?
    public var address: String?

    public init(name: String? = nil, phone: String? = nil, address: String? = nil) {
        self.name = name
        self.phone = phone
        self.address = address
    }
}

/// Something that happened to an order: `paid`, `picked_up`, `closed`, ... with its fields.
public struct OrderEvent: Sendable, Hashable {
    public var order: String
    public var name: String
    public var time: Instant
    /// Every other field of the record (`carrier`, `by`, `kind`, `channel`, ...), as text.
    public var fields: [String: String]

    public init(order: String, name: String, time: Instant, fields: [String: String] = [:]) {
        self.order = order
        self.name = name
        self.time = time
        self.fields = fields
    }
}
