/// A Python `list`; an instance of a user subclass of `list` is a `PyList` whose `cls` is that subclass.
final class PyList: PyObject {
    var items: [PyValue]
    let cls: PyType?

    override var type: PyType { cls ?? BT.list }

    init(_ items: [PyValue] = [], cls: PyType? = nil) {
        self.items = items
        self.cls = cls
    }
}

/// A Python `tuple` (immutable).
final class PyTuple: PyObject, @unchecked Sendable {
    let items: [PyValue]

    override var type: PyType { BT.tuple }

    init(_ items: [PyValue]) {
        self.items = items
    }

    static let empty = PyTuple([])
}

/// A named tuple instance: a tuple whose type is a `collections.namedtuple` class.
final class PyNamedTuple: PyObject {
    let cls: PyType
    let items: [PyValue]

    override var type: PyType { cls }

    init(cls: PyType, items: [PyValue]) {
        self.cls = cls
        self.items = items
    }
}

/// A Python `range`.
final class PyRange: PyObject {
    let start: Int
    let stop: Int
    let step: Int

    override var type: PyType { BT.range }

    init(start: Int, stop: Int, step: Int) {
        self.start = start
        self.stop = stop
        self.step = step
    }

    var count: Int {
        if step > 0 { return start < stop ? (stop - start - 1) / step + 1 : 0 }
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0
    }

    func item(_ i: Int) -> Int { start + i * step }
}

/// A Python `slice`.
final class PySlice: PyObject {
    let start: PyValue
    let stop: PyValue
    let step: PyValue

    override var type: PyType { BT.slice }

    init(start: PyValue, stop: PyValue, step: PyValue) {
        self.start = start
        self.stop = stop
        self.step = step
    }
}

/// A value used as a dictionary or set key: the value plus its Python hash, compared with Python equality
/// for the builtin value types (`1 == 1.0 == True`) and by identity for other objects.
struct HashKey: Hashable {
    let value: PyValue
    let hash: Int

    func hash(into hasher: inout Hasher) {
        hasher.combine(hash)
    }

    static func == (a: HashKey, b: HashKey) -> Bool {
        a.hash == b.hash && keysEqual(a.value, b.value)
    }

    static func keysEqual(_ a: PyValue, _ b: PyValue) -> Bool {
        switch (a, b) {
        case (.none, .none): return true
        case (.bool, _), (.int, _), (.float, _):
            return numericEquals(a, b) ?? false
        case (.object(let x), .object(let y)):
            if x === y { return true }
            if let s = x as? PyStr, let t = y as? PyStr { return s.value == t.value }
            if let s = x as? PyBigInt, let t = y as? PyBigInt { return s.value == t.value }
            if let s = x as? PyTuple, let t = y as? PyTuple {
                return s.items.count == t.items.count && zip(s.items, t.items).allSatisfy { keysEqual($0, $1) }
            }
            if let s = x as? PyFrozenSet, let t = y as? PyFrozenSet {
                return s.storage.count == t.storage.count && s.storage.keys.allSatisfy { t.storage[$0] != nil }
            }
            if let s = x as? PyBytes, let t = y as? PyBytes { return s.value == t.value }
            return false
        case (.object(let x), _):
            if x is PyBigInt { return numericEquals(a, b) ?? false }
            return false
        default:
            return false
        }
    }
}

import Collections

/// A Python `dict`, insertion-ordered.
final class PyDict: PyObject {
    var storage = OrderedKeys()
    /// A `collections.defaultdict` factory, when this dict is one.
    var defaultFactory: PyValue?
    let cls: PyType?

    override var type: PyType { cls ?? BT.dict }

    init(cls: PyType? = nil) {
        self.cls = cls
    }
}

/// A Python `set`. Iteration follows insertion order .
final class PySet: PyObject {
    var storage = OrderedKeys()

    override var type: PyType { BT.set }
}

/// A Python `frozenset`.
final class PyFrozenSet: PyObject {
    var storage = OrderedKeys()

    override var type: PyType { BT.frozenset }
}

/// Keys (and values) of a dict or set, in insertion order.
typealias OrderedKeys = OrderedDictionary<HashKey, PyValue>
