import Foundation
import Redline
import RedlineRegex
import RedlineText

/// Prints Redline's performance figures (run in release: `swift run -c release redline-bench`):
/// policy load-and-compile time, pre-send check latency, and the regex engines compared. Figures, not tests: nothing here fails a build.
let policies = CommandLine.arguments.dropFirst().first ?? "policies"

func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1_000 + Double(duration.components.attoseconds) / 1e15
}

func microseconds(_ duration: Duration) -> Double { milliseconds(duration) * 1_000 }

func percentile(_ sorted: [Double], _ p: Double) -> Double {
    sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
}

let clock = ContinuousClock()

// Load and compile: every file read, parsed, validated and compiled into both programs.
var loadTimes: [Double] = []
var set: PolicySet?
for _ in 0..<30 {
    let start = clock.now
    guard case .success(let loaded) = PolicyLoader.load(paths: [policies]) else {
        FileHandle.standardError.write(Data("policies in \(policies) do not validate\n".utf8))
        exit(2)
    }
    _ = loaded.program(shop: nil)
    _ = loaded.program(shop: "example")
    loadTimes.append(milliseconds(clock.now - start))
    set = loaded
}
loadTimes.sort()
print(String(format: "load+compile %@ (%d rules): median %.2f ms, min %.2f ms", policies, set?.rules.count ?? 0,
             percentile(loadTimes, 0.5), loadTimes[0]))

// Pre-send latency: a realistic 200-character agent reply against every bundled rule, shop program.
let program = set!.program(shop: "example")
let reply = String(("亲，您好！这款连衣裙是我们店的爆款，面料很亲肤，支持七天无理由退换货哦😊。16点前付款当天发货，默认中通快递全国包邮，"
    + "偏远地区需要补运费。发票可以开的，请在订单备注抬头和税号，开好后随货寄出。如有色差问题可以联系我们处理，"
    + "我们会给您补偿5元红包作为歉意。您收到货后如果有任何问题，比如尺码不合适、颜色和图片有差异、或者物流太慢，"
    + "都可以随时在旺旺上找我哦，我们一定尽力帮您解决，祝您购物愉快，生活开心！").prefix(200))
let context = CheckContext(conversation: Conversation(id: "bench", shop: "example", agentTier: .junior),
                           messages: [Message(conversation: "bench", seq: 1, role: .buyer, text: "衣服有色差，能补偿吗？")])
for _ in 0..<2_000 { _ = program.check(reply, context: context) }
var latencies: [Double] = []
latencies.reserveCapacity(20_000)
for _ in 0..<20_000 {
    let start = clock.now
    _ = program.check(reply, context: context)
    latencies.append(microseconds(clock.now - start))
}
latencies.sort()
print(String(format: "pre-send check, %d-character reply, %d findings: p50 %.1f µs, p90 %.1f µs, p99 %.1f µs, max %.1f µs",
             reply.count, program.check(reply, context: context).findings.count,
             percentile(latencies, 0.5), percentile(latencies, 0.9), percentile(latencies, 0.99), latencies.last ?? 0))

if ProcessInfo.processInfo.environment["REDLINE_BENCH_ONLY_CHECK"] != nil {
    for _ in 0..<200_000 { _ = program.check(reply, context: context) }
    exit(0)
}

// Where the pre-send time goes: normalising the reply alone.
var normalizing: [Double] = []
for _ in 0..<20_000 {
    let start = clock.now
    _ = NormalizedText(reply)
    normalizing.append(microseconds(clock.now - start))
}
normalizing.sort()
print(String(format: "  of which normalising the reply: p50 %.1f µs, p99 %.1f µs", percentile(normalizing, 0.5), percentile(normalizing, 0.99)))

