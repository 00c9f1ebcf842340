/// A way an agent's reply breaks a Tmall red line or a house rule of the example shop, each written in many
/// phrasings. Keywords go through `Wording.key`, so an evading agent disguises them (full-width, traditional,
/// spaced, with symbols or an emoji inside). Some are bare answers that break the rule only after the buyer's
/// question ("能货到付款吗" - "可以的").
enum Breach {
    case invoiceRefusal, invoiceFee, invoiceExcuse
    case offPlatformInvite, offPlatformHandle, offPlatformPhone, otherShop
    case directTransfer, cardRefusal, cardFee
    case stockOut, returnDenied, orderClosed, reviewCashback, priceChange
    case freeCourier, otherCourier, sfSurcharge, brokenCarrier, cashOnDelivery
    case compensation, returnPostage, bargain, gift, shipDay, blocking

    private static let messengers = ["微信", "微信", "V信", "vx", "VX", "薇信", "威信", "wx", "扣扣", "QQ", "v芯", "徽信"]
    private static let cards = ["信用卡", "信用卡", "花呗", "花呗分期", "分期", "信用卡分期"]

    /// The agent's reply in `chat` at `time` that commits this breach.
    func answer(in chat: Chat, at time: SaleTime, _ w: inout Wording) -> Answer {
        switch self {
        case .invoiceRefusal: Breach.invoiceRefusal(&w)
        case .invoiceFee: Breach.invoiceFee(&w)
        case .invoiceExcuse: Breach.invoiceExcuse(&w)
        case .offPlatformInvite: Breach.offPlatformInvite(&w)
        case .offPlatformHandle: Answer(Breach.handle(&w))
        case .offPlatformPhone: Answer(Breach.phone(&w))
        case .otherShop: Breach.otherShop(&w)
        case .directTransfer: Breach.directTransfer(&w)
        case .cardRefusal: Breach.cardRefusal(&w)
        case .cardFee: Breach.cardFee(&w)
        case .stockOut: Breach.stockOut(chat, &w)
        case .returnDenied: Breach.returnDenied(&w)
        case .orderClosed: Breach.orderClosed(&w)
        case .reviewCashback: Breach.reviewCashback(&w)
        case .priceChange: Breach.priceChange(chat, &w)
        case .freeCourier: Breach.freeCourier(chat, &w)
        case .otherCourier: Breach.otherCourier(chat, &w)
        case .sfSurcharge: Breach.sfSurcharge(&w)
        case .brokenCarrier: Breach.brokenCarrier(chat, &w)
        case .cashOnDelivery: Breach.cashOnDelivery(&w)
        case .compensation: Breach.compensation(chat, &w)
        case .returnPostage: Breach.returnPostage(&w)
        case .bargain: Breach.bargain(&w)
        case .gift: Breach.gift(chat, &w)
        case .shipDay: Breach.shipDay(chat, time, &w)
        case .blocking: Breach.blocking(&w)
        }
    }

    private static func invoiceRefusal(_ w: inout Wording) -> Answer {
        switch w.choice(7) {
        case 0:
            return Answer(w.pick(["开不了", "不能开的", "开不了哦", "没法开", "这个开不了", "不行的"]), asked: w.pick(["能开发票吗", "可以开发票吗", "发票能开吗", "需要发票 可以吗", "开个票"]), bare: true)
        case 1: return Answer(w.pick(["特价商品", "活动款", "这个价格", "双十一活动价", "清仓款", "秒杀款"]) + w.key(w.pick(["不开发票", "不开票", "开不了发票", "没有发票", "不提供发票"])))
        case 2: return Answer(w.key("发票") + w.pick(["开不了", "这边暂时不能开", "我们不提供", "不支持开", "暂时开不出来"]))
        case 3: return Answer("这个价格是" + w.key(w.pick(["不含票", "不带票", "无票"])) + "的，要票得另外算")
        case 4: return Answer(w.pick(["专票", "增票", "纸质发票", "普票"]) + "我们" + w.key("不支持") + "，" + w.pick(["您看看别家吧", "抱歉", "这个没办法"]))
        case 5: return Answer("我们是小店，" + w.key("开不了票"))
        default: return Answer(w.pick(["亲亲，", "不好意思，", ""]) + "活动款都" + w.key("不带发票") + "，这个价已经很低了")
        }
    }

