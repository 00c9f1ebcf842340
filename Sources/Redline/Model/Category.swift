/// The categories of findings that other programs rely on (FORMATS.md). A policy may declare more.
public enum Category {
    /// Platform categories.
    public static let platform: [String] = [
        "invoice", "off_platform", "payment_channel", "credit_card", "no_stock", "returns", "order_closing",
        "privacy", "review_cashback", "blocking", "price_change", "broken_promise",
        "ship_tracking_late", "ship_delayed", "ship_stockout",
    ]
    /// Shop categories.
    public static let shop: [String] = [
        "compensation_cap", "carrier_policy", "cash_on_delivery", "gift_promise", "ship_time_promise",
        "ship_cutoff_missed", "response_time", "form_of_address", "reminder_quiet_hours", "reminder_frequency",
    ]
    /// Every built-in category.
    public static let builtIn: Set<String> = Set(platform + shop)
}

/// The seniority of the agent in a conversation; shop parameters may give each tier its own limit.
public enum AgentTier: String, Sendable, Hashable, CaseIterable {
    case junior, senior, lead
}
