import ArgumentParser
import Foundation
import Redline

/// `redline audit [INPUT...]`: checks chat transcripts and order events in JSON Lines.
struct Audit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Audit FORMATS.md JSON Lines (files, or standard input) and print every finding.",
        discussion: "A bad input line is reported as file:line: message and skipped; the audit goes on and exits 2.")

    @Argument(help: "Input files (default: standard input; - for standard input).")
    var inputs: [String] = []

    @Option(help: "Output format: text, jsonl or csv.")
    var format: String = "text"

    @Flag(help: "Print no summary on standard error at the end.")
    var quiet = false

    @Option(help: "Also write a self-contained HTML report (charts and findings) to this file.")
    var report: String?

    @Option(name: .customLong("as-of"), help: "Evaluate open orders at this moment (RFC 3339 with offset).")
    var asOf: String?

    @OptionGroup var policies: PolicyOptions
    @OptionGroup var severity: SeverityOption

    func validate() throws {
        guard FindingFormat(rawValue: format) != nil || format == "csv" else {
            throw ValidationError("--format must be text, jsonl or csv")
        }
        if let asOf, Instant(rfc3339: asOf) == nil {
            throw ValidationError("--as-of must be an RFC 3339 time with an offset, such as 2026-11-14T12:00:00+08:00")
        }
    }

    func run() throws {
        _ = try severity.threshold()
        let set = try policies.load()
        var (audit, badLines) = try InputReading.audit(inputs, policies: set, showProgress: true)
        let findings = audit.findings(asOf: asOf.flatMap { Instant(rfc3339: $0) })
        let timeZone = set.program(shop: nil).timeZone
        var buffer = format == "csv" ? FindingCSV.preamble : ""
        var summary = AuditSummary()
        for finding in findings {
            if format == "csv" {
                buffer += FindingCSV.row(finding, timeZone: timeZone)
            } else {
                buffer += (FindingFormat(rawValue: format) ?? .text).render(finding, timeZone: timeZone)
            }
            if case .message(let conversation, _, _, _, _) = finding.subject {
                summary.add(finding, agent: audit.agent(ofConversation: conversation))
            } else {
                summary.add(finding, agent: nil)
            }
            if buffer.utf8.count > 1 << 16 { Terminal.out(buffer); buffer = "" }
        }
        Terminal.out(buffer)
        if !quiet { Terminal.error(summary.text, newline: false) }
        if let report {
            let page = HTMLReport(title: "Redline audit: " + inputs.joined(separator: ", "), timeZone: timeZone)
                .render(findings, summary: summary, agent: { audit.agent(ofConversation: $0) })
            guard FileManager.default.createFile(atPath: report, contents: Data(page.utf8)) else {
                Terminal.error("error: cannot write report \(report)")
                throw ExitCode(2)
            }
        }
        for order in audit.ordersWithoutRecord {
            Terminal.error("warning: events for order '\(order)' but no order record: its rules were not evaluated")
        }
        if badLines > 0 {
            Terminal.error("\(badLines) bad input line\(badLines == 1 ? "" : "s") skipped")
            throw ExitCode(2)
        }
        if try severity.fails(findings) { throw ExitCode(1) }
    }
}
