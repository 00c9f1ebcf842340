// Sorted runs of fixed-size entries in temporary files, and their merge: what lets the streaming audit
// sort more references than it holds in memory.
import Foundation

/// Two 64-bit numbers, the unit written to and read from spill files.
struct SpillEntry: Equatable {
    var first: UInt64
    var second: UInt64
}

/// A temporary folder for sorted runs, removed with everything in it when the last owner is done.
final class SpillFolder {
    let path: String
    private var made = 0

    /// A new folder under the system's temporary folder (`TMPDIR`).
    init() throws {
        path = NSTemporaryDirectory() + "redline-spill-\(getpid())-\(UUID().uuidString)"
        guard mkdir(path, 0o700) == 0 else { throw SpillError.cannotWrite(path, reason: Self.reason()) }
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Writes entries to a new run file and returns its path.
    func write(_ entries: [SpillEntry]) throws -> String {
        made += 1
        let file = "\(path)/run-\(made)"
        guard let handle = fopen(file, "wb") else { throw SpillError.cannotWrite(file, reason: Self.reason()) }
        let written = entries.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, handle) }
        let complete = written == entries.count * MemoryLayout<SpillEntry>.stride
        // Closing flushes the last buffer, which is where a full disk often shows.
        guard fclose(handle) == 0, complete else { throw SpillError.cannotWrite(file, reason: Self.reason()) }
        return file
    }

    func remove(_ file: String) {
        unlink(file)
    }

    private static func reason() -> String {
        String(cString: strerror(errno))
    }
}

/// A temporary file of the streaming audit could not be written or read back (the disk is full, say).
public enum SpillError: Error, CustomStringConvertible {
    case cannotWrite(String, reason: String)
    case cannotRead(String)

    public var description: String {
        switch self {
        case .cannotWrite(let path, let reason): "cannot write the temporary file \(path): \(reason) (set TMPDIR to a folder with room)"
        case .cannotRead(let path): "cannot read the temporary file \(path)"
        }
    }
}

/// Merges sorted run files into one ascending sequence (by `first`, then `second`).
final class SpillMerge {
    private var readers: [SpillReader]
    /// A binary min-heap of (entry, reader index).
    private var heap: [(entry: SpillEntry, reader: Int)] = []

    init(_ runs: [String]) throws {
        readers = try runs.map(SpillReader.init)
        for index in readers.indices {
            if let entry = try readers[index].next() { push((entry, index)) }
        }
    }

    func next() throws -> SpillEntry? {
        guard let top = heap.first else { return nil }
        if let entry = try readers[top.reader].next() {
            heap[0] = (entry, top.reader)
            siftDown(0)
        } else {
            let last = heap.removeLast()
            if !heap.isEmpty {
                heap[0] = last
                siftDown(0)
            }
        }
        return top.entry
    }

    private static func less(_ a: SpillEntry, _ b: SpillEntry) -> Bool {
        (a.first, a.second) < (b.first, b.second)
    }

    private func push(_ item: (entry: SpillEntry, reader: Int)) {
        heap.append(item)
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard Self.less(heap[child].entry, heap[parent].entry) else { break }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    private func siftDown(_ start: Int) {
        var parent = start
        while true {
            let left = 2 * parent + 1, right = left + 1
            var smallest = parent
            if left < heap.count, Self.less(heap[left].entry, heap[smallest].entry) { smallest = left }
            if right < heap.count, Self.less(heap[right].entry, heap[smallest].entry) { smallest = right }
            guard smallest != parent else { return }
            heap.swapAt(parent, smallest)
            parent = smallest
        }
    }
}

/// Reads a run file entry by entry through a fixed buffer.
final class SpillReader {
    private let handle: UnsafeMutablePointer<FILE>
    private let path: String
    private var buffer = [SpillEntry](repeating: SpillEntry(first: 0, second: 0), count: 4_096)
    private var filled = 0
    private var position = 0

    init(_ path: String) throws {
        guard let handle = fopen(path, "rb") else { throw SpillError.cannotRead(path) }
        self.handle = handle
        self.path = path
    }

    deinit {
        fclose(handle)
    }

    func next() throws -> SpillEntry? {
        if position == filled {
            let read = buffer.withUnsafeMutableBytes { fread($0.baseAddress, MemoryLayout<SpillEntry>.stride, 4_096, handle) }
            if read == 0 {
                if ferror(handle) != 0 { throw SpillError.cannotRead(path) }
                return nil
            }
            filled = read
            position = 0
        }
        defer { position += 1 }
        return buffer[position]
    }
}
