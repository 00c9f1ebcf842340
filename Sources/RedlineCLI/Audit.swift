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

    @OptionGroup var asOf: AsOfOption

    @OptionGroup var policies: PolicyOptions
    @OptionGroup var severity: SeverityOption

    func validate() throws {
        guard FindingFormat(rawValue: format) != nil || format == "csv" else {
            throw ValidationError("--format must be text, jsonl or csv")
        }
    }

    func run() throws {
        _ = try severity.threshold()
        let set = try policies.load()
        let timeZone = set.program(shop: nil).timeZone
        let clock = asOf.instant
        var writer = FindingWriter(format: format, timeZone: timeZone, keepForReport: report != nil)
        let files = try InputFiles.expand(inputs.isEmpty ? ["-"] : inputs)
        let index: Redline.Audit
        let badLines: Int
        if files.contains("-") {
            // Standard input is read once and held.
            var (audit, bad) = try InputReading.audit(inputs, policies: set, showProgress: true)
            let findings = audit.findings(asOf: clock)
            writer.write(findings, agent: { audit.agent(ofConversation: $0) })
            (index, badLines) = (audit, bad)
        } else {
            // Files are read twice, so messages stream through with bounded memory.
            let progress = Progress(totalBytes: Progress.size(of: files).map { $0 * 2 })
            var lastIndex: Redline.Audit?
            let outcome: StreamingAudit.Outcome
            do {
                outcome = try StreamingAudit(policies: set).run(files, asOf: clock) { location, message in
                    Terminal.error("\(location): error: \(message)")
                } onLine: { progress.advance(bytes: $0) } emit: { findings in
                    writer.write(findings, agent: { lastIndex?.agent(ofConversation: $0) })
                } prepared: { lastIndex = $0 }
            } catch is InputError {
                progress.finish()
                throw ExitCode(2)
            }
            progress.finish()
            (index, badLines) = (outcome.index, outcome.badLines)
            if !quiet {
                Terminal.error("streamed \(outcome.messages) messages; at most \(outcome.peakOpenConversations) conversations held at once")
            }
        }
        writer.finish()
        if !quiet { Terminal.error(writer.summary.text, newline: false) }
        if let report {
            let page = HTMLReport(title: "Redline audit: " + inputs.joined(separator: ", "), timeZone: timeZone)
                .render(writer.kept, summary: writer.summary, agent: { index.agent(ofConversation: $0) })
            guard FileManager.default.createFile(atPath: report, contents: Data(page.utf8)) else {
                Terminal.error("error: cannot write report \(report)")
                throw ExitCode(2)
            }
        }
        for order in index.ordersWithoutRecord {
            Terminal.error("warning: events for order '\(order)' but no order record: its rules were not evaluated")
        }
        if badLines > 0 {
            Terminal.error("\(badLines) bad input line\(badLines == 1 ? "" : "s") skipped")
            throw ExitCode(2)
        }
        if let threshold = try severity.threshold(), let worst = writer.worst, worst >= threshold { throw ExitCode(1) }
    }
}

/// Writes findings as they come, in the chosen format, counting them for the summary.
struct FindingWriter {
    let format: String
    let timeZone: PolicyTimeZone
    let keepForReport: Bool
    private(set) var summary = AuditSummary()
    private(set) var kept: [Finding] = []
    private(set) var worst: Severity?
    private var buffer: String

    init(format: String, timeZone: PolicyTimeZone, keepForReport: Bool) {
        self.format = format
        self.timeZone = timeZone
        self.keepForReport = keepForReport
        buffer = format == "csv" ? FindingCSV.preamble : ""
    }

    mutating func write(_ findings: [Finding], agent: (String) -> String?) {
        for finding in findings {
            if format == "csv" {
                buffer += FindingCSV.row(finding, timeZone: timeZone)
            } else {
                buffer += (FindingFormat(rawValue: format) ?? .text).render(finding, timeZone: timeZone)
            }
            if case .message(let conversation, _, _, _, _) = finding.subject {
                summary.add(finding, agent: agent(conversation))
            } else {
                summary.add(finding, agent: nil)
            }
            worst = max(worst ?? finding.severity, finding.severity)
            if keepForReport { kept.append(finding) }
            if buffer.utf8.count > 1 << 16 { finish() }
        }
    }

    mutating func finish() {
        Terminal.out(buffer)
        buffer = ""
    }
}
