/// What buyers write: short nudges and acknowledgements, questions about the goods and the order, long
/// complaints, pasted addresses, order numbers, share links and [图片] placeholders.
enum BuyerMessages {
    /// The buyer's message on `topic` at `time`: what was paid and shipped by then decides what can be asked.
    static func asking(_ topic: Topic, in chat: Chat, at time: SaleTime, _ w: inout Wording) -> String {
        let question = plainly(topic, chat, time, &w)
        guard topic.hasFollowUps, w.percent(35) else { return question }
        return question + w.pick(topic.isBeforePurchase && !chat.isPaid(by: time) && w.percent(50) ? Phrases.buyerDoubts : Phrases.buyerAfterthoughts)
    }

    private static func plainly(_ topic: Topic, _ chat: Chat, _ time: SaleTime, _ w: inout Wording) -> String {
        switch topic {
        case .greeting: greeting(chat, &w)
        case .nudge: w.pick(Phrases.nudges)
        case .product: (w.percent(20) ? w.pick(Phrases.buyerContexts) : "") + product(chat, &w)
        case .size: (w.percent(25) ? w.pick(Phrases.buyerContexts) : "") + size(chat, &w)
        case .stock: w.pick([chat.variant + chat.size + "还有货吗", "还有货吗", chat.size + "有现货吗", "这款什么时候补货", "有库存吗", "现在拍有货吗",
                             chat.variant + "的还有吗", "还能拍吗", "这个" + chat.item + "有没有现货", "我想要" + chat.variant + "的" + chat.size + "，还有吗",
                             "页面显示有货，是真的有吗"])
        case .shipTime: shipTime(chat, time, &w)
        case .courier: w.pick(["发什么快递", "默认什么快递", "能发顺丰吗", "顺丰要加多少钱", "可以发" + chat.elsewhere + "吗，中通我们那不到", "能发" + chat.elsewhere + "吗",
                               "顺丰包邮吗", "发哪家快递啊", "能指定快递吗", "中通到" + w.pick(Phrases.cities) + "要几天"])
        case .logistics: logistics(chat, time, &w)
        case .invoice: invoice(&w)
        case .payment: w.pick(["能用花呗吗", "可以刷信用卡吗", "花呗分期有手续费吗", "能分期吗", "付款失败怎么办", "能用微信付吗", "信用卡付款要手续费吗", "花呗能分几期"])
        case .cashOnDelivery: w.pick(["可以货到付款吗", "能到了再给钱吗", "支持货到付款不", "货到付款行不行", "能先收货再付款吗", "货到付款可以吗 第一次在网上买东西"])
        case .returns: w.pick(["不合适能退吗", "支持七天无理由吗", "退货运费谁出", "怎么申请退货", "收到不喜欢可以换吗", "拆了包装还能退吗", "能换个" + w.pick(chat.department.sizes) + "吗",
                               "退货地址发我一下"])
        case .complaint: complaint(chat, &w)
        case .bargain: bargain(chat, &w)
        case .address: address(&w)
        case .review: w.pick(["好评有返现吗", "给好评送什么", "晒图有奖励吗", "我给你们打了五星了", "评价完了", "追评有红包吗"])
        case .gift: w.pick(["有赠品吗", "送什么小礼物吗", "买两件有送的吗", "有没有小样", "有赠品吗 送人的", "有没有什么赠品"])
        case .contact: w.pick(["能加你微信吗", "有微信吗，方便发图", "留个电话吧", "你们有QQ群吗", "可以打电话说吗", "加个微信聊吧 这里不方便"])
        case .cancel: w.pick(["拍错了能取消吗", "不想要了帮我关掉订单", "能帮我取消订单吗", "拍重了，能关一个吗", "地址错了，你帮我把订单关了我重新拍"])
        case .thanks: w.pick(Phrases.acknowledgements)
        }
    }

