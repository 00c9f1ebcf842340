/// What agents and buyers write in the generated corpus: mostly ordinary service talk, some red-line
/// violations in several phrasings (evasions, full-width, traditional characters, emoji), and hard negatives.
enum Phrases {
    static let buyerOpenings = [
        "在吗", "你好，这款还有货吗", "能便宜点吗", "什么时候发货呀", "可以开发票吗？", "发什么快递", "能发顺丰吗", "衣服有色差怎么办",
        "尺码偏大还是偏小", "有赠品吗", "可以货到付款吗", "能用花呗吗", "我拍了，麻烦快点发", "地址写错了能改吗", "退货运费谁出",
    ]

    static let cleanReplies = [
        "您好，在的，请问有什么可以帮您", "有货的，16点前付款当天发出哦", "默认中通快递，全国包邮", "可以开发票的，请在订单备注抬头和税号",
        "信用卡和花呗都可以用的", "我们不支持货到付款，请在天猫下单付款", "支持七天无理由退换，请放心购买", "尺码标准，按平时穿的拍就可以",
        "地址可以帮您备注修改，请把新地址发我", "好的，已经帮您催促仓库了", "顺丰需要补18元运费哦", "之前缺货，现在补到了，今天就能发",
        "不客气，祝您购物愉快😊", "收到货有任何问题随时联系我们", "这款面料很亲肤，您放心", "发票月底统一寄出，邮费我们出",
    ]

    /// Violations, each with the category an auditor would file it under.
    static let violations: [(String, String)] = [
        ("亲，特价商品不开发票哦", "invoice"), ("开发票需要加6个点", "invoice"), ("發票開不了哦", "invoice"),
        ("加我V信，给您便宜", "off_platform"), ("有事打我电话138 0013 8000", "off_platform"), ("ＶＸ：kefu_8899，加一下", "off_platform"),
        ("拍下不付款，微信转给我", "payment_channel"), ("我们不支持信用卡哦", "credit_card"), ("花呗付款要加3%手续费", "credit_card"),
        ("这款暂时缺货了，您看看别的吧", "no_stock"), ("特价商品不支持七天无理由", "returns"), ("我这边帮您关闭订单了", "order_closing"),
        ("给个五星好评，返您5元红包", "review_cashback"), ("您先拍下，我给您改价", "price_change"), ("顺丰包邮哦", "carrier_policy"),
        ("可以给您发圆通", "carrier_policy"), ("可以货到付款的", "cash_on_delivery"), ("给您补偿20元红包", "compensation_cap"),
        ("送您一个小礼物哦", "gift_promise"), ("保证今天发出", "ship_time_promise"),
    ]

    static let categories = ["服装", "服装", "服装", "家居", "食品", "3C", "个护", "母婴"]
}
