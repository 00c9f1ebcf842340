/// The words of the chats: draws from a generator of its own, so that what the messages say never shifts the
/// orders, events, turns and times the corpus's main generator lays out; and disguises the keywords of the
/// message being written when its agent is evading a filter.
struct Wording {
    private var generator: Generator
    /// How the keywords of the message being written are disguised, if they are.
    var evasion: Evasion?

    init(seed: UInt64) { generator = Generator(state: seed ^ 0x5DEE_CE66_D1CE_4E5B) }

    mutating func pick<Item>(_ items: [Item]) -> Item { items[generator.next(items.count)] }

    /// True `percent` times in a hundred.
    mutating func percent(_ percent: Int) -> Bool { generator.next(100) < percent }

    mutating func number(_ range: ClosedRange<Int>) -> Int { range.lowerBound + generator.next(range.count) }

    /// One of `count` ways of saying something, numbered from 0.
    mutating func choice(_ count: Int) -> Int { generator.next(count) }

    /// A keyword of a violation, disguised if the message is evading.
    func key(_ text: String) -> String { evasion?.disguise(text) ?? text }

    /// Starts a new message: disguised `percent` times in a hundred.
    mutating func evade(_ percent: Int) {
        guard self.percent(percent) else { evasion = nil; return }
        switch generator.next(10) {
        case 0, 1: evasion = .fullWidth
        case 2, 3: evasion = .traditional
        case 4, 5: evasion = .spaced
        case 6, 7: evasion = .separated(pick(Evasion.separators))
        default: evasion = .emojiInside(pick(Evasion.insertedEmoji))
        }
    }

    mutating func digits(_ count: Int) -> String {
        var text = ""
        for _ in 0..<count { text.unicodeScalars.append(Unicode.Scalar(UInt8(48 + generator.next(10)))) }
        return text
    }

    /// A mobile number as people type it: run together, grouped 3-4-4 by spaces or dashes, or in full-width
    /// digits.
    mutating func mobile() -> String {
        let prefix = pick(["138", "139", "137", "135", "186", "188", "159", "150", "177", "152", "133", "199"])
        let middle = digits(4), last = digits(4)
        switch generator.next(6) {
        case 0: return "\(prefix) \(middle) \(last)"
        case 1: return "\(prefix)-\(middle)-\(last)"
        case 2: return Evasion.fullWidth.disguise(prefix + middle + last)
        default: return prefix + middle + last
        }
    }

    /// A number spoken digit by digit in Chinese numerals (一三八…), as agents write phone numbers past filters.
    static func chineseDigits(_ digits: String) -> String {
        let numerals: [Character] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        return String(digits.compactMap { $0.wholeNumberValue.map { numerals[$0] } })
    }

    /// A Tmall order number: 18 or 19 digits.
    mutating func orderNumber() -> String { String(1 + generator.next(4)) + digits(17 + generator.next(2)) }

    /// An amount of money as agents write it: 15元, 15块, 十五块钱, ¥15 (two is 两).
    mutating func amount(_ yuan: Int) -> String {
        let spoken = yuan == 2 ? "两" : Self.chineseNumber(yuan)
        switch generator.next(8) {
        case 0: return "\(yuan)块"
        case 1: return "\(yuan)块钱"
        case 2: return spoken + "块钱"
        case 3: return spoken + "元"
        case 4: return "¥\(yuan)"
        default: return "\(yuan)元"
        }
    }

    /// A buyer's name as it appears on a parcel.
    mutating func name() -> String {
        percent(20) ? pick(Phrases.surnames) + pick(["女士", "先生", "小姐"]) : pick(Phrases.surnames) + pick(Phrases.givenNames)
    }

    /// A delivery address down to the flat, as buyers paste it.
    mutating func address() -> String {
        let (province, city, district) = pick(Phrases.provinces)
        let region = province == city ? city + district : province + city + district
        return region + pick(Phrases.streets) + "\(number(1...999))号" + pick(Phrases.estates)
            + "\(number(1...30))幢\(number(1...6))单元\(number(1...28))0\(number(1...4))室"
    }

    /// Numbers up to 999 in Chinese numerals, as 十五, 二十, 一百二十.
    static func chineseNumber(_ value: Int) -> String {
        let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        let hundreds = value / 100, tens = value / 10 % 10, ones = value % 10
        var text = hundreds > 0 ? digits[hundreds] + "百" : ""
        if tens > 0 { text += (tens == 1 && hundreds == 0 ? "" : digits[tens]) + "十" } else if hundreds > 0 && ones > 0 { text += "零" }
        if ones > 0 || value == 0 { text += digits[ones] }
        return text
    }
}
