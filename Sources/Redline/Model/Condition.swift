/// A test on a message, written in a rule's `match:` or `unless:`. Text tests find spans of the message;
/// context tests (tier, earlier buyer messages, reply delay, the linked order) hold or not, without a span.
public struct Condition: Sendable {
    public var kind: Kind
    public var location: SourceLocation

    public init(_ kind: Kind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
    }

    /// The forms a condition takes; the YAML key that introduces each is given with it.
    public indirect enum Kind: Sendable {
        /// `terms: [发票, 开票]`: any of the literal terms, after normalisation.
        case terms([String])
        /// `lexicon: carriers` with optional `only:` / `except:` entry names (or a `$carriers` parameter).
        case lexicon(name: String, only: ValueReference?, except: ValueReference?)
        /// `pattern: '...'`: a PCRE2 pattern over the normalised text.
        case pattern(String)
        /// `all: [...]` with optional `within:` (characters, `clause`, `sentence`, `message`) and `ordered:`.
        case all([Condition], within: Scope, ordered: Bool)
        /// `any: [...]`.
        case any([Condition])
        /// `not: ...`: holds when the inner condition finds nothing in the message.
        case not(Condition)
        /// `money: {above: $cap}`: an amount of money written in the message, compared with a value. With
        /// `per: conversation` the amounts this condition found in earlier messages of the conversation are added
        /// to the largest amount of this one (compensation offered in one conversation).
        case money(MoneyComparison, ValueReference, bare: Bool, perConversation: Bool)
        /// `digits: {min: 7, max: 12, prefix: "1"}`: a run of digits, look-alikes included (phone, QQ, WeChat
        /// numbers), optionally starting with given digits.
        case digits(min: Int, max: Int, prefix: String?)
        /// `tier: [junior]`: the conversation's agent tier (unknown counts as junior).
        case tier([AgentTier])
        /// `buyer_said: ...` (`agent_said: ...`): one of the buyer's (the agent's) earlier messages in the conversation
        /// satisfies the inner condition.
        case said(Role, Condition)
        /// `reply_later_than: $limit`: this is the agent's first reply and it came later than the limit after the
        /// buyer's first message.
        case replyLaterThan(ValueReference)
        /// `sent_after: $cutoff`: the message was sent at or after this time of day, in the policy's time zone.
        case sentAfter(ValueReference)
        /// `sent_on: $closed_days`: the message was sent on one of these weekdays, in the policy's time zone.
        case sentOn(ValueReference)
        /// `promised_ship_day: {cutoff, closed, holidays}`: the message promises to ship on a day (今天, 后天, 周一,
        /// 8号…) that this calendar cannot meet for an order paid when the message was sent (or when the linked
        /// order was paid): before the first ship day, or on a closed day or holiday; "8号前发" only before it.
        case promisedShipDay(ShipCalendar)
        /// `order_carrier_not: carriers`: the linked order was shipped or picked up by a carrier that is not
        /// among the entries of this lexicon named in the message (a promised courier that was not used).
        case orderCarrierNot(lexicon: String)
        /// `order_shipped_after: 0`: the linked order's first shipment came after the end of the day the
        /// message was sent, plus this many days (a promised ship day that was missed).
        case orderShippedAfter(days: Int)
        /// `order_event: {name: complaint, where: {kind: missing_gift}}`: the linked order has such an event.
        case orderEvent(EventMatch)
        /// `order_receiver: true`: the message quotes the linked order's receiver name, phone or address.
        case orderReceiver
        /// `other_buyer: true`: the account in the conversation is not the buyer of the linked order.
        case otherBuyer
    }
}

/// How a money test compares an amount written in a message with a limit.
public enum MoneyComparison: String, Sendable, CaseIterable {
    case above, atLeast = "at_least", below, atMost = "at_most"

    /// The comparison in words, for explanations.
    var words: String {
        switch self {
        case .above: "above"
        case .atLeast: "at least"
        case .below: "below"
        case .atMost: "at most"
        }
    }

    /// A range such as "2-5元" is compared by its high end against an upper limit and by its low end against a
    /// lower limit, so an offer of up to 5 yuan breaks a 4-yuan cap.
    var readsHighEnd: Bool { self == .above || self == .atLeast }

    func holds(_ amount: Money, _ limit: Money) -> Bool {
        switch self {
        case .above: amount > limit
        case .atLeast: amount >= limit
        case .below: amount < limit
        case .atMost: amount <= limit
        }
    }
}

/// How near the parts of a match must be: within a number of characters, in one clause (split at ，；！？~ and
/// emoji), in one sentence (split at 。！？ and line breaks), or anywhere in the message. `overlap` is for
/// exceptions: the exception must cover part of the match itself.
public enum Scope: Sendable, Hashable, CustomStringConvertible {
    case characters(Int)
    case clause
    case sentence
    case message
    case overlap

    public var description: String {
        switch self {
        case .characters(let n): "\(n) characters"
        case .clause: "clause"
        case .sentence: "sentence"
        case .message: "message"
        case .overlap: "overlap"
        }
    }
}

/// A value written in a rule: either a `$parameter` reference or a literal of the expected type.
public struct ValueReference: Sendable {
    public enum Kind: Sendable {
        case parameter(String)
        case literal(ParameterValue)
    }

    public var kind: Kind
    public var location: SourceLocation
}

/// An exception to a rule (`unless:`): when it holds within its scope of a match, that match is cancelled.
public struct Exception: Sendable {
    public var condition: Condition
    public var scope: Scope
}
