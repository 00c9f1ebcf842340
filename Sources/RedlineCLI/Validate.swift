import ArgumentParser
import Redline

/// `redline validate [PATH...]`: loads and compiles policies, printing every error located at file:line:column.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate policy files and report every error with its file, line and column.")

    @Argument(help: "Policy files or folders (default: policies/).")
    var paths: [String] = []

    func run() throws {
        let set = try PolicyOptions.load(paths.isEmpty ? ["policies"] : paths)
        for shop in [nil] + set.shops { _ = set.program(shop: shop) }
        let rules = set.rules.count, files = set.sources.count
        Terminal.out("ok: \(set.policies.count) polic\(set.policies.count == 1 ? "y" : "ies"), \(files) file\(files == 1 ? "" : "s"), \(rules) rule\(rules == 1 ? "" : "s")\n")
    }
}
