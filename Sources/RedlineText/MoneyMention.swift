/// An amount of money written in a message: `5元`, `五块钱`, `¥20`, `20rmb`, `一百五`, `5毛`, `八块五`,
/// `2-5元`. Amounts are integer fen; decimals beyond two places are truncated.
public struct MoneyMention: Sendable, Equatable {
    /// The amount, or the low end of a range, in fen.
    public var fen: Int64
    /// The high end of a range; equal to `fen` for a single amount.
    public var highFen: Int64
    /// A unit (元, 块, 毛, 角, rmb, cny) or a ¥ sign was written; false for a bare number such as "补您一百".
    public var hasUnit: Bool
    /// The byte range in the normalised text, number and unit included.
    public var range: Range<Int>

    public init(fen: Int64, highFen: Int64, hasUnit: Bool, range: Range<Int>) {
        self.fen = fen
        self.highFen = highFen
        self.hasUnit = hasUnit
        self.range = range
    }
}

extension NormalizedText {
    /// Every amount of money written in the text, in order.
    ///
    /// - Complexity: O(n) in the length of the text.
    public var moneyMentions: [MoneyMention] {
        var reader = MoneyReader(text: self)
        return reader.readAll()
    }
}
