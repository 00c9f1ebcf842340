/// A length of time in whole seconds, written in policies as `48h`, `72h`, `10s`, `30m`, `3d` or `1h30m`, and
/// printed in hours, minutes and seconds (`72h`), the way the platform states its deadlines.
public struct Span: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var seconds: Int64

    public init(seconds: Int64) { self.seconds = seconds }

    /// Reads one or more `<number><unit>` parts with units `d`, `h`, `m`, `s`.
    public init?(_ text: some StringProtocol) {
        var total: Int64 = 0, number: Int64 = 0, digits = 0, parts = 0
        for byte in Substring(text).utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                number = number * 10 + Int64(byte - 0x30)
                digits += 1
                if digits > 9 { return nil }
            case UInt8(ascii: "d"), UInt8(ascii: "h"), UInt8(ascii: "m"), UInt8(ascii: "s"):
                guard digits > 0 else { return nil }
                let unit: Int64 = switch byte {
                case UInt8(ascii: "d"): 86_400
                case UInt8(ascii: "h"): 3_600
                case UInt8(ascii: "m"): 60
                default: 1
                }
                total += number * unit
                number = 0; digits = 0; parts += 1
            default:
                return nil
            }
        }
        guard digits == 0, parts > 0 else { return nil }
        seconds = total
    }

    public var description: String {
        var rest = seconds, text = ""
        for (unit, name) in [(Int64(3_600), "h"), (60, "m"), (1, "s")] where rest >= unit {
            text += "\(rest / unit)\(name)"
            rest %= unit
        }
        return text.isEmpty ? "0s" : text
    }

    public static func < (a: Span, b: Span) -> Bool { a.seconds < b.seconds }
}

/// A time of day, `16:00` or `15:59:59`, as seconds after midnight in the policy's time zone.
public struct TimeOfDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var secondsAfterMidnight: Int

    public init(secondsAfterMidnight: Int) { self.secondsAfterMidnight = secondsAfterMidnight }

    /// Reads `HH:MM` or `HH:MM:SS`; `24:00` is allowed as the end of a day.
    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3,
              parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) }),
              let hours = Int(parts[0]), let minutes = Int(parts[1]),
              let seconds = parts.count == 3 ? Int(parts[2]) : 0,
              minutes < 60, seconds < 60, hours < 24 || (hours == 24 && minutes == 0 && seconds == 0)
        else { return nil }
        secondsAfterMidnight = hours * 3_600 + minutes * 60 + seconds
    }

    public var description: String {
        let h = secondsAfterMidnight / 3_600, m = secondsAfterMidnight / 60 % 60, s = secondsAfterMidnight % 60
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return s == 0 ? "\(two(h)):\(two(m))" : "\(two(h)):\(two(m)):\(two(s))"
    }

    public static func < (a: TimeOfDay, b: TimeOfDay) -> Bool { a.secondsAfterMidnight < b.secondsAfterMidnight }
}

/// A half-open range of times of day, `"21:00-24:00"`, used for rest hours.
public struct TimeOfDayRange: Sendable, Hashable, CustomStringConvertible {
    public var start: TimeOfDay
    public var end: TimeOfDay

    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: "-")
        guard parts.count == 2, let start = TimeOfDay(parts[0]), let end = TimeOfDay(parts[1]), start < end
        else { return nil }
        self.start = start
        self.end = end
    }

    public func contains(_ time: TimeOfDay) -> Bool { start <= time && time < end }

    public var description: String { "\(start)-\(end)" }
}

/// A day of the week, written `mon` … `sun` in policies.
public enum Weekday: Int, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case sun = 1, mon, tue, wed, thu, fri, sat

    public init?(name: some StringProtocol) {
        guard let day = Self.allCases.first(where: { "\($0)" == name.lowercased() }) else { return nil }
        self = day
    }

    public var description: String {
        switch self {
        case .sun: "sun"
        case .mon: "mon"
        case .tue: "tue"
        case .wed: "wed"
        case .thu: "thu"
        case .fri: "fri"
        case .sat: "sat"
        }
    }
}

/// A calendar date, `2020-09-17`, interpreted in the policy's time zone.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), day >= 1, day <= CalendarDate.days(inMonth: month, year: year)
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for arithmetic without Foundation.
    public var daysSinceEpoch: Int64 {
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let m = Int64(month), d = Int64(day)
        let dayOfYear = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `days` days after 1970-01-01.
    public init(daysSinceEpoch days: Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.init(year: Int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0)), month: Int(month), day: Int(day))
    }

    public var weekday: Weekday {
        let index = ((daysSinceEpoch % 7) + 7 + 4) % 7     // 1970-01-01 was a Thursday
        return Weekday(rawValue: Int(index) + 1) ?? .sun
    }

    public var description: String {
        func pad(_ n: Int, _ width: Int) -> String { String(repeating: "0", count: max(0, width - "\(n)".count)) + "\(n)" }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }
}