    private static func invoiceFee(_ w: inout Wording) -> Answer {
        switch w.choice(7) {
        case 0:
            return Answer(w.pick(["是的，这是财务规定", "要的", "对的，要加\(w.number(3...8))个点", "是的呢"]), asked: w.pick(["开发票要另外加税点吗", "开票要加钱吗", "发票需要另外付钱吗"]), bare: true)
        case 1: return Answer(w.key("开发票") + "需要加\(w.number(3...13))个点")
        case 2: return Answer(w.key("发票") + "要另付税点的，" + w.pick(["这是公司规定", "一般是\(w.number(3...8))个点", "您看需要吗"]))
        case 3: return Answer("开票的话加\(w.number(3...9))%" + w.key("税点"))
        case 4: return Answer(w.key("发票") + w.pick(["邮费需要您自己出", "运费到付", "的快递费要您来付"]))
        case 5: return Answer(w.key("发票") + "可以开，不过要收" + w.amount(w.number(5...20)) + "开票费")
        default: return Answer("要" + w.key("发票") + "的话价格另算，" + w.pick(["含税价要贵一些", "得加钱", "您确定要吗"]))
        }
    }

    private static func invoiceExcuse(_ w: inout Wording) -> Answer {
        switch w.choice(6) {
        case 0: return Answer(w.pick(["财务不在", "会计休假了", "财务这几天请假"]) + "，" + w.key("发票") + w.pick(["下个月再说吧", "过段时间再联系我们", "等她回来再说", "暂时开不了"]))
        case 1: return Answer(w.pick(["本月发票额度用完了", "发票打印机坏了", "开票系统维护中", "纳税主体变更中", "发票用完了"]) + "，" + w.pick(["暂时开不了", "要等等", "下个月再说", "过段时间再联系我们"]))
        case 2: return Answer(w.key("发票") + "开不了，只能给您开" + w.key("收据") + "，" + w.pick(["一样能报销的", "和发票一样的", "您看行吗"]))
        case 3: return Answer(w.key("发票") + "只能开" + w.pick(["公司抬头", "企业抬头"]) + "，个人的开不了")
        case 4: return Answer(w.key("发票") + "只能开" + w.pick(["办公用品", "日用品", "礼品", "劳保用品"]) + "，" + w.pick(["您看可以吗", "明细写不了商品名", "这个是统一的"]))
        default: return Answer("我们只有" + w.key("收据") + w.pick(["哦亲", "，和发票效力一样", "，没有发票"]))
        }
    }

    private static func offPlatformInvite(_ w: inout Wording) -> Answer {
        let messenger = w.pick(messengers)
        let reason = w.pick(["给您便宜", "发您实拍图", "有内部价", "方便处理售后", "拉您进福利群", "下次直接找我", "有更多款式", "图片发得快"])
        switch w.choice(7) {
        case 0: return Answer(w.pick(["可以呀", "可以的", "行，搜一下就加到了", "可以的，您加吧", "好呀"]), asked: w.pick(["能加你微信吗", "可以加个微信吗", "有微信吗，加一下", "加个vx吧"]), bare: true)
        case 1: return Answer(w.key("加我" + messenger) + "，" + reason)
        case 2: return Answer("有问题可以" + w.key("加" + messenger) + "详聊")
        case 3: return Answer(w.key(messenger) + "联系我，" + reason)
        case 4: return Answer("我们有个" + w.key(w.pick(["微信群", "福利群", "QQ群"])) + "，进群有福利，" + w.pick(["拉您进来", "加我拉您", "每天都有秒杀"]))
        case 5: return Answer("那个" + w.key(w.pick(["绿色的软件", "绿泡泡"])) + "搜我，" + reason)
        default: return Answer("您" + w.key("加一下我们的" + messenger) + "吧，" + reason)
        }
    }

