import Testing
@testable import Redline

/// Every kind of policy mistake is reported with its exact text and its file, line and column.
@Suite("Policy errors")
struct PolicyErrorTests {
    func only(_ text: String, path: String = "p.yaml") -> PolicyError? {
        let errors = Fixtures.errors([(path, text)])
        #expect(errors.count == 1, "expected one error, got \(errors.map(\.description))")
        return errors.first
    }

    @Test("an unknown key is reported at the key with a suggestion")
    func unknownKey() {
        let error = only(Fixtures.header + """

        rules:
          - id: p.a
            category: invoice
            severity: error
            title: t
            message: m
            fixx: f
            match: 发票
        """)
        #expect(error?.description == "p.yaml:14:5: error: unknown key 'fixx' in a rule; did you mean 'fix'?")
    }

    @Test("a missing required key is reported at the rule")
    func missingKey() {
        let error = only(Fixtures.header + """

        rules:
          - id: p.a
            category: invoice
            severity: error
            title: t
            match: 发票
        """)
        #expect(error?.description == "p.yaml:9:5: error: missing key 'message' in a rule")
    }

    @Test("an event in met_by without the fields it must carry is reported at that event")
    func meetingEventWithoutFields() {
        let error = only(Fixtures.header + """

        rules:
          - id: p.a
            category: ship_tracking_late
            severity: warning
            title: t
            message: m
            deadline:
              from: paid
              within: 24h
              met_by: [{name: shipped}, picked_up]
        """)
        #expect(error?.description == "p.yaml:17:16: error: missing key 'with' in an event in 'met_by'")
    }

    @Test("a value of the wrong type says what was expected")
    func wrongType() {
        let error = only(Fixtures.header + """

        rules:
          - id: p.a
            category: invoice
            severity: error
            title: t
            message: m
            match:
              all: 发票
        """)
        #expect(error?.description == "p.yaml:15:12: error: expected a non-empty list of conditions for 'all', found scalar")
    }

    @Test("an invalid severity names the allowed values")
    func invalidSeverity() {
        let error = only(Fixtures.header + """

        rules:
          - id: p.a
            category: invoice
            severity: fatal
            title: t
            message: m
            match: 发票
        """)
        #expect(error?.description == "p.yaml:11:15: error: invalid value 'fatal': expected error, warning or info")
    }

    @Test("an unknown lexicon is reported at the condition with a suggestion")
    func unknownLexicon() {
        let error = only(Fixtures.header + """

        rules:
          - id: p.a
            category: invoice
            severity: error
            title: t
            message: m
            match:
              lexicon: refusl
        """)
        #expect(error?.description == "p.yaml:15:7: error: unknown lexicon 'refusl'; did you mean 'refusal'?")
    }

    @Test("an unknown parameter is reported at the reference")
    func unknownParameter() {
        let error = only(Fixtures.header + """

        rules:
          - id: p.a
            category: compensation_cap
            severity: error
            title: t
            message: m
            match:
              money: {above: $cpa}
        """)
        #expect(error?.description == "p.yaml:15:22: error: unknown parameter '$cpa'; did you mean '$cap'?")
    }

    @Test("a parameter of the wrong type is reported at the reference")
    func parameterType() {
        let error = only(Fixtures.header + """

        rules:
          - id: p.a
            category: response_time
            severity: error
            title: t
            message: m
            match:
              reply_later_than: $cap
        """)
        #expect(error?.description == "p.yaml:15:25: error: parameter '$cap' is money, expected duration")
    }

    @Test("an unknown category is reported unless the policy declares it")
    func unknownCategory() {
        let error = only(Fixtures.header + """

        rules:
          - id: p.a
            category: invoices
            severity: error
            title: t
            message: m
            match: 发票
        """)
        #expect(error?.description
                == "p.yaml:10:15: error: unknown category 'invoices' (declare it under 'categories' to add one); did you mean 'invoice'?")
        let declared = Fixtures.errors([("p.yaml", Fixtures.header + """

        categories:
          invoices: 自定义类别
        rules:
          - id: p.a
            category: invoices
            severity: error
            title: t
            message: m
            match: 发票
        """)])
        #expect(declared.isEmpty)
    }

    @Test("a duplicate rule id points at the first definition")
    func duplicateRule() {
        let rule = """

          - id: p.a
            category: invoice
            severity: error
            title: t
            message: m
            match: 发票
        """
        let error = only(Fixtures.header + "\nrules:" + rule + rule)
        #expect(error?.description == "p.yaml:15:5: error: duplicate rule id 'p.a' (first defined at p.yaml:9:5)")
    }

    @Test("an invalid pattern is reported with the engine's reason")
    func invalidPattern() {
        let error = only(Fixtures.header + """

        rules:
          - id: p.a
            category: invoice
            severity: error
            title: t
            message: m
            match:
              pattern: '发票(不开'
        """)
        #expect(error?.location == SourceLocation(path: "p.yaml", line: 15, column: 7))
        #expect(error?.message.hasPrefix("invalid pattern: ") == true)
    }

    @Test("a catastrophic pattern is rejected before it can run")
    func catastrophicPattern() {
        let error = only(Fixtures.header + """

        rules:
          - id: p.a
            category: invoice
            severity: error
            title: t
            message: m
            match:
              pattern: '(a+)+b'
        """)
        #expect(error?.message.hasPrefix("invalid pattern: ") == true)
        #expect(error?.location.line == 15)
    }

    @Test("a word boundary is rejected: Chinese has none")
    func wordBoundary() {
        let error = only(Fixtures.header + """

        rules:
          - id: p.a
            category: invoice
            severity: error
            title: t
            message: m
            match:
              pattern: '\\b发票'
        """)
        #expect(error?.message.hasPrefix("invalid pattern: ") == true)
    }

    @Test("a rule id must start with its policy id")
    func policyPrefix() {
        let error = only(Fixtures.header + """

        rules:
          - id: other.a
            category: invoice
            severity: error
            title: t
            message: m
            match: 发票
        """)
        #expect(error?.description == "p.yaml:9:9: error: rule id 'other.a' must start with its policy id 'p.'")
    }

    @Test("a YAML syntax error keeps libyaml's position")
    func yamlSyntax() {
        let error = only("policy:\n  id: p\nrules: [a, b\n")
        #expect(error?.location.path == "p.yaml")
        #expect((error?.location.line ?? 0) >= 3)
    }

    @Test("a duplicate key is a located error")
    func duplicateKey() {
        let error = only("policy:\n  id: p\n  id: q\n")
        #expect(error?.location == SourceLocation(path: "p.yaml", line: 3, column: 3))
    }

    @Test("quoted no stays text and only true/false are booleans")
    func booleans() {
        let error = only(Fixtures.header + """

        rules:
          - id: p.a
            category: invoice
            severity: error
            title: t
            message: m
            match:
              all: [发票, 不开]
              ordered: yes
        """)
        #expect(error?.description == "p.yaml:16:16: error: invalid value 'yes': expected true or false")
    }

    @Test("five different mistakes give five located errors at once")
    func fiveMistakes() {
        let errors = Fixtures.errors([("p.yaml", Fixtures.header + """

        rules:
          - id: p.a
            category: invoices
            severity: fatal
            title: t
            message: m
            match:
              lexicon: nope
          - id: p.b
            category: invoice
            severity: error
            title: t
            message: m
            refrence: r
            match:
              money: {above: $nothing}
        """)])
        #expect(errors.count == 5)
        #expect(Set(errors.map(\.location.line)).count == 5)
    }
}
