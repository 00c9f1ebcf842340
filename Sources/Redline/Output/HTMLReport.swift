import Foundation

/// One self-contained HTML page (no network: inline CSS and SVG) for a compliance team: findings per category,
/// per agent and per hour across the sale, compensation owed per rule, and the findings with the offending
/// words highlighted in their message.
public struct HTMLReport: Sendable {
    public var title: String
    public var timeZone: PolicyTimeZone
    /// The most findings listed in the table (all are counted in the charts).
    public var tableLimit = 2_000

    public init(title: String, timeZone: PolicyTimeZone) {
        self.title = title
        self.timeZone = timeZone
    }

    /// The page for these findings.
    public func render(_ findings: [Finding], summary: AuditSummary) -> String {
        var hours: [String: Int] = [:]
        var owedByRule: [String: Int64] = [:]
        for finding in findings {
            if let time = finding.time { hours[String(timeZone.format(time).prefix(13)).replacingOccurrences(of: "T", with: " "), default: 0] += 1 }
            if case .order(_, _, let owed?, _) = finding.subject { owedByRule[finding.rule, default: 0] += owed.fen }
        }
        var page = """
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="utf-8"><title>\(Self.escape(title))</title>
        <style>
        body{font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;margin:24px;color:#1d2129;background:#f7f8fa}
        h1{font-size:22px;margin:0 0 4px} h2{font-size:16px;margin:0 0 8px} .sub{color:#86909c;margin-bottom:16px}
        .grid{display:grid;grid-template-columns:repeat(2,minmax(0,1fr));gap:16px} .card{background:#fff;border-radius:8px;padding:16px;box-shadow:0 1px 3px #0001}
        .wide{grid-column:1/-1} .kpi{display:flex;gap:32px} .kpi b{display:block;font-size:26px}
        table{border-collapse:collapse;width:100%;font-size:13px} th,td{border-bottom:1px solid #e5e6eb;padding:6px;text-align:left;vertical-align:top}
        mark{background:#ffd6d6;color:#b00;padding:0 2px;border-radius:3px} .error{color:#d03030} .warning{color:#c67800} .info{color:#4080ff}
        </style></head><body>
        <h1>\(Self.escape(title))</h1><div class="sub">\(findings.count) findings</div>
        <div class="grid">
        <div class="card wide kpi"><div><b>\(summary.total)</b>findings</div><div><b>\(summary.owed) CNY</b>compensation owed</div>
        <div><b>\(summary.byCategory.count)</b>categories</div><div><b>\(summary.byAgent.count)</b>agents</div></div>

        """
        page += Self.card("Findings per category", Self.bars(summary.byCategory.map { ($0.key, Int64($0.value)) }, unit: ""))
        page += Self.card("Findings per agent", Self.bars(summary.byAgent.map { ($0.key, Int64($0.value)) }, unit: ""))
        page += Self.card("Findings per hour (\(timeZone))", Self.columns(hours.sorted { $0.key < $1.key }), wide: true)
        page += Self.card("Compensation owed per rule (CNY)", Self.bars(owedByRule.map { ($0.key, $0.value) }, unit: "", money: true), wide: true)
        page += "<div class=\"card wide\"><h2>Findings</h2><table><tr><th>severity</th><th>rule</th><th>where</th><th>what</th></tr>\n"
        for finding in findings.prefix(tableLimit) {
            page += "<tr><td class=\"\(finding.severity)\">\(finding.severity)</td><td>\(Self.escape(finding.rule))</td>"
            switch finding.subject {
            case .message(let conversation, let seq, let start, let end, _):
                let who = finding.agent.map { " · \(Self.escape($0))" } ?? ""
                page += "<td>\(Self.escape(conversation))#\(seq)\(who)</td><td>\(Self.highlight(finding.text ?? "", start, end))<br><small>\(Self.escape(finding.message))</small></td>"
            case .order(let order, let due, let owed, let detail):
                let dueText = due.map { timeZone.format($0) } ?? ""
                page += "<td>order \(Self.escape(order))</td><td>due \(dueText)\(owed.map { " · owes <b>\($0) CNY</b>" } ?? "")<br><small>\(Self.escape(detail ?? finding.message))</small></td>"
            }
            page += "</tr>\n"
        }
        if findings.count > tableLimit { page += "<tr><td colspan=\"4\">… and \(findings.count - tableLimit) more</td></tr>\n" }
        return page + "</table></div></div></body></html>\n"
    }

    static func card(_ title: String, _ body: String, wide: Bool = false) -> String {
        "<div class=\"card\(wide ? " wide" : "")\"><h2>\(escape(title))</h2>\(body)</div>\n"
    }

    /// Horizontal bars, largest first, at most 15.
    static func bars(_ values: [(String, Int64)], unit: String, money: Bool = false) -> String {
        let rows = values.sorted { ($1.1, $0.0) < ($0.1, $1.0) }.prefix(15)
        guard let top = rows.first?.1, top > 0 else { return "<p>none</p>" }
        var svg = "<svg width=\"100%\" height=\"\(rows.count * 24 + 4)\" viewBox=\"0 0 600 \(rows.count * 24 + 4)\" role=\"img\">"
        for (index, row) in rows.enumerated() {
            let width = max(2, Int(360 * row.1 / top)), y = index * 24 + 2
            let label = money ? Money(fen: row.1).description : "\(row.1)\(unit)"
            svg += "<text x=\"0\" y=\"\(y + 15)\" font-size=\"12\">\(escape(String(row.0.suffix(30))))</text>"
            svg += "<rect x=\"200\" y=\"\(y + 3)\" width=\"\(width)\" height=\"16\" rx=\"3\" fill=\"#4080ff\"/>"
            svg += "<text x=\"\(206 + width)\" y=\"\(y + 15)\" font-size=\"12\">\(label)</text>"
        }
        return svg + "</svg>"
    }

    /// Vertical columns in time order, one per hour.
    static func columns(_ values: [(key: String, value: Int)]) -> String {
        guard let top = values.map(\.value).max(), top > 0 else { return "<p>none</p>" }
        let width = max(4, min(24, 1_100 / max(values.count, 1)))
        var svg = "<svg width=\"100%\" height=\"180\" viewBox=\"0 0 \(values.count * width + 40) 180\" preserveAspectRatio=\"none\" role=\"img\">"
        for (index, column) in values.enumerated() {
            let height = max(1, 140 * column.value / top), x = index * width + 30
            svg += "<rect x=\"\(x)\" y=\"\(150 - height)\" width=\"\(width - 1)\" height=\"\(height)\" fill=\"#ff7d00\"><title>\(escape(column.key)):00 \(column.value)</title></rect>"
            if index % max(1, values.count / 8) == 0 {
                svg += "<text x=\"\(x)\" y=\"168\" font-size=\"10\">\(escape(String(column.key.suffix(8))))h</text>"
            }
        }
        return svg + "<text x=\"0\" y=\"14\" font-size=\"10\">\(top)</text></svg>"
    }

    /// The message with the scalars `start..<end` marked.
    static func highlight(_ text: String, _ start: Int, _ end: Int) -> String {
        let scalars = Array(text.unicodeScalars)
        func slice(_ range: Range<Int>) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[max(0, min(range.lowerBound, scalars.count))..<max(0, min(range.upperBound, scalars.count))])
            return escape(String(view))
        }
        return slice(0..<start) + "<mark>" + slice(start..<end) + "</mark>" + slice(end..<scalars.count)
    }

    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }
}