    private static func handle(_ w: inout Wording) -> String {
        let handle = w.pick(Phrases.handles) + (w.percent(40) ? "_" : "") + w.digits(4)
        switch w.choice(5) {
        case 0: return w.key(w.pick(messengers) + "：" + handle) + "，加一下"
        case 1: return "我的" + w.key(w.pick(["微信", "vx", "V信", "QQ"]) + "号是" + handle) + "，备注淘宝"
        case 2: return "加个好友吧，" + w.key("V：" + handle)
        case 3: return "售后找我，" + w.key(w.pick(["微信", "薇信", "wx"])) + w.pick(["🌸", "💗", "", ""]) + "：" + handle
        default: return w.pick(["搜", "加"]) + w.key(w.pick(["微信", "vx", "威信"])) + " " + handle + "，" + w.pick(["发您实拍", "给您优惠", "有活动通知您"])
        }
    }

    private static func phone(_ w: inout Wording) -> String {
        let number = w.percent(15) ? Wording.chineseDigits("1" + w.pick(["38", "39", "86", "59"]) + w.digits(8)) : w.mobile()
        switch w.choice(6) {
        case 0: return "有事打我" + w.key("电话") + number
        case 1: return "着急的话可以打 " + number
        case 2: return "我的手机" + number + "，随时联系"
        case 3: return "联系人" + w.pick(Phrases.surnames) + "经理，" + number
        case 4: return "有问题找我：" + number + "，" + w.pick(["微信同号", "随时打", "下午都在"])
        default: return "这个" + w.pick(["不好在这说", "说不清楚"]) + "，" + w.key("电话") + "聊吧，" + number
        }
    }

    private static func otherShop(_ w: inout Wording) -> Answer {
        switch w.choice(5) {
        case 0: return Answer("去我们" + w.key(w.pick(["淘宝店", "C店", "淘宝小店"])) + "拍更便宜，" + w.pick(["同一个仓库发货", "便宜\(w.number(5...30))块", "店名一样"]))
        case 1: return Answer(w.key("拼多多") + "上我们也有，那边便宜" + w.amount(w.number(5...30)))
        case 2: return Answer("这个色在我们" + w.key("另一家店") + "有，链接发您，您去那边拍吧")
        case 3: return Answer(w.key("闲鱼") + "上搜我们店名，有便宜的")
        default: return Answer("可以" + w.key("私下交易") + "，不走平台" + w.pick(["便宜点", "省手续费", ""]))
        }
    }

    private static func directTransfer(_ w: inout Wording) -> Answer {
        switch w.choice(6) {
        case 0: return Answer(w.pick(["可以的", "行", "可以呀"]), asked: w.pick(["我直接转账给你行吗", "能直接转你支付宝吗", "不拍了直接转给你可以吗"]), bare: true)
        case 1: return Answer("拍下不付款，" + w.pick(["微信", "支付宝"]) + w.key("转给我") + "，便宜" + w.amount(w.number(5...50)))
        case 2: return Answer("直接" + w.key("转账") + "到我们银行卡就行，卡号" + w.pick(["6222", "6217", "6228"]) + " " + w.digits(4) + " " + w.digits(4) + " " + w.digits(4))
        case 3: return Answer("扫一下我的" + w.key("收款码") + "就行，不用拍")
        case 4: return Answer("平台要扣点，" + w.key("私下给我") + "可以便宜" + w.amount(w.number(10...50)))
        default: return Answer("差价您发个" + w.key("红包给我") + "就行，不用拍链接")
        }
    }

    private static func cardRefusal(_ w: inout Wording) -> Answer {
        let card = w.pick(cards)
        switch w.choice(6) {
        case 0: return Answer(w.pick(["不行的", "用不了哦", "不支持哦", "不可以的", "这个不行"]), asked: w.pick(["能用花呗吗", "可以刷信用卡吗", "能分期吗", "花呗能用吗", "可以信用卡付款吗"]), bare: true)
        case 1: return Answer("我们" + w.key("不支持" + card))
        case 2: return Answer(w.key(card) + w.pick(["不能用", "用不了", "不行的", "我们不接受"]) + "，" + w.pick(["请用储蓄卡", "只能余额付", "您换个方式", "这是店里规定"]))
        case 3: return Answer("这个订单" + w.key("不能分期") + "，只能全款")
        case 4: return Answer("活动商品" + w.key("刷不了信用卡"))
        default: return Answer("本店" + w.key("暂不支持" + card))
        }
    }

