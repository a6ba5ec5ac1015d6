/// Finds which of a fixed set of byte strings occur in a text, all of them in one pass (Aho–Corasick), so the
/// catalogue's literal prefilters cost one scan per sentence however many rules there are.
///
/// Built once from the needles; `scan` is a pure function of the text. Needles are compared bytewise.
struct LiteralScanner {
    /// Needle ids by their bytes: a needle added twice keeps its first id.
    private var ids: [[UInt8]: Int] = [:]
    /// The automaton's states, each a row of `alphabetSize` next states (`transitions[state * alphabetSize + class]`).
    private var transitions: [Int32] = []
    /// The needle that ends at each state (`-1`: none).
    private var ending: [Int32] = []
    /// The nearest state on each state's failure chain at which a needle ends (`-1`: none).
    private var nextEnding: [Int32] = []
    /// Each byte's class: the bytes no needle holds share class 0.
    private var classes = [UInt8](repeating: 0, count: 256)
    private var alphabetSize = 1

    /// The number of distinct needles; their ids are `0..<count`.
    var count: Int { ids.count }

    init(needles: [[UInt8]]) {
        for needle in needles where !needle.isEmpty && ids[needle] == nil {
            ids[needle] = ids.count
        }
        for needle in needles {
            for byte in needle where classes[Int(byte)] == 0 {
                classes[Int(byte)] = UInt8(truncatingIfNeeded: alphabetSize)
                alphabetSize += 1
            }
        }
        build()
    }

    /// The id of a needle given at construction; `nil` for an empty or unknown one.
    func id(of needle: [UInt8]) -> Int? {
        ids[needle]
    }

    /// The needles that occur in `text`.
    func scan(_ text: String) -> LiteralSet {
        var found = LiteralSet(count: count)
        guard count > 0 else { return found }
        var text = text
        text.withUTF8 { bytes in
            var state = 0
            for byte in bytes {
                state = Int(transitions[state * alphabetSize + Int(classes[Int(byte)])])
                var hit = ending[state] >= 0 ? state : Int(nextEnding[state])
                while hit >= 0, !found.contains(Int(ending[hit])) {
                    found.insert(Int(ending[hit]))
                    hit = Int(nextEnding[hit])
                }
            }
        }
        return found
    }

    /// The trie of the needles, then each state's failure transitions filled in breadth first.
    private mutating func build() {
        let width = alphabetSize
        var table = [Int32](repeating: -1, count: width)
        ending = [-1]
        for (needle, id) in ids.sorted(by: { $0.value < $1.value }) {
            var state = 0
            for byte in needle {
                let slot = state * width + Int(classes[Int(byte)])
                if table[slot] < 0 {
                    table[slot] = Int32(ending.count)
                    table += repeatElement(-1, count: width)
                    ending.append(-1)
                }
                state = Int(table[slot])
            }
            ending[state] = Int32(id)
        }
        var failure = [Int32](repeating: 0, count: ending.count)
        nextEnding = [Int32](repeating: -1, count: ending.count)
        var queue: [Int] = []
        for symbol in 0..<width {
            if table[symbol] < 0 {
                table[symbol] = 0
            } else {
                queue.append(Int(table[symbol]))
            }
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            let fallback = Int(failure[state])
            nextEnding[state] = ending[fallback] >= 0 ? Int32(fallback) : nextEnding[fallback]
            for symbol in 0..<width {
                let child = table[state * width + symbol]
                if child < 0 {
                    table[state * width + symbol] = table[fallback * width + symbol]
                } else {
                    failure[Int(child)] = table[fallback * width + symbol]
                    queue.append(Int(child))
                }
            }
        }
        transitions = table
    }
}

/// A set of needle ids, as bits.
struct LiteralSet {
    private var words: [UInt64]

    init(count: Int) {
        words = Array(repeating: 0, count: (count + 63) / 64)
    }

    func contains(_ id: Int) -> Bool {
        words[id >> 6] & (1 << UInt64(id & 63)) != 0
    }

    mutating func insert(_ id: Int) {
        words[id >> 6] |= 1 << UInt64(id & 63)
    }
}

/// A `RequiredText` over a scanner's needle ids: it holds when every clause has a needle in the scanned set.
struct LiteralCondition {
    /// The clauses' needle ids, one clause after another.
    private let ids: [Int]
    /// Where each clause ends in `ids`.
    private let ends: [Int]

    /// A clause with a text the scanner does not look for always holds: the condition never hides a match.
    init(_ required: RequiredText, scanner: LiteralScanner) {
        var ids: [Int] = []
        var ends: [Int] = []
        for clause in required.clauses {
            let clauseIds = clause.compactMap { scanner.id(of: Array($0.utf8)) }
            guard clauseIds.count == clause.count else { continue }
            ids += clauseIds
            ends.append(ids.count)
        }
        self.ids = ids
        self.ends = ends
    }

    func holds(in found: LiteralSet) -> Bool {
        var start = 0
        for end in ends {
            guard ids[start..<end].contains(where: found.contains) else { return false }
            start = end
        }
        return true
    }
}
