import RedlineText

/// A message prepared for matching: its normalised text and every literal of the program found in it.
/// A class, immutable once made: matching reads it from many places, and passing one reference is cheaper
/// than copying its seven arrays each time.
final class MessageView: Sendable {
    let text: NormalizedText
    /// Every literal of the program found in `text.bytes`, sorted by literal id and then by position.
    let hits: [LiteralMatch]
    /// One bit per literal of the program, set when it occurs: most rules list many terms and a message holds
    /// few of them, so absent terms are answered without searching `hits`.
    private let present: [UInt64]

    init(_ original: String, literals: LiteralSet) {
        text = NormalizedText(original)
        guard text.bytes.count < Self.packedLimit, literals.count < 1 << 22 else {
            var hits: [LiteralMatch] = []
            text.bytes.withUnsafeBufferPointer { buffer in
                literals.forEachMatch(in: buffer) { hits.append(LiteralMatch(literal: $0, range: $1)) }
            }
            self.hits = hits.sorted { ($0.literal, $0.range.lowerBound) < ($1.literal, $1.range.lowerBound) }
            present = Self.bits(of: self.hits, count: literals.count)
            return
        }
        // Sort packed integer keys (literal, start, length) rather than structs through a closure: a message has
        // dozens of hits and this runs for every message.
        var keys: [UInt64] = []
        keys.reserveCapacity(64)
        text.bytes.withUnsafeBufferPointer { buffer in
            literals.forEachMatch(in: buffer) { id, range in
                keys.append(UInt64(id) << 42 | UInt64(range.lowerBound) << 21 | UInt64(range.count))
            }
        }
        keys.sort()
        hits = keys.map { key in
            let start = Int(key >> 21 & 0x1F_FFFF)
            return LiteralMatch(literal: Int(key >> 42), range: start..<(start + Int(key & 0x1F_FFFF)))
        }
        present = Self.bits(of: hits, count: literals.count)
    }

    private static func bits(of hits: [LiteralMatch], count: Int) -> [UInt64] {
        var bits = [UInt64](repeating: 0, count: (count + 63) / 64)
        for hit in hits { bits[hit.literal >> 6] |= 1 << UInt64(hit.literal & 63) }
        return bits
    }

    /// Offsets and lengths up to this fit the packed sort keys (21 bits each).
    static let packedLimit = 1 << 21

    /// Whether a literal occurs.
    func contains(_ literal: Int) -> Bool {
        literal >> 6 < present.count && present[literal >> 6] & 1 << UInt64(literal & 63) != 0
    }

    /// Appends the byte ranges of a literal's occurrences.
    func ranges(of literal: Int, into spans: inout [Range<Int>]) {
        guard contains(literal) else { return }
        var index = first(literal)
        while index < hits.count, hits[index].literal == literal {
            spans.append(hits[index].range)
            index += 1
        }
    }

    /// The index of the first hit of `literal` (or where it would be).
    private func first(_ literal: Int) -> Int {
        var low = 0, high = hits.count
        while low < high {
            let middle = (low + high) / 2
            if hits[middle].literal < literal { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The number of Unicode scalars in `bytes[range]` of the normalised text.
    func scalarCount(_ range: Range<Int>) -> Int {
        guard !range.isEmpty else { return 0 }
        var count = 0
        for index in range where text.bytes[index] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// Characters between two spans; 0 when they touch or overlap.
    func gap(_ a: Range<Int>, _ b: Range<Int>) -> Int {
        let lower = min(a.upperBound, b.upperBound), upper = max(a.lowerBound, b.lowerBound)
        return lower < upper ? scalarCount(lower..<upper) : 0
    }

    /// Whether two spans lie within the scope of each other.
    func near(_ a: Range<Int>, _ b: Range<Int>, _ scope: Scope) -> Bool {
        switch scope {
        case .message: true
        case .overlap: a.overlaps(b) || a == b
        case .clause: sameUnit(a, b, text.clause(at:))
        case .sentence: sameUnit(a, b, text.sentence(at:))
        case .characters(let limit): gap(a, b) <= limit
        }
    }

    private func sameUnit(_ a: Range<Int>, _ b: Range<Int>, _ unit: (Int) -> Int) -> Bool {
        let aUnits = unit(a.lowerBound)...unit(max(a.lowerBound, a.upperBound - 1))
        let bUnits = unit(b.lowerBound)...unit(max(b.lowerBound, b.upperBound - 1))
        return aUnits.overlaps(bUnits)
    }
}

/// What a message rule may know beyond the message itself.
struct Situation: Sendable {
    var tier: AgentTier?
    /// The buyer's earlier messages in the conversation, most recent last.
    var earlierBuyer: [EarlierMessage] = []
    /// The agent's earlier messages in the conversation, most recent last.
    var earlierAgent: [EarlierMessage] = []
    /// What the buyer is waiting to hear back about (`PendingRequest`): what a bare yes agrees to.
    var awaitingReply: MessageView?
    /// How long after the buyer's first message this reply came, when it is the agent's first reply.
    var firstReplyDelay: Span?
    var order: OrderRecord?
    /// The linked order's events, in time order.
    var orderEvents: [OrderEvent] = []
    var timeZone: PolicyTimeZone = .shanghai
    /// The buyer account in the conversation.
    var account: String?
    /// When the message was sent, as a local date and time in the policy's time zone.
    var sent: (date: CalendarDate, time: TimeOfDay)?
    var sentAt: Instant?
    /// When the buyer said they had paid ("付了", "已付款"), if they did.
    var buyerPaidAt: Instant?
    /// Amounts found so far in the conversation by each `per: conversation` money test.
    var offered: [Int: Int64] = [:]
}
