/// A run of digits in a message, look-alikes included: what a phone, QQ or WeChat number looks like however
/// it is written (`138-0013-8000`, `一三八零零一三八零零零`, `①③⑧`, `幺三八洞洞…`).
public struct DigitRun: Sendable, Equatable {
    /// The digits, as ASCII `0`…`9`.
    public var digits: [UInt8]
    /// The byte range in the normalised text, from the first digit to the last.
    public var range: Range<Int>

    public init(digits: [UInt8], range: Range<Int>) {
        self.digits = digits
        self.range = range
    }
}

extension NormalizedText {
    /// Runs of at least `minimumLength` digits. Inside a run, `-`, `.` and an `o` between digits are ignored
    /// (the `o` read as 0).
    ///
    /// - Complexity: O(n) in the length of the text.
    public func digitRuns(minimumLength: Int) -> [DigitRun] {
        var runs: [DigitRun] = []
        var digits: [UInt8] = []
        var start = 0, end = 0
        var index = 0
        func close() {
            if digits.count >= minimumLength { runs.append(DigitRun(digits: digits, range: start..<end)) }
            digits.removeAll(keepingCapacity: true)
        }
        while index < bytes.count {
            let (scalar, length) = Self.decode(bytes, at: index)
            if let digit = Self.digitValue(scalar) {
                if digits.isEmpty { start = index }
                digits.append(0x30 + digit)
                end = index + length
            } else if !digits.isEmpty, scalar == 0x2D || scalar == 0x2E || scalar == 0x6F,
                      index + length < bytes.count, Self.digitValue(Self.decode(bytes, at: index + length).0) != nil {
                if scalar == 0x6F { digits.append(0x30) }
            } else if !digits.isEmpty {
                close()
            }
            index += length
        }
        close()
        return runs
    }

    /// The digit a scalar stands for in a written number: ASCII, Chinese numerals (零一二…, 壹贰…, 幺 = 1,
    /// 洞 = 0, 两 = 2) and circled or parenthesised digits.
    static func digitValue(_ v: UInt32) -> UInt8? {
        switch v {
        case 0x30...0x39: return UInt8(v - 0x30)
        case 0x2460...0x2468: return UInt8(v - 0x2460 + 1)
        case 0x2474...0x247C: return UInt8(v - 0x2474 + 1)
        case 0x2488...0x2490: return UInt8(v - 0x2488 + 1)
        case 0x2776...0x277E: return UInt8(v - 0x2776 + 1)
        case 0x2780...0x2788: return UInt8(v - 0x2780 + 1)
        case 0x278A...0x2792: return UInt8(v - 0x278A + 1)
        case 0x24EA, 0x24FF: return 0
        default: return chineseDigit(v)
        }
    }

    /// 〇零洞 → 0, 一壹幺 → 1, 二贰两 → 2, 三叁 → 3 … 九玖 → 9.
    static func chineseDigit(_ v: UInt32) -> UInt8? {
        switch v {
        case 0x3007, 0x96F6, 0x6D1E: 0
        case 0x4E00, 0x58F9, 0x5E7A: 1
        case 0x4E8C, 0x8D30, 0x4E24: 2
        case 0x4E09, 0x53C1: 3
        case 0x56DB, 0x8086: 4
        case 0x4E94, 0x4F0D: 5
        case 0x516D, 0x9646: 6
        case 0x4E03, 0x67D2: 7
        case 0x516B, 0x634C: 8
        case 0x4E5D, 0x7396: 9
        default: nil
        }
    }

    /// The scalar value at a byte offset of valid UTF-8, and its length in bytes.
    static func decode(_ bytes: [UInt8], at index: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        func continuation(_ offset: Int) -> UInt32 {
            index + offset < bytes.count ? UInt32(bytes[index + offset] & 0x3F) : 0
        }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | continuation(1), 2) }
        if lead < 0xF0 { return ((lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2), 3) }
        return ((lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3), 4)
    }
}
