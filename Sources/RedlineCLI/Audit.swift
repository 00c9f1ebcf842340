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
        var writer = FindingWriter(format: format, timeZone: timeZone, keepForReport: report != nil)
        var files = try InputFiles.expand(inputs.isEmpty ? ["-"] : inputs)
        // Both passes need the input twice: standard input is first copied to a temporary file.
        var names: [String: String] = [:]
        let spool = files.contains("-") ? try StandardInputSpool() : nil
        defer { spool?.remove() }
        if let spool {
            files = files.map { $0 == "-" ? spool.path : $0 }
            names[spool.path] = "<stdin>"
        }
        let progress = Progress(totalBytes: Progress.size(of: files).map { $0 * 2 })
        let outcome: StreamingAudit.Outcome
        do {
            outcome = try StreamingAudit(policies: set).run(files, names: names, asOf: asOf.instant) { location, message in
                Terminal.error("\(location): error: \(message)")
            } onLines: { progress.advance(lines: $0, bytes: $1) } render: { [format] in
                FindingWriter.render($0, format: format, timeZone: timeZone)
            } emit: { writer.write($0, rendered: $1) }
        } catch is InputError {
            progress.finish()
            throw ExitCode(2)
        } catch let error as SpillError {
            progress.finish()
            Terminal.error("error: \(error)")
            throw ExitCode(2)
        }
        progress.finish()
        writer.finish()
        if !quiet {
            Terminal.error("read \(outcome.records) records (\(outcome.messages) messages); at most \(outcome.peakHeldRecords) held at once; "
                + "\(outcome.keys) conversations, orders and buyers")
            Terminal.error(writer.summary.text, newline: false)
        }
        if let report {
            let page = HTMLReport(title: "Redline audit: " + inputs.joined(separator: ", "), timeZone: timeZone)
                .render(writer.kept, summary: writer.summary)
            guard FileManager.default.createFile(atPath: report, contents: Data(page.utf8)) else {
                Terminal.error("error: cannot write report \(report)")
                throw ExitCode(2)
            }
        }
        for order in outcome.ordersWithoutRecord {
            Terminal.error("warning: events for order '\(order)' but no order record: its rules were not evaluated")
        }
        if outcome.badLines > 0 {
            Terminal.error("\(outcome.badLines) bad input line\(outcome.badLines == 1 ? "" : "s") skipped")
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

    /// Findings as output text in `format`.
    static func render(_ findings: [Finding], format: String, timeZone: PolicyTimeZone) -> String {
        var text = ""
        for finding in findings {
            if format == "csv" {
                text += FindingCSV.row(finding, timeZone: timeZone)
            } else {
                text += (FindingFormat(rawValue: format) ?? .text).render(finding, timeZone: timeZone)
            }
        }
        return text
    }

    /// Writes findings already rendered by `render`, and counts them.
    mutating func write(_ findings: [Finding], rendered: String) {
        buffer += rendered
        for finding in findings {
            summary.add(finding)
            worst = max(worst ?? finding.severity, finding.severity)
            if keepForReport { kept.append(finding) }
        }
        if buffer.utf8.count > 1 << 16 { finish() }
    }

    mutating func finish() {
        Terminal.out(buffer)
        buffer = ""
    }
}