// Regex engines on the same work: 20 policy-style patterns over 100,000 chat messages (the measurement behind
// the choice of PCRE2; NSRegularExpression is Foundation's ICU engine).
let regexSources = [
    "发票.{0,6}(?:不开|开不了|不提供)", "(?:微信|vx|v信|wx)号?[:：]?[a-z][a-z0-9_-]{5,19}", "加.{0,3}(?:微信|vx|qq)", "1[3-9][0-9]{9}",
    "(?:补偿|赔偿|红包).{0,4}[0-9]+(?:元|块)", "(?:不支持|不能用).{0,3}(?:信用卡|花呗)", "(?:缺货|断货|没货)", "(?:好评|五星).{0,8}返",
    "(?:改价|修改价格)", "(?:顺丰|圆通|韵达).{0,3}包邮", "货到付款", "(?:拉黑|黑名单)", "七天无理由", "(?:今天|明天)(?:发|寄)",
    "(?:转账|汇款).{0,6}(?:银行卡|支付宝)", "税点", "(?:关闭|取消)订单", "[0-9]{5,12}", "(?:送您|赠送|小礼物)", "(?:淘宝店|闲鱼|拼多多)",
]
let corpus = (0..<100_000).map { index in
    ["您好，在的，请问有什么可以帮您", "默认中通快递，全国包邮，16点前付款当天发", "亲，特价商品不开发票哦😊", "加我V信给您优惠",
     "这款暂时缺货，您看看别的吧", "可以开发票的，请在订单备注抬头和税号", "给您补偿5元红包", "尺码标准，按平时穿的拍就可以"][index % 8]
}
let corpusBytes = corpus.map { Array($0.utf8) }
let megabytes = Double(corpusBytes.reduce(0) { $0 + $1.count }) / 1_048_576

let pcre = regexSources.compactMap { try? RegexPattern($0) }
var pcreHits = 0
var start = clock.now
for bytes in corpusBytes { for pattern in pcre { pcreHits += pattern.matches(in: bytes).ranges.count } }
let pcreSeconds = milliseconds(clock.now - start) / 1_000

let icu = regexSources.compactMap { try? NSRegularExpression(pattern: $0, options: [.caseInsensitive]) }
var icuHits = 0
start = clock.now
for text in corpus {
    let range = NSRange(text.startIndex..., in: text)
    for pattern in icu { icuHits += pattern.numberOfMatches(in: text, range: range) }
}
let icuSeconds = milliseconds(clock.now - start) / 1_000
print(String(format: "regex, 20 patterns over %.1f MB (100,000 messages): PCRE2+JIT %.1f MB/s (%d matches), NSRegularExpression %.1f MB/s (%d matches)",
             megabytes, megabytes / pcreSeconds, pcreHits, megabytes / icuSeconds, icuHits))

// Reading JSON Lines: Redline's decoder (bytes to typed records, one core) against Foundation's
// JSONSerialization on the same lines. The input is the second argument (a corpus from redline-corpus, say),
// at most its first 64 MB; examples/double11.jsonl by default.
let input = CommandLine.arguments.dropFirst(2).first ?? "examples/double11.jsonl"
guard let handle = FileHandle(forReadingAtPath: input) else {
    FileHandle.standardError.write(Data("cannot read \(input)\n".utf8))
    exit(2)
}
let head = handle.readData(ofLength: 64 << 20)
let lines = head.split(separator: UInt8(ascii: "\n")).dropLast(head.last == UInt8(ascii: "\n") ? 0 : 1).map { Array($0) }
let lineMegabytes = Double(lines.reduce(0) { $0 + $1.count + 1 }) / 1_048_576
var decoded = 0
start = clock.now
for line in lines {
    if case .success? = line.withUnsafeBufferPointer(InputFiles.record) { decoded += 1 }
}
let redlineSeconds = milliseconds(clock.now - start) / 1_000
var parsed = 0
start = clock.now
for line in lines where (try? JSONSerialization.jsonObject(with: Data(line))) != nil { parsed += 1 }
let foundationSeconds = milliseconds(clock.now - start) / 1_000
print(String(format: "JSON Lines, %.1f MB (%d lines) of %@, one core: Redline records %.1f MB/s (%d decoded), Foundation JSONSerialization %.1f MB/s (%d parsed)",
             lineMegabytes, lines.count, input, lineMegabytes / redlineSeconds, decoded, lineMegabytes / foundationSeconds, parsed))
