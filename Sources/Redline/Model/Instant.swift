import Foundation

/// A moment on the time line, read from RFC 3339 text with an explicit offset (`2026-11-11T16:05:00+08:00`).
/// Held as seconds since the Unix epoch; the offset it was written with is kept for display.
public struct Instant: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var epochSeconds: Int64
    public var writtenOffsetSeconds: Int

    public init(epochSeconds: Int64, offsetSeconds: Int = 8 * 3_600) {
        self.epochSeconds = epochSeconds
        self.writtenOffsetSeconds = offsetSeconds
    }

    /// Reads `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`. A time without an offset is rejected: the zone must be
    /// explicit. Fractions of a second are truncated.
    public init?(rfc3339 text: some StringProtocol) {
        var text = String(text)
        guard let instant = text.withUTF8({ Instant(rfc3339UTF8: $0) }) else { return nil }
        self = instant
    }

    /// `init(rfc3339:)` over UTF-8 bytes, without making a `String`.
    public init?(rfc3339UTF8 bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count >= 20, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t") || bytes[10] == UInt8(ascii: " "),
              bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for i in range {
                guard bytes[i] >= 0x30, bytes[i] <= 0x39 else { return nil }
                value = value * 10 + Int(bytes[i] - 0x30)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
              hour < 24, minute < 60, second < 61, (1...12).contains(month),
              day >= 1, day <= CalendarDate.days(inMonth: month, year: year) else { return nil }
        let date = CalendarDate(year: year, month: month, day: day)
        var index = 19
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            let start = index
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
            guard index > start else { return nil }
        }
        guard index < bytes.count else { return nil }
        var offset = 0
        switch bytes[index] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            guard index + 1 == bytes.count else { return nil }
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            guard index + 6 == bytes.count, bytes[index + 3] == UInt8(ascii: ":"),
                  let oh = number(index + 1..<index + 3), let om = number(index + 4..<index + 6), oh < 24, om < 60
            else { return nil }
            offset = (oh * 3_600 + om * 60) * (bytes[index] == UInt8(ascii: "-") ? -1 : 1)
        default:
            return nil
        }
        let local = date.daysSinceEpoch * 86_400 + Int64(hour * 3_600 + minute * 60 + min(second, 59))
        self.init(epochSeconds: local - Int64(offset), offsetSeconds: offset)
    }

    /// The instant `span` later.
    public func adding(_ span: Span) -> Instant {
        Instant(epochSeconds: epochSeconds + span.seconds, offsetSeconds: writtenOffsetSeconds)
    }

    /// RFC 3339 text at the given offset from UTC.
    public func formatted(offsetSeconds: Int) -> String {
        let local = epochSeconds + Int64(offsetSeconds)
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        let secondOfDay = Int(local - days * 86_400)
        let date = CalendarDate(daysSinceEpoch: days)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(25)
        func digits(_ value: Int, _ width: Int) {
            var divisor = 1
            for _ in 1..<width { divisor *= 10 }
            while divisor > 0 {
                bytes.append(UInt8(0x30 + value / divisor % 10))
                divisor /= 10
            }
        }
        digits(date.year, 4); bytes.append(0x2D); digits(date.month, 2); bytes.append(0x2D); digits(date.day, 2)
        bytes.append(0x54)
        digits(secondOfDay / 3_600, 2); bytes.append(0x3A); digits(secondOfDay / 60 % 60, 2); bytes.append(0x3A)
        digits(secondOfDay % 60, 2)
        if offsetSeconds == 0 {
            bytes.append(0x5A)
        } else {
            let magnitude = abs(offsetSeconds)
            bytes.append(offsetSeconds < 0 ? 0x2D : 0x2B)
            digits(magnitude / 3_600, 2); bytes.append(0x3A); digits(magnitude / 60 % 60, 2)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    public var description: String { formatted(offsetSeconds: writtenOffsetSeconds) }

    public static func < (a: Instant, b: Instant) -> Bool { a.epochSeconds < b.epochSeconds }

    /// Two instants are equal when they are the same moment, whatever offset they were written with.
    public static func == (a: Instant, b: Instant) -> Bool { a.epochSeconds == b.epochSeconds }

    public func hash(into hasher: inout Hasher) { hasher.combine(epochSeconds) }
}

/// A named time zone (`Asia/Shanghai`), the platform's clock for deadlines, cut-offs and rest hours.
public struct PolicyTimeZone: Sendable, Hashable, CustomStringConvertible {
    public let identifier: String
    private let zone: TimeZone
    /// The offset of a zone without daylight saving since 2000 (Asia/Shanghai: +8 h), which saves asking
    /// Foundation for every instant.
    private let fixedOffset: Int?

    public init?(identifier: String) {
        guard let zone = TimeZone(identifier: identifier) else { return nil }
        self.identifier = identifier
        self.zone = zone
        let since2000 = Date(timeIntervalSince1970: 946_684_800)
        fixedOffset = zone.nextDaylightSavingTimeTransition(after: since2000) == nil ? zone.secondsFromGMT(for: since2000) : nil
    }

    public static func == (a: PolicyTimeZone, b: PolicyTimeZone) -> Bool { a.identifier == b.identifier }

    public func hash(into hasher: inout Hasher) { hasher.combine(identifier) }

    public static let shanghai = PolicyTimeZone(identifier: "Asia/Shanghai")!

    /// Seconds east of UTC at that instant (daylight saving included where the zone has it).
    public func offset(at instant: Instant) -> Int {
        if let fixedOffset, instant.epochSeconds >= 946_684_800 { return fixedOffset }
        return zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant.epochSeconds)))
    }

    /// The local calendar date and time of day of an instant.
    public func local(_ instant: Instant) -> (date: CalendarDate, time: TimeOfDay) {
        let local = instant.epochSeconds + Int64(offset(at: instant))
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        return (CalendarDate(daysSinceEpoch: days), TimeOfDay(secondsAfterMidnight: Int(local - days * 86_400)))
    }

    /// The instant of a local date and time of day in this zone.
    public func instant(_ date: CalendarDate, _ time: TimeOfDay) -> Instant {
        let local = date.daysSinceEpoch * 86_400 + Int64(time.secondsAfterMidnight)
        var guess = Instant(epochSeconds: local - Int64(offset(at: Instant(epochSeconds: local))))
        guess = Instant(epochSeconds: local - Int64(offset(at: guess)))
        return Instant(epochSeconds: guess.epochSeconds, offsetSeconds: offset(at: guess))
    }

    /// RFC 3339 text of an instant in this zone.
    public func format(_ instant: Instant) -> String { instant.formatted(offsetSeconds: offset(at: instant)) }

    public var description: String { identifier }
}
