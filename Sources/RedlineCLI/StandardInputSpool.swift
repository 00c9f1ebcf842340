import ArgumentParser
import Foundation

/// Standard input copied to a temporary file, so that the streaming audit can read it twice.
struct StandardInputSpool {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("redline-stdin-\(UUID().uuidString)").path
        guard FileManager.default.createFile(atPath: path, contents: nil), let output = FileHandle(forWritingAtPath: path) else {
            Terminal.error("error: cannot create a temporary file for standard input at \(path)")
            throw ExitCode(2)
        }
        defer { try? output.close() }
        do {
            while let chunk = try FileHandle.standardInput.read(upToCount: 1 << 20), !chunk.isEmpty {
                try output.write(contentsOf: chunk)
            }
        } catch {
            Terminal.error("error: cannot copy standard input to \(path): \(error.localizedDescription)")
            throw ExitCode(2)
        }
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
