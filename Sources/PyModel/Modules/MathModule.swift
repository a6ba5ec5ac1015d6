import BigInt
import Foundation

/// `math`: the functions notes use.
enum MathModule {
    static func make(_ vm: VM) -> PyModule {
        let m = PyModule(name: "math")
        m.namespace["pi"] = .float(Double.pi)
        m.namespace["e"] = .float(M_E)
        m.namespace["tau"] = .float(2 * Double.pi)
        m.namespace["inf"] = .float(.infinity)
        m.namespace["nan"] = .float(.nan)
        func unary(_ name: String, _ f: @escaping (Double) -> Double, domain: ((Double) -> Bool)? = nil) {
            m.namespace[name] = .object(PyNative(name) { _, a in
                guard let x = a.value(0).flatMap(floatValue) else {
                    throw pyErr(BT.typeError, "must be real number, not \(a.value(0)?.typeName ?? "NoneType")")
                }
                if let d = domain, !d(x) { throw pyErr(BT.valueError, "math domain error") }
                return .float(f(x))
            })
        }
        unary("sqrt", { $0.squareRoot() }, domain: { $0 >= 0 })
        unary("exp", { Foundation.exp($0) })
        unary("sin", { Foundation.sin($0) })
        unary("cos", { Foundation.cos($0) })
        unary("tan", { Foundation.tan($0) })
        unary("atan", { Foundation.atan($0) })
        unary("fabs", { Swift.abs($0) })
        unary("log10", { Foundation.log10($0) }, domain: { $0 > 0 })
        unary("log2", { Foundation.log2($0) }, domain: { $0 > 0 })
        m.namespace["log"] = .object(PyNative("log") { _, a in
            guard let x = a.value(0).flatMap(floatValue), x > 0 else { throw pyErr(BT.valueError, "math domain error") }
            if let b = a.value(1).flatMap(floatValue) { return .float(Foundation.log(x) / Foundation.log(b)) }
            return .float(Foundation.log(x))
        })
        for (name, rule) in [("floor", FloatingPointRoundingRule.down), ("ceil", .up), ("trunc", .towardZero)] {
            m.namespace[name] = .object(PyNative(name) { _, a in
                let v = a.value(0) ?? .none
                if let i = exactInt(v) { return .bigint(i) }
                guard let x = floatValue(v) else { throw pyErr(BT.typeError, "must be real number, not \(v.typeName)") }
                if x.isInfinite { throw pyErr(BT.overflowError, "cannot convert float infinity to integer") }
                if x.isNaN { throw pyErr(BT.valueError, "cannot convert float NaN to integer") }
                return .bigint(BigInt(x.rounded(rule)))
            })
        }
        m.namespace["isclose"] = .object(PyNative("isclose") { _, a in
            guard let x = a.value(0).flatMap(floatValue), let y = a.value(1).flatMap(floatValue) else { return .false }
            let rel = a.keyword("rel_tol").flatMap(floatValue) ?? 1e-9
            let absTol = a.keyword("abs_tol").flatMap(floatValue) ?? 0
            if x == y { return .true }
            return .bool(Swift.abs(x - y) <= Swift.max(rel * Swift.max(Swift.abs(x), Swift.abs(y)), absTol))
        })
        m.namespace["isnan"] = .object(PyNative("isnan") { _, a in .bool(a.value(0).flatMap(floatValue)?.isNaN ?? false) })
        m.namespace["isinf"] = .object(PyNative("isinf") { _, a in .bool(a.value(0).flatMap(floatValue)?.isInfinite ?? false) })
        m.namespace["gcd"] = .object(PyNative("gcd") { _, a in
            var g = BigInt(0)
            for v in a.positional { g = BigInt(g.magnitude.greatestCommonDivisor(with: (exactInt(v) ?? 0).magnitude)) }
            return .bigint(g)
        })
        m.namespace["factorial"] = .object(PyNative("factorial") { vm, a in
            guard let n = a.value(0).flatMap(smallInt) else { throw pyErr(BT.typeError, "factorial() only accepts integral values") }
            if n < 0 { throw pyErr(BT.valueError, "factorial() not defined for negative values") }
            if n > vm.budgets.objectSize { throw vm.sizeBudget() }
            var r = BigInt(1)
            if n > 1 { for i in 2...n { r *= BigInt(i) } }
            return .bigint(r)
        })
        m.namespace["pow"] = .object(PyNative("pow") { _, a in
            .float(Foundation.pow(a.value(0).flatMap(floatValue) ?? 0, a.value(1).flatMap(floatValue) ?? 0))
        })
        m.namespace["fsum"] = .object(PyNative("fsum") { vm, a in
            .float(try vm.iterate(a.value(0) ?? .none).reduce(0.0) { $0 + (floatValue($1) ?? 0) })
        })
        m.namespace["prod"] = .object(PyNative("prod") { vm, a in
            var r: PyValue = .int(1)
            for v in try vm.iterate(a.value(0) ?? .none) { r = try vm.binary(.mul, r, v) }
            return r
        })
        return m
    }
}
