import Testing
@testable import RedlineText

/// Amounts of money as agents write them, in integer fen.
@Suite("Money mentions")
struct MoneyMentionTests {
    func amounts(_ text: String) -> [(Int64, Int64, Bool)] {
        NormalizedText(text).moneyMentions.map { ($0.fen, $0.highFen, $0.hasUnit) }
    }

    @Test("amounts with a unit", arguments: [
        ("补您5元", Int64(500)), ("5块", 500), ("5块钱", 500), ("5.5元", 550), ("¥8", 800), ("￥ 8", 800), ("8rmb", 800),
        ("20RMB", 2_000), ("20cny", 2_000), ("5毛", 50), ("5角", 50), ("五块钱", 500), ("两块", 200), ("十五元", 1_500),
        ("二十块", 2_000), ("两百元", 20_000), ("一百五十元", 15_000), ("三十五块", 3_500), ("五毛", 50), ("八块五", 850),
        ("一块五", 150), ("5块5", 550), ("1299.00元", 129_900), ("89.90元", 8_990), ("一千二百元", 120_000), ("1万元", 1_000_000),
        ("壹佰元", 10_000), ("拾元", 1_000), ("0.5元", 50), ("十元", 1_000), ("一百块", 10_000), ("25r", 2_500), ("15R吧", 1_500),
    ])
    func withUnit(_ text: String, _ fen: Int64) {
        let found = amounts(text)
        #expect(found.count == 1 && found[0].0 == fen && found[0].2, "\(found)")
    }

    @Test("ranges give a low and a high end", arguments: [("2-5元", Int64(200), Int64(500)), ("2~5块", 200, 500), ("2到5元", 200, 500), ("十到二十元", 1_000, 2_000)])
    func ranges(_ text: String, _ low: Int64, _ high: Int64) {
        let found = amounts(text)
        #expect(found.count == 1 && found[0].0 == low && found[0].1 == high, "\(found)")
    }

    @Test("bare numbers are found without a unit", arguments: [("补您一百", Int64(10_000)), ("返现20", 2_000), ("一百五", 15_000)])
    func bare(_ text: String, _ fen: Int64) {
        let found = amounts(text)
        #expect(found.count == 1 && found[0].0 == fen && !found[0].2, "\(found)")
    }

    @Test("words, counts, times and phone numbers are not money",
          arguments: ["一个", "一下", "第一", "13800138000", "五星好评", "3天", "16:00", "2件", "8折", "两个人", "五六", "3rd"])
    func notMoney(_ text: String) {
        #expect(amounts(text).isEmpty, "\(amounts(text))")
    }

    @Test("the mention's range covers number and unit")
    func range() {
        let text = NormalizedText("给您补偿二十元吧")
        let mention = text.moneyMentions[0]
        #expect(text.originalRange(mention.range) == 4..<7)
    }
}
