/// A reply that only says no to the buyer: "不支持呢", "没有了哦", "不好意思，不行的". A rule with a `refusal:`
/// condition breaks when such a reply answers a buyer's message that the condition describes: "支持七天无理由吗" -
/// "不支持呢" refuses the 7-day return as surely as writing it out.
enum Refusal {
    /// How a no opens, longest first.
    static let openings: [[Unicode.Scalar]] = [
        "暂不支持", "不支持", "不可以", "开不了", "用不了", "不参加", "没参加", "不接受", "不提供", "没有了", "不能", "不行", "没有", "没了",
        "没货", "木有", "不收", "不开", "不退", "不包", "不给",
    ].map { Array($0.unicodeScalars) }

    /// The first characters of the openings.
    static let openingFirsts = Set(openings.compactMap(\.first))

    /// Words that may stand before the no besides greetings: "这个不支持哦", "我们不收".
    static let subjects: [[Unicode.Scalar]] = ["这个", "这款", "我们"].map { Array($0.unicodeScalars) }

    /// After the no, these make it a condition or a question: "不行的话可以换", "不支持吗".
    static let turns: [[Unicode.Scalar]] = ["的话", "吗", "?"].map { Array($0.unicodeScalars) }

    /// The only words that may follow the no: the refused act itself and particles ("不能退哦", "没有货了").
    static let allowedAfter = Set("退换开用刷收货了的哦呢哈啊呀亲嘛啦滴".unicodeScalars)

    /// The byte range of the no in a short reply, or nil when the reply is not a bare no.
    static func span(_ reply: ShortReply) -> Range<Int>? {
        let scalars = reply.scalars
        var start = reply.start
        if let subject = subjects.first(where: { scalars.has($0, at: start) }) { start += subject.count }
        guard start < scalars.count, openingFirsts.contains(scalars[start]),
              let opening = openings.first(where: { scalars.has($0, at: start) }) else { return nil }
        let rest = Array(scalars[(start + opening.count)...])
        guard !turns.contains(where: { turn in rest.indices.contains { rest.has(turn, at: $0) } }),
              rest.allSatisfy({ !ShortReply.isWord($0) || allowedAfter.contains($0) }) else { return nil }
        return reply.byteRange(start, opening.count)
    }
}
