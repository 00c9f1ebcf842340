import ArgumentParser
import Foundation
import Redline

/// `redline`: checks customer-service chats and order events against platform and shop policies.
@main
struct RedlineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "redline",
        abstract: "Check Tmall/Taobao customer-service chats and orders against platform and shop policies.",
        subcommands: [Validate.self, Test.self, Check.self, Audit.self, Explain.self, Due.self, Schema.self])

    /// Parses and runs a subcommand. Exit codes follow FORMATS.md: 0 clean, 1 findings at or above the failing
    /// severity, 2 bad usage, unreadable input or an invalid policy.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            if let exit = error as? ExitCode { Foundation.exit(exit.rawValue) }
            let message = fullMessage(for: error)
            if !message.isEmpty, !(error is InputError) { FileHandle.standardError.write(Data((message + "\n").utf8)) }
            // Anything else is bad usage or unreadable input.
            Foundation.exit(2)
        }
    }
}