    private static func greeting(_ chat: Chat, _ w: inout Wording) -> String {
        let hello = w.pick(["在吗", "你好", "您好", "在不在", "有人吗", "客服在吗", "亲在吗", "hello", "老板在吗", "在？", "hi", "你好在吗", "掌柜的在吗", "你好，咨询一下", "在吗亲"])
        switch w.choice(10) {
        case 0, 1, 2: return hello + "，" + product(chat, &w)
        case 3:
            // A share link pasted from the app.
            return "【淘宝】https://m.tb.cn/h.\(w.pick(["5b", "gT", "Uq", "8k"]))\(w.digits(3))\(w.pick(["xZ", "pQ", "aW"]))?tk=\(w.pick(["Hc", "Zq", "Lm"]))\(w.digits(4))"
                + " 「" + w.pick(["2026新款", "冬季", "爆款", "官方正品"]) + chat.item + "」点击链接直接打开"
        default: return hello
        }
    }

    private static func product(_ chat: Chat, _ w: inout Wording) -> String {
        let question = w.pick(chat.department.questions)
        switch w.choice(8) {
        case 0: return chat.item + question
        case 1: return "这款" + question
        case 2: return chat.variant + "的" + question
        case 3: return "请问这个" + chat.item + "和图片上一样吗"
        case 4: return "[图片] 这个是同款吗"
        case 5: return "有实拍图吗"
        case 6: return "我上次在你家买的" + chat.item + "挺好的，这次想再买个" + chat.variant + "的，" + question
        default: return question
        }
    }

    private static func size(_ chat: Chat, _ w: inout Wording) -> String {
        let other = w.pick(chat.department.variants)
        guard chat.category == "服装" else {
            return w.pick([chat.size + "和" + w.pick(chat.department.sizes) + "选哪个", chat.variant + "和" + other + "哪个好看", "家里用选哪个规格",
                           chat.size + "的够用吗"])
        }
        switch w.choice(6) {
        case 0: return "我\(w.number(150...185))cm \(w.number(85...170))斤穿什么码"
        case 1: return "身高\(w.number(150...185))体重\(w.number(85...170))斤，拍" + chat.size + "可以吗"
        case 2: return "平时穿" + chat.size + "，这款要拍大一码吗"
        case 3: return "尺码准吗"
        case 4: return chat.variant + "和" + other + "哪个好看"
        default: return chat.size + "的衣长多少"
        }
    }

    private static func shipTime(_ chat: Chat, _ time: SaleTime, _ w: inout Wording) -> String {
        if chat.isPaid(by: time), w.percent(40) {
            let waited = time.day - chat.paid.day
            return (waited > 0 ? "拍了\(waited == 1 ? "一" : "\(waited)")天了怎么还没发货啊" : "付款好几个小时了怎么还没发货") + "，"
                + w.pick(["急着用", "再不发我就退了", "你们是不是没货", "别家早就发了", "能不能快点", "我明天就要用"])
        }
        switch w.choice(8) {
        case 0: return "什么时候发货"
        case 1: return "今天能发吗"
        case 2: return "几天能到" + w.pick(Phrases.cities)
        case 3: return chat.isPaid(by: time) ? "我拍了，麻烦快点发" : "现在拍今天能发吗"
        case 4: return "急用，今天能发出去吗"
        case 5: return w.pick(Phrases.weekdays) + "之前能到吗"
        case 6: return "能早点发吗 " + w.pick(["周末要送人", "孩子等着用", "下周出差", "赶着过生日"])
        default: return w.pick(Phrases.buyerContexts) + "大概什么时候能到" + w.pick(Phrases.cities)
        }
    }

    private static func logistics(_ chat: Chat, _ time: SaleTime, _ w: inout Wording) -> String {
        guard chat.isShipped(by: time) else {
            return w.pick(["发货了吗", "什么时候有物流", "单号出来了吗", "订单号" + chat.orderNumber + " 帮我看看发了没", "怎么还没有物流信息", "能查到物流了吗",
                           "我的" + chat.item + "发了没有", "物流信息怎么还是空的", "付款了 什么时候能看到单号"])
        }
        switch w.choice(7) {
        case 0: return "到哪了"
        case 1: return "帮我查下物流"
        case 2: return "物流怎么一直不动"
        case 3: return "单号多少"
        case 4: return "订单号" + chat.orderNumber + " 帮我看看到哪了"
        case 5: return "[图片] 物流怎么一直显示揽收"
        default:
            return "显示已发货了，物流一直不更新，你们到底发没发啊，" + w.pick(["买来送人的", "急着用", "再不动我要投诉了", "问了几次都说在路上"])
                + w.pick(["", "，快递电话也打不通", "，能不能给个准话"])
        }
    }

