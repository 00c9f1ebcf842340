/// Writes a deterministic, realistic FORMATS.md JSON Lines corpus for a small shop's Double 11: orders paid
/// across the day with their events, and chats with the buyers. `redline-corpus ORDERS [SEED] [TURNS]`: a third of
/// the orders get a chat of 1 to TURNS exchanges (default 4; `scripts/bench-audit.sh` uses 29, which gives ten
/// messages per order, the shape of 1M messages over 100k orders).
///
/// The main generator lays out the orders, events, turns and times, and for each turn its topic, whether the
/// reply breaks a rule (one in ten) and a variant; `Wording` writes the words from a generator of its own. Both are
/// seeded by SEED.
let orders = Int(CommandLine.arguments.dropFirst().first ?? "300") ?? 300
let turns = max(1, Int(CommandLine.arguments.dropFirst(3).first ?? "4") ?? 4)
let seed = UInt64(CommandLine.arguments.dropFirst(2).first.flatMap { UInt64($0) } ?? 11)
var generator = Generator(state: seed)
var wording = Wording(seed: seed)

@MainActor func random(_ bound: Int) -> Int { generator.next(bound) }

func time(_ seconds: Int) -> String { SaleTime(seconds).rfc3339 }

var output = JSONLinesOutput()
let tiers = ["junior", "junior", "senior", "lead"]
for index in 1...orders {
    let order = "o" + index.zeroPadded(4), buyer = "tb_buyer\(random(orders * 3))"
    let amountFen = [1_990, 2_990, 4_990, 8_990, 12_900, 19_900, 33_333, 21_250, 129_900, 5_990][random(10)] + random(3) * 100
    let amount = "\(amountFen / 100).\((amountFen % 100).zeroPadded(2))"
    let paid = random(86_400)
    let presale = random(30) == 0
    let category = Phrases.categories[random(Phrases.categories.count)]
    output.append("{\"type\":\"order\",\"id\":\"\(order)\",\"shop\":\"example\",\"buyer\":\"\(buyer)\",\"amount\":\"\(amount)\",\"category\":\"\(category)\",\"presale\":\(presale),\"custom\":false}")
    if random(8) == 0 {
        let reminded = time(max(0, paid - 3_600 - random(20_000)))
        output.append("{\"type\":\"event\",\"order\":\"\(order)\",\"name\":\"reminder_sent\",\"time\":\"\(reminded)\",\"channel\":\"\(["phone", "sms", "im"][random(3)])\"}")
    }
    output.append("{\"type\":\"event\",\"order\":\"\(order)\",\"name\":\"paid\",\"time\":\"\(time(paid))\"}")
    // Most orders ship on time; Double 11 volume makes some late, a few very late.
    let lateness = [0, 0, 0, 0, 0, 1, 1, 2, 3, 5][random(10)]
    let shipped = paid + 3_600 * (2 + random(10)) + 86_400 * lateness
    var shipment: Shipment?
    if lateness < 5 || random(2) == 0 {
        let carrier = random(12) == 0 ? "SF" : "ZTO", tracking = "7531" + random(100_000_000).zeroPadded(8)
        shipment = Shipment(time: SaleTime(shipped), carrier: carrier, tracking: tracking)
        output.append("{\"type\":\"event\",\"order\":\"\(order)\",\"name\":\"shipped\",\"time\":\"\(time(shipped))\",\"carrier\":\"\(carrier)\",\"tracking\":\"\(tracking)\"}")
        output.append("{\"type\":\"event\",\"order\":\"\(order)\",\"name\":\"picked_up\",\"time\":\"\(time(shipped + 3_600 * random(30)))\",\"carrier\":\"ZTO\"}")
    }
    if lateness >= 3, random(2) == 0 {
        output.append("{\"type\":\"event\",\"order\":\"\(order)\",\"name\":\"complaint\",\"time\":\"\(time(paid + 86_400 * 6))\",\"kind\":\"stockout\"}")
    }
    if random(60) == 0 {
        output.append("{\"type\":\"event\",\"order\":\"\(order)\",\"name\":\"closed\",\"time\":\"\(time(paid + 600))\",\"by\":\"seller\"}")
    }
    guard random(3) == 0 else { continue }
    // A chat about this order.
    let conversation = "c\(order.dropFirst())"
    let agentNumber = random(6) + 1, agent = "kf_" + agentNumber.zeroPadded(2)
    let tier = tiers[random(tiers.count)]
    output.append("{\"type\":\"conversation\",\"id\":\"\(conversation)\",\"shop\":\"example\",\"buyer\":\"\(buyer)\",\"agent\":\"\(agent)\",\"agent_tier\":\"\(tier)\",\"orders\":[\"\(order)\"]}")
    var chat = Chat(category: category, amount: amount, tier: tier, paid: SaleTime(paid), shipment: shipment, agent: agentNumber, &wording)
    var clock = max(0, paid - random(7_200))
    var seq = 1
    let count = 1 + random(turns)
    for turn in 0..<count {
        let topic = Topic.of(turn: turn, of: count, draw: random(Topic.weighted.count))
        let asked = clock
        clock += turn == 0 ? 2 + random(14) : 5 + random(120)
        let plan = Turn(topic: topic, breaks: random(10) == 0, variant: random(Turn.variants))
        let (question, reply) = chat.write(plan, asked: SaleTime(asked), replied: SaleTime(clock), &wording)
        output.append("{\"type\":\"message\",\"conversation\":\"\(conversation)\",\"seq\":\(seq),\"time\":\"\(time(asked))\",\"role\":\"buyer\",\"from\":\"\(buyer)\",\"text\":\(JSONLinesOutput.quoted(question))}")
        output.append("{\"type\":\"message\",\"conversation\":\"\(conversation)\",\"seq\":\(seq + 1),\"time\":\"\(time(clock))\",\"role\":\"agent\",\"from\":\"\(agent)\",\"text\":\(JSONLinesOutput.quoted(reply))}")
        seq += 2
        clock += 30 + random(600)
    }
}
output.flush()
