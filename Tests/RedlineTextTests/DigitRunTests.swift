import Testing
@testable import RedlineText

/// Numbers however they are written: spaced, dashed, in Chinese digits, circled.
@Suite("Digit runs")
struct DigitRunTests {
    func runs(_ text: String, minimum: Int = 5) -> [String] {
        NormalizedText(text).digitRuns(minimumLength: minimum).map { String(decoding: $0.digits, as: UTF8.self) }
    }

    @Test("a phone number reads the same however it is written", arguments: [
        "1 3 8-0013-8000", "138-0013-8000", "一三八零零一三八零零零", "①③⑧⓪⓪①③⑧⓪⓪⓪", "幺三八洞洞幺三八洞洞洞", "１３８００１３８０００", "壹叁捌零零壹叁捌零零零",
    ])
    func phone(_ text: String) {
        #expect(runs("电话" + text + "联系") == ["13800138000"])
    }

    @Test("ordinary words and short numbers are not runs", arguments: ["一下", "一个人", "2023年", "第一", "三四天"])
    func notRuns(_ text: String) {
        #expect(runs(text).isEmpty)
    }

    @Test("the run's range covers its first to last digit")
    func range() {
        let text = NormalizedText("打13800138000哦")
        let run = text.digitRuns(minimumLength: 5)[0]
        #expect(text.originalRange(run.range) == 1..<12)
    }
}
