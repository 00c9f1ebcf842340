import Testing
@testable import Redline

/// Money is exact integer fen; percentages round half up to the fen.
@Suite("Money")
struct MoneyTests {
    @Test("decimal strings read exactly", arguments: [("89.90", 8_990), ("5", 500), ("5.5", 550), ("0.01", 1), ("1299.00", 129_900)])
    func reads(_ text: String, _ fen: Int64) {
        #expect(Money(decimal: text)?.fen == fen)
    }

    @Test("more than two decimals, exponents and junk are refused", arguments: ["1.005", "1e3", "", ".", "5.", "1,000", "¥5", "-"])
    func refuses(_ text: String) {
        #expect(Money(decimal: text) == nil)
    }

    @Test("amounts print with two decimals", arguments: [(Int64(500), "5.00"), (8_990, "89.90"), (1, "0.01"), (-250, "-2.50")])
    func prints(_ fen: Int64, _ text: String) {
        #expect(Money(fen: fen).description == text)
    }

    @Test("a percent of an amount rounds half up to the fen",
          arguments: [("89.90", "5%", "4.50"), ("333.33", "5%", "16.67"), ("212.50", "5%", "10.63"), ("1299.00", "5%", "64.95"),
                      ("89.90", "30%", "26.97"), ("333.33", "30%", "100.00"), ("212.50", "30%", "63.75"), ("1299.00", "30%", "389.70"),
                      ("0.10", "5%", "0.01"), ("0.09", "5%", "0.00")])
    func percent(_ amount: String, _ rate: String, _ expected: String) throws {
        let money = try #require(Money(decimal: amount)), percent = try #require(Percent(rate))
        #expect(percent.of(money).description == expected)
    }
}

/// Times are RFC 3339 with an explicit offset; local dates and times use the policy's zone.
@Suite("Time")
struct TimeTests {
    @Test("RFC 3339 times with offsets read to the same instant")
    func offsets() {
        #expect(Instant(rfc3339: "2026-11-11T16:05:00+08:00") == Instant(rfc3339: "2026-11-11T08:05:00Z"))
    }

    @Test("a time without an offset is refused", arguments: ["2026-11-11T16:05:00", "2026-11-11", "2026-13-01T00:00:00Z", "2026-02-30T00:00:00Z"])
    func refused(_ text: String) {
        #expect(Instant(rfc3339: text) == nil)
    }

    @Test("Asia/Shanghai local dates, times and weekdays")
    func local() throws {
        let instant = try #require(Instant(rfc3339: "2026-11-14T17:00:00+08:00"))
        let (date, time) = PolicyTimeZone.shanghai.local(instant)
        #expect(date == CalendarDate(year: 2026, month: 11, day: 14))
        #expect(date.weekday == .sat)
        #expect(time == TimeOfDay("17:00"))
        #expect(PolicyTimeZone.shanghai.format(instant) == "2026-11-14T17:00:00+08:00")
    }

    @Test("durations read, and print in hours, minutes and seconds",
          arguments: [("48h", Int64(172_800), "48h"), ("10s", 10, "10s"), ("1h30m", 5_400, "1h30m"), ("3d", 259_200, "72h")])
    func durations(_ text: String, _ seconds: Int64, _ printed: String) {
        #expect(Span(text)?.seconds == seconds)
        #expect(Span(text)?.description == printed)
    }
}
