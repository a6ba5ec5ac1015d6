/// CPython's iteration order for a set: the order of its hash table's slots.
///
/// Our rule: the set's keys are re-inserted, in the order they were added, into a table that follows
/// CPython 3.11's `setobject.c` (8 initial slots, linear probing over 9 neighbours, then perturbation;
/// resize to the next power of two above 4 × used when 3/5 full). For sets that never lost an element
/// this is CPython's order exactly; after removals CPython may keep dummies that shift later keys, which
/// this reconstruction does not model.
enum SetOrder {
    private static let linearProbes = 9
    private static let perturbShift = 5

    static func ordered(_ storage: OrderedKeys) -> [PyValue] {
        if storage.count < 2 { return storage.keys.map { $0.value } }
        var mask = 7
        var table = [Int](repeating: -1, count: 8)
        var fill = 0
        var hashes: [UInt] = []
        hashes.reserveCapacity(storage.count)
        for k in storage.keys { hashes.append(UInt(bitPattern: k.hash)) }
        for (index, hash) in hashes.enumerated() {
            insertClean(&table, mask: mask, hash: hash, index: index)
            fill += 1
            if fill * 5 >= mask * 3 {
                let used = fill
                var newSize = 8
                let minUsed = used > 50000 ? used * 2 : used * 4
                while newSize <= minUsed { newSize <<= 1 }
                let old = table
                mask = newSize - 1
                table = [Int](repeating: -1, count: newSize)
                for entry in old where entry >= 0 {
                    insertClean(&table, mask: mask, hash: hashes[entry], index: entry)
                }
            }
        }
        let keys = Array(storage.keys)
        return table.compactMap { $0 >= 0 ? keys[$0].value : nil }
    }

    private static func insertClean(_ table: inout [Int], mask: Int, hash: UInt, index: Int) {
        var perturb = hash
        var i = Int(hash & UInt(mask))
        while true {
            if table[i] < 0 {
                table[i] = index
                return
            }
            if i + linearProbes <= mask {
                for j in 1...linearProbes where table[i + j] < 0 {
                    table[i + j] = index
                    return
                }
            }
            perturb >>= UInt(perturbShift)
            i = Int((UInt(i) &* 5 &+ 1 &+ perturb) & UInt(mask))
        }
    }
}
