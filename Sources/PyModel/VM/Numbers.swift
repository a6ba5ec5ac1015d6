import BigInt
import Foundation

/// `a == b` for the numeric values (bool, int, big int, float); `nil` when either is not a number.
func numericEquals(_ a: PyValue, _ b: PyValue) -> Bool? {
    switch (a, b) {
    case (.int(let x), .int(let y)): return x == y
    case (.float(let x), .float(let y)): return x == y
    default:
        if let x = exactInt(a), let y = exactInt(b) { return x == y }
        if let x = floatValue(a), let y = floatValue(b) {
            if case .float = a, let yi = exactInt(b) { return floatEqualsInt(x, yi) }
            if case .float = b, let xi = exactInt(a) { return floatEqualsInt(y, xi) }
            return x == y
        }
        return nil
    }
}

private func floatEqualsInt(_ f: Double, _ i: BigInt) -> Bool {
    guard f.isFinite, f.rounded(.towardZero) == f else { return false }
    return BigInt(exactly: f) == i
}

/// The value as a big integer when it is a bool or an int.
func exactInt(_ v: PyValue) -> BigInt? {
    switch v {
    case .bool(let b): return b ? 1 : 0
    case .int(let i): return BigInt(i)
    case .object(let o): return (o as? PyBigInt)?.value
    default: return nil
    }
}

/// The value as a machine integer when it is a bool or an int that fits.
func smallInt(_ v: PyValue) -> Int? {
    switch v {
    case .bool(let b): return b ? 1 : 0
    case .int(let i): return i
    default: return nil
    }
}

/// The value as a float when it is a number.
func floatValue(_ v: PyValue) -> Double? {
    switch v {
    case .bool(let b): return b ? 1 : 0
    case .int(let i): return Double(i)
    case .float(let d): return d
    case .object(let o): return (o as? PyBigInt).map { Double($0.value) }
    default: return nil
    }
}

/// CPython's hash of an integer: the value modulo 2**61 - 1, with -1 mapped to -2.
func intHash(_ b: BigInt) -> Int {
    let modulus = BigUInt(1) << 61 - 1
    var h = Int(b.magnitude % modulus)
    if b.sign == .minus { h = -h }
    return h == -1 ? -2 : h
}

func intHash(_ i: Int) -> Int {
    if i >= 0 && i < (1 << 61) - 1 { return i }
    if i < 0 && i > -((1 << 61) - 1) { return i == -1 ? -2 : i }
    return intHash(BigInt(i))
}

/// CPython's hash of a float: equal to the hash of an equal integer.
func floatHash(_ d: Double) -> Int {
    if d.isNaN { return 0 }
    if d.isInfinite { return d > 0 ? 314159 : -314159 }
    if d.rounded(.towardZero) == d, let b = BigInt(exactly: d) { return intHash(b) }
    let modulus: UInt64 = (1 << 61) - 1
    var (m, e) = frexp(abs(d))
    var x: UInt64 = 0
    while m != 0 {
        x = ((x << 28) & modulus) | (x >> (61 - 28))
        m *= 268435456.0
        e -= 28
        let y = UInt64(m)
        m -= Double(y)
        x += y
        if x >= modulus { x -= modulus }
    }
    let ee = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61)
    x = ((x << UInt64(ee)) & modulus) | (x >> UInt64(61 - ee))
    var h = Int(x)
    if d < 0 { h = -h }
    return h == -1 ? -2 : h
}

/// Python's floor division and modulo for machine integers (the divisor is not zero).
func floorDivMod(_ a: Int, _ b: Int) -> (Int, Int) {
    var q = a / b
    var r = a % b
    if r != 0 && ((r < 0) != (b < 0)) {
        q -= 1
        r += b
    }
    return (q, r)
}

func floorDivMod(_ a: BigInt, _ b: BigInt) -> (BigInt, BigInt) {
    var (q, r) = a.quotientAndRemainder(dividingBy: b)
    if r != 0 && ((r.sign == .minus) != (b.sign == .minus)) {
        q -= 1
        r += b
    }
    return (q, r)
}

/// CPython's `float_divmod`.
func floatDivMod(_ vx: Double, _ wx: Double) -> (Double, Double) {
    var mod = fmod(vx, wx)
    var div = (vx - mod) / wx
    if mod != 0 {
        if (wx < 0) != (mod < 0) {
            mod += wx
            div -= 1.0
        }
    } else {
        mod = copysign(0.0, wx)
    }
    var floordiv: Double
    if div != 0 {
        floordiv = div.rounded(.down)
        if div - floordiv > 0.5 { floordiv += 1.0 }
    } else {
        floordiv = copysign(0.0, vx / wx)
    }
    return (floordiv, mod)
}

extension VM {
    /// Arithmetic on two numbers; `nil` when an operand is not a number (the caller tries other types).
    func numericBinary(_ op: BinOpCode, _ a: PyValue, _ b: PyValue) throws -> PyValue? {
        if case .float = a, let y = floatValue(b) { return try floatBinary(op, floatValue(a) ?? 0, y) }
        if case .float = b, let x = floatValue(a) { return try floatBinary(op, x, floatValue(b) ?? 0) }
        if let x = smallInt(a), let y = smallInt(b) { return try intBinary(op, x, y) }
        guard let x = exactInt(a), let y = exactInt(b) else { return nil }
        return try bigBinary(op, x, y)
    }

