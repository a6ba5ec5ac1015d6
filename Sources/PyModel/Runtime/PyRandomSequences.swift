import BigInt

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `choice`, `shuffle`, `sample` and `choices` of CPython 3.11's `random.py`, drawing exactly the
/// same random numbers in the same order.
extension PyRandom {
    /// `random.choice(seq)` for a sequence of `count` items: the index CPython picks.
    public mutating func choiceIndex(count: Int) throws(PyFailure) -> Int {
        if count == 0 { throw PyFailure(.indexError, "Cannot choose from an empty sequence") }
        return randbelow(count)
    }

    /// `random.shuffle(x)`, in place.
    public mutating func shuffle<Element>(_ x: inout [Element]) {
        var i = x.count - 1
        while i >= 1 {
            let j = randbelow(i + 1)
            x.swapAt(i, j)
            i -= 1
        }
    }

    /// `random.sample(population, k)` for a population of `count` items: the chosen indices, in
    /// selection order.
    public mutating func sampleIndices(count n: Int, k: Int) throws(PyFailure) -> [Int] {
        guard k >= 0 && k <= n else { throw PyFailure(.valueError, "Sample larger than population or is negative") }
        var setSize = 21
        if k > 5 {
            let exponent = (log(Double(k * 3)) / log(4.0)).rounded(.up)
            setSize += 1 << (2 * Int(exponent))
        }
        var result: [Int] = []
        result.reserveCapacity(k)
        if n <= setSize {
            var pool = Array(0..<n)
            for i in 0..<k {
                let j = randbelow(n - i)
                result.append(pool[j])
                pool[j] = pool[n - i - 1]
            }
        } else {
            var selected = Set<Int>()
            for _ in 0..<k {
                var j = randbelow(n)
                while selected.contains(j) { j = randbelow(n) }
                selected.insert(j)
                result.append(j)
            }
        }
        return result
    }

    /// `random.sample(population, k)`.
    public mutating func sample<Element>(_ population: [Element], k: Int) throws(PyFailure) -> [Element] {
        try sampleIndices(count: population.count, k: k).map { population[$0] }
    }

    /// `random.sample(population, k, counts=counts)` for a population of `count` items: the chosen
    /// indices into the population.
    public mutating func sampleIndices(count: Int, counts: [Int], k: Int) throws(PyFailure) -> [Int] {
        if counts.count != count {
            throw PyFailure(.valueError, "The number of counts does not match the population")
        }
        var cumulative: [Int] = []
        var total = 0
        for count in counts {
            total += count
            cumulative.append(total)
        }
        guard total > 0 else { throw PyFailure(.valueError, "Total of counts must be greater than zero") }
        cumulative.removeLast()
        return try sampleIndices(count: total, k: k).map { Self.bisectRight(cumulative, $0) }
    }

    /// `random.choices(population, k=k)` (no weights) for `count` items: the chosen indices.
    /// An empty population yields index 0 for each pick, which the caller's indexing rejects, as in CPython.
    public mutating func choicesIndices(count: Int, k: Int) -> [Int] {
        let n = Double(count)
        return (0..<max(k, 0)).map { _ in Int((random() * n).rounded(.down)) }
    }

    /// `random.choices(population, weights=…, cum_weights=…, k=k)` with one of the weight lists
    /// (as floats): the chosen indices.
    public mutating func choicesIndices(
        count: Int, weights: [Double]?, cumulativeWeights: [Double]?, k: Int
    ) throws(PyFailure) -> [Int] {
        var cumulative: [Double]
        switch (weights, cumulativeWeights) {
        case (nil, nil):
            return choicesIndices(count: count, k: k)
        case (let weights?, nil):
            var running = 0.0
            cumulative = weights.map { running += $0; return running }
        case (nil, let given?):
            cumulative = given
        default:
            throw PyFailure(.typeError, "Cannot specify both weights and cumulative weights")
        }
        if cumulative.count != count {
            throw PyFailure(.valueError, "The number of weights does not match the population")
        }
        guard let total = cumulative.last else { throw PyFailure(.indexError, "list index out of range") }
        if total <= 0.0 { throw PyFailure(.valueError, "Total of weights must be greater than zero") }
        if !total.isFinite { throw PyFailure(.valueError, "Total of weights must be finite") }
        let hi = count - 1
        return (0..<max(k, 0)).map { _ in Self.bisectRight(cumulative, random() * total, hi: hi) }
    }

    /// `bisect.bisect_right(a, x, 0, hi)`.
    static func bisectRight<T: Comparable>(_ a: [T], _ x: T, hi: Int? = nil) -> Int {
        var lo = 0
        var hi = hi ?? a.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if x < a[mid] { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }
}
