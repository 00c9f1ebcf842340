/// A moment of the sale: seconds after 2026-11-11T00:00:00+08:00, in Asia/Shanghai (UTC+8 all year: China has
/// kept no daylight saving time since 1991). Written as RFC 3339 by integer arithmetic: Foundation's calendar
/// took most of the generator's time.
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

    var rfc3339: String {
        // Days since 1970-01-01 to a civil date (H. Hinnant's days_from_civil, inverted); 20,768 is 2026-11-11.
        let local = seconds - day * 86_400
        let z = 20_768 + day + 719_468
        let era = z.floorDivided(by: 146_097)
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shifted = (5 * dayOfYear + 2) / 153
        let dayOfMonth = dayOfYear - (153 * shifted + 2) / 5 + 1
        let month = shifted < 10 ? shifted + 3 : shifted - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return "\(year)-\(month.zeroPadded(2))-\(dayOfMonth.zeroPadded(2))T\((local / 3_600).zeroPadded(2)):"
            + "\((local % 3_600 / 60).zeroPadded(2)):\((local % 60).zeroPadded(2))+08:00"
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
