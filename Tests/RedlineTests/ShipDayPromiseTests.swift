import RedlineText
import Testing
@testable import Redline

/// Reading the day a reply promises to ship on, relative to the day it is sent (Friday 2026-11-13 here).
@Suite("Promised ship days")
struct ShipDayPromiseTests {
    let friday = CalendarDate(year: 2026, month: 11, day: 13)

    func days(_ text: String) -> [String] {
        ShipDayPromise.all(in: NormalizedText(text), sentOn: friday).map { "\($0.day)" + ($0.byDeadline ? " by" : "") }
    }

    @Test("今天, 明天, 后天 and 大后天 count from the day the message is sent")
    func relativeDays() {
        #expect(days("今天给您发") == ["2026-11-13"])
        #expect(days("明天一早就发出") == ["2026-11-14"])
        #expect(days("后天一定给您发出去") == ["2026-11-15"])
        #expect(days("大后天寄出") == ["2026-11-16"])
    }

    @Test("周X is this week's day unless it has passed; 下周X is next week's")
    func weekdays() {
        #expect(days("周日给您发货") == ["2026-11-15"])
        #expect(days("星期三发") == ["2026-11-18"])
        #expect(days("下周一安排发货") == ["2026-11-16"])
    }

    @Test("N号 is this month's day, or next month's once it has passed; 11月20号 names the month")
    func datesOfTheMonth() {
        #expect(days("20号发") == ["2026-11-20"])
        #expect(days("8号发") == ["2026-12-08"])
        #expect(days("十五号给您寄") == ["2026-11-15"])
        #expect(days("12月1日发出") == ["2026-12-01"])
    }

    @Test("8号前 promises shipping by that day, not on it")
    func byDeadline() {
        #expect(days("20号前发出") == ["2026-11-20 by"])
    }

    @Test("the warehouse letting a parcel go or the courier collecting it is shipping")
    func otherVerbs() {
        #expect(days("明天一早顺丰上门取件") == ["2026-11-14"])
        #expect(days("今天最后一车给您带走") == ["2026-11-13"])
        #expect(days("后天出库") == ["2026-11-15"])
    }

    @Test("0点前 and 零点前 are today; 10点前 is no day of its own")
    func beforeMidnight() {
        #expect(days("0点前肯定给您发走") == ["2026-11-13"])
        #expect(days("零点前全部发出") == ["2026-11-13"])
        #expect(days("明天10点前发") == ["2026-11-14"])
    }

    @Test("当天 after a day is that day, not today")
    func thatDay() {
        #expect(days("周一当天会发出的") == ["2026-11-16"])
    }

    @Test("an arrival, a refusal or a past shipment promises no ship day", arguments: [
        "11月10号揽收", 
        "明天到", "今天发不了", "今天没发", "今天发的货", "今天发了", "3号楼的快递", "周末发", "明天的话看情况",
    ])
    func noPromise(_ text: String) {
        #expect(days(text).isEmpty)
    }
}
