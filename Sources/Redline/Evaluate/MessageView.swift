import RedlineText

/// A message prepared for matching: its normalised text and every literal of the program found in it.
struct MessageView: Sendable {
    let text: NormalizedText
    /// Byte ranges in `text.bytes` of each literal id that occurs, in order.
    let hits: [Int: [Range<Int>]]

    init(_ original: String, literals: LiteralSet) {
        text = NormalizedText(original)
        var hits: [Int: [Range<Int>]] = [:]
        text.bytes.withUnsafeBufferPointer { buffer in
            literals.forEachMatch(in: buffer) { id, range in hits[id, default: []].append(range) }
        }
        self.hits = hits
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
    var earlierBuyer: [MessageView] = []
    /// How long after the buyer's first message this reply came, when it is the agent's first reply.
    var firstReplyDelay: Span?
    var order: OrderRecord?
    /// The buyer account in the conversation.
    var account: String?
    /// When the message was sent, as a local date and time in the policy's time zone.
    var sent: (date: CalendarDate, time: TimeOfDay)?
}
