/// How an agent disguises a forbidden word from keyword filters: full-width letters and digits, traditional
/// characters, spaces, symbols or an emoji between the characters.
enum Evasion {
    case fullWidth
    case traditional
    case spaced
    case separated(String)
    case emojiInside(String)

    static let separators = ["*", "·", "_", "|", "-", "/", ".", "★"]
    static let insertedEmoji = ["❤️", "💗", "🌸", "👍", "✨", "🔥", "⭐", "➕"]

    func disguise(_ text: String) -> String {
        switch self {
        case .fullWidth:
            return String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
                switch scalar.value {
                case 0x21...0x7E: Unicode.Scalar(scalar.value + 0xFEE0)!
                case 0x20: "\u{3000}"
                default: scalar
                }
            }))
        case .traditional:
            return String(String.UnicodeScalarView(text.unicodeScalars.map { Evasion.traditionalForms[$0] ?? $0 }))
        case .spaced:
            return text.unicodeScalars.map { String($0) }.joined(separator: " ")
        case .separated(let separator):
            return text.unicodeScalars.map { String($0) }.joined(separator: separator)
        case .emojiInside(let emoji):
            let scalars = Array(text.unicodeScalars)
            guard scalars.count > 1 else { return text + emoji }
            let middle = scalars.count / 2
            return String(String.UnicodeScalarView(scalars[..<middle])) + emoji + String(String.UnicodeScalarView(scalars[middle...]))
        }
    }

    /// Simplified characters of the chats' words and their traditional forms, in pairs.
    private static let traditionalPairs = [
        "发發开開货貨无無没沒库庫断斷卖賣现現价價关關闭閉订訂单單礼禮给給们們这這个個换換时時间間说說钱錢红紅费費续續还還运運补補",
        "偿償赔賠转轉账賬银銀码碼联聯电電话話号號评評图圖晒曬顺順丰豐邮郵递遞达達圆圓韵韻买買优優减減让讓后後么麼吗嗎东東质質问問",
        "题題门門处處务務计計额額满滿税稅点點据據专專张張纸紙过過实實际際样樣会會对對应應该該头頭业業办辦统統维維护護机機坏壞财財",
        "师師经經线線车車为為动動见見页頁边邊长長两兩亲親爱愛宝寶贝貝欢歡谢謝复復帮幫询詢确確认認签簽试試级級积積条條报報销銷块塊",
        "请請从從内內仓倉厂廠产產颜顏绝絕数數软軟扫掃网網络絡区區汇匯备備织織绒絨袜襪劳勞诚誠",
    ].joined()
    private static let traditionalForms: [Unicode.Scalar: Unicode.Scalar] = {
        let scalars = Array(traditionalPairs.unicodeScalars)
        var forms: [Unicode.Scalar: Unicode.Scalar] = [:]
        for index in stride(from: 0, to: scalars.count - 1, by: 2) { forms[scalars[index]] = scalars[index + 1] }
        return forms
    }()
}
