/// Finds amounts of money in normalised text: a number (Arabic or Chinese numerals), an optional range, and a
/// unit or a ¥ sign.
struct MoneyReader {
    let scalars: [UInt32]
    /// Byte offset of each scalar, plus the end.
    let offsets: [Int]

    init(text: NormalizedText) {
        var scalars: [UInt32] = [], offsets: [Int] = []
        scalars.reserveCapacity(text.bytes.count)
        offsets.reserveCapacity(text.bytes.count + 1)
        var index = 0
        while index < text.bytes.count {
            let (scalar, length) = NormalizedText.decode(text.bytes, at: index)
            scalars.append(scalar)
            offsets.append(index)
            index += length
        }
        offsets.append(text.bytes.count)
        self.scalars = scalars
        self.offsets = offsets
    }

    /// Numbers longer than this (order, phone, tracking numbers) are never money.
    static let longestWholePart = 6

    mutating func readAll() -> [MoneyMention] {
        var mentions: [MoneyMention] = []
        var index = 0
        while index < scalars.count {
            // Only a digit, a Chinese numeral or ¥ can start an amount.
            let v = scalars[index]
            guard isDigitLike(v) || v == 0xA5 || NormalizedText.chineseDigit(v) != nil || Self.multiplier(v) != nil else {
                index += 1
                continue
            }
            if let (mention, next) = read(at: index) {
                if let mention { mentions.append(mention) }
                index = max(next, index + 1)
            } else {
                index += 1
            }
        }
        return mentions
    }

    /// Reads an amount starting at `index`. Returns nil when no number starts there; a nil mention with an
    /// index to skip to when a number starts there but is not money.
    func read(at start: Int) -> (MoneyMention?, Int)? {
        var index = start
        let currency = scalars[index] == 0xA5
        if currency { index += 1 }
        guard index < scalars.count, let first = number(at: index) else { return nil }
        if start > 0, scalars[start - 1] == 0x7B2C { return (nil, first.end) }      // 第一: an ordinal
        if start > 0, isDigitLike(scalars[start - 1]) || scalars[start - 1] == 0x3A || scalars[start - 1] == 0x2E {
            return (nil, first.end)                                                     // 16:00, 1.5.3
        }
        var low = first.fen, high = first.fen
        index = first.end
        if index + 1 < scalars.count, Self.isRangeJoiner(scalars[index]),
           let second = number(at: index + 1) {
            if second.end < scalars.count, scalars[second.end] == 0x2D { return (nil, skipJoined(from: second.end)) }
            guard second.fen >= low else { return (nil, skipJoined(from: second.end)) }
            high = second.fen
            index = second.end
        }
        if first.tooLong { return (nil, index) }
        let unit = self.unit(at: index)
        if let unit {
            if unit.isJiao {
                low /= 10
                high /= 10
            }
            index = unit.end
            if unit.allowsJiao, let jiao = jiao(at: index) {
                low += jiao.fen
                high += jiao.fen
                index = jiao.end
            }
        }
        let hasUnit = unit != nil || currency
        if !hasUnit {
            guard first.isBareCandidate, !isCounter(at: index) else { return (nil, index) }
        }
        return (MoneyMention(fen: low, highFen: high, hasUnit: hasUnit, range: offsets[start]..<offsets[index]), index)
    }

    /// `-`, `~`, 到, 至: the joiners of a range of amounts (2-5元, 三到五块).
    private static func isRangeJoiner(_ v: UInt32) -> Bool {
        v == 0x2D || v == 0x7E || v == 0x5230 || v == 0x81F3
    }

    private func skipJoined(from index: Int) -> Int {
        var next = index
        while next < scalars.count, scalars[next] == 0x2D || isDigitLike(scalars[next]) { next += 1 }
        return next
    }

    private func isDigitLike(_ v: UInt32) -> Bool { (0x30...0x39).contains(v) }

    /// A number: Arabic digits with up to two decimals (and an optional 万/千/百 multiplier), or Chinese numerals.
    struct Number {
        var fen: Int64
        var end: Int
        var tooLong: Bool
        /// Whether the number may be money without a unit: Arabic, or Chinese with a multiplier (十五, 一百).
        var isBareCandidate: Bool
    }

    func number(at start: Int) -> Number? {
        if isDigitLike(scalars[start]) { return arabic(at: start) }
        return chinese(at: start)
    }

    private func arabic(at start: Int) -> Number {
        var index = start, whole: Int64 = 0, digits = 0
        while index < scalars.count, isDigitLike(scalars[index]) {
            if digits < 15 { whole = whole * 10 + Int64(scalars[index] - 0x30) }
            digits += 1
            index += 1
        }
        var fen = whole * 100
        if index + 1 < scalars.count, scalars[index] == 0x2E, isDigitLike(scalars[index + 1]) {
            index += 1
            var place: Int64 = 10
            while index < scalars.count, isDigitLike(scalars[index]) {
                if place > 0 { fen += Int64(scalars[index] - 0x30) * place }
                place /= 10
                index += 1
            }
        }
        if index < scalars.count, let multiplier = Self.multiplier(scalars[index]), multiplier >= 100 {
            fen *= multiplier
            index += 1
        }
        return Number(fen: fen, end: index, tooLong: digits > Self.longestWholePart, isBareCandidate: true)
    }

