import ArgumentParser
import Redline

/// Reads FORMATS.md JSON Lines inputs (files, folders, `.gz`, `-` for standard input) into an audit, printing
/// every bad line as `file:line: error: message` and counting them; nothing is dropped silently.
enum InputReading {
    static func audit(_ inputs: [String], policies: PolicySet, showProgress: Bool = false) throws -> (audit: Redline.Audit, badLines: Int) {
        var audit = Redline.Audit(policies: policies)
        var badLines = 0
        let files = try InputFiles.expand(inputs.isEmpty ? ["-"] : inputs)
        let progress = showProgress ? Progress(totalBytes: Progress.size(of: files)) : nil
        do {
            for input in files {
                try InputFiles.read(input) { audit.add($0) } onError: { location, message in
                    badLines += 1
                    Terminal.error("\(location): error: \(message)")
                } onLines: { progress?.advance(lines: $0, bytes: $1) }
            }
        } catch is InputError {
            progress?.finish()
            throw ExitCode(2)
        }
        progress?.finish()
        return (audit, badLines)
    }
}
