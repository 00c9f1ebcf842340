/// One buyer's chat about an order, written turn by turn: what both sides refer to (the goods, the amount paid,
/// how and when the order ships), how each of them types, and the compensation the agent has offered so far.
struct Chat {
    /// The order's category, as the order record has it (服装, 家居 ...).
    let category: String
    let department: Department
    let item: String
    let variant: String
    let size: String
    /// The amount paid, as the order record has it ("89.90").
    let amount: String
    let orderNumber: String
    /// A courier the example shop does not use, the one this buyer would like.
    let elsewhere: String
    /// The agent's tier: junior, senior or lead.
    let tier: String
    let paid: SaleTime
    let shipment: Shipment?
    let agent: Typist
    let buyer: Typist
    /// Yuan of compensation offered in this chat so far.
    var offered = 0
    /// The topics raised so far, one bit each.
    var discussed: UInt32 = 0

    init(category: String, amount: String, tier: String, paid: SaleTime, shipment: Shipment?, agent: Int, _ w: inout Wording) {
        self.category = category
        department = Department.named(category)
        item = w.pick(department.items)
        variant = w.pick(department.variants)
        size = w.pick(department.sizes)
        self.amount = amount
        orderNumber = w.orderNumber()
        elsewhere = w.pick(Phrases.couriersElsewhere)
        self.tier = tier
        self.paid = paid
        self.shipment = shipment
        self.agent = Typist.agent(agent)
        buyer = Typist.buyer(&w)
    }

    /// The most an agent of this chat's tier may offer in one conversation (the example shop's caps).
    var cap: Int { tier == "lead" ? 20 : tier == "senior" ? 10 : 5 }

    /// Whether the order is marked shipped by `time`.
    func isShipped(by time: SaleTime) -> Bool { shipment.map { $0.time.seconds <= time.seconds } ?? false }

    func isPaid(by time: SaleTime) -> Bool { paid.seconds <= time.seconds }

    /// The day (counted from 2026-11-11) the example shop's cut-off calendar ships this order, as known at `time`:
    /// paid before 16:00, the same day, else the next; a Sunday moves to Monday. An order not yet paid is
    /// reckoned as paid now.
    func shipDay(at time: SaleTime) -> Int {
        let basis = isPaid(by: time) ? paid : time
        var day = basis.day + (basis.isAfterCutoff ? 1 : 0)
        if SaleTime.weekday(ofDay: day) == 6 { day += 1 }
        return day
    }

    /// The buyer's message at `asked` and the agent's reply at `replied` of one turn. A topic raised again is
    /// often only a follow-up ("那怎么办", "确定吗").
    mutating func write(_ turn: Turn, asked: SaleTime, replied: SaleTime, _ w: inout Wording) -> (question: String, reply: String) {
        w.evade(turn.breaks ? 25 : 2)
        let raised = discussed & turn.topic.bit != 0
        discussed |= turn.topic.bit
        let question = raised && turn.topic.hasFollowUps && w.percent(30)
            ? w.pick(Phrases.followUps) : BuyerMessages.asking(turn.topic, in: self, at: asked, &w)
        let answer = turn.breach.map { $0.answer(in: self, at: replied, &w) }
            ?? AgentReplies.answer(turn.topic, to: question, hardNegative: turn.isHardNegative, in: self, at: replied, &w)
        offered += answer.offered
        return (buyer.buyerMessage(answer.question ?? question, &w), agent.agentMessage(answer, &w))
    }
}

/// When the shop marked an order shipped, by which courier (as the order's event names it), with which tracking
/// number.
struct Shipment {
    let time: SaleTime
    let carrier: String
    let tracking: String
}

/// An agent's reply before it is dressed in the agent's way of typing: the words; the buyer's question, when
/// the reply only makes sense after that question (a bare yes or no); and the yuan of compensation it offers.
struct Answer {
    let text: String
    let question: String?
    let bare: Bool
    let offered: Int

    init(_ text: String, asked question: String? = nil, bare: Bool = false, offered: Int = 0) {
        self.text = text
        self.question = question
        self.bare = bare
        self.offered = offered
    }
}

