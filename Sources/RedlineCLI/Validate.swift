import ArgumentParser
import Redline

/// `redline validate [PATH...]`: loads and compiles policies, printing every error located at file:line:column.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate policy files and report every error with its file, line and column.")

    @Argument(help: "Policy files or folders (default: policies/).")
    var paths: [String] = []

    @Flag(help: "Print every literal term the compiled rules search for (normalised), one per line, and nothing else.")
    var printTerms = false

    @Flag(help: "Print every regular expression of the policies (PCRE2 syntax, matched case-insensitively), one per line, and nothing else.")
    var printPatterns = false

    func run() throws {
        let set = try PolicyOptions.load(paths.isEmpty ? ["policies"] : paths)
        let programs = ([nil] + set.shops).map { set.program(shop: $0) }
        if printTerms {
            Terminal.out(Set(programs.flatMap(\.terms)).sorted().map { $0 + "\n" }.joined())
            return
        }
        if printPatterns {
            Terminal.out(set.patternSources.map { $0 + "\n" }.joined())
            return
        }
        let rules = set.rules.count, files = set.sources.count
        Terminal.out("ok: \(set.policies.count) polic\(set.policies.count == 1 ? "y" : "ies"), \(files) file\(files == 1 ? "" : "s"), \(rules) rule\(rules == 1 ? "" : "s")\n")
    }
}
