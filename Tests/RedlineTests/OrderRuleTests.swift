import RedlineTestSupport
import Testing
@testable import Redline

/// Deadlines, calendars, effective dates and compensation of the bundled order rules, at their exact boundaries.
@Suite("Order rules")
struct OrderRuleTests {
    func outcome(_ rule: String, amount: String = "89.90", category: String? = nil, presale: Bool = false,
                 events: [(String, String, [String: String])], asOf: String? = nil) -> RuleOutcome? {
        var order = OrderRecord(id: "o1", shop: "example", buyer: "b", amount: Money(decimal: amount) ?? Money(fen: 0))
        order.category = category
        order.presale = presale
        let list = events.map { OrderEvent(order: "o1", name: $0.0, time: Instant(rfc3339: $0.1)!, fields: $0.2) }
        let timeline = OrderTimeline(order: order, events: list)
        let clock = asOf.flatMap { Instant(rfc3339: $0) } ?? timeline.events.last!.time
        return Fixtures.shop.evaluate(timeline, asOf: clock).first { $0.rule == rule }
    }

    @Test("a pick-up 47:59:59 after payment is on time; 48:00:01 owes 5%")
    func pickupBoundary() {
        let onTime = outcome("tmall.shipping.delayed", events: [("paid", "2026-11-11T10:00:00+08:00", [:]),
                                                                 ("picked_up", "2026-11-13T09:59:59+08:00", [:])])
        #expect(onTime?.status == .met)
        let late = outcome("tmall.shipping.delayed", events: [("paid", "2026-11-11T10:00:00+08:00", [:]),
                                                              ("picked_up", "2026-11-13T10:00:01+08:00", [:])])
        #expect(late?.status == .breached)
        #expect(late?.compensation == Money(decimal: "5.00"))
        #expect(late?.due == Instant(rfc3339: "2026-11-13T10:00:00+08:00"))
    }

    @Test("delayed-shipment compensation is 5% rounded half up, between 5 and 50 yuan",
          arguments: [("89.90", "5.00"), ("333.33", "16.67"), ("212.50", "10.63"), ("1299.00", "50.00")])
    func delayedAmounts(_ amount: String, _ owed: String) {
        let result = outcome("tmall.shipping.delayed", amount: amount, events: [("paid", "2026-11-11T10:00:00+08:00", [:])],
                             asOf: "2026-11-14T10:00:00+08:00")
        #expect(result?.compensation == Money(decimal: owed))
    }

    @Test("a stock-out complaint with no pick-up 72 h after the 48 h point owes 30%, between 5 and 500 yuan",
          arguments: [("89.90", "26.97"), ("333.33", "100.00"), ("212.50", "63.75"), ("1299.00", "389.70"), ("9.90", "5.00"), ("2000.00", "500.00")])
    func stockoutAmounts(_ amount: String, _ owed: String) {
        let result = outcome("tmall.shipping.stockout", amount: amount,
                             events: [("paid", "2026-11-11T10:00:00+08:00", [:]),
                                      ("complaint", "2026-11-16T12:00:00+08:00", ["kind": "stockout"])])
        #expect(result?.status == .breached)
        #expect(result?.due == Instant(rfc3339: "2026-11-16T10:00:00+08:00"))
        #expect(result?.compensation == Money(decimal: owed))
    }

    @Test("a 3C order before 2021-01-14 is not measured; after it, it is")
    func categoryDates() {
        let before = outcome("tmall.shipping.delayed", category: "3C", events: [("paid", "2021-01-13T10:00:00+08:00", [:]),
                                                                               ("picked_up", "2021-01-20T10:00:00+08:00", [:])])
        #expect(before?.status == .notApplicable)
        let after = outcome("tmall.shipping.delayed", category: "3C", events: [("paid", "2021-01-14T10:00:00+08:00", [:]),
                                                                              ("picked_up", "2021-01-20T10:00:00+08:00", [:])])
        #expect(after?.status == .breached)
        let clothes = outcome("tmall.shipping.delayed", category: "服装", events: [("paid", "2020-12-01T10:00:00+08:00", [:]),
                                                                               ("picked_up", "2020-12-05T10:00:00+08:00", [:])])
        #expect(clothes?.status == .breached)
    }

    @Test("before its effective date a rule does not apply")
    func effectiveDate() {
        let result = outcome("tmall.shipping.delayed", events: [("paid", "2020-09-16T10:00:00+08:00", [:]),
                                                                 ("picked_up", "2020-09-20T10:00:00+08:00", [:])])
        #expect(result?.status == .notApplicable)
    }

