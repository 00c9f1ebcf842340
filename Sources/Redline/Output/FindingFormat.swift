import RedlineJSON

/// How findings are printed: JSON Lines as FORMATS.md specifies, or text for people.
public enum FindingFormat: String, Sendable, CaseIterable {
    case text, jsonl

    /// One finding as one line, ending in a newline.
    public func render(_ finding: Finding, timeZone: PolicyTimeZone = .shanghai) -> String {
        switch self {
        case .jsonl: Self.json(finding, timeZone: timeZone) + "\n"
        case .text: Self.text(finding, timeZone: timeZone)
        }
    }

    /// The FORMATS.md object: `rule`, `category`, `severity`, then the subject's fields, then `message`,
    /// `points`, `source`; `title`, `fix` and `explanation` are additions.
    static func json(_ finding: Finding, timeZone: PolicyTimeZone) -> String {
        var line = "{"
        line.reserveCapacity(512)
        func key(_ name: StaticString) {
            if line.utf8.count > 1 { line += "," }
            line += "\""
            line += name.description
            line += "\":"
        }
        func field(_ name: StaticString, _ text: String) {
            key(name)
            JSONOutput.appendQuoted(text, to: &line)
        }
        func field(_ name: StaticString, number: Int) {
            key(name)
            line += String(number)
        }
        field("rule", finding.rule)
        field("category", finding.category)
        field("severity", finding.severity.description)
        switch finding.subject {
        case .message(let conversation, let seq, let start, let end, let quote):
            field("conversation", conversation)
            field("seq", number: seq)
            field("start", number: start)
            field("end", number: end)
            field("quote", quote)
        case .order(let order, let due, let compensation, let detail):
            field("order", order)
            if let due { field("due", timeZone.format(due)) }
            if let compensation {
                key("compensation")
                line += "{\"amount\":"
                JSONOutput.appendQuoted(compensation.description, to: &line)
                line += ",\"currency\":\"CNY\"}"
            }
            if let detail { field("detail", detail) }
        }
        if let cites = finding.cites { field("cites", cites) }
        field("message", finding.message)
        if let points = finding.points { field("points", number: points) }
        field("source", finding.source.description)
        field("title", finding.title)
        if let fix = finding.fix { field("fix", fix) }
        if let explanation = finding.explanation {
            key("explanation")
            line += "["
            for (index, reason) in explanation.enumerated() {
                if index > 0 { line += "," }
                JSONOutput.appendQuoted(reason, to: &line)
            }
            line += "]"
        }
        return line + "}"
    }

    /// `c1#2 [2,10) error tmall.invoice.refusal: 特价商品不开发票 — message (fix: ...)`.
    static func text(_ finding: Finding, timeZone: PolicyTimeZone) -> String {
        var line: String
        switch finding.subject {
        case .message(let conversation, let seq, let start, let end, let quote):
            line = "\(conversation)#\(seq) [\(start),\(end)) \(finding.severity) \(finding.rule): 「\(quote)」 \(finding.message)"
        case .order(let order, let due, let compensation, let detail):
            line = "order \(order) \(finding.severity) \(finding.rule): \(finding.message)"
            if let due { line += " due \(timeZone.format(due))" }
            if let compensation { line += "; owes \(compensation) CNY" }
            if let detail { line += " (\(detail))" }
        }
        if let cites = finding.cites { line += "\n    broken by: \(cites)" }
        if let fix = finding.fix { line += "\n    fix: \(fix)" }
        for reason in finding.explanation ?? [] { line += "\n    why: \(reason)" }
        return line + "\n"
    }
}
