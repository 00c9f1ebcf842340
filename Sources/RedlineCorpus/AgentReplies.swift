/// What agents answer when they keep to the rules: plain service talk on each topic, and hard negatives, the
/// words a rule looks for used innocently (declining a buyer's WeChat, 有货, 不支持货到付款, 顺丰补18元运费, 可以开发票).
/// Ship days and couriers are named only when the order's events keep the promise.
enum AgentReplies {
    /// The reply on `topic` to the buyer's `question`, written at `time`.
    static func answer(_ topic: Topic, to question: String, hardNegative: Bool, in chat: Chat, at time: SaleTime, _ w: inout Wording) -> Answer {
        switch topic {
        case .greeting: greeting(chat, &w)
        case .nudge: Answer(w.pick(["在的在的，不好意思刚才咨询的人有点多", "抱歉久等了，您说", "来了来了，刚才在帮您查", "在的，稍等我看一下", "双十一咨询量大，回复慢了请见谅",
                                    "在呢，您请讲", "不好意思，刚刚在处理别的订单", "在的，您刚才说的我看到了，马上帮您看"]))
        case .product: product(chat, question, &w)
        case .size: size(chat, &w)
        case .stock: stock(chat, question, hardNegative, &w)
        case .shipTime: shipTime(chat, time, hardNegative, &w)
        case .courier: courier(chat, question, hardNegative, &w)
        case .logistics: logistics(chat, time, hardNegative, &w)
        case .invoice: invoice(question, hardNegative, &w)
        case .payment: payment(question, hardNegative, &w)
        case .cashOnDelivery: cashOnDelivery(&w)
        case .returns: returns(question, hardNegative, &w)
        case .complaint: complaint(chat, &w)
        case .bargain: bargain(chat, question, hardNegative, &w)
        case .address: address(chat, time, &w)
        case .review: review(hardNegative, &w)
        case .gift: gift(chat, &w)
        case .contact: contact(&w)
        case .cancel: cancel(&w)
        case .thanks: Answer(w.pick(["不客气，祝您购物愉快", "有问题随时联系我们", "还有其他需要帮忙的吗", "嗯嗯", "好的", "感谢您的支持，期待再次光临", "不客气哈", "应该的",
                                     "好的，有事随时找我", "不客气，收到货有问题随时联系", "谢谢您的理解", "好嘞"]))
        }
    }

    /// A second sentence any reply may end with.
    static func aside(_ w: inout Wording) -> String {
        w.pick(["有问题随时联系我", "祝您购物愉快", "您放心", "双十一期间单量大，请您耐心等待", "拍下备注颜色尺码就行", "收到货有任何问题随时找我", "感谢您的耐心",
                "感谢支持", "有需要再叫我", "给您添麻烦了", "这边都给您备注好了", "您看还有什么需要"])
    }

    private static func greeting(_ chat: Chat, _ w: inout Wording) -> Answer {
        switch w.choice(6) {
        case 0: return Answer("您好，在的，请问有什么可以帮您")
        case 1: return Answer("欢迎光临" + chat.department.brand + "，请问有什么可以帮您的吗")
        case 2:
            // The shop's welcome message, long as auto-replies are.
            return Answer("您好，欢迎光临" + chat.department.brand + "，双十一活动进行中，" + w.pick(["全场满300减30", "第二件半价", "跨店每满300减50", "前1000名下单享8折"])
                + "，16点前付款当天发货，默认中通快递，" + w.pick(["有任何问题随时找我", "请问有什么可以帮您", "收藏店铺优先发货"]))
        case 3: return Answer("我是客服" + w.pick(["小美", "小雅", "七七", "阿宁", "小鱼", "糖糖"]) + "，很高兴为您服务")
        case 4: return Answer("在的，您说")
        default: return Answer(w.pick(["在的", "您好", "在呢"]))
        }
    }

