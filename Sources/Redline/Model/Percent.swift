/// A percentage held exactly in basis points (1% = 100 bp), for compensation rates such as 5% and 30%.
public struct Percent: Sendable, Hashable, CustomStringConvertible {
    public var basisPoints: Int64

    public init(basisPoints: Int64) { self.basisPoints = basisPoints }

    /// Reads `"5%"`, `"30%"`, `"2.5%"` (at most two decimals).
    public init?(_ text: some StringProtocol) {
        guard text.hasSuffix("%"), let value = Money(decimal: text.dropLast()), value.fen >= 0 else { return nil }
        basisPoints = value.fen
    }

    public var description: String {
        let whole = basisPoints / 100, rest = basisPoints % 100
        return rest == 0 ? "\(whole)%" : "\(Money(fen: basisPoints).description.trimmingZeros)%"
    }

    /// `amount × rate`, rounded half up to the fen (half away from zero for negative amounts).
    public func of(_ amount: Money) -> Money {
        let product = amount.fen * basisPoints          // fen × bp; exact while amount < 9.2e14 fen / 10^4
        let divisor: Int64 = 10_000
        let quotient = product / divisor, remainder = product % divisor
        let roundsUp = remainder.magnitude * 2 >= divisor.magnitude
        return Money(fen: roundsUp ? quotient + (product < 0 ? -1 : 1) : quotient)
    }
}

extension String {
    fileprivate var trimmingZeros: String {
        var text = self
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