    @Test("a presale order with an agreed ship date is measured against that date")
    func presaleAgreed() {
        var order = OrderRecord(id: "o1", buyer: "b", amount: Money(decimal: "399.00")!)
        order.presale = true
        order.agreedShipBy = Instant(rfc3339: "2026-11-20T00:00:00+08:00")
        let events = [OrderEvent(order: "o1", name: "paid", time: Instant(rfc3339: "2026-11-11T10:00:00+08:00")!),
                      OrderEvent(order: "o1", name: "picked_up", time: Instant(rfc3339: "2026-11-21T10:00:00+08:00")!)]
        let result = Fixtures.shop.evaluate(OrderTimeline(order: order, events: events), asOf: events[1].time)
            .first { $0.rule == "tmall.shipping.delayed" }
        #expect(result?.status == .breached)
        #expect(result?.due == order.agreedShipBy)
        #expect(result?.compensation == Money(decimal: "19.95"))
    }

    @Test("a refund before the due time ends the obligation; one after it does not")
    func refunded() {
        let before = outcome("tmall.shipping.delayed", events: [("paid", "2026-11-11T10:00:00+08:00", [:]),
                                                                 ("refunded", "2026-11-12T10:00:00+08:00", [:])],
                             asOf: "2026-11-20T10:00:00+08:00")
        #expect(before?.status == .notApplicable)
        let after = outcome("tmall.shipping.delayed", events: [("paid", "2026-11-11T10:00:00+08:00", [:]),
                                                                ("refunded", "2026-11-14T10:00:00+08:00", [:])])
        #expect(after?.status == .breached)
        #expect(after?.compensation == Money(decimal: "5.00"))
    }

    @Test("presale orders are exempt")
    func presale() {
        let result = outcome("tmall.shipping.delayed", presale: true, events: [("paid", "2026-11-11T10:00:00+08:00", [:]),
                                                                               ("picked_up", "2026-11-20T10:00:00+08:00", [:])])
        #expect(result?.status == .notApplicable)
    }

    @Test("paid at 15:59:59 ships the same day; paid at 16:00:00 ships the next day")
    func cutoff() {
        let before = outcome("example.shipping.cutoff_missed", events: [("paid", "2026-11-11T15:59:59+08:00", [:]),
                                                                         ("shipped", "2026-11-12T08:00:00+08:00", [:])])
        #expect(before?.status == .breached)
        #expect(before?.due == Instant(rfc3339: "2026-11-11T23:59:59+08:00"))
        let after = outcome("example.shipping.cutoff_missed", events: [("paid", "2026-11-11T16:00:00+08:00", [:]),
                                                                        ("shipped", "2026-11-12T08:00:00+08:00", [:])])
        #expect(after?.status == .met)
        #expect(after?.due == Instant(rfc3339: "2026-11-12T23:59:59+08:00"))
    }

    @Test("paid on Saturday after the cut-off, or on Sunday, ships on Monday")
    func weekend() {
        for paid in ["2026-11-14T16:30:00+08:00", "2026-11-15T10:00:00+08:00"] {
            let result = outcome("example.shipping.cutoff_missed", events: [("paid", paid, [:]), ("shipped", "2026-11-16T20:00:00+08:00", [:])])
            #expect(result?.status == .met)
            #expect(result?.due == Instant(rfc3339: "2026-11-16T23:59:59+08:00"))
        }
    }

    @Test("a shipment at midnight after the ship day is late")
    func midnight() {
        let result = outcome("example.shipping.cutoff_missed", events: [("paid", "2026-11-11T10:00:00+08:00", [:]),
                                                                         ("shipped", "2026-11-12T00:00:00+08:00", [:])])
        #expect(result?.status == .breached)
    }

    @Test("a holiday of the shop moves the ship day to the next open day")
    func holiday() throws {
        let shop = """
        policy: {id: s, timezone: Asia/Shanghai}
        parameters:
          holidays: {dates: [2026-10-01, 2026-10-02, 2026-10-03]}
        rules:
          - id: s.cutoff
            category: ship_cutoff_missed
            severity: error
            title: t
            message: m
            deadline:
              from: paid
              ship_day: {cutoff: "16:00", closed: [sun], holidays: $holidays}
              met_by: [shipped]
        """
        guard case .success(let set) = PolicyLoader.load(texts: [(path: "s.yaml", text: shop)]) else {
            Issue.record("the policy did not load")
            return
        }
        let order = OrderRecord(id: "o1", shop: "s", buyer: "b", amount: Money(fen: 8_990))
        let events = [("paid", "2026-09-30T17:00:00+08:00"), ("shipped", "2026-10-05T10:00:00+08:00")]
            .map { OrderEvent(order: "o1", name: $0.0, time: Instant(rfc3339: $0.1)!, fields: [:]) }
        let timeline = OrderTimeline(order: order, events: events)
        let result = set.program(shop: nil).evaluate(timeline, asOf: events[1].time).first { $0.rule == "s.cutoff" }
        // 10-01..10-03 are holidays and 10-04 is a Sunday: the ship day is Monday 10-05.
        #expect(result?.due == Instant(rfc3339: "2026-10-05T23:59:59+08:00"))
        #expect(result?.status == .met)
    }