    private static func product(_ chat: Chat, _ question: String, _ w: inout Wording) -> Answer {
        if question.contains("图") || question.contains("同款") {
            return Answer(w.pick(["和图片是一样的，都是实物拍摄", "实拍图在详情页最下面，您可以看一下", "是同款的，您放心", "图片就是实物拍的，没有修色"]))
        }
        switch w.choice(5) {
        case 0: return Answer(w.pick(chat.department.merits))
        case 1: return Answer("这款" + w.pick(chat.department.merits) + "，" + w.pick(["很多老顾客回购", "您放心拍", "评价里有买家秀可以看看"]))
        case 2: return Answer(chat.item + "是我们家的爆款，" + w.pick(chat.department.merits))
        case 3:
            return Answer("您问的这个我帮您确认了一下，" + w.pick(chat.department.merits) + "，而且" + w.pick(chat.department.merits) + "，"
                + w.pick(["双十一活动价很划算", "评价里也有很多买家秀，您可以参考一下", "不满意支持七天无理由退换"]))
        default: return Answer(w.pick(["这个您放心，", "不会的，", "是的，"]) + w.pick(chat.department.merits))
        }
    }

    private static func size(_ chat: Chat, _ w: inout Wording) -> Answer {
        let other = w.pick(chat.department.variants)
        if chat.category == "服装" {
            switch w.choice(6) {
            case 0: return Answer("您\(w.number(150...185))cm\(w.number(85...170))斤的话建议拍" + chat.size)
            case 1: return Answer("尺码标准，按平时穿的拍就可以")
            case 2: return Answer("这款偏大一码，建议拍小一码，" + w.pick(["喜欢宽松的拍正常码", "详情页有尺码表", "不合适可以换"]))
            case 3: return Answer(chat.variant + "更百搭一些，" + other + "比较显白")
            case 4: return Answer("您发一下身高体重，我帮您推荐尺码")
            default:
                return Answer("您可以参考详情页的尺码表，\(w.number(155...180))cm\(w.number(90...150))斤的话一般穿" + chat.size
                    + "，喜欢宽松一点的可以拍大一码，不合适也支持七天无理由退换")
            }
        }
        switch w.choice(3) {
        case 0: return Answer(chat.size + "的就可以，详情页有尺寸表")
        case 1: return Answer(chat.size + "的更实用一些，" + w.pick(["买的人最多", "性价比高", "家里用刚好"]))
        default: return Answer(chat.variant + "和" + other + "都很好看，" + chat.variant + "卖得更好一些")
        }
    }

    private static func stock(_ chat: Chat, _ question: String, _ hardNegative: Bool, _ w: inout Wording) -> Answer {
        if hardNegative {
            return Answer(w.pick(["之前缺货，现在补到了", "之前断码了，现在已经补货了", "不会缺货的，放心拍", "页面能拍就是有货的，不存在断货", "这款卖得很好，快卖完了，喜欢的话尽快下单",
                                  "如果无货我们会第一时间通知您", "您说的没货是哪个颜色呢，我查了都有库存的"]))
        }
        if question.contains("补货") { return Answer("现在就有现货，不用等，" + w.pick(["拍下就安排", "库存充足", "放心拍"])) }
        switch w.choice(5) {
        case 0: return Answer(w.pick(["有货的", "有的", "有现货", "有的哦"]))
        case 1: return Answer(chat.variant + chat.size + "有现货，" + w.pick(["拍下按顺序发出", "放心拍", "库存充足"]))
        case 2: return Answer("现货充足，放心拍")
        case 3: return Answer("有的，" + chat.size + "和" + w.pick(chat.department.sizes) + "都有")
        default: return Answer("仓库里还有" + String(w.number(20...300)) + "件，您放心")
        }
    }

    /// A ship day named only when the cut-off calendar allows it and the order's shipped event keeps it.
    private static func shipTime(_ chat: Chat, _ time: SaleTime, _ hardNegative: Bool, _ w: inout Wording) -> Answer {
        if let shipment = chat.shipment, shipment.time.seconds <= time.seconds {
            return Answer("已经发出了，" + (shipment.carrier == "ZTO" ? "中通" : "") + "单号" + shipment.tracking + "，" + w.pick(["您留意一下物流", "一般两三天到", "可以在订单里查看"]))
        }
        let shipDay = chat.shipDay(at: time)
        if let shipment = chat.shipment, shipment.time.day == shipDay {
            if shipDay == time.day {
                return Answer(w.pick(["今天会给您发出", "今天给您发出", "今天就安排发货"]) + w.pick(["", "，晚点能看到物流", "，下午就能看到物流"]))
            }
            if shipDay == time.day + 1 {
                return Answer(w.pick(["今天来不及了，", "", "仓库今天截单了，"]) + w.pick(["明天给您发出", "明天一早给您发"]))
            }
        }
        if hardNegative { return Answer("16点前付款当天发，16点后的次日发，周日的订单周一发") }
        switch w.choice(7) {
        case 0:
            return Answer("双十一期间订单量比较大，仓库都是按付款顺序发货的，一般48小时内会发出，发出后可以在订单里看到物流，" + w.pick(["您耐心等一下", "请您谅解", "有消息第一时间通知您"]))
        case 1: return Answer("16点前付款当天发，之后的第二天发，" + w.pick(["您放心", "都会按顺序发出", "周日的订单周一发"]))
        default:
            return Answer(w.pick(["48小时内发货", "按付款顺序发货的，您放心", "仓库在加急打包了，发出后第一时间同步物流", "已经帮您催仓库了", "双十一单量大，我们会尽快发出",
                                  "已经给您备注加急了"]))
        }
    }

