import BigInt

/// A Python `str`: a Swift string with code-point indexing (Python's `len` and subscripts count code points).
/// An instance of a user subclass of `str` is a `PyStr` whose `cls` is that subclass.
final class PyStr: PyObject {
    let value: String
    let cls: PyType?
    private var scalarCache: [Unicode.Scalar]?

    override var type: PyType { cls ?? BT.str }

    init(_ value: String, cls: PyType? = nil) {
        self.value = value
        self.cls = cls
    }

    /// The code points, computed once on first use.
    var scalars: [Unicode.Scalar] {
        if let s = scalarCache { return s }
        let s = Array(value.unicodeScalars)
        scalarCache = s
        return s
    }

    var count: Int {
        if let s = scalarCache { return s.count }
        if value.utf8.count == value.unicodeScalars.count { return value.utf8.count }
        return scalars.count
    }
}

/// An integer too large for `Int`.
final class PyBigInt: PyObject {
    let value: BigInt

    override var type: PyType { BT.int }

    init(_ value: BigInt) {
        self.value = value
    }
}

/// A Python `bytes` value (only what notes print: literals, `encode`, `decode`).
final class PyBytes: PyObject {
    let value: [UInt8]

    override var type: PyType { BT.bytes }

    init(_ value: [UInt8]) {
        self.value = value
    }
}
