import RedlineYAML

/// Reads typed literal values (`"5.00"`, `48h`, `"16:00"`, `[sun]`) and `$parameter` references.
struct ValueReader {
    var reader: NodeReader

    /// A value of the parameter type named `type` (one of `ParameterValue.typeNames`).
    mutating func literal(_ type: String, _ node: YAMLNode) -> ParameterValue? {
        switch type {
        case "money": return money(node).map(ParameterValue.money)
        case "money_by_tier": return moneyByTier(node).map(ParameterValue.moneyByTier)
        case "percent": return reader.parsed(node, "a percentage such as 5%") { Percent($0) }.map(ParameterValue.percent)
        case "duration": return duration(node).map(ParameterValue.duration)
        case "time": return time(node).map(ParameterValue.time)
        case "time_ranges":
            return list(node, "time ranges such as 21:00-24:00") { TimeOfDayRange($0) }.map(ParameterValue.timeRanges)
        case "weekdays": return list(node, "weekdays mon, tue, wed, thu, fri, sat, sun") { Weekday(name: $0) }
            .map(ParameterValue.weekdays)
        case "date": return date(node).map(ParameterValue.date)
        // A shop that never closes lists no dates.
        case "dates": return list(node, "dates such as 2026-10-01", allowEmpty: true) { CalendarDate($0) }.map(ParameterValue.dates)
        case "carriers": return list(node, "carrier names") { $0 }.map(ParameterValue.carriers)
        case "number": return reader.integer(node, "a number", range: 0...1_000_000).map(ParameterValue.number)
        default: return reader.text(node).map(ParameterValue.text)
        }
    }

    /// `$name` refers to a parameter; anything else is read as a literal of `type`.
    mutating func reference(_ node: YAMLNode, type: String) -> ValueReference? {
        let location = reader.location(node)
        if let text = node.scalar?.text, text.hasPrefix("$") {
            return ValueReference(kind: .parameter(String(text.dropFirst())), location: location)
        }
        return literal(type, node).map { ValueReference(kind: .literal($0), location: location) }
    }

    mutating func money(_ node: YAMLNode) -> Money? {
        reader.parsed(node, "an amount in yuan such as \"5.00\"") { text in
            Money(decimal: text).flatMap { $0.fen >= 0 ? $0 : nil }
        }
    }

    mutating func duration(_ node: YAMLNode) -> Span? {
        reader.parsed(node, "a duration such as 48h, 30m or 10s") { Span($0) }
    }

    mutating func time(_ node: YAMLNode) -> TimeOfDay? {
        reader.parsed(node, "a time of day such as \"16:00\"") { TimeOfDay($0) }
    }

    mutating func date(_ node: YAMLNode) -> CalendarDate? {
        reader.parsed(node, "a date such as 2020-09-17") { CalendarDate($0) }
    }

    private mutating func moneyByTier(_ node: YAMLNode) -> [AgentTier: Money]? {
        let tiers = AgentTier.allCases.map(\.rawValue)
        guard let fields = reader.mapping(node, "money_by_tier", allowed: tiers, required: tiers) else { return nil }
        var table: [AgentTier: Money] = [:]
        for tier in AgentTier.allCases {
            if let valueNode = fields[tier.rawValue], let amount = money(valueNode) { table[tier] = amount }
        }
        return table.count == tiers.count ? table : nil
    }

    private mutating func list<T>(_ node: YAMLNode, _ expected: String, allowEmpty: Bool = false, _ parse: (String) -> T?) -> [T]? {
        guard let items = reader.texts(node, "a list of \(expected)", allowEmpty: allowEmpty) else { return nil }
        var values: [T] = []
        for (text, item) in items {
            guard let value = parse(text) else {
                reader.fail(.invalidValue(text, expected: expected), at: item)
                continue
            }
            values.append(value)
        }
        return values.count == items.count ? values : nil
    }
}