    private static func courier(_ chat: Chat, _ question: String, _ hardNegative: Bool, _ w: inout Wording) -> Answer {
        let surcharge = w.amount(w.pick([18, 20, 20, 22]))
        if question.contains("顺丰") {
            // Shunfeng is promised only for an order that ships by it.
            return Answer(chat.shipment?.carrier == "SF" ? "可以发顺丰，补" + surcharge + "运费就行"
                : w.pick(["顺丰需要补" + surcharge + "运费", "顺丰的话要补运费，中通包邮", "顺丰不包邮，需要补" + surcharge + "运费"]))
        }
        if question.contains(chat.elsewhere) {
            return Answer(w.pick([chat.elsewhere + "我们不合作，默认中通", chat.elsewhere + "不发的哦，只有中通", "不好意思，" + chat.elsewhere + "发不了，中通基本都能到"]))
        }
        if hardNegative { return Answer(chat.elsewhere + "我们不发，" + w.pick(["只有中通", "默认中通包邮", "需要顺丰的话补" + surcharge + "运费"])) }
        switch w.choice(4) {
        case 0: return Answer("默认中通快递，全国包邮")
        case 1: return Answer("中通基本都能到的，" + w.pick(Phrases.cities) + "一般\(w.number(2...4))天")
        case 2: return Answer(chat.shipment?.carrier == "SF" ? "中通包邮，顺丰要补运费" : "我们只发中通，" + chat.elsewhere + "不发")
        default: return Answer("默认中通，需要顺丰的话补" + surcharge + "运费")
        }
    }

    private static func logistics(_ chat: Chat, _ time: SaleTime, _ hardNegative: Bool, _ w: inout Wording) -> Answer {
        guard let shipment = chat.shipment, shipment.time.seconds <= time.seconds else {
            return Answer(w.pick(["还没发出，仓库在加急处理", "还在排队打包，发出后会有物流信息", "这边帮您催一下仓库"]))
        }
        if hardNegative { return Answer("快递员电话" + w.mobile() + "，您可以联系他") }
        switch w.choice(5) {
        case 0: return Answer("帮您查了，包裹已经到" + w.pick(Phrases.cities) + "转运中心了")
        case 1: return Answer("物流显示已经到" + w.pick(Phrases.cities) + "了，预计\(w.number(1...3))天内送达")
        case 2:
            return Answer("帮您查了一下，包裹已经从" + w.pick(Phrases.cities) + "发出，现在在" + w.pick(Phrases.cities) + "转运中心，双十一快递量大，可能会晚一两天，派送前快递员会联系您")
        case 3: return Answer("已经帮您联系快递催件了")
        default: return Answer("单号" + shipment.tracking + "，您可以在订单里查看物流")
        }
    }

    private static func invoice(_ question: String, _ hardNegative: Bool, _ w: inout Wording) -> Answer {
        if question.contains("加钱") { return Answer(w.pick(["不用加钱的，发票免费开", "开发票不需要加钱的", "不加钱，抬头发我就行"])) }
        if question.contains("寄") { return Answer("发票月底统一寄出，邮费我们出") }
        if question.contains("电子") { return Answer("电子发票在订单详情里可以下载，也会发到您的邮箱") }
        if hardNegative {
            return Answer(w.pick(["可以开发票，不用另外加税点", "发票月底统一寄出，邮费我们出", "发票免费开具，无需额外费用", "电子发票和纸质发票效力一样",
                                  "个人抬头也可以开的", "发票按实付金额开具", w.key("可以開發票") + "的"]))
        }
        switch w.choice(4) {
        case 0: return Answer("可以开发票的，抬头和税号发我就行")
        case 1:
            return Answer("可以开的，电子发票确认收货后自动开具，会发到您的邮箱，需要纸质发票的话在订单备注抬头和税号，月底统一寄出，邮费我们出")
        case 2: return Answer("可以开的，下单时在发票栏填写就行")
        default: return Answer("好的，已经帮您登记了，开好后发您")
        }
    }