    @Test("an open order is pending before its due time and breached after it")
    func asOf() {
        let events: [(String, String, [String: String])] = [("paid", "2026-11-11T10:00:00+08:00", [:])]
        #expect(outcome("tmall.shipping.delayed", events: events, asOf: "2026-11-13T09:00:00+08:00")?.status == .pending)
        #expect(outcome("tmall.shipping.delayed", events: events, asOf: "2026-11-13T10:00:01+08:00")?.status == .breached)
    }

    @Test("a phone reminder in rest hours and a second reminder within 3 days are findings")
    func reminders() {
        let quiet = outcome("example.reminder.quiet_hours", events: [("reminder_sent", "2026-11-11T12:00:00+08:00", ["channel": "phone"])])
        #expect(quiet?.status == .breached)
        let sms = outcome("example.reminder.quiet_hours", events: [("reminder_sent", "2026-11-11T12:00:00+08:00", ["channel": "sms"])])
        #expect(sms?.status != .breached)
        let twice = outcome("example.reminder.frequency", events: [("reminder_sent", "2026-11-11T10:00:00+08:00", ["channel": "im"]),
                                                                   ("reminder_sent", "2026-11-13T10:00:00+08:00", ["channel": "sms"])])
        #expect(twice?.status == .breached)
    }

    @Test("each reminder that breaks a rule is a finding of its own")
    func everyBreakingReminder() {
        var order = OrderRecord(id: "o1", shop: "example", buyer: "b", amount: Money(fen: 4_500))
        order.category = "服饰"
        let times = ["2026-11-11T10:00:00+08:00", "2026-11-12T10:00:00+08:00", "2026-11-13T10:00:00+08:00"]
        let events = times.map { OrderEvent(order: "o1", name: "reminder_sent", time: Instant(rfc3339: $0)!, fields: ["channel": "im"]) }
        let timeline = OrderTimeline(order: order, events: events)
        let findings = Fixtures.shop.orderFindings(timeline, asOf: timeline.events.last!.time)
            .filter { $0.rule == "example.reminder.frequency" }
        #expect(findings.map(\.time) == [Instant(rfc3339: times[1]), Instant(rfc3339: times[2])])
    }

    @Test("a shipment without a tracking number does not meet the 24 h tracking deadline")
    func trackingNeedsNumber() {
        let paid = ("paid", "2026-11-11T10:00:00+08:00", [String: String]())
        let bare = outcome("tmall.shipping.tracking_late", events: [paid, ("shipped", "2026-11-11T15:00:00+08:00", ["carrier": "ZTO"])],
                           asOf: "2026-11-12T10:00:01+08:00")
        #expect(bare?.status == .breached)
        let tracked = outcome("tmall.shipping.tracking_late",
                              events: [paid, ("shipped", "2026-11-11T15:00:00+08:00", ["carrier": "ZTO", "tracking": "7531"])])
        #expect(tracked?.status == .met)
    }

    @Test("property: compensation stays within its bounds and findings do not depend on input order")
    func property() {
        var generator = SplitMix64(seed: 42)
        for _ in 0..<300 {
            let fen = Int64(generator.next() % 500_000) + 1
            let paid = Int64(1_789_000_000) + Int64(generator.next() % 2_000_000)
            var records: [InputRecord] = [
                .order(OrderRecord(id: "o", shop: "example", buyer: "b", amount: Money(fen: fen))),
                .event(OrderEvent(order: "o", name: "paid", time: Instant(epochSeconds: paid))),
            ]
            if generator.next() % 2 == 0 {
                records.append(.event(OrderEvent(order: "o", name: "picked_up", time: Instant(epochSeconds: paid + Int64(generator.next() % 600_000)))))
            }
            if generator.next() % 2 == 0 {
                records.append(.event(OrderEvent(order: "o", name: "complaint", time: Instant(epochSeconds: paid + 500_000), fields: ["kind": "stockout"])))
            }
            var forward = Audit(policies: Fixtures.bundled), backward = Audit(policies: Fixtures.bundled)
            records.forEach { forward.add($0) }
            records.reversed().forEach { backward.add($0) }
            let clock = Instant(epochSeconds: paid + 1_000_000)
            let a = forward.findings(asOf: clock), b = backward.findings(asOf: clock)
            #expect(Set(a) == Set(b))
            for finding in a {
                guard case .order(_, _, let owed?, _) = finding.subject else { continue }
                let (low, high): (Int64, Int64) = finding.rule == "tmall.shipping.stockout" ? (500, 50_000) : (500, 5_000)
                #expect(owed.fen >= low && owed.fen <= high, "\(finding.rule) owes \(owed) on \(Money(fen: fen))")
            }
        }
    }
}