/// How someone types: which punctuation marks (if any), how often they open with a greeting or add emoji, and
/// whether they call the buyer 亲.
struct Typist {
    enum Marks { case fullWidth, halfWidth, spaces, none, tildes }

    let marks: Marks
    /// Percent of messages opened with a greeting.
    let greets: Int
    /// Percent of messages with an emoji.
    let emoji: Int
    let saysQin: Bool

    /// The six agents of the example shop, each with a habit of their own.
    static func agent(_ number: Int) -> Typist {
        switch number {
        case 1: Typist(marks: .fullWidth, greets: 45, emoji: 12, saysQin: true)
        case 2: Typist(marks: .spaces, greets: 30, emoji: 3, saysQin: false)
        case 3: Typist(marks: .none, greets: 35, emoji: 0, saysQin: true)
        case 4: Typist(marks: .tildes, greets: 50, emoji: 30, saysQin: true)
        case 5: Typist(marks: .halfWidth, greets: 25, emoji: 5, saysQin: false)
        default: Typist(marks: .fullWidth, greets: 40, emoji: 10, saysQin: true)
        }
    }

    static func buyer(_ w: inout Wording) -> Typist {
        Typist(marks: w.pick([.fullWidth, .fullWidth, .halfWidth, .spaces, .spaces, .none, .none, .none]), greets: 0,
               emoji: w.pick([0, 0, 3, 8]), saysQin: w.percent(15))
    }

    func agentMessage(_ answer: Answer, _ w: inout Wording) -> String {
        var text = answer.text
        if !answer.bare, w.percent(28) {
            text += "。" + AgentReplies.aside(&w)
            if w.percent(15) { text += "，" + AgentReplies.aside(&w) }
        }
        if w.percent(greets) {
            text = w.pick(saysQin && w.percent(60) ? Phrases.qinGreetings : Phrases.agentGreetings) + "，" + text
        }
        if let last = text.unicodeScalars.last, !Typist.closed.contains(last), w.percent(35) {
            text += w.pick(saysQin && w.percent(30) ? Phrases.qinParticles : Phrases.particles)
        }
        text = punctuated(text)
        if w.percent(emoji) { return text + w.pick(Phrases.emoji) }
        switch marks {
        case .fullWidth: return text + w.pick(["", "", "。", "！", "~"])
        case .halfWidth: return text + w.pick(["", ".", "!", "~"])
        case .tildes: return text + w.pick(["~", "～", "~~", ""])
        case .spaces, .none: return text
        }
    }

    func buyerMessage(_ question: String, _ w: inout Wording) -> String {
        var text = punctuated(question)
        if saysQin, w.percent(20) { text += "亲" }
        if let last = text.unicodeScalars.last, Typist.asking.contains(last) {
            switch marks {
            case .fullWidth: text += w.pick(["？", "？", "？？", ""])
            case .halfWidth: text += w.pick(["?", "?", "??", ""])
            case .spaces, .none, .tildes: text += w.pick(["", "", "？", "?"])
            }
        }
        return w.percent(emoji) ? text + w.pick(Phrases.buyerEmoji) : text
    }

    /// The text with its commas and full stops in this typist's marks.
    func punctuated(_ text: String) -> String {
        guard marks != .fullWidth else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            switch (scalar, marks) {
            case ("，", .halfWidth): result += ","
            case ("。", .halfWidth): result += "."
            case ("！", .halfWidth): result += "!"
            case ("？", .halfWidth): result += "?"
            case ("，", .spaces), ("。", .spaces): result += " "
            case ("，", .none), ("。", .none): break
            case ("，", .tildes), ("。", .tildes): result += "~"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Last characters after which no particle is added.
    private static let closed: Set<Unicode.Scalar> = ["？", "?", "！", "!", "~", "哦", "呢", "哈", "吗", "呀", "啦", "的", "了", "滴", "哒", "嘛", "嘞", "呗", "亲"]
    /// Last characters of a question.
    private static let asking: Set<Unicode.Scalar> = ["吗", "么", "呢", "没", "不", "啊", "呀", "嘛"]
}
