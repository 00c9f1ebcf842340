import RedlineYAML

/// Reads the order side of a rule: `deadline:` or `event:`, `exempt:` and `compensation:`.
struct OrderRuleReader {
    var reader: NodeReader

    mutating func readOrderCheck(_ kind: String, _ node: YAMLNode, _ fields: Fields) -> OrderCheck? {
        let trigger: OrderCheck.Trigger? = kind == "deadline"
            ? readDeadline(node).map(OrderCheck.Trigger.deadline)
            : readEvent(node, "'event'").map(OrderCheck.Trigger.event)
        var exemptions: [Exemption] = []
        if let node = fields["exempt"], let items = reader.texts(node, "a list of exemptions: presale, custom, agreed_date") {
            for (text, item) in items {
                if let exemption = Exemption(rawValue: text) { exemptions.append(exemption) } else {
                    reader.fail(.invalidValue(text, expected: "presale, custom or agreed_date"), at: item)
                }
            }
        }
        let compensation = fields["compensation"].flatMap { readCompensation($0) }
        return trigger.map { OrderCheck(trigger: $0, exemptions: exemptions, compensation: compensation) }
    }

    private mutating func readDeadline(_ node: YAMLNode) -> Deadline? {
        guard let fields = reader.mapping(node, "'deadline'",
                                          allowed: ["from", "after_rule", "within", "ship_day", "met_by", "agreed_date", "requires",
                                                    "cancelled_by"],
                                          required: ["met_by"]) else { return nil }
        var start: Deadline.Start?
        switch fields.single(of: ["from", "after_rule"]) {
        case "from": start = fields["from"].flatMap { reader.text($0, "an event name") }.map(Deadline.Start.event)
        case "after_rule":
            if let ruleNode = fields["after_rule"], let rule = reader.text(ruleNode, "a rule id") {
                start = .rule(rule, at: reader.location(ruleNode))
            }
        default: reader.fail(.conflictingKeys(["from", "after_rule"], context: "'deadline'"), at: node)
        }
        if (fields["within"] == nil) == (fields["ship_day"] == nil) {
            reader.fail(.conflictingKeys(["within", "ship_day"], context: "'deadline'"), at: node)
        }
        var values = ValueReader(reader: reader)
        let within = fields["within"].flatMap { values.reference($0, type: "duration") }
        reader = values.reader
        let shipDay = fields["ship_day"].flatMap { readShipDay($0, "'ship_day'") }
        let metBy = fields["met_by"].flatMap { readMeetingEvents($0) } ?? []
        let agreed = fields["agreed_date"].flatMap { reader.boolean($0) } ?? false
        let requires = fields["requires"].flatMap { readEvent($0, "'requires'") }
        let cancelledBy = fields["cancelled_by"].flatMap { reader.texts($0, "a list of event names") }?.map(\.0) ?? []
        guard let start else { return nil }
        return Deadline(start: start, within: within, shipDay: shipDay, metBy: metBy,
                        agreedDateReplaces: agreed, requires: requires, cancelledBy: cancelledBy)
    }

    /// `met_by: [picked_up, {name: shipped, with: [tracking]}]`: event names, or an event with the fields it must carry.
    private mutating func readMeetingEvents(_ node: YAMLNode) -> [MeetingEvent]? {
        let what = "a list of event names or {name, with} mappings"
        guard let items = node.sequence ?? (node.scalar != nil ? [node] : nil), !items.isEmpty else {
            reader.fail(node.sequence != nil ? .invalidValue("[]", expected: what) : .wrongType(expected: what, found: node.kindName), at: node)
            return nil
        }
        var events: [MeetingEvent] = []
        for item in items {
            if item.mapping == nil {
                guard let name = reader.text(item, what) else { return nil }
                events.append(MeetingEvent(name: name))
                continue
            }
            guard let fields = reader.mapping(item, "an event in 'met_by'", allowed: ["name", "with"], required: ["name", "with"]),
                  let name = fields["name"].flatMap({ reader.text($0, "an event name") }),
                  let with = fields["with"].flatMap({ reader.texts($0, "a list of field names") }) else { return nil }
            events.append(MeetingEvent(name: name, with: with.map(\.0)))
        }
        return events
    }

    mutating func readShipDay(_ node: YAMLNode, _ context: String) -> ShipCalendar? {
        guard let fields = reader.mapping(node, context, allowed: ["cutoff", "closed", "holidays"],
                                          required: ["cutoff"]) else { return nil }
        var values = ValueReader(reader: reader)
        defer { reader = values.reader }
        guard let cutoff = fields["cutoff"].flatMap({ values.reference($0, type: "time") }) else { return nil }
        return ShipCalendar(cutoff: cutoff,
                            closedWeekdays: fields["closed"].flatMap { values.reference($0, type: "weekdays") },
                            holidays: fields["holidays"].flatMap { values.reference($0, type: "dates") })
    }

    mutating func readEvent(_ node: YAMLNode, _ context: String) -> EventMatch? {
        guard let fields = reader.mapping(node, context, allowed: ["name", "where", "during", "repeat_within", "after_other_order"],
                                          required: ["name"]),
              let name = fields["name"].flatMap({ reader.text($0, "an event name") }) else { return nil }
        var match = EventMatch(name: name, fields: [], during: nil, repeatWithin: nil, afterOtherOrder: nil)
        if let whereNode = fields["where"] {
            for pair in whereNode.mapping ?? [] {
                if let key = reader.text(pair.key, "a field name"), let value = reader.text(pair.value, "a field value") {
                    match.fields.append((key, value))
                }
            }
            if whereNode.mapping == nil {
                reader.fail(.wrongType(expected: "a mapping of event fields to values", found: whereNode.kindName), at: whereNode)
            }
        }
        match.afterOtherOrder = fields["after_other_order"].flatMap { readOtherOrderEvent($0) }
        var values = ValueReader(reader: reader)
        defer { reader = values.reader }
        match.during = fields["during"].flatMap { values.reference($0, type: "time_ranges") }
        match.repeatWithin = fields["repeat_within"].flatMap { values.reference($0, type: "duration") }
        return match
    }

    private mutating func readOtherOrderEvent(_ node: YAMLNode) -> OtherOrderEvent? {
        guard let fields = reader.mapping(node, "'after_other_order'", allowed: ["name", "within"], required: ["name", "within"]),
              let name = fields["name"].flatMap({ reader.text($0, "an event name") }) else { return nil }
        var values = ValueReader(reader: reader)
        defer { reader = values.reader }
        return fields["within"].flatMap { values.reference($0, type: "duration") }.map { OtherOrderEvent(name: name, within: $0) }
    }

    private mutating func readCompensation(_ node: YAMLNode) -> CompensationRule? {
        guard let fields = reader.mapping(node, "'compensation'", allowed: ["percent", "min", "max", "rounding"],
                                          required: ["percent"]) else { return nil }
        var values = ValueReader(reader: reader)
        defer { reader = values.reader }
        let rounding = fields["rounding"].flatMap { values.reader.choice($0, Rounding.self) } ?? .halfUp
        guard let percent = fields["percent"].flatMap({ values.reference($0, type: "percent") }) else { return nil }
        return CompensationRule(percent: percent, minimum: fields["min"].flatMap { values.reference($0, type: "money") },
                                maximum: fields["max"].flatMap { values.reference($0, type: "money") }, rounding: rounding)
    }
}
