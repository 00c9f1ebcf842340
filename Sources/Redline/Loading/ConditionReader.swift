import RedlineYAML

/// Reads the conditions of `match:`, `unless:` and their nested `all`/`any`/`not`.
struct ConditionReader {
    var reader: NodeReader

    static let forms = [
        "terms", "lexicon", "pattern", "all", "any", "not", "money", "digits", "tier", "buyer_said", "agent_said",
        "reply_later_than", "sent_after", "sent_on", "promised_ship_day", "order_receiver", "other_buyer", "order_carrier_not",
        "order_shipped_after", "order_event",
    ]
    static let modifiers = ["within", "ordered", "only", "except"]

    /// A condition. A bare text stands for a single term, so `any: [发票, 开票]` is a list of terms.
    mutating func condition(_ node: YAMLNode, extraKeys: [String] = []) -> Condition? {
        let location = reader.location(node)
        if node.scalar != nil {
            guard let term = reader.text(node, "a term or a condition") else { return nil }
            if term.isEmpty { reader.fail(.emptyTerm, at: node); return nil }
            return Condition(.terms([term]), at: location)
        }
        guard let fields = reader.mapping(node, "a condition", allowed: Self.forms + Self.modifiers + extraKeys)
        else { return nil }
        guard let form = fields.single(of: Self.forms), let value = fields[form] else {
            reader.fail(.conflictingKeys(Self.forms, context: "a condition"), at: node)
            return nil
        }
        for modifier in Self.modifiers where fields[modifier] != nil && !Self.allows(form, modifier) {
            reader.fail(.unknownKey(modifier, context: "a '\(form)' condition", suggestion: nil),
                        at: fields.keys[modifier] ?? node)
        }
        return kind(form, value, fields).map { Condition($0, at: location) }
    }

    private static func allows(_ form: String, _ modifier: String) -> Bool {
        switch modifier {
        case "within", "ordered": form == "all"
        default: form == "lexicon"
        }
    }

    private mutating func kind(_ form: String, _ value: YAMLNode, _ fields: Fields) -> Condition.Kind? {
        switch form {
        case "terms":
            var file = PolicyFileReader(reader: reader)
            defer { reader = file.reader }
            return file.readTerms(value).map(Condition.Kind.terms)
        case "lexicon":
            guard let name = reader.text(value, "a lexicon name") else { return nil }
            var values = ValueReader(reader: reader)
            defer { reader = values.reader }
            return .lexicon(name: name, only: fields["only"].flatMap { values.reference($0, type: "carriers") },
                            except: fields["except"].flatMap { values.reference($0, type: "carriers") })
        case "pattern":
            return reader.text(value, "a pattern").map(Condition.Kind.pattern)
        case "all", "any":
            guard let items = list(value, form) else { return nil }
            if form == "any" { return .any(items) }
            let within = fields["within"].flatMap { scope($0, allowOverlap: false) } ?? .message
            let ordered = fields["ordered"].flatMap { reader.boolean($0) } ?? false
            return .all(items, within: within, ordered: ordered)
        case "not":
            return condition(value).map(Condition.Kind.not)
        case "buyer_said":
            return condition(value).map { .said(.buyer, $0) }
        case "agent_said":
            return condition(value).map { .said(.agent, $0) }
        case "money":
            return money(value)
        case "digits":
            return digits(value)
        case "tier":
            guard let items = reader.texts(value, "agent tiers junior, senior, lead") else { return nil }
            let tiers = items.compactMap { text, node in
                AgentTier(rawValue: text) ?? { reader.fail(.invalidValue(text, expected: "junior, senior or lead"), at: node); return nil }()
            }
            return tiers.count == items.count ? .tier(tiers) : nil
        case "reply_later_than":
            var values = ValueReader(reader: reader)
            defer { reader = values.reader }
            return values.reference(value, type: "duration").map(Condition.Kind.replyLaterThan)
        case "sent_after":
            var values = ValueReader(reader: reader)
            defer { reader = values.reader }
            return values.reference(value, type: "time").map(Condition.Kind.sentAfter)
        case "order_carrier_not":
            return reader.text(value, "a lexicon of carriers").map { Condition.Kind.orderCarrierNot(lexicon: $0) }
        case "order_shipped_after":
            return reader.integer(value, "a number of days", range: 0...30).map { Condition.Kind.orderShippedAfter(days: $0) }
        case "order_event":
            var orders = OrderRuleReader(reader: reader)
            defer { reader = orders.reader }
            return orders.readEvent(value, "'order_event'").map(Condition.Kind.orderEvent)
        case "sent_on":
            var values = ValueReader(reader: reader)
            defer { reader = values.reader }
            return values.reference(value, type: "weekdays").map(Condition.Kind.sentOn)
        case "promised_ship_day":
            var orders = OrderRuleReader(reader: reader)
            defer { reader = orders.reader }
            return orders.readShipDay(value, "'promised_ship_day'").map(Condition.Kind.promisedShipDay)
        default:
            guard let flag = reader.boolean(value) else { return nil }
            if !flag { reader.fail(.invalidValue("false", expected: "true (use 'not' to negate)"), at: value) }
            return form == "order_receiver" ? .orderReceiver : .otherBuyer
        }
    }

