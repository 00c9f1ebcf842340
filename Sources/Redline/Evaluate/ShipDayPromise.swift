import RedlineText

/// A day a message promises to ship on: "今天给您发", "后天一定发出", "下周一发货", "8号前寄出", "明天一早顺丰上门取件".
/// Read from the normalised text, relative to the day the message was sent: a day word, then only small words
/// (给您, 一定, 上午, 安排, a courier…) up to a verb of sending (发, 寄, 带走, 出库, 取件…), which no 不, 没 or 了
/// follows (nor 的, right after the day). "明天到" (arrival), "今天发不了" and "今天发的货" promise nothing.
struct ShipDayPromise: Equatable {
    /// Normalised bytes from the day word to the verb.
    let range: Range<Int>
    let day: CalendarDate
    /// "8号前发": shipping by that day, not on it.
    let byDeadline: Bool

    /// Words one of which a message must hold to promise a day; they let the literal automaton skip the others.
    static let dayWords = ["今天", "今日", "今晚", "当天", "今儿", "明天", "明早", "明日", "明儿", "后天", "周", "星期", "礼拜", "号", "日",
                           "零点前", "0点前"]

    /// The most characters between the day and the verb.
    static let reach = 10

    /// Every promise in `text`, for a message sent on `sent`.
    static func all(in text: NormalizedText, sentOn sent: CalendarDate) -> [ShipDayPromise] {
        let scalars = Array(String(decoding: text.bytes, as: UTF8.self).unicodeScalars)
        var offsets: [Int] = [0]
        offsets.reserveCapacity(scalars.count + 1)
        for scalar in scalars { offsets.append(offsets[offsets.count - 1] + UTF8.width(scalar)) }
        var promises: [ShipDayPromise] = []
        var index = 0
        while index < scalars.count {
            guard let (day, dayLength) = date(in: scalars, at: index, sent: sent) else {
                index += 1
                continue
            }
            var length = dayLength
            // "周一当天会发出": the day named, not today.
            if scalars.has(sameDay, at: index + length), !relativeDays.contains(where: { $0.1 == 0 && scalars.has($0.0, at: index) }) {
                length += sameDay.count
            }
            var cursor = index + length
            var byDeadline = false
            for word in beforeWords where scalars.has(word, at: cursor) {
                byDeadline = true
                cursor += word.count
                break
            }
            let limit = min(scalars.count, cursor + reach)
            let dayEnd = cursor
            while cursor < limit, isFiller(scalars[cursor]) { cursor += 1 }
            // "今天发的货" tells what shipped; "今天能发的" promises.
            if cursor < limit, let verb = verbs.first(where: { scalars.has($0, at: cursor) }),
               cursor + verb.count == scalars.count || !refuses(scalars[cursor + verb.count], rightAfterDay: cursor == dayEnd) {
                promises.append(ShipDayPromise(range: offsets[index]..<offsets[cursor + verb.count], day: day, byDeadline: byDeadline))
            }
            index += length
        }
        return promises
    }

    /// Small words that may stand between the day and the verb: adverbs, 给您, times of day, the warehouse.
    /// Sorted scalar values, searched by halves (this runs on many messages; a `Set` would hash each one).
    static let fillers: [UInt32] = Array(Set("就能可以会给您你帮马上一定都也肯定晚早中下午安排尽量准时统为按内前保证确是再来立刻即及这边我们仓库正常点货哦呢哈亲先全部最迟要还得去之后0123456789:零车门顺丰通快递".unicodeScalars.map(\.value))).sorted()

    /// Verbs of sending a parcel off: 发 and 寄 (发出, 寄出, 发货), the warehouse letting it go, the courier
    /// collecting it.
    static let verbs: [[Unicode.Scalar]] = ["发", "寄", "带走", "出库", "取件", "取走", "揽收"].map { Array($0.unicodeScalars) }

    static func isFiller(_ scalar: Unicode.Scalar) -> Bool {
        var low = 0, high = fillers.count
        while low < high {
            let middle = (low + high) / 2
            if fillers[middle] < scalar.value { low = middle + 1 } else { high = middle }
        }
        return low < fillers.count && fillers[low] == scalar.value
    }

    /// What after the verb takes the promise back: 不, 没, 了, and 的 right after the day.
    static func refuses(_ scalar: Unicode.Scalar, rightAfterDay: Bool) -> Bool {
        scalar == "不" || scalar == "没" || scalar == "了" || (rightAfterDay && scalar == "的")
    }

    static let sameDay = Array("当天".unicodeScalars)

    static let beforeWords: [[Unicode.Scalar]] = ["之前", "以前", "前"].map { Array($0.unicodeScalars) }

