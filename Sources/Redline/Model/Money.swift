/// An amount of Chinese yuan held exactly as an integer number of fen (1 CNY = 100 fen).
///
/// Money never passes through floating point. Decimal strings are read exactly; amounts with more than two
/// decimals are rejected rather than rounded, so an author or a feed never loses a fen silently.
public struct Money: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var fen: Int64

    public init(fen: Int64) { self.fen = fen }

    public init(yuan: Int64) { self.fen = yuan * 100 }

    /// Reads `"89.90"`, `"5"`, `"5.5"`, `"-3.00"`. Returns nil for anything else (exponents, commas,
    /// more than two decimals, values beyond 10^15 yuan).
    public init?(decimal text: some StringProtocol) {
        var utf8 = Substring(text).utf8[...]
        var negative = false
        if utf8.first == UInt8(ascii: "-") { negative = true; utf8 = utf8.dropFirst() }
        var whole: Int64 = 0, fraction: Int64 = 0, fractionDigits = 0, wholeDigits = 0, seenPoint = false
        for byte in utf8 {
            if byte == UInt8(ascii: ".") {
                guard !seenPoint else { return nil }
                seenPoint = true
                continue
            }
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            let digit = Int64(byte - 0x30)
            if seenPoint {
                fractionDigits += 1
                guard fractionDigits <= 2 else { return nil }
                fraction = fraction * 10 + digit
            } else {
                wholeDigits += 1
                guard wholeDigits <= 15 else { return nil }
                whole = whole * 10 + digit
            }
        }
        guard wholeDigits > 0, !(seenPoint && fractionDigits == 0) else { return nil }
        if fractionDigits == 1 { fraction *= 10 }
        let fen = whole * 100 + fraction
        self.fen = negative ? -fen : fen
    }

    /// The amount as a two-decimal string: `"5.00"`, `"89.90"`.
    public var description: String {
        let sign = fen < 0 ? "-" : ""
        let magnitude = fen.magnitude
        let cents = magnitude % 100
        return "\(sign)\(magnitude / 100).\(cents < 10 ? "0" : "")\(cents)"
    }

    public static func < (a: Money, b: Money) -> Bool { a.fen < b.fen }
}
