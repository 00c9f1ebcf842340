import Testing
@testable import RedlineText

/// Normalisation folds what evasions vary and maps every match back to the original text.
@Suite("Normalised text")
struct NormalizedTextTests {
    func normalized(_ text: String) -> String { String(decoding: NormalizedText(text).bytes, as: UTF8.self) }

    /// The original scalar range of the first occurrence of `needle` in the normalised text.
    func original(_ text: String, _ needle: String) -> Range<Int>? {
        let normal = NormalizedText(text)
        guard let found = normal.bytes.firstRange(of: Array(needle.utf8)) else { return nil }
        return normal.originalRange(found)
    }

    @Test("full-width letters and digits fold to ASCII, lower case",
          arguments: [("ＶＸ１３８", "vx138"), ("ABC", "abc"), ("￥20", "¥20"), ("ＱＱ：１２３", "qq:123")])
    func widthAndCase(_ text: String, _ expected: String) {
        #expect(normalized(text) == expected)
    }

    @Test("a span in the normalised text maps back to original scalars")
    func offsets() {
        #expect(original("亲，ＶＸ：１３８", "vx") == 2..<4)
        #expect(original("😀特价商品不开发票", "不开") == 5..<7)
    }

    @Test("zero-width characters vanish and the span covers them")
    func zeroWidth() {
        #expect(normalized("微\u{200B}信") == "微信")
        #expect(original("加微\u{200B}信", "微信") == 1..<4)
    }

    @Test("spaces inside words vanish", arguments: [("加 微 信", "加微信"), ("V 信", "v信"), ("微\u{3000}信", "微信")])
    func spaces(_ text: String, _ expected: String) {
        #expect(normalized(text) == expected)
    }

    @Test("decorative separators between word characters vanish", arguments: [("微*信", "微信"), ("V·信", "v信"), ("加★我", "加我")])
    func decorative(_ text: String, _ expected: String) {
        #expect(normalized(text) == expected)
    }

    @Test("traditional characters become simplified", arguments: [("發票", "发票"), ("沒貨", "没货"), ("順豐包郵", "顺丰包邮"), ("花唄", "花呗")])
    func traditional(_ text: String, _ expected: String) {
        #expect(normalized(text) == expected)
    }

    @Test("each numbered item of a list is a sentence of its own; a decimal is not an item")
    func listItems() {
        let text = NormalizedText("1. 退货退款，最多报销10元 2. 补发一个")
        #expect(text.sentence(at: 0) != text.sentence(at: text.bytes.count - 1))
        #expect(!normalized("报销10元 2. 补发").contains("10元2"))
        let decimal = NormalizedText("一共 2.5元")
        #expect(decimal.sentence(at: 0) == decimal.sentence(at: decimal.bytes.count - 1))
    }

    @Test("emoji runs and [表情] placeholders become one clause break")
    func emoji() {
        #expect(normalized("好的😊😊谢谢") == "好的~谢谢")
        #expect(normalized("好的[微笑]谢谢") == "好的~谢谢")
        #expect(normalized("好的【害羞】谢谢") == "好的~谢谢")
        let text = NormalizedText("发票😊😊不开")
        #expect(text.clause(at: 0) != text.clause(at: text.bytes.count - 1))
    }

    @Test("one emoji inside a word is an evasion and is dropped", arguments: [("拉🖤黑", "拉黑"), ("好👍评返现", "好评返现"),
                                                                         ("不❌支持", "不支持"), ("转💰账到支💰付宝", "转账到支付宝")])
    func emojiInsideWord(_ text: String, _ expected: String) {
        #expect(normalized(text) == expected)
    }

    @Test("a finding across an emoji inside a word quotes the emoji too")
    func emojiInsideWordOffsets() {
        let text = NormalizedText("再刷屏就拉🖤黑哈")
        let start = text.bytes.count - "拉黑哈".utf8.count
        #expect(text.originalRange(start..<(start + "拉黑".utf8.count)) == 4..<7)
    }

    @Test("a plus-sign emoji reads as + (➕微 for 加微), not as a clause break")
    func plusSignEmoji() {
        #expect(normalized("详情➕微") == "详情+微")
        #expect(normalized("✚V：abc") == "+v:abc")
        let text = NormalizedText("➕微")
        #expect(text.originalRange(0..<1) == 0..<1)
    }

    @Test("a lone star between characters is dropped (微*信), a run of them is masking and stays (138****5678)")
    func maskedDigits() {
        #expect(normalized("微*信") == "微信")
        #expect(normalized("138*1234*5678") == "13812345678")
        #expect(normalized("138****5678") == "138****5678")
    }

    @Test("a full stop or hyphen between Latin letters is dropped (v.x), between digits it stays (5.5, 2-5)")
    func handleBreakers() {
        #expect(normalized("加我v.x") == "加我vx")
        #expect(normalized("W-X号") == "wx号")
        #expect(normalized("5.5元") == "5.5元")
        #expect(normalized("2-5元") == "2-5元")
        #expect(normalized("abc.") == "abc.")
    }

    @Test("clauses end at ，；！？~ and sentences at 。！？ and line breaks")
    func clauses() {
        let text = NormalizedText("发票，不开。真的")
        let bytes = text.bytes
        let comma = bytes.firstIndex(of: UInt8(ascii: ","))!
        #expect(text.clause(at: 0) == text.clause(at: comma))
        #expect(text.clause(at: 0) != text.clause(at: comma + 1))
        #expect(text.sentence(at: 0) == text.sentence(at: comma + 1))
        #expect(text.sentence(at: 0) != text.sentence(at: bytes.count - 1))
    }

    @Test("a space between two utterances ends a clause; a space inside a word does not")
    func utteranceSpaces() {
        let split = NormalizedText("不可以哦 发票是按实付开的")
        #expect(split.clause(at: 0) != split.clause(at: split.bytes.count - 1))
        let word = NormalizedText("加 微 信")
        #expect(word.clause(at: 0) == word.clause(at: word.bytes.count - 1))
    }

    @Test("property: every normalised span maps inside the original, monotonically")
    func property() {
        var state: UInt64 = 7
        func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33
        }
        let alphabet: [String] = ["微", "信", "Ａ", "b", "１", "2", "😀", "\u{200B}", " ", "，", "發", "[表情]", "*", "\n", "①"]
        for _ in 0..<500 {
            let text = (0..<Int(next() % 30)).map { _ in alphabet[Int(next() % UInt64(alphabet.count))] }.joined()
            let normal = NormalizedText(text)
            var previous = 0
            var offset = 0
            while offset < normal.bytes.count {
                var end = offset + 1
                while end < normal.bytes.count, normal.bytes[end] & 0xC0 == 0x80 { end += 1 }
                let range = normal.originalRange(offset..<end)
                #expect(range.lowerBound >= previous && range.upperBound <= normal.originalScalarCount && !range.isEmpty)
                previous = range.lowerBound
                offset = end
            }
        }
    }
}
