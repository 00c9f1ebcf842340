import ArgumentParser
import Foundation
import Redline

/// `redline check`: the pre-send check of one draft reply.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a draft agent reply before it is sent: block, warn or allow.",
        discussion: "Exit 0 when nothing reaches the failing severity, 1 when something does, 2 on bad input.")

    @Argument(help: "The draft reply, or - to read it from standard input.")
    var draft: String

    @Option(help: "Conversation so far and linked orders, as FORMATS.md JSON Lines.")
    var context: String?

    @Option(help: "The shop whose house rules apply (default: the context's conversation shop).")
    var shop: String?

    @Option(help: "The agent's tier: junior, senior or lead.")
    var tier: String?

    @Option(help: ArgumentHelp("When the reply would be sent (RFC 3339 with offset), for the rules about reply delay and the ship cut-off.",
                               discussion: "Without it, rules that need the send time do not apply: the check never reads the clock."))
    var time: String?

    @Option(help: "Output format: text or json.")
    var format: String = "text"

    @Flag(help: "Show which terms, patterns, values and conditions matched, and which exceptions were tried.")
    var explain = false

    @OptionGroup var policies: PolicyOptions
    @OptionGroup var severity: SeverityOption

    func validate() throws {
        guard ["text", "json"].contains(format) else { throw ValidationError("--format must be text or json") }
        if let tier, AgentTier(rawValue: tier) == nil { throw ValidationError("--tier must be junior, senior or lead") }
        if let time, Instant(rfc3339: time) == nil {
            throw ValidationError("--time must be an RFC 3339 time with an offset, such as 2026-11-11T16:05:00+08:00")
        }
    }

    func run() throws {
        _ = try severity.threshold()
        let set = try policies.load()
        let text = draft == "-" ? String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
            .trimmingCharacters(in: .newlines) : draft
        var checkContext = CheckContext(tier: tier.flatMap(AgentTier.init(rawValue:)), sendTime: time.flatMap { Instant(rfc3339: $0) })
        if let context { checkContext = try readContext(context, into: checkContext) }
        if let shop, checkContext.conversation == nil { checkContext.conversation = Conversation(id: "draft", shop: shop) }
        if let shop { checkContext.conversation?.shop = shop }
        let program = set.program(shop: checkContext.conversation?.shop)
        let result = program.check(text, context: checkContext, explain: explain)
        Terminal.out(format == "json" ? CheckOutput.json(result, program: program) : CheckOutput.text(result, draft: text))
        if try severity.fails(result.findings) { throw ExitCode(1) }
    }

    private func readContext(_ path: String, into context: CheckContext) throws -> CheckContext {
        var context = context
        var failures = 0
        try InputFiles.read(path) { record in
            switch record {
            case .conversation(let conversation): context.conversation = conversation
            case .message(let message): context.messages.append(message)
            case .order(let order): context.orders.append(order)
            case .event(let event): context.events.append(event)
            }
        } onError: { location, message in
            failures += 1
            Terminal.error("\(location): error: \(message)")
        }
        if failures > 0 { throw ExitCode(2) }
        if let conversation = context.conversation {
            context.orders = context.orders.filter { conversation.orders.isEmpty || conversation.orders.contains($0.id) }
            context.events = context.events.filter { event in context.orders.contains { $0.id == event.order } }
        }
        context.messages.sort { $0.seq < $1.seq }
        return context
    }
}

/// How `redline check` prints its result.
enum CheckOutput {
    static func text(_ result: CheckResult, draft: String) -> String {
        var text = "\(result.verdict.rawValue.uppercased())"
        text += result.findings.isEmpty ? ": no findings\n" : ": \(result.findings.count) finding\(result.findings.count == 1 ? "" : "s")\n"
        for finding in result.findings {
            guard case .message(_, _, let start, let end, let quote) = finding.subject else { continue }
            text += "  \(finding.severity) \(finding.rule) [\(start),\(end)) 「\(quote)」\n    \(finding.message)\n"
            if let cites = finding.cites { text += "    broken by: \(cites)\n" }
            if let fix = finding.fix { text += "    fix: \(fix)\n" }
            for reason in finding.explanation ?? [] { text += "    why: \(reason)\n" }
            text += "    at \(finding.source)\n"
        }
        return text
    }

    static func json(_ result: CheckResult, program: Program) -> String {
        let findings = result.findings.map { FindingFormat.jsonl.render($0, timeZone: program.timeZone).dropLast() }
        return "{\"verdict\":\"\(result.verdict.rawValue)\",\"findings\":[\(findings.joined(separator: ","))]}\n"
    }
}
