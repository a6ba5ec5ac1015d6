import BigInt

/// `object` and `type`.
enum ObjectMethods {
    static func install(_ t: PyType) {
        t.construct = { _, cls, args in
            if cls === BT.object, !args.positional.isEmpty {
                throw pyErr(BT.typeError, "object() takes no arguments")
            }
            return .object(PyInstance(cls: cls))
        }
        t.method("__init__") { _, _ in .none }
        t.method("__repr__") { vm, a in
            guard let o = a[0].object else { return .str(try vm.repr(a[0])) }
            return .str("<\(o.type.moduleName == "builtins" ? "" : o.type.moduleName + ".")\(o.type.qualname) object at \(vm.address(o))>")
        }
        t.method("__str__") { vm, a in .str(try vm.repr(a[0])) }
        t.method("__eq__") { _, a in a[0].isIdentical(a[1]) ? .true : .object(BT.notImplemented) }
        t.method("__ne__") { vm, a in .bool(!(try vm.eq(a[0], a[1]))) }
        t.method("__hash__") { vm, a in .int(try vm.hash(a[0])) }
        t.method("__format__") { vm, a in .str(try vm.format(a[0], try strArg(a.value(1), "format spec"))) }
        t.method("__setattr__") { vm, a in
            guard let inst = a[0].object as? PyInstance else { throw vm.attributeError(a[0], "__setattr__") }
            inst.dict[try strArg(a.value(1), "attribute name")] = a.value(2) ?? .none
            return .none
        }
        t.method("__getattribute__") { vm, a in try vm.getAttr(a[0], try strArg(a.value(1), "attribute name")) }
        t.method("__init_subclass__") { _, _ in .none }
        t.dict["__new__"] = .object(PyMethodWrapper(.staticMethod, .object(PyNative("__new__") { _, a in
            guard let cls = a.value(0)?.object as? PyType else {
                throw pyErr(BT.typeError, "object.__new__(X): X is not a type object")
            }
            if cls.layout == .exception { return .object(PyExc(cls: cls, args: Array(a.positional.dropFirst()))) }
            return .object(PyInstance(cls: cls))
        })))
    }
}

enum TypeMethods {
    static func install(_ t: PyType) {
        t.construct = { vm, _, args in
            if args.count == 1 { return .object(args[0].type) }
            guard args.count == 3, let name = args[0].object as? PyStr, let ns = args[2].object as? PyDict else {
                throw pyErr(BT.typeError, "type() takes 1 or 3 arguments")
            }
            let bases = try vm.iterate(args[1]).compactMap { $0.object as? PyType }
            let namespace = PyNamespace()
            namespace["__module__"] = .str("__main__")
            for (k, v) in ns.storage { namespace[try vm.str(k.value)] = v }
            return .object(try vm.makeType(name: name.value, bases: bases, namespace: namespace))
        }
        t.method("mro") { _, a in
            guard let c = a[0].object as? PyType else { return .none }
            return .object(PyList(c.mro.map { .object($0) }))
        }
        t.method("__subclasses__") { _, _ in .object(PyList()) }
    }
}

enum IntMethods {
    static func install(_ t: PyType) {
        t.construct = { vm, cls, args in
            let r = try makeInt(vm, args)
            if cls !== BT.int { throw pyErr(BT.typeError, "int subclasses are not supported by this model") }
            return r
        }
        t.method("bit_length") { _, a in
            guard let b = exactInt(a[0]) else { return .int(0) }
            return .int(b.magnitude.bitWidth - b.magnitude.leadingZeroBitCount)
        }
        t.method("__index__") { _, a in a[0] }
        t.method("__int__") { _, a in a[0] }
        t.method("__float__") { _, a in .float(floatValue(a[0]) ?? 0) }
        t.method("__abs__") { _, a in .bigint(exactInt(a[0]).map { BigInt($0.magnitude) } ?? 0) }
        t.method("__add__") { vm, a in try vm.binary(.add, a[0], a[1]) }
        t.method("__mul__") { vm, a in try vm.binary(.mul, a[0], a[1]) }
        t.method("__sub__") { vm, a in try vm.binary(.sub, a[0], a[1]) }
        t.method("__lt__") { vm, a in try vm.compare(.lt, a[0], a[1]) }
        t.method("__eq__") { vm, a in try vm.compare(.eq, a[0], a[1]) }
        t.method("__hash__") { vm, a in .int(try vm.hash(a[0])) }
        t.method("__format__") { vm, a in .str(try vm.format(a[0], try strArg(a.value(1), "format spec"))) }
        t.method("conjugate") { _, a in a[0] }
        t.method("as_integer_ratio") { _, a in .object(PyTuple([a[0], .int(1)])) }
        t.method("is_integer") { _, _ in .true }
        t.getter("real") { _, v in v }
        t.getter("imag") { _, _ in .int(0) }
        t.getter("numerator") { _, v in v }
        t.getter("denominator") { _, _ in .int(1) }
    }