    /// A day expression at `index` and how many characters it takes.
    static func date(in scalars: [Unicode.Scalar], at index: Int, sent: CalendarDate) -> (CalendarDate, Int)? {
        func after(_ days: Int) -> CalendarDate { CalendarDate(daysSinceEpoch: sent.daysSinceEpoch + Int64(days)) }
        for (word, days) in relativeDays where scalars.has(word, at: index) {
            // "后天" inside "大后天" was read at the 大; "0点前" inside "10点前" is no day.
            if days == 2, index > 0, scalars[index - 1] == "大" { return nil }
            if word[0] == "0", index > 0, ("0"..."9").contains(scalars[index - 1]) { return nil }
            return (after(days), word.count)
        }
        // 周一, 星期五, 礼拜天, 下周二: the next such day, this week or next.
        var cursor = index
        let nextWeek = cursor < scalars.count && scalars[cursor] == "下"
        if nextWeek { cursor += 1 }
        if let week = weekWords.first(where: { scalars.has($0, at: cursor) }) {
            cursor += week.count
            guard cursor < scalars.count, let target = weekdayIndex(scalars[cursor]) else { return nil }
            let today = (sent.weekday.rawValue + 5) % 7          // Monday 0 ... Sunday 6
            var ahead = target - today
            if nextWeek { ahead += 7 } else if ahead < 0 { ahead += 7 }
            return (after(ahead), cursor + 1 - index)
        }
        if nextWeek { return nil }
        // 8号, 十一日, 11月12号: that day of this month (or the next, when it has passed).
        guard let (number, digits) = number(in: scalars, at: index), digits > 0 else { return nil }
        cursor = index + digits
        var month: Int?
        var dayOfMonth = number
        if cursor < scalars.count, scalars[cursor] == "月", let (day, more) = self.number(in: scalars, at: cursor + 1), more > 0 {
            month = number
            dayOfMonth = day
            cursor += 1 + more
        }
        guard cursor < scalars.count, scalars[cursor] == "号" || scalars[cursor] == "日" else { return nil }
        // Inside a longer number or after a month ("11月10号" is read from its month).
        if index > 0, ("0"..."9").contains(scalars[index - 1]) || chineseDigit(scalars[index - 1]) != nil || scalars[index - 1] == "十"
            || scalars[index - 1] == "月" { return nil }
        var year = sent.year
        var target = month ?? sent.month
        if month == nil, dayOfMonth < sent.day { target += 1 }
        if month != nil, target < sent.month { year += 1 }
        // "11月16号揽收" said on the 18th reports what happened.
        if month != nil, target == sent.month, dayOfMonth < sent.day { return nil }
        if target > 12 { target = 1; year += 1 }
        guard (1...12).contains(target), dayOfMonth >= 1, dayOfMonth <= CalendarDate.days(inMonth: target, year: year) else { return nil }
        return (CalendarDate(year: year, month: target, day: dayOfMonth), cursor + 1 - index)
    }

    static let relativeDays: [([Unicode.Scalar], Int)] = [("今天", 0), ("今日", 0), ("今晚", 0), ("当天", 0), ("今儿个", 0), ("今儿", 0),
                                                          ("明天", 1), ("明早", 1), ("明日", 1), ("明儿个", 1), ("明儿", 1), ("大后天", 3),
                                                          ("后天", 2), ("零点前", 0), ("0点前", 0)].map { (Array($0.0.unicodeScalars), $0.1) }

    static let weekWords: [[Unicode.Scalar]] = ["周", "星期", "礼拜"].map { Array($0.unicodeScalars) }

    /// Monday 0 ... Sunday 6.
    static func weekdayIndex(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "一", "1": 0
        case "二", "2": 1
        case "三", "3": 2
        case "四", "4": 3
        case "五", "5": 4
        case "六", "6": 5
        case "日", "天", "7": 6
        default: nil
        }
    }

    /// A number of one or two digits, or in Chinese up to 三十一, at `index`: its value and length.
    static func number(in scalars: [Unicode.Scalar], at index: Int) -> (Int, Int)? {
        var value = 0, length = 0
        while index + length < scalars.count, length < 2, ("0"..."9").contains(scalars[index + length]) {
            value = value * 10 + Int(scalars[index + length].value) - 0x30
            length += 1
        }
        if length > 0 { return (value, length) }
        var tens = 0
        if index < scalars.count, let digit = chineseDigit(scalars[index]), index + 1 < scalars.count, scalars[index + 1] == "十" {
            tens = digit
            length = 2
        } else if index < scalars.count, scalars[index] == "十" {
            tens = 1
            length = 1
        }
        if index + length < scalars.count, let unit = chineseDigit(scalars[index + length]) {
            return (tens * 10 + unit, length + 1)
        }
        return length > 0 ? (tens * 10, length) : nil
    }

    static func chineseDigit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "一": 1
        case "二", "两": 2
        case "三": 3
        case "四": 4
        case "五": 5
        case "六": 6
        case "七": 7
        case "八": 8
        case "九": 9
        default: nil
        }
    }
}
