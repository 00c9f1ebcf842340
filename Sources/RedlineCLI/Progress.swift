import Foundation

/// A one-line progress bar on standard error with the rate and, when the input size is known, the ETA. Draws
/// only when standard error is a terminal, at most a few times a second, and erases itself at the end.
final class Progress {
    private let total: Int64?
    private let enabled: Bool
    private let started = Date()
    private var lastDraw = Date.distantPast
    private(set) var bytes: Int64 = 0
    private(set) var records = 0

    init(totalBytes: Int64?) {
        total = totalBytes
        enabled = isatty(2) == 1
    }

    /// Counts lines read and their bytes.
    func advance(lines: Int, bytes count: Int) {
        bytes += Int64(count)
        records += lines
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(lastDraw) > 0.2 else { return }
        lastDraw = now
        draw(now)
    }

    private func draw(_ now: Date) {
        let seconds = max(now.timeIntervalSince(started), 0.001)
        let rate = Double(bytes) / seconds / 1_048_576
        var line = String(format: "%8d lines read  %7.1f MB/s", records, rate)
        if let total, total > 0 {
            let fraction = min(1, Double(bytes) / Double(total))
            let filled = Int(fraction * 30)
            let eta = fraction > 0 ? seconds * (1 - fraction) / fraction : 0
            line = "[" + String(repeating: "#", count: filled) + String(repeating: " ", count: 30 - filled) + "] "
                + String(format: "%3.0f%%  ", fraction * 100) + line + String(format: "  ETA %4.0fs", eta)
        }
        FileHandle.standardError.write(Data(("\r" + line).utf8))
    }

    /// Erases the bar.
    func finish() {
        guard enabled, lastDraw != .distantPast else { return }
        FileHandle.standardError.write(Data(("\r" + String(repeating: " ", count: 100) + "\r").utf8))
    }

    /// The total size of the inputs, when they are regular files (not stdin or pipes); gzip counts compressed.
    static func size(of paths: [String]) -> Int64? {
        var total: Int64 = 0
        for path in paths {
            guard path != "-", let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber,
                  !path.hasSuffix(".gz") else { return nil }
            total += size.int64Value
        }
        return total
    }
}
