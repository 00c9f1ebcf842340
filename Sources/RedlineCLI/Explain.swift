import Foundation
import ArgumentParser
import Redline

/// `redline explain --order ID INPUT...`: an order's timeline and what every order rule made of it.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show an order's timeline: its events, every deadline, which rules applied and why, and the amounts.")

    @Option(help: "The order to explain.")
    var order: String

    @Argument(help: "Input files with the order and its events (default: standard input).")
    var inputs: [String] = []

    @OptionGroup var asOf: AsOfOption

    @OptionGroup var policies: PolicyOptions

    func run() throws {
        let set = try policies.load()
        var (audit, badLines) = try InputReading.audit(inputs, policies: set)
        guard let timeline = audit.timeline(order: order) else {
            Terminal.error("error: no order record with id '\(order)' in the input")
            throw ExitCode(2)
        }
        let program = audit.program(forShop: timeline.order.shop)
        let zone = program.timeZone
        let clock = asOf.instant ?? audit.latestEventTime ?? timeline.events.last?.time
            ?? Instant(epochSeconds: 0)
        let o = timeline.order
        var text = "order \(o.id)  shop \(o.shop ?? "-")  buyer \(o.buyer ?? "-")  amount \(o.amount) CNY"
        text += "  category \(o.category ?? "-")\(o.presale ? "  presale" : "")\(o.custom ? "  custom" : "")\n"
        if let agreed = o.agreedShipBy { text += "agreed ship by \(zone.format(agreed))\n" }
        text += "events (\(zone)):\n"
        for event in timeline.events {
            let fields = event.fields.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
            text += "  \(zone.format(event.time))  \(event.name)\(fields.isEmpty ? "" : "  " + fields)\n"
        }
        text += "rules as of \(zone.format(clock)):\n"
        for outcome in program.evaluate(timeline, asOf: clock, buyerEvents: audit.buyerEvents(order: order)) {
            let status = switch outcome.status {
            case .breached: "BREACHED"
            case .met: "met"
            case .pending: "pending"
            case .notApplicable: "n/a"
            }
            text += "  \(status.padding(toLength: 9, withPad: " ", startingAt: 0)) \(outcome.rule)"
            if let due = outcome.due { text += "  due \(zone.format(due))" }
            if let owed = outcome.compensation { text += "  owes \(owed) CNY" }
            text += "\n"
            for reason in outcome.reasons { text += "            - \(reason)\n" }
        }
        Terminal.out(text)
        if badLines > 0 { throw ExitCode(2) }
    }
}