    private static func cardFee(_ w: inout Wording) -> Answer {
        let card = w.pick(cards)
        switch w.choice(5) {
        case 0: return Answer(w.pick(["对的", "要的哦", "是的，要加\(w.number(1...5))%", "需要的"]), asked: w.pick(["信用卡付要加手续费吗", "花呗分期要另外加钱吗", "刷卡要加钱吗"]), bare: true)
        case 1: return Answer("用" + w.key(card) + "要加\(w.number(1...5))%" + w.key("手续费"))
        case 2: return Answer("刷" + w.key("信用卡") + "的话加\(w.number(2...6))个点")
        case 3: return Answer(w.key(card) + "的话要多收" + w.amount(w.number(5...30)) + "服务费")
        default: return Answer(w.key(card) + "付款加价" + w.amount(w.number(5...20)))
        }
    }

    private static func stockOut(_ chat: Chat, _ w: inout Wording) -> Answer {
        let gone = w.key(w.pick(["缺货", "断货", "卖完", "售罄", "没货", "卖断"]))
        switch w.choice(7) {
        case 0: return Answer(w.pick(["没有了呢", "木有了哦", "没有了", "已经没了", "暂时没有"]), asked: chat.variant + chat.size + w.pick(["还有货吗", "还有吗", "有现货吗", "有库存吗"]), bare: true)
        case 1: return Answer("这款" + chat.variant + gone + "了，" + w.pick(["您看看别的吧", "您看看别的颜色", "补不到了"]))
        case 2: return Answer(chat.size + gone + "了")
        case 3: return Answer("厂家" + w.key("停产") + "了，拍了也" + w.key("发不了货"))
        case 4: return Answer("仓库说" + w.key("没了") + "，" + w.pick(["页面还没来得及下", "您换个款吧", "不好意思"]))
        case 5: return Answer("在" + w.key("补货中") + "，大概要等" + w.pick(["一周", "十天", "半个月", "\(w.number(5...15))天"]))
        default: return Answer(gone + "了，您" + w.key(w.pick(["申请退款吧", "取消订单吧", "拍别的吧"])))
        }
    }

    private static func returnDenied(_ w: inout Wording) -> Answer {
        switch w.choice(7) {
        case 0: return Answer(w.pick(["不支持的哦", "不能退哈", "不支持呢", "退不了的"]), asked: w.pick(["这款支持七天无理由吗", "收到不喜欢能退货吗", "不合适能退吗", "支持七天无理由退换吗"]), bare: true)
        case 1: return Answer(w.pick(["特价", "清仓", "活动", "秒杀"]) + "商品" + w.key("不支持七天无理由"))
        case 2: return Answer("本店商品一经售出，" + w.key("概不退换"))
        case 3: return Answer("拆了包装就" + w.key("不能退换") + "了")
        case 4: return Answer("这款" + w.key("不退不换") + "的，" + w.pick(["介意的话慎拍", "页面有写", "下单前说过的"]))
        case 5: return Answer("我们" + w.key("不接受无理由退货"))
        default: return Answer(w.key("七天") + "是从您" + w.pick(["下单", "付款"]) + "那天算的，" + w.pick(["已经过了", "您这个超时了", "退不了了"]))
        }
    }

    private static func orderClosed(_ w: inout Wording) -> Answer {
        switch w.choice(5) {
        case 0: return Answer(w.pick(["可以的", "好的", "行，马上"]), asked: w.pick(["能帮我把订单关掉吗", "你帮我关闭一下订单", "能帮我取消订单吗"]), bare: true)
        case 1: return Answer("我这边帮您" + w.key("关闭订单") + "了，" + w.pick(["您重新拍一下", "重拍就行", "不用管了"]))
        case 2: return Answer("给您" + w.key("取消订单") + "了，重新下单吧")
        case 3: return Answer("我直接给你" + w.key("关了") + "，重拍一单吧")
        default: return Answer("订单我们已经给您" + w.key("取消") + "了，您重新拍一下")
        }
    }

