/// What a buyer writes about in one turn of a chat, and so what the agent's reply answers.
enum Topic: Int {
    case greeting, nudge, product, size, stock, shipTime, courier, logistics, invoice, payment, cashOnDelivery, returns,
         complaint, bargain, address, review, gift, contact, cancel, thanks

    /// Topics of a turn after the first, each as often as buyers raise it.
    static let weighted: [Topic] = {
        let weights: [(Topic, Int)] = [
            (.greeting, 2), (.nudge, 6), (.product, 9), (.size, 8), (.stock, 7), (.shipTime, 10), (.courier, 6), (.logistics, 7),
            (.invoice, 8), (.payment, 6), (.cashOnDelivery, 3), (.returns, 6), (.complaint, 7), (.bargain, 6), (.address, 4),
            (.review, 2), (.gift, 3), (.contact, 3), (.cancel, 2), (.thanks, 6),
        ]
        return weights.flatMap { Array(repeating: $0.0, count: $0.1) }
    }()

    /// The first turn opens the chat; the last of a long chat closes it; the others follow `draw`.
    static func of(turn: Int, of count: Int, draw: Int) -> Topic {
        if turn == 0 { return draw % 3 == 0 ? weighted[draw] : .greeting }
        if turn == count - 1, count > 3 { return .thanks }
        return weighted[draw]
    }

    /// This topic's bit in `Chat.discussed`.
    var bit: UInt32 { 1 << UInt32(rawValue) }

    /// Whether a buyer raising the topic again may write only a follow-up; greetings, nudges and thanks repeat
    /// as they are.
    var hasFollowUps: Bool { self != .greeting && self != .nudge && self != .thanks }

    /// Whether buyers ask this before they buy.
    var isBeforePurchase: Bool { [.product, .size, .stock, .courier, .payment, .cashOnDelivery, .bargain, .gift].contains(self) }

    /// The ways an agent's reply on this topic breaks a rule.
    var breaches: [Breach] {
        switch self {
        case .greeting: [.offPlatformInvite, .gift, .reviewCashback, .shipDay, .otherShop, .offPlatformHandle]
        case .nudge: [.shipDay, .shipDay, .gift, .stockOut, .offPlatformInvite, .blocking]
        case .product: [.offPlatformInvite, .offPlatformHandle, .otherShop, .gift, .stockOut]
        case .size: [.stockOut, .gift, .offPlatformInvite]
        case .stock: [.stockOut, .stockOut, .gift]
        case .shipTime: [.shipDay, .shipDay, .stockOut, .brokenCarrier]
        case .courier: [.freeCourier, .otherCourier, .sfSurcharge, .brokenCarrier]
        case .logistics: [.offPlatformPhone, .compensation, .compensation, .offPlatformInvite, .shipDay, .offPlatformHandle]
        case .invoice: [.invoiceRefusal, .invoiceFee, .invoiceExcuse]
        case .payment: [.cardRefusal, .cardFee, .directTransfer]
        case .cashOnDelivery: [.cashOnDelivery]
        case .returns: [.returnDenied, .returnDenied, .returnPostage]
        case .complaint: [.compensation, .compensation, .compensation, .offPlatformInvite, .offPlatformPhone, .offPlatformHandle, .reviewCashback,
                          .returnDenied, .otherShop, .blocking]
        case .bargain: [.priceChange, .bargain, .directTransfer, .otherShop]
        case .address: [.orderClosed, .offPlatformPhone, .priceChange]
        case .review, .gift: [.reviewCashback]
        case .contact: [.offPlatformInvite, .offPlatformHandle, .offPlatformPhone]
        case .cancel: [.orderClosed]
        case .thanks: [.reviewCashback, .gift, .offPlatformInvite, .orderClosed, .priceChange, .offPlatformHandle]
        }
    }
}

/// What the main generator decides for one turn: the topic, whether the agent's reply breaks a rule, and a
/// variant that picks the breach, or else whether the reply uses a risky word innocently (a hard negative).
struct Turn {
    let topic: Topic
    let breaks: Bool
    let variant: Int

    /// The bound of `variant`: a multiple of every topic's number of breaches.
    static let variants = 60

    var breach: Breach? { breaks ? topic.breaches[variant % topic.breaches.count] : nil }
    var isHardNegative: Bool { !breaks && variant % 5 == 0 }
}
