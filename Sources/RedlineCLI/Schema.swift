import ArgumentParser
import Redline

/// `redline schema`: prints the JSON Schema of the policy language.
struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the JSON Schema of the policy language (for editors; see schema/ in the repository).")

    func run() {
        Terminal.out(PolicySchema.json)
    }
}
