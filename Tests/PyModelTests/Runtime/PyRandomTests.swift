import BigInt
import XCTest
@testable import PyModel

final class PyRandomTests: XCTestCase {
    private enum Outcome: Decodable, Equatable {
        case values([String])
        case error([String])

        private enum Keys: String, CodingKey { case error }

        init(from decoder: Decoder) throws {
            if let values = try? decoder.singleValueContainer().decode([String].self) {
                self = .values(values)
            } else {
                self = .error(try decoder.container(keyedBy: Keys.self).decode([String].self, forKey: .error))
            }
        }
    }

    private struct Case: Decodable {
        let seed: String
        let ops: [[String]]
        let out: [Outcome]
    }

    /// Sequences of calls on generators seeded like CPython (including seed 0's first outputs,
    /// negative, multi-word and float seeds) return CPython's values and raise CPython's errors.
    func testSequencesMatchCPython() throws {
        let cases = try RuntimeGoldens.cases("random", as: Case.self)
        XCTAssertEqual(cases.first?.seed, String(PyRandom.fenceSeed), "the first golden is the fence seed's")
        var calls = 0
        for c in cases {
            let generatorFromSeed: PyRandom?
            if c.seed.hasPrefix("float:") {
                generatorFromSeed = RuntimeGoldens.double(bits: String(c.seed.dropFirst(6))).flatMap(PyRandom.init(floatSeed:))
            } else {
                generatorFromSeed = BigInt(c.seed).map { PyRandom(seed: $0) }
            }
            guard var generator = generatorFromSeed, c.ops.count == c.out.count else {
                XCTFail("malformed case for seed \(c.seed)")
                continue
            }
            for (index, (op, expected)) in zip(c.ops, c.out).enumerated() {
                let got: Outcome
                do {
                    got = .values(try Self.run(op, on: &generator))
                } catch {
                    got = .error([error.kind.rawValue, error.message])
                }
                calls += 1
                if got != expected {
                    XCTFail("seed \(c.seed) call \(index) \(op): got \(got), CPython \(expected)")
                    break
                }
            }
        }
        XCTAssertGreaterThan(calls, 1000)
    }

    /// Runs one golden operation the way `tools/golden/runtime_cases.py` runs it on CPython.
    private static func run(_ op: [String], on r: inout PyRandom) throws(PyFailure) -> [String] {
        let name = op.first ?? ""
        let args = Array(op.dropFirst())
        let ints = args.compactMap { BigInt($0) }
        let small = args.compactMap { Int($0) }
        let floats = args.compactMap { Double($0) }
        func bits(_ x: Double) -> String {
            let hex = String(x.bitPattern, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }
        switch name {
        case "random": return [bits(r.random())]
        case "seed":
            r.seed(ints[0])
            return []
        case "getrandbits": return [String(try r.getrandbits(small[0]))]
        case "randrange": return [String(try r.randrange(ints[0]))]
        case "randrange3": return [String(try r.randrange(ints[0], ints[1], step: ints[2]))]
        case "randint": return [String(try r.randint(ints[0], ints[1]))]
        case "choice": return [String(try r.choiceIndex(count: small[0]))]
        case "shuffle":
            var items = Array(0..<small[0])
            r.shuffle(&items)
            return items.map(String.init)
        case "sample": return try r.sampleIndices(count: small[0], k: small[1]).map(String.init)
        case "sample_counts":
            let counts = Array(small.dropFirst())
            return try r.sampleIndices(count: counts.count, counts: counts, k: small[0]).map(String.init)
        case "choices": return r.choicesIndices(count: small[0], k: small[1]).map(String.init)
        case "choices_w", "choices_cw":
            let weights = Array(floats.dropFirst())
            let cumulative = name == "choices_cw"
            return try r.choicesIndices(count: weights.count, weights: cumulative ? nil : weights,
                                        cumulativeWeights: cumulative ? weights : nil, k: small[0]).map(String.init)
        case "uniform": return [bits(r.uniform(floats[0], floats[1]))]
        case "uniform_int": return [bits(try r.uniform(ints[0], ints[1]))]
        case "triangular":
            return [bits(r.triangular(low: floats[0], high: floats[1], mode: floats.count > 2 ? floats[2] : nil))]
        case "normalvariate": return [bits(r.normalvariate(mu: floats[0], sigma: floats[1]))]
        case "gauss": return [bits(r.gauss(mu: floats[0], sigma: floats[1]))]
        case "lognormvariate": return [bits(r.lognormvariate(mu: floats[0], sigma: floats[1]))]
        case "expovariate": return [bits(try r.expovariate(floats[0]))]
        case "gammavariate": return [bits(try r.gammavariate(alpha: floats[0], beta: floats[1]))]
        case "betavariate": return [bits(try r.betavariate(alpha: floats[0], beta: floats[1]))]
        default: return ["unknown operation \(name)"]
        }
    }
}
