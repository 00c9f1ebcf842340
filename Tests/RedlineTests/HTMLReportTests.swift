import Testing
@testable import Redline

/// The HTML report is one self-contained page with charts and the quotes highlighted in context.
@Suite("HTML report")
struct HTMLReportTests {
    func page() -> String {
        var audit = Audit(policies: Fixtures.bundled)
        audit.add(.conversation(Conversation(id: "c", shop: "example", agent: "kf_07")))
        audit.add(.message(Message(conversation: "c", seq: 1, time: Instant(rfc3339: "2026-11-11T10:00:00+08:00"), role: .agent,
                                   text: "<b>我们</b>不开发票")))
        let findings = audit.findings()
        var summary = AuditSummary()
        findings.forEach { summary.add($0) }
        return HTMLReport(title: "t", timeZone: .shanghai).render(findings, summary: summary)
    }

    @Test("the page loads nothing from the network and draws its charts as inline SVG")
    func selfContained() {
        let html = page()
        #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("<script"))
        #expect(html.contains("<svg"))
        #expect(html.contains("Findings per hour (Asia/Shanghai)"))
    }

    @Test("the offending words are marked inside the escaped message")
    func highlight() {
        #expect(page().contains("&lt;b&gt;我们&lt;/b&gt;<mark>不开发票</mark>"))
    }
}