    private static func invoice(_ w: inout Wording) -> String {
        switch w.choice(8) {
        case 0: return "能开发票吗"
        case 1: return "可以开专票吗"
        case 2: return "发票怎么开"
        case 3: return "开发票要加钱吗"
        case 4:
            return "需要开发票，抬头" + w.pick(Phrases.companyNames) + w.pick(Phrases.companies) + "，税号91" + w.digits(4) + w.pick(["MA", "0X", "MA2"]) + w.digits(8)
        case 5: return "发票能开个人的吗"
        case 6: return "发票什么时候寄"
        default: return "电子发票在哪看"
        }
    }

    /// Complaints are about an earlier order: this one is still on its way while the chat lasts.
    private static func complaint(_ chat: Chat, _ w: inout Wording) -> String {
        let defect = w.pick(chat.department.defects)
        let earlier = w.pick(["上次买的", "上个月买的", "之前那单", "我妈上次在你家买的", "前几天收到的", "双十二那次买的"])
        let feeling = w.pick(["太失望了", "你们怎么处理", "怎么办", "给个说法吧", "要么退款要么补偿", "这质量也太差了", "你们自己看看", "能不能负点责"])
        switch w.choice(9) {
        case 0: return earlier + chat.item + defect + "，" + feeling
        case 1: return earlier + "那件" + chat.variant + "和图片色差太大了吧，" + feeling
        case 2: return earlier + "少发了一件，我拍了两件只收到一件"
        case 3: return earlier + "发错颜色了，我要的是" + chat.variant + "，" + w.pick(["你们怎么搞的", "麻烦尽快处理", "这次别再错了"])
        case 4: return "[图片][图片] 你们自己看，" + defect
        case 5: return w.pick(["能补偿点吗", "补偿多少", "这个怎么赔"])
        case 6:
            return "我" + w.pick(["上个月", "前段时间", "上周"]) + "在你们家买的" + chat.item + "，收到打开一看" + defect + "，"
                + w.pick(["本来是买来送人的，现在怎么送", "家里人都说质量不行", "我已经拍了视频"]) + "，" + feeling + "。"
                + w.pick(["别让我等太久", "不处理我就给差评了", "希望你们重视一下", "这次下单之前想先问清楚"])
        case 7: return "你们这什么服务，" + earlier + defect + "问了三天都没人管"
        default: return defect
        }
    }

    private static func bargain(_ chat: Chat, _ w: inout Wording) -> String {
        switch w.choice(8) {
        case 0: return "能便宜点吗"
        case 1: return "两件能优惠吗"
        case 2: return "老顾客了便宜点呗"
        case 3: return "有优惠券吗"
        case 4: return chat.amount + "太贵了，" + String(w.number(10...80)) + "卖不卖"
        case 5: return "能不能少\(w.number(5...20))块"
        case 6: return "别家才卖" + String(w.number(20...90)) + "，你们怎么这么贵"
        default: return "包邮吗"
        }
    }

    private static func address(_ w: inout Wording) -> String {
        switch w.choice(5) {
        case 0: return "地址写错了能改吗"
        case 1:
            // Pasted from the address book, line breaks and all.
            return "收货人：" + w.name() + "\n手机号码：" + w.mobile() + "\n详细地址：" + w.address()
        case 2: return "帮我改成这个地址 " + w.address() + " " + w.name() + " " + w.mobile()
        case 3: return "能帮我改下地址吗 我搬家了"
        default: return w.name() + "，" + w.mobile() + "，" + w.address()
        }
    }
}