    private mutating func list(_ node: YAMLNode, _ form: String) -> [Condition]? {
        guard let items = node.sequence, !items.isEmpty else {
            reader.fail(.wrongType(expected: "a non-empty list of conditions for '\(form)'", found: node.kindName), at: node)
            return nil
        }
        let conditions = items.compactMap { condition($0) }
        return conditions.count == items.count ? conditions : nil
    }

    private mutating func money(_ node: YAMLNode) -> Condition.Kind? {
        let comparisons = MoneyComparison.allCases.map(\.rawValue)
        guard let fields = reader.mapping(node, "'money'", allowed: comparisons + ["bare", "per"]) else { return nil }
        guard let key = fields.single(of: comparisons), let comparison = MoneyComparison(rawValue: key),
              let limitNode = fields[key] else {
            reader.fail(.conflictingKeys(comparisons, context: "'money'"), at: node)
            return nil
        }
        var values = ValueReader(reader: reader)
        let limit = values.reference(limitNode, type: "money")
        reader = values.reader
        let bare = fields["bare"].flatMap { reader.boolean($0) } ?? false
        let per = fields["per"].flatMap { reader.parsed($0, "message or conversation") { ["message", "conversation"].contains($0) ? $0 : nil } }
        return limit.map { .money(comparison, $0, bare: bare, perConversation: per == "conversation") }
    }

    private mutating func digits(_ node: YAMLNode) -> Condition.Kind? {
        guard let fields = reader.mapping(node, "'digits'", allowed: ["min", "max", "prefix"], required: ["min"]),
              let minNode = fields["min"], let low = reader.integer(minNode, "a digit count", range: 3...32) else { return nil }
        let high = fields["max"].flatMap { reader.integer($0, "a digit count", range: low...32) } ?? 32
        var prefix: String?
        if let node = fields["prefix"] {
            prefix = reader.parsed(node, "digits such as \"1\"") { text in
                !text.isEmpty && text.allSatisfy({ $0.isASCII && $0.isNumber }) ? text : nil
            }
        }
        return .digits(min: low, max: high, prefix: prefix)
    }

    /// `12` (characters), `clause`, `sentence`, `message`, and for exceptions `overlap`.
    mutating func scope(_ node: YAMLNode, allowOverlap: Bool) -> Scope? {
        let expected = "a number of characters, clause, sentence, message" + (allowOverlap ? " or overlap" : "")
        return reader.parsed(node, expected) { text -> Scope? in
            switch text {
            case "clause": .clause
            case "sentence": .sentence
            case "message": .message
            case "overlap": allowOverlap ? .overlap : nil
            default: Int(text).flatMap { (1...500).contains($0) ? .characters($0) : nil }
            }
        }
    }
}

extension PolicyFileReader {
    init(reader: NodeReader) {
        self.init(path: reader.path)
        self.reader = reader
    }
}
