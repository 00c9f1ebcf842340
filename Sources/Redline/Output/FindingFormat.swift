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
        var fields: [(String, String)] = [
            ("rule", JSONOutput.quoted(finding.rule)), ("category", JSONOutput.quoted(finding.category)),
            ("severity", JSONOutput.quoted(finding.severity.description)),
        ]
        switch finding.subject {
        case .message(let conversation, let seq, let start, let end, let quote):
            fields += [("conversation", JSONOutput.quoted(conversation)), ("seq", "\(seq)"), ("start", "\(start)"),
                       ("end", "\(end)"), ("quote", JSONOutput.quoted(quote))]
        case .order(let order, let due, let compensation, let detail):
            fields.append(("order", JSONOutput.quoted(order)))
            if let due { fields.append(("due", JSONOutput.quoted(timeZone.format(due)))) }
            if let compensation {
                fields.append(("compensation", "{\"amount\":\(JSONOutput.quoted(compensation.description)),\"currency\":\"CNY\"}"))
            }
            if let detail { fields.append(("detail", JSONOutput.quoted(detail))) }
        }
        if let cites = finding.cites { fields.append(("cites", JSONOutput.quoted(cites))) }
        fields.append(("message", JSONOutput.quoted(finding.message)))
        if let points = finding.points { fields.append(("points", "\(points)")) }
        fields.append(("source", JSONOutput.quoted(finding.source.description)))
        fields.append(("title", JSONOutput.quoted(finding.title)))
        if let fix = finding.fix { fields.append(("fix", JSONOutput.quoted(fix))) }
        if let explanation = finding.explanation {
            fields.append(("explanation", "[" + explanation.map(JSONOutput.quoted).joined(separator: ",") + "]"))
        }
        return "{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
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
