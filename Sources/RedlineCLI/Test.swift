import ArgumentParser
import Redline

/// `redline test [PATH...]`: runs every rule's examples, reports per rule, fails on any miss, and lists the
/// rules that lack examples.
struct Test: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run every rule's flag and pass examples; list rules without examples.")

    @Argument(help: "Policy files or folders (default: policies/).")
    var paths: [String] = []

    @Flag(help: "Print a line for every rule, not only failing ones.")
    var verbose = false

    func run() throws {
        let set = try PolicyOptions.load(paths.isEmpty ? ["policies"] : paths)
        let reports = ExampleRunner(policies: set).run()
        var failed = 0, examples = 0
        for report in reports {
            examples += report.flagCount + report.passCount
            for failure in report.failures { Terminal.out("FAIL \(failure)\n") }
            failed += report.failures.count
            if verbose || !report.failures.isEmpty {
                Terminal.out("\(report.failures.isEmpty ? "ok  " : "FAIL") \(report.rule): \(report.flagCount) flag, \(report.passCount) pass\n")
            }
        }
        let missing = reports.filter { $0.flagCount == 0 || $0.passCount == 0 }
        for report in missing {
            Terminal.out("missing examples: \(report.rule) (\(report.flagCount) flag, \(report.passCount) pass)\n")
        }
        Terminal.out("\(reports.count) rules, \(examples) examples: \(examples - failed) passed, \(failed) failed; "
                     + "\(missing.count) rule\(missing.count == 1 ? "" : "s") without both kinds of example\n")
        if failed > 0 || !missing.isEmpty { throw ExitCode(1) }
    }
}
