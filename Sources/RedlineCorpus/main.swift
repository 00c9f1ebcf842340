import Foundation

/// Writes a deterministic, realistic FORMATS.md JSON Lines corpus for a small shop's Double 11: orders paid
/// across the day with their events, and chats with the buyers. `redline-corpus ORDERS [SEED] [TURNS]`: a third of
/// the orders get a chat of 1 to TURNS exchanges (default 4; `scripts/bench-audit.sh` uses 29, which gives ten
/// messages per order, the shape of 1M messages over 100k orders).
let orders = Int(CommandLine.arguments.dropFirst().first ?? "300") ?? 300
let turns = max(1, Int(CommandLine.arguments.dropFirst(3).first ?? "4") ?? 4)
/// A linear congruential generator: the same seed gives the same corpus on every machine.
struct Generator {
    var state: UInt64

    mutating func next(_ bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(max(bound, 1)))
    }
}

var generator = Generator(state: UInt64(CommandLine.arguments.dropFirst(2).first.flatMap { UInt64($0) } ?? 11))

@MainActor func random(_ bound: Int) -> Int { generator.next(bound) }

func time(_ seconds: Int) -> String {
    // Seconds after 2026-11-11T00:00:00+08:00 (epoch 1794326400), printed in Asia/Shanghai.
    let date = Date(timeIntervalSince1970: TimeInterval(1_794_326_400 + seconds))
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "Asia/Shanghai")!
    let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    func two(_ n: Int?) -> String { String(format: "%02d", n ?? 0) }
    return "\(c.year ?? 2026)-\(two(c.month))-\(two(c.day))T\(two(c.hour)):\(two(c.minute)):\(two(c.second))+08:00"
}

func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": result += "\\\""
        case "\\": result += "\\\\"
        default: result.unicodeScalars.append(scalar)
        }
    }
    return result + "\""
}

/// Lines written so far and not yet flushed: a 10× corpus is gigabytes, so it is written as it is made.
var lines: [String] = []

@MainActor func flush(force: Bool = false) {
    guard force || lines.count >= 10_000 else { return }
    FileHandle.standardOutput.write(Data(lines.map { $0 + "\n" }.joined().utf8))
    lines.removeAll(keepingCapacity: true)
}
let tiers = ["junior", "junior", "senior", "lead"]
for index in 1...orders {
    let order = String(format: "o%04d", index), buyer = "tb_buyer\(random(orders * 3))"
    let amountFen = [1_990, 2_990, 4_990, 8_990, 12_900, 19_900, 33_333, 21_250, 129_900, 5_990][random(10)] + random(3) * 100
    let paid = random(86_400)
    let presale = random(30) == 0
    lines.append("{\"type\":\"order\",\"id\":\"\(order)\",\"shop\":\"example\",\"buyer\":\"\(buyer)\",\"amount\":\"\(amountFen / 100).\(String(format: "%02d", amountFen % 100))\",\"category\":\"\(Phrases.categories[random(Phrases.categories.count)])\",\"presale\":\(presale),\"custom\":false}")
    if random(8) == 0 {
        lines.append("{\"type\":\"event\",\"order\":\"\(order)\",\"name\":\"reminder_sent\",\"time\":\"\(time(max(0, paid - 3_600 - random(20_000))))\",\"channel\":\"\(["phone", "sms", "im"][random(3)])\"}")
    }
    lines.append("{\"type\":\"event\",\"order\":\"\(order)\",\"name\":\"paid\",\"time\":\"\(time(paid))\"}")
    // Most orders ship on time; Double 11 volume makes some late, a few very late.
    let lateness = [0, 0, 0, 0, 0, 1, 1, 2, 3, 5][random(10)]
    let shipped = paid + 3_600 * (2 + random(10)) + 86_400 * lateness
    if lateness < 5 || random(2) == 0 {
        lines.append("{\"type\":\"event\",\"order\":\"\(order)\",\"name\":\"shipped\",\"time\":\"\(time(shipped))\",\"carrier\":\"\(random(12) == 0 ? "SF" : "ZTO")\",\"tracking\":\"7531\(String(format: "%08d", random(100_000_000)))\"}")
        lines.append("{\"type\":\"event\",\"order\":\"\(order)\",\"name\":\"picked_up\",\"time\":\"\(time(shipped + 3_600 * random(30)))\",\"carrier\":\"ZTO\"}")
    }
    if lateness >= 3, random(2) == 0 {
        lines.append("{\"type\":\"event\",\"order\":\"\(order)\",\"name\":\"complaint\",\"time\":\"\(time(paid + 86_400 * 6))\",\"kind\":\"stockout\"}")
    }
    if random(60) == 0 {
        lines.append("{\"type\":\"event\",\"order\":\"\(order)\",\"name\":\"closed\",\"time\":\"\(time(paid + 600))\",\"by\":\"seller\"}")
    }
    flush()
    guard random(3) == 0 else { continue }
    // A chat about this order.
    let conversation = "c\(order.dropFirst())"
    let agent = "kf_\(String(format: "%02d", random(6) + 1))"
    lines.append("{\"type\":\"conversation\",\"id\":\"\(conversation)\",\"shop\":\"example\",\"buyer\":\"\(buyer)\",\"agent\":\"\(agent)\",\"agent_tier\":\"\(tiers[random(tiers.count)])\",\"orders\":[\"\(order)\"]}")
    var clock = max(0, paid - random(7_200))
    var seq = 1
    for turn in 0..<(1 + random(turns)) {
        let ask = Phrases.buyerOpenings[random(Phrases.buyerOpenings.count)]
        lines.append("{\"type\":\"message\",\"conversation\":\"\(conversation)\",\"seq\":\(seq),\"time\":\"\(time(clock))\",\"role\":\"buyer\",\"from\":\"\(buyer)\",\"text\":\(quoted(ask))}")
        seq += 1
        clock += turn == 0 ? 2 + random(14) : 5 + random(120)
        let reply = random(6) == 0 ? Phrases.violations[random(Phrases.violations.count)].0 : Phrases.cleanReplies[random(Phrases.cleanReplies.count)]
        lines.append("{\"type\":\"message\",\"conversation\":\"\(conversation)\",\"seq\":\(seq),\"time\":\"\(time(clock))\",\"role\":\"agent\",\"from\":\"\(agent)\",\"text\":\(quoted(reply))}")
        seq += 1
        clock += 30 + random(600)
    }
}
flush(force: true)