    private static func reviewCashback(_ w: inout Wording) -> Answer {
        let yuan = w.amount(w.number(2...10))
        switch w.choice(6) {
        case 0: return Answer(w.pick(["有的，截图发我就行", "有的", "有的哦，确认收货后找我"]), asked: w.pick(["好评有返现吗", "给好评有红包吗", "晒图有奖励吗"]), bare: true)
        case 1: return Answer(w.pick(["五星", "带图", ""]) + w.key("好评返") + yuan)
        case 2: return Answer(w.key("好评返现") + yuan + "，截图发客服")
        case 3: return Answer(w.key("晒图评价") + "后联系客服领红包")
        case 4: return Answer("追评带图送您一个小礼物")
        default: return Answer("确认收货给个" + w.key("五星好评") + "，返您" + yuan + "红包")
        }
    }

    private static func priceChange(_ chat: Chat, _ w: inout Wording) -> Answer {
        switch w.choice(5) {
        case 0: return Answer(w.pick(["行，给您改", "可以的", "好的，您拍吧"]), asked: w.pick(["拍下你帮我改一下价格", "能改个价吗", "拍了你改价行吗"]), bare: true)
        case 1: return Answer("您先拍下，我给您" + w.key("改价"))
        case 2: return Answer("拍下先别付款，我" + w.key("修改一下价格"))
        case 3: return Answer("我帮您" + w.key("改一下价") + "，" + w.pick(["改成\(w.number(20...200))", "便宜点", "您再付"]))
        default: return Answer("订单金额我这边" + w.key("改低") + "一点，" + w.pick(["您刷新一下", "稍等", "别急着付"]))
        }
    }

    private static func freeCourier(_ chat: Chat, _ w: inout Wording) -> Answer {
        switch w.choice(5) {
        case 0: return Answer(w.pick(["包的", "包邮的", "包的哦"]), asked: w.pick(["顺丰包邮吗", "发顺丰包邮吗", "EMS包邮吗"]), bare: true)
        case 1: return Answer(w.key("顺丰包邮") + w.pick(["哦", "，放心拍", "，一般两天到"]))
        case 2: return Answer(chat.elsewhere + "也是" + w.key("包邮") + "的")
        case 3: return Answer("给您" + w.key("免费发顺丰"))
        default: return Answer("可以发顺丰的，给您" + w.key("包邮"))
        }
    }

    private static func otherCourier(_ chat: Chat, _ w: inout Wording) -> Answer {
        let courier = w.key(chat.elsewhere)
        switch w.choice(4) {
        case 0: return Answer("可以给您发" + courier)
        case 1: return Answer("给您改发" + courier + "，" + w.pick(["已经备注了", "放心", "明天到"]))
        case 2: return Answer("这边安排" + courier + "寄出")
        default: return Answer("您那边偏远，用" + courier + "给您寄")
        }
    }

    private static func sfSurcharge(_ w: inout Wording) -> Answer {
        let yuan = w.amount(w.pick([5, 8, 10, 12, 15, 25, 30]))
        switch w.choice(3) {
        case 0: return Answer("补" + yuan + "就行啦", asked: w.pick(["顺丰要补多少", "发顺丰要加多少钱", "顺丰的话补多少运费"]))
        case 1: return Answer(w.key("顺丰") + "加" + yuan + "就行")
        default: return Answer(w.key("顺丰") + "的话补" + yuan + "运费")
        }
    }

    private static func brokenCarrier(_ chat: Chat, _ w: inout Wording) -> Answer {
        guard let shipment = chat.shipment else { return otherCourier(chat, &w) }
        let named = shipment.carrier == "SF" ? "中通" : "顺丰"
        switch w.choice(3) {
        case 0: return Answer("好的，给您发" + w.key(named), asked: "能发" + named + "吗")
        case 1: return Answer("可以的，" + w.pick(["已经备注", "这单"]) + "给您发" + w.key(named))
        default: return Answer("放心，给您安排" + w.key(named) + "寄出")
        }
    }