    private static func payment(_ question: String, _ hardNegative: Bool, _ w: inout Wording) -> Answer {
        if question.contains("微信") { return Answer("天猫是用支付宝付款的，" + w.key("微信") + "付不了，" + w.pick(["可以用花呗或者银行卡", "您拍下用支付宝付就行"])) }
        if hardNegative {
            return Answer(w.pick(["信用卡支付没有手续费", "花呗分期免手续费", "信用卡不能用的话可以试试花呗，都支持的", "分期的手续费是花呗收取的，不是我们加的", "天猫是用支付宝付款的，请直接拍下"]))
        }
        switch w.choice(4) {
        case 0: return Answer("信用卡和花呗都可以用的")
        case 1: return Answer("花呗分期\(w.pick(["3", "6", "12"]))期都支持")
        case 2: return Answer("信用卡和花呗都可以用的，花呗分期3期6期12期都支持，具体手续费以付款页面显示为准，不是我们店铺收的")
        default: return Answer("付款失败的话可以换张卡或者用余额试试")
        }
    }

    private static func cashOnDelivery(_ w: inout Wording) -> Answer {
        switch w.choice(5) {
        case 0: return Answer("我们" + w.key("不支持货到付款") + "，请在天猫下单付款")
        case 1: return Answer("暂不支持货到付款，收到不满意可以七天无理由退换")
        case 2: return Answer("货到付款是不行的，您放心拍，有运费险")
        case 3: return Answer(w.pick(["不支持的", "不支持哦", "不可以的"]), asked: w.pick(["能货到付款吗", "可以货到付款吗"]), bare: true)
        default: return Answer("本店没有货到付款服务")
        }
    }

    private static func returns(_ question: String, _ hardNegative: Bool, _ w: inout Wording) -> Answer {
        if question.contains("运费") {
            return Answer(w.pick(["质量问题运费我们承担，非质量问题运费您先垫付，有运费险的话会赔付", "下单送了运费险，退货运费会赔付到您的支付宝", "有运费险的话，退货运费会赔付给您"]))
        }
        if hardNegative {
            return Answer(w.pick(["定制商品不支持七天无理由退货", "已经超过七天了，不能无理由退货，可以走售后维修", "七天无理由从签收当天开始算", "退货我们不接受到付的，您先垫付运费",
                                  "支持的，不支持七天无理由那是违规的"]))
        }
        switch w.choice(5) {
        case 0: return Answer("支持七天无理由退换，请放心购买")
        case 1: return Answer("签收后七天内都可以申请退货")
        case 2:
            return Answer("您在订单里点「申请售后」，选择退货退款，填写原因后提交，我们同意后会给您退货地址，寄回时记得填写单号，收到货后一两天内给您退款")
        case 3: return Answer(w.pick(["支持的", "可以的"]), asked: w.pick(["这款支持七天无理由吗", "不合适能退吗"]), bare: true)
        default: return Answer("退货地址在订单里可以看到，寄回时记得填写单号")
        }
    }

    /// An apology and a remedy; money only within what this agent may still offer in this chat.
    private static func complaint(_ chat: Chat, _ w: inout Wording) -> Answer {
        let sorry = w.pick(["非常抱歉给您带来不好的体验", "实在不好意思", "抱歉让您久等了", "给您添麻烦了", "真的很抱歉"])
        let remaining = chat.cap - chat.offered
        switch w.choice(5) {
        case 0 where remaining >= 2:
            let yuan = w.number(2...min(remaining, 5))
            return Answer(sorry + "，给您补偿" + w.amount(yuan) + "，您看可以吗", offered: yuan)
        case 0, 1: return Answer(sorry + "，" + w.pick(["您拍张照片发我看看", "给您补发一件", "您申请退货退款，我们同意", "给您换一件新的", "已经反馈给仓库了，以后会注意"]))
        case 2:
            return Answer(sorry + "，您拍几张照片发我看一下，如果是质量问题我们给您补发或者退款，" + w.pick(["不会让您吃亏的", "一定给您处理好", "您放心"]))
        case 3: return Answer("您说的情况我记下了，" + w.pick(["已经登记给售后", "会给您一个满意的答复", "稍后给您回复"]))
        default: return Answer(sorry)
        }
    }

