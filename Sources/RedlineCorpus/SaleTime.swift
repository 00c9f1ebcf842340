import Redline

/// A moment of the sale: seconds after 2026-11-11T00:00:00+08:00, in Asia/Shanghai (UTC+8 all year: China has
/// kept no daylight saving time since 1991). Written as RFC 3339 by `Instant`'s integer arithmetic:
/// Foundation's calendar took most of the generator's time.
struct SaleTime {
    let seconds: Int

    init(_ seconds: Int) { self.seconds = seconds }

    /// Days after 2026-11-11, which is a Wednesday.
    var day: Int { seconds.floorDivided(by: 86_400) }

    var hour: Int { (seconds - day * 86_400) / 3_600 }

    /// 0 for Monday through 6 for Sunday.
    var weekday: Int { SaleTime.weekday(ofDay: day) }

    /// The weekday of a day counted from 2026-11-11: 0 for Monday through 6 for Sunday.
    static func weekday(ofDay day: Int) -> Int { (2 + day).floorModulo(7) }

    /// Past the example shop's 16:00 cut-off: an order paid now ships on the next ship day.
    var isAfterCutoff: Bool { hour >= 16 }

    /// 2026-11-11T00:00:00+08:00 in seconds since 1970.
    static let start: Int64 = 1_794_326_400

    var rfc3339: String {
        Instant(epochSeconds: Self.start + Int64(seconds)).formatted(offsetSeconds: 8 * 3_600)
    }
}

extension Int {
    /// The number in decimal, padded with zeros to at least `width` digits (as `%0Nd` prints it).
    func zeroPadded(_ width: Int) -> String {
        let digits = String(magnitude)
        let padding = String(repeating: "0", count: Swift.max(0, width - digits.count - (self < 0 ? 1 : 0)))
        return (self < 0 ? "-" : "") + padding + digits
    }

    func floorDivided(by divisor: Int) -> Int {
        let quotient = self / divisor
        return self % divisor < 0 ? quotient - 1 : quotient
    }

    func floorModulo(_ divisor: Int) -> Int { self - floorDivided(by: divisor) * divisor }
}
