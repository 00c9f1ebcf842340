/// Findings as CSV for spreadsheets: a UTF-8 byte order mark (so Excel reads Chinese text correctly), CRLF
/// line ends, every field quoted, one header row.
public enum FindingCSV {
    public static let header = ["rule", "category", "severity", "conversation", "seq", "start", "end", "quote", "order", "due",
                                "compensation", "message", "points", "source"]

    /// The byte order mark and the header row.
    public static var preamble: String { "\u{FEFF}" + row(header) }

    /// One finding as one row.
    public static func row(_ finding: Finding, timeZone: PolicyTimeZone) -> String {
        var fields = [finding.rule, finding.category, finding.severity.description]
        switch finding.subject {
        case .message(let conversation, let seq, let start, let end, let quote):
            fields += [conversation, "\(seq)", "\(start)", "\(end)", quote, "", "", ""]
        case .order(let order, let due, let compensation, _):
            fields += ["", "", "", "", "", order, due.map(timeZone.format) ?? "", compensation?.description ?? ""]
        }
        fields += [finding.message, finding.points.map { "\($0)" } ?? "", finding.source.description]
        return row(fields)
    }

    static func row(_ fields: [String]) -> String {
        fields.map { "\"" + $0.replacingQuotes + "\"" }.joined(separator: ",") + "\r\n"
    }
}

extension String {
    fileprivate var replacingQuotes: String {
        guard contains("\"") else { return self }
        return split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"")
    }
}