    static func makeInt(_ vm: VM, _ args: Args) throws -> PyValue {
        guard let v = args.value(0, "x") else { return .int(0) }
        if let baseV = args.value(1, "base") {
            let base = try intArg(baseV, "base")
            let s = try strArg(v, "int() can't convert non-string with explicit base; argument")
            return try parseInt(s, base: base)
        }
        switch v {
        case .int: return v
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d):
            if d.isNaN { throw pyErr(BT.valueError, "cannot convert float NaN to integer") }
            if d.isInfinite { throw pyErr(BT.overflowError, "cannot convert float infinity to integer") }
            return .bigint(BigInt(d.rounded(.towardZero)))
        case .object(let o):
            if o is PyBigInt { return v }
            if let s = o as? PyStr { return try parseInt(s.value, base: 10) }
            for name in ["__int__", "__index__", "__trunc__"] {
                if let m = o.type.lookup(name), !o.type.isBuiltin { return try vm.call(m, Args([v])) }
            }
            throw pyErr(BT.typeError, "int() argument must be a string, a bytes-like object or a real number, not '\(o.type.name)'")
        case .none:
            throw pyErr(BT.typeError, "int() argument must be a string, a bytes-like object or a real number, not 'NoneType'")
        }
    }

    static func parseInt(_ text: String, base: Int) throws -> PyValue {
        do {
            return .bigint(try IntParsing.parse(text, base: base))
        } catch let f {
            throw PyRaise(exc: PyExc(cls: f.kind == .valueError ? BT.valueError : BT.typeError, args: [.str(f.message)]))
        }
    }
}

import Foundation

enum BoolMethods {
    static func install(_ t: PyType) {
        t.construct = { vm, _, args in
            guard let v = args.value(0) else { return .false }
            return .bool(try vm.truthy(v))
        }
    }
}

enum FloatMethods {
    static func install(_ t: PyType) {
        t.construct = { vm, _, args in
            guard let v = args.value(0) else { return .float(0) }
            switch v {
            case .float: return v
            case .int, .bool: return .float(floatValue(v) ?? 0)
            case .object(let o):
                if let b = o as? PyBigInt {
                    let d = Double(b.value)
                    if d.isInfinite { throw pyErr(BT.overflowError, "int too large to convert to float") }
                    return .float(d)
                }
                if let s = o as? PyStr { return .float(try parseFloat(s.value)) }
                if let m = o.type.lookup("__float__"), !o.type.isBuiltin { return try vm.call(m, Args([v])) }
                throw pyErr(BT.typeError, "float() argument must be a string or a real number, not '\(o.type.name)'")
            case .none:
                throw pyErr(BT.typeError, "float() argument must be a string or a real number, not 'NoneType'")
            }
        }
        t.method("is_integer") { _, a in
            guard case .float(let d) = a[0] else { return .false }
            return .bool(d.isFinite && d.rounded(.towardZero) == d)
        }
        t.method("__float__") { _, a in a[0] }
        t.method("__int__") { vm, a in try IntMethods.makeInt(vm, Args([a[0]])) }
        t.method("__format__") { vm, a in .str(try vm.format(a[0], try strArg(a.value(1), "format spec"))) }
        t.method("as_integer_ratio") { _, a in
            guard case .float(let d) = a[0], d.isFinite else { throw pyErr(BT.valueError, "cannot convert Infinity to integer ratio") }
            var m = d, e = 0
            while m.rounded(.towardZero) != m { m *= 2; e += 1 }
            let num = BigInt(m)
            let den = BigInt(1) << e
            let g = BigInt(num.magnitude.greatestCommonDivisor(with: den.magnitude))
            return .object(PyTuple([.bigint(num / g), .bigint(den / g)]))
        }
        t.getter("real") { _, v in v }
        t.getter("imag") { _, _ in .float(0) }
    }

    static func parseFloat(_ text: String) throws -> Double {
        do {
            return try FloatParsing.parse(text)
        } catch let f {
            throw PyRaise(exc: PyExc(cls: BT.valueError, args: [.str(f.message)]))
        }
    }
}

enum BytesMethods {
    static func install(_ t: PyType) {
        t.construct = { vm, _, args in
            guard let v = args.value(0) else { return .object(PyBytes([])) }
            if let s = v.object as? PyStr { return .object(PyBytes(Array(s.value.utf8))) }
            if let n = smallInt(v) { return .object(PyBytes(Array(repeating: 0, count: max(n, 0)))) }
            return .object(PyBytes(try vm.iterate(v).map { UInt8(truncatingIfNeeded: smallInt($0) ?? 0) }))
        }
        t.method("decode") { _, a in
            let b = try receiver(a, PyBytes.self, "decode", "bytes")
            return .str(String(decoding: b.value, as: UTF8.self))
        }
        t.method("hex") { _, a in
            let b = try receiver(a, PyBytes.self, "hex", "bytes")
            return .str(b.value.map { String(format: "%02x", $0) }.joined())
        }
    }
}
