extension PyType {
    /// Installs a method implemented in Swift; the receiver is `args[0]`.
    func method(_ name: String, _ body: @escaping PyNative.Body) {
        dict[name] = .object(PyNative(name, method: true, qualifier: self.name, body))
    }

    /// Installs a read-only attribute computed from the receiver.
    func getter(_ name: String, _ body: @escaping (VM, PyValue) throws -> PyValue) {
        dict[name] = .object(PyProperty(getter: .object(PyNative(name) { vm, a in try body(vm, a[0]) })))
    }

    /// Installs a class method (the receiver is the class).
    func classMethod(_ name: String, _ body: @escaping PyNative.Body) {
        dict[name] = .object(PyMethodWrapper(.classMethod, .object(PyNative(name, qualifier: self.name, body))))
    }
}

extension Args {
    /// The argument at `i` (positional) or named `name`, or `nil` when absent.
    func value(_ i: Int, _ name: String? = nil) -> PyValue? {
        if i < positional.count { return positional[i] }
        if let n = name { return keyword(n) }
        return nil
    }

    /// Checks the number of positional arguments as CPython's builtins report it.
    func expect(_ name: String, min: Int, max: Int) throws {
        if positional.count < min {
            if min == max {
                throw pyErr(BT.typeError, "\(name)() takes exactly \(min == 1 ? "one argument" : "\(min) arguments") (\(positional.count) given)")
            }
            throw pyErr(BT.typeError, "\(name) expected at least \(min) argument\(min == 1 ? "" : "s"), got \(positional.count)")
        }
        if positional.count > max {
            if min == max {
                if max == 0 { throw pyErr(BT.typeError, "\(name)() takes no arguments (\(positional.count) given)") }
                throw pyErr(BT.typeError, "\(name)() takes exactly \(max == 1 ? "one argument" : "\(max) arguments") (\(positional.count) given)")
            }
            throw pyErr(BT.typeError, "\(name) expected at most \(max) argument\(max == 1 ? "" : "s"), got \(positional.count)")
        }
    }
}

/// Extracts the receiver of a builtin method.
func receiver<T: PyObject>(_ a: Args, _ t: T.Type, _ method: String, _ typeName: String) throws -> T {
    guard let first = a.positional.first, let r = first.object as? T else {
        let got = a.positional.first?.typeName ?? "nothing"
        throw pyErr(BT.typeError, "descriptor '\(method)' for '\(typeName)' objects doesn't apply to a '\(got)' object")
    }
    return r
}

func strArg(_ v: PyValue?, _ what: String) throws -> String {
    guard let s = v?.object as? PyStr else {
        throw pyErr(BT.typeError, "\(what) must be str, not \(v?.typeName ?? "None")")
    }
    return s.value
}

func intArg(_ v: PyValue?, _ what: String) throws -> Int {
    guard let v = v, let i = smallInt(v) else {
        throw pyErr(BT.typeError, "'\(v?.typeName ?? "NoneType")' object cannot be interpreted as an integer")
    }
    return i
}
