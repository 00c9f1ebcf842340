import ArgumentParser
import Foundation
import Redline

/// Where the policies come from, shared by every command that evaluates.
struct PolicyOptions: ParsableArguments {
    @Option(name: .customLong("policies"), help: "Policy files or folders (default: policies/).")
    var paths: [String] = []

    /// Loads and validates the policies; on error prints every located error and exits 2.
    func load() throws -> PolicySet {
        if paths.isEmpty, !FileManager.default.fileExists(atPath: "policies") {
            Terminal.error("error: no policies/ folder here: run from the folder that holds it, or pass --policies PATH")
            throw ExitCode(2)
        }
        return try Self.load(paths.isEmpty ? ["policies"] : paths)
    }

    static func load(_ paths: [String]) throws -> PolicySet {
        switch PolicyLoader.load(paths: paths.map(Terminal.relativePath)) {
        case .success(let set): return set
        case .failure(let failure):
            Terminal.error(failure.rendered, newline: false)
            Terminal.error("\(failure.errors.count) error\(failure.errors.count == 1 ? "" : "s") in policies")
            throw ExitCode(2)
        }
    }
}

/// The failing severity shared by commands that report findings.
struct SeverityOption: ParsableArguments {
    @Option(name: .customLong("fail-on"), help: "Exit 1 when a finding is at or above this severity: error, warning, info, or none (never).")
    var failOn: String = "error"

    /// The lowest severity that fails the run; nil for `none`, which reports findings and exits 0.
    func threshold() throws -> Severity? {
        if failOn == "none" { return nil }
        guard let severity = Severity(name: failOn) else {
            throw ValidationError("--fail-on must be error, warning, info or none, not '\(failOn)'")
        }
        return severity
    }

    /// Whether these findings fail the run.
    func fails(_ findings: [Finding]) throws -> Bool {
        guard let threshold = try threshold() else { return false }
        return findings.contains { $0.severity >= threshold }
    }
}

/// Writing to the terminal.
enum Terminal {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func error(_ text: String, newline: Bool = true) {
        FileHandle.standardError.write(Data((newline ? text + "\n" : text).utf8))
    }

    /// Paths under the working directory are shown relative to it, as FORMATS.md asks of `source`.
    static func relativePath(_ path: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        if path.hasPrefix(cwd + "/") { return String(path.dropFirst(cwd.count + 1)) }
        return path
    }
}
