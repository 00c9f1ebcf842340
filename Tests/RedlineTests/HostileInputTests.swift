import Foundation
import RedlineTestSupport
import Testing
@testable import Redline

/// Input is untrusted: mutated and truncated records never crash an audit, and every non-blank line is either
/// a record or a reported error, never silently dropped.
@Suite("Hostile input")
struct HostileInputTests {
    @Test("mutated Double 11 lines are each read or reported, and the audit completes")
    func mutations() throws {
        let original = try String(contentsOfFile: Fixtures.root + "/examples/double11.jsonl", encoding: .utf8)
            .split(separator: "\n").map { Array($0.utf8) }
        var random = SplitMix64(seed: 1111)
        var lines: [[UInt8]] = []
        for line in original {
            var bytes = line
            switch random.next() % 6 {
            case 0: bytes = Array(bytes.prefix(Int(random.next() % UInt64(bytes.count + 1))))
            case 1:
                for _ in 0..<(1 + random.next() % 4) where !bytes.isEmpty {
                    bytes[Int(random.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: random.next())
                }
            case 2: bytes = Array(String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\"seq\":", with: "\"seq\":99999999999999999999").utf8)
            default: break
            }
            lines.append(bytes)
        }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-\(getpid()).jsonl").path
        try Data(lines.joined(separator: [0x0A])).write(to: URL(fileURLWithPath: path))
        var audit = Audit(policies: Fixtures.bundled)
        var records = 0, errors = 0, read = 0
        try InputFiles.read(path) { record in
            records += 1
            audit.add(record)
        } onError: { _, _ in errors += 1 } onLines: { count, _ in read += count }
        let blank = lines.filter { $0.allSatisfy { $0 == 0x20 || $0 == 0x09 } }.count
        #expect(records + errors == read - blank)
        #expect(errors > 0 && records > 0)
        _ = audit.findings()
    }
}
