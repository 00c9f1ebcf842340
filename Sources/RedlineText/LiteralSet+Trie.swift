extension LiteralSet {
    /// The keyword trie with failure links, turned into a DFA.
    struct Trie {
        var children: [[Int32]]
        var own: [[Int32]]
        let classCount: Int

        init(_ literals: [[UInt8]], classes: [UInt8], classCount: Int) {
            self.classCount = classCount
            children = [[Int32](repeating: -1, count: classCount)]
            own = [[]]
            for (id, literal) in literals.enumerated() where !literal.isEmpty {
                var state = 0
                for byte in literal {
                    let symbol = Int(classes[Int(byte)])
                    if children[state][symbol] < 0 {
                        children[state][symbol] = Int32(children.count)
                        children.append([Int32](repeating: -1, count: classCount))
                        own.append([])
                    }
                    state = Int(children[state][symbol])
                }
                own[state].append(Int32(id))
            }
        }

        /// Breadth-first: failure links, full transitions, and each state's outputs (its own literals and those
        /// of its failure chain).
        func automaton() -> (transitions: [Int32], outputStarts: [Int32], outputs: [Int32]) {
            let stateCount = children.count
            var transitions = [Int32](repeating: 0, count: stateCount * classCount)
            var failure = [Int32](repeating: 0, count: stateCount)
            var outputsOf = own
            var queue: [Int] = []
            queue.reserveCapacity(stateCount)
            for symbol in 0..<classCount {
                let child = children[0][symbol]
                if child > 0 {
                    transitions[symbol] = child
                    queue.append(Int(child))
                }
            }
            var head = 0
            while head < queue.count {
                let state = queue[head]
                head += 1
                let fail = Int(failure[state])
                if !outputsOf[fail].isEmpty { outputsOf[state] += outputsOf[fail] }
                for symbol in 0..<classCount {
                    let child = children[state][symbol]
                    if child > 0 {
                        failure[Int(child)] = transitions[fail * classCount + symbol]
                        transitions[state * classCount + symbol] = child
                        queue.append(Int(child))
                    } else {
                        transitions[state * classCount + symbol] = transitions[fail * classCount + symbol]
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
            return (transitions, starts, outputs)
        }
    }
}
