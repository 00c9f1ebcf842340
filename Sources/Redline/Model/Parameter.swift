/// A typed value that a policy declares and rules reference as `$name`. A shop policy may set the
/// parameters of the platform policy it extends, with a value of the same type.
public struct Parameter: Sendable {
    public var name: String
    public var value: ParameterValue
    public var description: String?
    /// Where the value that is in force was written.
    public var source: SourceLocation
}

/// The types a parameter can have. The YAML key that introduces a parameter names its type:
/// `{money: "5.00"}`, `{duration: 48h}`, `{time: "16:00"}`, ...
public enum ParameterValue: Sendable, Hashable {
    case money(Money)
    case moneyByTier([AgentTier: Money])
    case percent(Percent)
    case duration(Span)
    case time(TimeOfDay)
    case timeRanges([TimeOfDayRange])
    case weekdays([Weekday])
    case date(CalendarDate)
    case dates([CalendarDate])
    case carriers([String])
    case number(Int)
    case text(String)

    /// The YAML key of each type, in the order the language documentation lists them.
    public static let typeNames = [
        "money", "money_by_tier", "percent", "duration", "time", "time_ranges", "weekdays", "date", "dates",
        "carriers", "number", "text",
    ]

    /// The type's YAML key.
    public var typeName: String {
        switch self {
        case .money: "money"
        case .moneyByTier: "money_by_tier"
        case .percent: "percent"
        case .duration: "duration"
        case .time: "time"
        case .timeRanges: "time_ranges"
        case .weekdays: "weekdays"
        case .date: "date"
        case .dates: "dates"
        case .carriers: "carriers"
        case .number: "number"
        case .text: "text"
        }
    }

    /// The money limit for a tier; an unknown tier counts as junior.
    public func money(for tier: AgentTier?) -> Money? {
        switch self {
        case .money(let money): money
        case .moneyByTier(let table): table[tier ?? .junior] ?? table[.junior]
        default: nil
        }
    }
}
