import ArgumentParser
import Redline

/// `redline due --as-of TIME INPUT...`: open orders at a moment: what is overdue and owes what, what falls due
/// next and when, and the money at stake if it is missed.
struct Due: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List overdue and upcoming order deadlines at a moment, with the money owed and at stake.")

    @OptionGroup var asOf: AsOfOption

    @Argument(help: "Input files with orders and events (default: standard input).")
    var inputs: [String] = []

    @OptionGroup var policies: PolicyOptions

    func run() throws {
        let set = try policies.load()
        var (audit, badLines) = try InputReading.audit(inputs, policies: set)
        let clock = asOf.instant ?? audit.latestEventTime ?? Instant(epochSeconds: 0)
        let report = audit.deadlines(asOf: clock)
        let zone = set.program(shop: nil).timeZone
        var text = "as of \(zone.format(clock)): \(report.overdue.count) overdue, owing \(report.owed) CNY; "
            + "\(report.upcoming.count) open, \(report.atStake) CNY at stake; \(report.atRisk.count) past due awaiting a complaint\n"
        for item in report.overdue {
            text += "OVERDUE  \(zone.format(item.due))  \(item.order)  \(item.rule)" + (item.money.map { "  owes \($0) CNY" } ?? "") + "\n"
        }
        for item in report.atRisk {
            text += "AT RISK  \(zone.format(item.due))  \(item.order)  \(item.rule)" + (item.money.map { "  owes \($0) CNY on complaint" } ?? "") + "\n"
        }
        for item in report.upcoming {
            text += "DUE      \(zone.format(item.due))  \(item.order)  \(item.rule)" + (item.money.map { "  \($0) CNY at stake" } ?? "") + "\n"
        }
        Terminal.out(text)
        if badLines > 0 { throw ExitCode(2) }
    }
}