    private func intBinary(_ op: BinOpCode, _ x: Int, _ y: Int) throws -> PyValue {
        switch op {
        case .add:
            let (r, o) = x.addingReportingOverflow(y)
            return o ? .bigint(BigInt(x) + BigInt(y)) : .int(r)
        case .sub:
            let (r, o) = x.subtractingReportingOverflow(y)
            return o ? .bigint(BigInt(x) - BigInt(y)) : .int(r)
        case .mul:
            let (r, o) = x.multipliedReportingOverflow(by: y)
            return o ? .bigint(BigInt(x) * BigInt(y)) : .int(r)
        case .truediv:
            if y == 0 { throw pyErr(BT.zeroDivisionError, "division by zero") }
            return .float(Double(x) / Double(y))
        case .floordiv:
            if y == 0 { throw pyErr(BT.zeroDivisionError, "integer division or modulo by zero") }
            if x == Int.min && y == -1 { return .bigint(-BigInt(x)) }
            return .int(floorDivMod(x, y).0)
        case .mod:
            if y == 0 { throw pyErr(BT.zeroDivisionError, "integer modulo by zero") }
            if y == -1 { return .int(0) }
            return .int(floorDivMod(x, y).1)
        case .and: return .int(x & y)
        case .or: return .int(x | y)
        case .xor: return .int(x ^ y)
        default:
            return try bigBinary(op, BigInt(x), BigInt(y))
        }
    }

    private func bigBinary(_ op: BinOpCode, _ x: BigInt, _ y: BigInt) throws -> PyValue {
        switch op {
        case .add: return .bigint(x + y)
        case .sub: return .bigint(x - y)
        case .mul:
            if x.bitWidth + y.bitWidth > budgets.objectSize * 4 { throw sizeBudget() }
            return .bigint(x * y)
        case .truediv:
            if y == 0 { throw pyErr(BT.zeroDivisionError, "division by zero") }
            return .float(Double(x) / Double(y))
        case .floordiv:
            if y == 0 { throw pyErr(BT.zeroDivisionError, "integer division or modulo by zero") }
            return .bigint(floorDivMod(x, y).0)
        case .mod:
            if y == 0 { throw pyErr(BT.zeroDivisionError, "integer modulo by zero") }
            return .bigint(floorDivMod(x, y).1)
        case .pow:
            if y.sign == .minus {
                if x == 0 { throw pyErr(BT.zeroDivisionError, "0.0 cannot be raised to a negative power") }
                return .float(Foundation.pow(Double(x), Double(y)))
            }
            if x == 0 || x == 1 { return .bigint(y == 0 ? 1 : x) }
            if x == -1 { return .int(y.isMultiple(of: 2) ? 1 : -1) }
            guard let e = Int(exactly: y), e <= budgets.objectSize * 4,
                  (x.magnitude.bitWidth - 1) * e <= budgets.objectSize * 4 else { throw sizeBudget() }
            return .bigint(x.power(e))
        case .lshift:
            if y.sign == .minus { throw pyErr(BT.valueError, "negative shift count") }
            guard let s = Int(exactly: y), s <= budgets.objectSize * 4 else { throw sizeBudget() }
            return .bigint(x << s)
        case .rshift:
            if y.sign == .minus { throw pyErr(BT.valueError, "negative shift count") }
            guard let s = Int(exactly: y) else { return .int(x.sign == .minus ? -1 : 0) }
            return .bigint(x >> s)
        case .and: return .bigint(x & y)
        case .or: return .bigint(x | y)
        case .xor: return .bigint(x ^ y)
        case .matmul:
            throw pyErr(BT.typeError, "unsupported operand type(s) for @: 'int' and 'int'")
        }
    }

    private func floatBinary(_ op: BinOpCode, _ x: Double, _ y: Double) throws -> PyValue {
        switch op {
        case .add: return .float(x + y)
        case .sub: return .float(x - y)
        case .mul: return .float(x * y)
        case .truediv:
            if y == 0 { throw pyErr(BT.zeroDivisionError, "float division by zero") }
            return .float(x / y)
        case .floordiv:
            if y == 0 { throw pyErr(BT.zeroDivisionError, "float floor division by zero") }
            return .float(floatDivMod(x, y).0)
        case .mod:
            if y == 0 { throw pyErr(BT.zeroDivisionError, "float modulo") }
            return .float(floatDivMod(x, y).1)
        case .pow:
            if x == 0 && y < 0 { throw pyErr(BT.zeroDivisionError, "0.0 cannot be raised to a negative power") }
            if x < 0 && y.rounded() != y {
                throw pyErr(BT.valueError, "complex results are not supported by this model")
            }
            let r = Foundation.pow(x, y)
            if r.isInfinite && x.isFinite && y.isFinite { throw pyErr(BT.overflowError, "(34, 'Numerical result out of range')") }
            return .float(r)
        default:
            throw pyErr(BT.typeError, "unsupported operand type(s) for \(op.symbol): 'float' and 'float'")
        }
    }
}