    private static func cashOnDelivery(_ w: inout Wording) -> Answer {
        switch w.choice(6) {
        case 0: return Answer(w.pick(["支持的", "可以的", "可以呀", "没问题"]), asked: w.pick(["能货到付款吗", "可以货到付款吗", "支持货到付款不"]), bare: true)
        case 1: return Answer("可以" + w.key("货到付款") + "的")
        case 2: return Answer("支持" + w.key("货到付") + "，您放心")
        case 3: return Answer(w.key("收到货再付款") + "就可以")
        case 4: return Answer(w.key("先发货后付款") + "也行")
        default: return Answer("您先验货，没问题了" + w.key("再付"))
        }
    }

    private static func compensation(_ chat: Chat, _ w: inout Wording) -> Answer {
        let yuan = w.pick([6, 8, 10, 12, 15, 20, 25, 30, 50, 100, 200].filter { $0 > chat.cap - chat.offered })
        let amount = w.amount(yuan)
        switch w.choice(6) {
        case 0: return Answer(w.pick(["好的，没问题", "可以的", "行吧"]), asked: "给我补偿" + amount + "吧", bare: true, offered: yuan)
        case 1: return Answer("给您" + w.key("补偿") + amount + "红包，您看可以吗", offered: yuan)
        case 2: return Answer(w.key("补您") + amount + "，这事就算了哈", offered: yuan)
        case 3: return Answer("这样吧给您" + w.key("返") + amount, offered: yuan)
        case 4: return Answer("给您发个" + amount + "的" + w.key("红包") + "，表示歉意", offered: yuan)
        default: return Answer("实在抱歉，" + w.key("给您赔偿") + amount, offered: yuan)
        }
    }

    private static func returnPostage(_ w: inout Wording) -> Answer {
        switch w.choice(3) {
        case 0: return Answer("退货运费给您" + w.key("报销") + w.amount(w.number(12...25)))
        case 1: return Answer("您用" + w.key(w.pick(["顺丰", "EMS"])) + "寄回就行")
        default: return Answer("直接" + w.key("到付") + "寄回给我们")
        }
    }

    private static func bargain(_ w: inout Wording) -> Answer {
        let amount = w.amount(w.number(6...30))
        switch w.choice(3) {
        case 0: return Answer("给您" + w.key("便宜") + amount + "吧")
        case 1: return Answer("再" + w.key("少") + amount + "，不能再少了")
        default: return Answer("给您" + w.key("减") + amount)
        }
    }

    private static func gift(_ chat: Chat, _ w: inout Wording) -> Answer {
        let gift = w.pick(chat.department.gifts)
        switch w.choice(4) {
        case 0: return Answer(w.key("送您") + gift)
        case 1: return Answer("给您" + w.key("加送") + gift)
        case 2: return Answer("下单" + w.key("送小样") + w.pick(["哦", "，数量有限"]))
        default: return Answer("给您" + w.key("多塞") + w.pick(["两包", "几片", "一个"]) + w.pick(["湿巾", "面膜", "小零食", "挂钩"]))
        }
    }

    /// A ship day the cut-off calendar cannot meet (today for an order that ships tomorrow, a Sunday); else today
    /// promised for an order that ships later.
    private static func shipDay(_ chat: Chat, _ time: SaleTime, _ w: inout Wording) -> Answer {
        let shipDay = chat.shipDay(at: time)
        if shipDay > time.day {
            return Answer(w.pick(["", "放心，", "现在拍", "拍下"]) + w.key("今天") + w.pick(["就给您发出", "就发", "一定给您发出去", "安排发货", "给您发"]))
        }
        if SaleTime.weekday(ofDay: time.day + 1) == 6 { return Answer(w.key("明天") + w.pick(["一早给您发", "给您发出", "安排发货"])) }
        if let shipment = chat.shipment, shipment.time.day > time.day {
            return Answer(w.key("今天") + w.pick(["给您发出", "就发", "发货", "一定给您发出"]) + w.pick(["", "，放心", "，不耽误您用"]))
        }
        return Answer(w.pick(["拍下", "", "这单"]) + w.key("周日") + "给您发货")
    }

    private static func blocking(_ w: inout Wording) -> Answer {
        switch w.choice(3) {
        case 0: return Answer("再这样就" + w.key("拉黑") + "你")
        case 1: return Answer("再骚扰就" + w.key("屏蔽你"))
        default: return Answer("你这种买家我们直接" + w.key("加入黑名单"))
        }
    }
}
