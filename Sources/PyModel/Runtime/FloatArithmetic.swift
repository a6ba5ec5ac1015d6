/// CPython's float operators whose results or errors are not plain IEEE arithmetic
/// (Objects/floatobject.c): `/`, `//`, `%`, `divmod` and `**`.
/// Pure functions: no state, no effects, synchronous.
public enum FloatArithmetic {
    /// The result of `x ** y`: a float, or the complex result CPython returns for a negative base
    /// and a non-integral exponent (the caller computes or rejects it).
    public enum PowerResult: Equatable, Sendable {
        case real(Double)
        case complex
    }

    public static func divide(_ x: Double, _ y: Double) throws(PyFailure) -> Double {
        if y == 0 { throw PyFailure(.zeroDivisionError, "float division by zero") }
        return x / y
    }

    public static func floorDivide(_ x: Double, _ y: Double) throws(PyFailure) -> Double {
        if y == 0 { throw PyFailure(.zeroDivisionError, "float floor division by zero") }
        return divMod(x, y).quotient
    }

    public static func modulo(_ x: Double, _ y: Double) throws(PyFailure) -> Double {
        if y == 0 { throw PyFailure(.zeroDivisionError, "float modulo") }
        var mod = x.truncatingRemainder(dividingBy: y)
        if mod != 0 {
            if (y < 0) != (mod < 0) { mod += y }
        } else {
            mod = Double(signOf: y, magnitudeOf: 0)
        }
        return mod
    }

    public static func divmod(_ x: Double, _ y: Double) throws(PyFailure) -> (quotient: Double, remainder: Double) {
        if y == 0 { throw PyFailure(.zeroDivisionError, "float divmod()") }
        return divMod(x, y)
    }

    /// `_float_div_mod`: the remainder takes the divisor's sign; the quotient is snapped to the
    /// nearest integral value.
    private static func divMod(_ x: Double, _ y: Double) -> (quotient: Double, remainder: Double) {
        var mod = x.truncatingRemainder(dividingBy: y)
        var div = (x - mod) / y
        if mod != 0 {
            if (y < 0) != (mod < 0) {
                mod += y
                div -= 1.0
            }
        } else {
            mod = Double(signOf: y, magnitudeOf: 0)
        }
        var floorDiv: Double
        if div != 0 {
            floorDiv = div.rounded(.down)
            if div - floorDiv > 0.5 { floorDiv += 1.0 }
        } else {
            floorDiv = Double(signOf: x / y, magnitudeOf: 0)
        }
        return (floorDiv, mod)
    }

    /// `float_pow`, special cases first, then libm's `pow`.
    public static func power(_ base: Double, _ exponent: Double) throws(PyFailure) -> PowerResult {
        let v = base
        let w = exponent
        if w == 0 { return .real(1.0) }
        if v.isNaN { return .real(v) }
        if w.isNaN { return .real(v == 1.0 ? 1.0 : w) }
        if w.isInfinite {
            let magnitude = v.magnitude
            if magnitude == 1.0 { return .real(1.0) }
            return .real((w > 0) == (magnitude > 1.0) ? w.magnitude : 0.0)
        }
        if v.isInfinite {
            let odd = isOddInteger(w)
            if w > 0 { return .real(odd ? v : v.magnitude) }
            return .real(odd ? Double(signOf: v, magnitudeOf: 0) : 0.0)
        }
        if v == 0 {
            if w < 0 { throw PyFailure(.zeroDivisionError, "0.0 cannot be raised to a negative power") }
            return .real(isOddInteger(w) ? v : 0.0)
        }
        var positiveBase = v
        var negate = false
        if v < 0 {
            if w != w.rounded(.down) { return .complex }
            positiveBase = -v
            negate = isOddInteger(w)
        }
        if positiveBase == 1.0 { return .real(negate ? -1.0 : 1.0) }
        let result = LibM.pow(positiveBase, w)
        if result.isInfinite { throw PyFailure(.overflowError, "(34, 'Numerical result out of range')") }
        return .real(negate ? -result : result)
    }

    /// `DOUBLE_IS_ODD_INTEGER`.
    private static func isOddInteger(_ x: Double) -> Bool {
        x.magnitude.truncatingRemainder(dividingBy: 2.0) == 1.0
    }
}