    /// 十五 → 15, 两百 → 200, 一百五 → 150, 三十五 → 35, 一千二 → 1200, 五 → 5. Two plain digits in a row
    /// (五六, 一二) are not a number.
    private func chinese(at start: Int) -> Number? {
        var index = start
        var total: Int64 = 0, section: Int64 = 0, digit: Int64 = -1
        var lastMultiplier: Int64 = 0
        var sawMultiplier = false
        while index < scalars.count {
            let v = scalars[index]
            if let value = NormalizedText.chineseDigit(v), v != 0x6D1E, v != 0x5E7A {
                if digit >= 0 { return nil }
                digit = Int64(value)
            } else if let multiplier = Self.multiplier(v) {
                sawMultiplier = true
                if multiplier == 10_000 {
                    total = (total + section + max(digit, 0)) * 10_000
                    section = 0
                } else {
                    section += (digit < 0 ? 1 : digit) * multiplier
                }
                digit = -1
                lastMultiplier = multiplier
            } else {
                break
            }
            index += 1
        }
        guard index > start else { return nil }
        var value = total + section
        if digit >= 0 {
            value += lastMultiplier >= 100 ? digit * (lastMultiplier / 10) : digit
        }
        return Number(fen: value * 100, end: index, tooLong: false, isBareCandidate: sawMultiplier)
    }

    static func multiplier(_ v: UInt32) -> Int64? {
        switch v {
        case 0x5341, 0x62FE: 10
        case 0x767E, 0x4F70: 100
        case 0x5343, 0x4EDF: 1_000
        case 0x4E07: 10_000
        default: nil
        }
    }

    /// A unit after a number: 元/块/圆 (with an optional 钱), 毛/角 (tenths), rmb, cny, and a lone r (25r).
    struct Unit {
        var end: Int
        var isJiao: Bool
        var allowsJiao: Bool
    }

    func unit(at index: Int) -> Unit? {
        guard index < scalars.count else { return nil }
        switch scalars[index] {
        case 0x5143, 0x5757, 0x5706:
            let end = index + 1 < scalars.count && scalars[index + 1] == 0x94B1 ? index + 2 : index + 1
            return Unit(end: end, isJiao: false, allowsJiao: true)
        case 0x6BDB, 0x89D2:
            let end = index + 1 < scalars.count && scalars[index + 1] == 0x94B1 ? index + 2 : index + 1
            return Unit(end: end, isJiao: true, allowsJiao: false)
        case 0x72 where index + 1 == scalars.count || !(0x61...0x7A).contains(scalars[index + 1]):
            return Unit(end: index + 1, isJiao: false, allowsJiao: false)                      // 25r: chat shorthand
        default:
            guard index + 3 <= scalars.count else { return nil }
            let word = (scalars[index], scalars[index + 1], scalars[index + 2])
            guard word == (0x72, 0x6D, 0x62) || word == (0x63, 0x6E, 0x79) else { return nil }   // rmb, cny
            return Unit(end: index + 3, isJiao: false, allowsJiao: false)
        }
    }

    /// The tenths after a yuan unit: 八块五, 5块5, 一块五毛.
    func jiao(at index: Int) -> (fen: Int64, end: Int)? {
        guard index < scalars.count else { return nil }
        let v = scalars[index]
        let value: Int64? = isDigitLike(v) ? Int64(v - 0x30) : NormalizedText.chineseDigit(v).map(Int64.init)
        guard let value, v != 0x6D1E, v != 0x5E7A else { return nil }
        let next = index + 1
        if next < scalars.count, isDigitLike(scalars[next]) || NormalizedText.chineseDigit(scalars[next]) != nil
            || Self.multiplier(scalars[next]) != nil { return nil }
        if next < scalars.count, scalars[next] == 0x6BDB || scalars[next] == 0x89D2 { return (value * 10, next + 1) }
        return (value * 10, next)
    }

    /// Counters that make a bare number a quantity, a time or a rating, not money.
    private func isCounter(at index: Int) -> Bool {
        guard index < scalars.count else { return false }
        return Self.counters.contains(scalars[index]) || (0x61...0x7A).contains(scalars[index])
    }

    /// 个天小分点号月年件斤岁次%折星楼米层码度秒周日寸克人家双盒包瓶袋张条台款种位:./成倍朵片支副套组页幅根颗粒.
    private static let counters: Set<UInt32> = [
        0x4E2A, 0x5929, 0x5C0F, 0x5206, 0x70B9, 0x53F7, 0x6708, 0x5E74, 0x4EF6, 0x65A4, 0x5C81, 0x6B21, 0x25, 0x6298,
        0x661F, 0x697C, 0x7C73, 0x5C42, 0x7801, 0x5EA6, 0x79D2, 0x5468, 0x65E5, 0x5BF8, 0x514B, 0x4EBA, 0x5BB6, 0x53CC,
        0x76D2, 0x5305, 0x74F6, 0x888B, 0x5F20, 0x6761, 0x53F0, 0x6B3E, 0x79CD, 0x4F4D, 0x3A, 0x2E, 0x2F, 0x6210,
        0x500D, 0x6735, 0x7247, 0x652F, 0x526F, 0x5957, 0x7EC4, 0x9875, 0x5E45, 0x6839, 0x9897, 0x7C92,
    ]
}
