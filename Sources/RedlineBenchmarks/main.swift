import Foundation
import Redline

/// Prints Redline's performance figures (run in release: `swift run -c release redline-bench`):
/// policy load-and-compile time and pre-send check latency. Figures, not tests: nothing here fails a build.
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
print(String(format: "pre-send check, %d-character reply, %d findings: p50 %.1f µs, p99 %.1f µs, max %.1f µs",
             reply.count, program.check(reply, context: context).findings.count,
             percentile(latencies, 0.5), percentile(latencies, 0.99), latencies.last ?? 0))
