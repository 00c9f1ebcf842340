extension LiteralSet {
    /// The keyword trie with failure links, turned into a DFA in place: one flat table of `classCount` entries
    /// per state, first holding the trie's children, then every transition.
    struct Trie {
        /// `table[state * classCount + class]`: the child state, 0 for none (no child can be the root).
        private var table: [Int32]
        private var own: [[Int32]]
        let classCount: Int

        init(_ literals: [[UInt8]], classes: [UInt8], classCount: Int) {
            self.classCount = classCount
            table = [Int32](repeating: 0, count: classCount)
            own = [[]]
            for (id, literal) in literals.enumerated() where !literal.isEmpty {
                var state = 0
                for byte in literal {
                    let slot = state * classCount + Int(classes[Int(byte)])
                    if table[slot] == 0 {
                        table[slot] = Int32(own.count)
                        table.append(contentsOf: repeatElement(0, count: classCount))
                        own.append([])
                    }
                    state = Int(table[slot])
                }
                own[state].append(Int32(id))
            }
        }

        /// Breadth-first: failure links, full transitions, and each state's outputs (its own literals and those
        /// of its failure chain). A state's row still holds only its children when it is reached, and its
        /// failure state, shallower, is already complete.
        consuming func automaton() -> (transitions: [Int32], outputStarts: [Int32], outputs: [Int32]) {
            let stateCount = own.count, classCount = self.classCount
            var failure = [Int32](repeating: 0, count: stateCount)
            var outputsOf = own
            var queue: [Int32] = []
            queue.reserveCapacity(stateCount)
            // The table has a row per state: unchecked access keeps building it a small part of loading.
            table.withUnsafeMutableBufferPointer { table in
                failure.withUnsafeMutableBufferPointer { failure in
                    for symbol in 0..<classCount where table[symbol] > 0 { queue.append(table[symbol]) }
                    var head = 0
                    while head < queue.count {
                        let state = Int(queue[head])
                        head += 1
                        let fail = Int(failure[state])
                        if !outputsOf[fail].isEmpty { outputsOf[state] += outputsOf[fail] }
                        let row = state * classCount, failRow = fail * classCount
                        for symbol in 0..<classCount {
                            let child = table[row + symbol]
                            if child > 0 {
                                failure[Int(child)] = table[failRow + symbol]
                                queue.append(child)
                            } else {
                                table[row + symbol] = table[failRow + symbol]
                            }
                        }
                    }
                }
            }
            var starts: [Int32] = [0]
            var outputs: [Int32] = []
            starts.reserveCapacity(stateCount + 1)
            for state in 0..<stateCount {
                outputs += outputsOf[state].sorted()
                starts.append(Int32(outputs.count))
            }
            // Rows as offsets, negated where literals end, so the scan needs one load per byte.
            let ends = (0..<stateCount).map { starts[$0] < starts[$0 + 1] }
            table.withUnsafeMutableBufferPointer { table in
                for index in table.indices {
                    let target = Int(table[index])
                    let row = Int32(target * classCount)
                    table[index] = ends[target] ? -row - 1 : row
                }
            }
            return (table, starts, outputs)
        }
    }
}
