import Testing
@testable import Redline

/// A shop policy sets parameters, adds rules and may raise a severity; it can never weaken a platform rule.
@Suite("Shop precedence")
struct PrecedenceTests {
    static let platform = """
    policy:
      id: p
    parameters:
      window: {duration: 48h}
    rules:
      - id: p.invoice
        category: invoice
        severity: warning
        points: 6
        title: t
        message: m
        match: 不开发票
    """

    func shop(_ body: String) -> [PolicyError] {
        Fixtures.errors([("p.yaml", Self.platform), ("s.yaml", "policy:\n  id: s\n  extends: p\n" + body)])
    }

    @Test("a shop may raise a platform rule's severity")
    func raise() {
        #expect(shop("overrides:\n  p.invoice: {severity: error}\n").isEmpty)
        guard case .success(let set) = PolicyLoader.load(texts: [("p.yaml", Self.platform),
                                                                  ("s.yaml", "policy:\n  id: s\n  extends: p\noverrides:\n  p.invoice: {severity: error}\n")])
        else { Issue.record("did not load"); return }
        #expect(set.program(shop: "s").rules.first { $0.id == "p.invoice" }?.severity == .error)
        #expect(set.program(shop: nil).rules.first { $0.id == "p.invoice" }?.severity == .warning)
    }

    @Test("lowering a platform rule's severity is an error at the line that tries")
    func lowerSeverity() {
        let errors = shop("overrides:\n  p.invoice: {severity: info}\n")
        #expect(errors.map(\.description) == ["s.yaml:5:25: error: a shop policy cannot weaken platform rule 'p.invoice': severity info is lower than warning"])
    }

    @Test("disabling a platform rule is an error")
    func disable() {
        let errors = shop("overrides:\n  p.invoice:\n    enabled: false\n")
        #expect(errors.map(\.description) == ["s.yaml:6:14: error: a shop policy cannot weaken platform rule 'p.invoice': rules cannot be disabled"])
    }

    @Test("fewer points is an error")
    func fewerPoints() {
        let errors = shop("overrides:\n  p.invoice: {points: 2}\n")
        #expect(errors.map(\.description) == ["s.yaml:5:23: error: a shop policy cannot weaken platform rule 'p.invoice': 2 points is fewer than 6"])
    }

    @Test("a shop cannot change a platform parameter")
    func parameter() {
        let errors = shop("parameters:\n  window: {duration: 72h}\n")
        #expect(errors.map(\.description) == ["s.yaml:5:22: error: parameter '$window' is set by platform policy 'p' and cannot be changed by a shop"])
    }

    @Test("extending an unknown policy is an error with a suggestion")
    func unknownParent() {
        let errors = Fixtures.errors([("p.yaml", Self.platform), ("s.yaml", "policy:\n  id: s\n  extends: q\n")])
        #expect(errors.map(\.description) == ["s.yaml:3:12: error: unknown policy 'q'; did you mean 'p'?"])
    }
}
