import Foundation
import RedlineTestSupport
import Testing
@testable import Redline

/// The first pass's references, sorted on disk: every key comes back at the line of its last reference.
@Suite("Last references")
struct LastReferencesTests {
    /// 2,000 references to 150 keys, noted through chunks of `chunk` so that they spill into many runs.
    func noted(chunk: Int) throws -> (references: LastReferences, last: [UInt64: Int]) {
        var references = try LastReferences(chunkCapacity: chunk)
        var random = SplitMix64(seed: 77)
        var last: [UInt64: Int] = [:]
        for line in 1...2_000 {
            for _ in 0..<Int(random.next() % 3) {
                let key = random.next() % 150 &* 0x9E37_79B9_7F4A_7C15
                try references.note(key, line: line)
                last[key] = line
            }
        }
        return (references, last)
    }

    @Test("each key completes at the line of its last reference, however many runs it spilled into", arguments: [7, 100, 1 << 19])
    func completes(_ chunk: Int) throws {
        var (references, last) = try noted(chunk: chunk)
        var stream = try references.finish()
        #expect(stream.keyCount == last.count)
        var completed: [UInt64: Int] = [:]
        for line in 1...2_000 {
            for key in try stream.keys(at: line) { completed[key] = line }
        }
        #expect(completed == last)
    }

    @Test("lines the reader skips are passed over; later lines still complete their keys")
    func skippedLines() throws {
        var (references, last) = try noted(chunk: 50)
        var stream = try references.finish()
        var completed: [UInt64: Int] = [:]
        for line in stride(from: 1, through: 2_000, by: 2) {
            for key in try stream.keys(at: line) { completed[key] = line }
        }
        #expect(completed == last.filter { $0.value % 2 == 1 })
    }

    @Test("the temporary runs are removed once the stream is done with")
    func cleanedUp() throws {
        var (references, _) = try noted(chunk: 10)
        let folder = references.folder
        do {
            var stream = try references.finish()
            _ = try stream.keys(at: 2_000)
            #expect(FileManager.default.fileExists(atPath: folder))
        }
        references = try LastReferences()
        #expect(!FileManager.default.fileExists(atPath: folder))
    }
}