    private static func bargain(_ chat: Chat, _ question: String, _ hardNegative: Bool, _ w: inout Wording) -> Answer {
        if question.contains("包邮") { return Answer("默认中通包邮的，" + w.pick(["偏远地区除外", "您放心拍", "新疆西藏要补运费"])) }
        if hardNegative {
            return Answer(w.pick(["天猫订单不能改价，差价可以给您退", "价格改不了，可以领券下单", "我们无法修改价格", "不能再便宜了", "满300减30，系统自动减"]))
        }
        switch w.choice(4) {
        case 0: return Answer("双十一已经是全年最低价了，" + w.pick(["您放心拍", "过了活动就恢复原价了", "真的没法再少了"]))
        case 1: return Answer("可以领店铺\(w.pick(["10", "20", "5"]))元优惠券，页面上就有")
        case 2: return Answer("两件更划算，第二件半价")
        default:
            let yuan = w.number(2...3)
            return chat.cap - chat.offered >= yuan
                ? Answer("给您便宜" + w.amount(yuan) + "，收货后返您", offered: yuan)
                : Answer("这个价格真的是最低了")
        }
    }

    private static func address(_ chat: Chat, _ time: SaleTime, _ w: inout Wording) -> Answer {
        if chat.isShipped(by: time) {
            return Answer("已经发货了，地址改不了，" + w.pick(["可以联系快递员转寄", "您可以拒收后重新拍", "我帮您联系快递改派试试"]))
        }
        switch w.choice(4) {
        case 0: return Answer("好的，已经帮您备注新地址了")
        case 1: return Answer("地址可以改，您在订单详情里点修改地址就行")
        case 2: return Answer("收到，帮您改成" + w.pick(Phrases.cities) + "的地址了")
        default: return Answer("您留的号码是" + w.mobile() + "对吗")
        }
    }

    private static func review(_ hardNegative: Bool, _ w: inout Wording) -> Answer {
        if hardNegative { return Answer(w.pick(["好评不返现的，谢谢支持", "我们不做好评返现", "晒图返现是违规的，我们不搞，您如实评价就好"])) }
        return Answer(w.pick(["收到货满意的话给个好评哦", "评价是您的权利，我们尊重", "谢谢您的五星好评，欢迎下次光临", "谢谢您的支持"]))
    }

    private static func gift(_ chat: Chat, _ w: inout Wording) -> Answer {
        switch w.choice(3) {
        case 0: return Answer("有的，送您" + w.pick(chat.department.gifts) + "，随货发出")
        case 1: return Answer("这款没有赠品哦，" + w.pick(["价格已经很低了", "不好意思", "活动价是最低的"]))
        default: return Answer("赠品以实物为准，" + w.pick(["页面有写", "下单备注就行"]))
        }
    }

    private static func contact(_ w: inout Wording) -> Answer {
        Answer(w.pick(["不好意思，我们不加" + w.pick(["微信", "vx", "V信"]) + "的，有问题旺旺留言就好", "我们只在旺旺沟通，不加扣扣哦", "请不要相信让您加微信的人，谨防诈骗",
                       "图片直接在旺旺发给我就可以", "您在旺旺里说就可以，我都能看到", "抱歉哈，" + w.key("vx") + "是不加的，有事旺旺留言就好"]))
    }

    private static func cancel(_ w: inout Wording) -> Answer {
        Answer(w.pick(["您在\"我的订单\"里点\"取消订单\"就可以，未付款的订单超时也会自动关闭", "我们不能主动关闭订单，您在我的订单里申请退款就行", "已发货的话可以拒收，退款会原路退回",
                       "您自己取消后重新拍就可以", "商家这边是不能主动关闭订单的，您在订单页面点取消就可以了"]))
    }
}
