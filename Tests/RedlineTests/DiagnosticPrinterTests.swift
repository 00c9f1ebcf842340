import Testing
@testable import Redline

/// Errors print as a compiler prints them: the location, the message, the source line and a caret.
@Suite("Diagnostic printer")
struct DiagnosticPrinterTests {
    @Test("an error prints with its source line and a caret under the column")
    func caret() {
        let source = "policy:\n  id: p\nrules:\n  - id: p.a\n    severty: error\n"
        let error = PolicyError(.unknownKey("severty", context: "a rule", suggestion: "severity"),
                                at: SourceLocation(path: "p.yaml", line: 5, column: 5))
        let text = DiagnosticPrinter(sources: ["p.yaml": source]).render(error)
        #expect(text == """
        p.yaml:5:5: error: unknown key 'severty' in a rule; did you mean 'severity'?
            severty: error
            ^

        """)
    }

    @Test("the caret lines up under wide CJK characters")
    func wideCharacters() {
        let error = PolicyError(.emptyTerm, at: SourceLocation(path: "p.yaml", line: 1, column: 5))
        let text = DiagnosticPrinter(sources: ["p.yaml": "名称: ''\n"]).render(error)
        #expect(text.hasSuffix("名称: ''\n      ^\n"))
    }

    @Test("errors print sorted by file, line and column")
    func sorted() {
        let late = PolicyError(.emptyTerm, at: SourceLocation(path: "a.yaml", line: 9, column: 1))
        let early = PolicyError(.emptyTerm, at: SourceLocation(path: "a.yaml", line: 2, column: 1))
        let text = DiagnosticPrinter(sources: [:]).render([late, early])
        #expect(text.hasPrefix("a.yaml:2:1"))
    }
}
