import Foundation
import Testing
@testable import Redline

/// The policies shipped in `policies/` load, carry examples, and every example behaves as written.
@Suite("Bundled policies")
struct BundledPolicyTests {
    @Test("the bundled policies validate with no error")
    func validate() {
        #expect(Fixtures.bundled.policies.map(\.id).sorted() == ["example", "tmall"])
    }

    @Test("every rule's flag and pass examples behave as written", arguments: ExampleRunner(policies: Fixtures.bundled).run())
    func examples(_ report: ExampleRunner.RuleReport) {
        #expect(report.failures.isEmpty, "\(report.failures.map(\.description).joined(separator: "\n"))")
    }

    @Test("every message rule has at least 8 examples that must flag and 8 that must pass")
    func messageRuleExampleCounts() {
        for rule in Fixtures.bundled.rules {
            guard case .message = rule.check else { continue }
            let flags = rule.examples.filter { $0.expectation == .flag }.count
            let passes = rule.examples.filter { $0.expectation == .pass }.count
            #expect(flags >= 8 && passes >= 8, "\(rule.id): \(flags) flag, \(passes) pass")
        }
    }

    @Test("every order rule has examples that must flag and examples that must pass")
    func orderRuleExampleCounts() {
        for rule in Fixtures.bundled.rules {
            guard case .order = rule.check else { continue }
            #expect(rule.examples.contains { $0.expectation == .flag }, "\(rule.id) has no flag example")
            #expect(rule.examples.contains { $0.expectation == .pass }, "\(rule.id) has no pass example")
        }
    }

    @Test("every category of FORMATS.md has a bundled rule")
    func categoriesCovered() {
        let covered = Set(Fixtures.bundled.rules.map(\.category))
        let missing = Category.builtIn.subtracting(covered)
        #expect(missing.isEmpty, "no rule for \(missing.sorted())")
    }

    @Test("every bundled policy file starts with the YAML language server's schema modeline")
    func modeline() throws {
        for path in Fixtures.bundled.sources.keys {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(text.hasPrefix("# yaml-language-server: $schema=../../schema/redline-policy.schema.json\n"), "\(path)")
        }
    }

    @Test("the committed schema file is what `redline schema` prints")
    func schemaFile() throws {
        let committed = try String(contentsOfFile: Fixtures.root + "/schema/redline-policy.schema.json", encoding: .utf8)
        #expect(committed == PolicySchema.json)
    }

    @Test("the shop program includes the platform rules and its own")
    func shopProgram() {
        #expect(Fixtures.shop.rules.contains { $0.id == "tmall.invoice.refusal" })
        #expect(Fixtures.shop.rules.contains { $0.id == "example.compensation.cap" })
        #expect(!Fixtures.platform.rules.contains { $0.id == "example.compensation.cap" })
    }
}
