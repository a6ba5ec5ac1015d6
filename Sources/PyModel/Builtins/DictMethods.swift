/// A live view of a dict's keys, values or items.
final class PyDictView: PyObject, NativeRepr {
    enum Kind { case keys, values, items }
    let dict: PyDict
    let kind: Kind

    override var type: PyType {
        switch kind {
        case .keys: return BT.dictKeys
        case .values: return BT.dictValues
        case .items: return BT.dictItems
        }
    }

    init(_ dict: PyDict, _ kind: Kind) {
        self.dict = dict
        self.kind = kind
    }

    var values: [PyValue] {
        switch kind {
        case .keys: return dict.storage.keys.map { $0.value }
        case .values: return Array(dict.storage.values)
        case .items: return dict.storage.map { .object(PyTuple([$0.key.value, $0.value])) }
        }
    }

    func pythonRepr(_ vm: VM) throws -> String {
        "\(type.name)([" + (try values.map { try vm.repr($0) }.joined(separator: ", ")) + "])"
    }
}

enum DictMethods {
    static func this(_ a: Args, _ name: String) throws -> PyDict {
        try receiver(a, PyDict.self, name, "dict")
    }

    static func install(_ t: PyType) {
        t.construct = { vm, cls, a in
            let d = PyDict(cls: cls === BT.dict ? nil : cls)
            if let v = a.value(0) { try vm.dictUpdate(d, v) }
            for (k, v) in a.keywords { try vm.dictSet(d, .str(k), v) }
            return .object(d)
        }
        t.method("__init__") { vm, a in
            let d = try this(a, "__init__")
            if let v = a.value(1) { try vm.dictUpdate(d, v) }
            for (k, v) in a.keywords { try vm.dictSet(d, .str(k), v) }
            return .none
        }
        t.method("get") { vm, a in
            let d = try this(a, "get")
            return try vm.dictGet(d, a.value(1) ?? .none) ?? a.value(2) ?? .none
        }
        t.method("keys") { _, a in .object(PyDictView(try this(a, "keys"), .keys)) }
        t.method("values") { _, a in .object(PyDictView(try this(a, "values"), .values)) }
        t.method("items") { _, a in .object(PyDictView(try this(a, "items"), .items)) }
        t.method("pop") { vm, a in
            let d = try this(a, "pop")
            let k = try vm.hashKey(a.value(1) ?? .none)
            if let v = d.storage.removeValue(forKey: k) { return v }
            if let dflt = a.value(2) { return dflt }
            throw PyRaise(exc: PyExc(cls: BT.keyError, args: [a.value(1) ?? .none]))
        }
        t.method("popitem") { _, a in
            let d = try this(a, "popitem")
            if d.storage.isEmpty { throw pyErr(BT.keyError, "popitem(): dictionary is empty") }
            let last = d.storage.removeLast()
            return .object(PyTuple([last.key.value, last.value]))
        }
        t.method("setdefault") { vm, a in
            let d = try this(a, "setdefault")
            let k = try vm.hashKey(a.value(1) ?? .none)
            if let v = d.storage[k] { return v }
            let v = a.value(2) ?? .none
            d.storage[k] = v
            return v
        }
        t.method("update") { vm, a in
            let d = try this(a, "update")
            if let v = a.value(1) { try vm.dictUpdate(d, v) }
            for (k, v) in a.keywords { try vm.dictSet(d, .str(k), v) }
            return .none
        }
        t.method("copy") { _, a in
            let d = try this(a, "copy")
            let r = PyDict(cls: d.cls)
            r.storage = d.storage
            r.defaultFactory = d.defaultFactory
            return .object(r)
        }
        t.method("clear") { _, a in
            try this(a, "clear").storage.removeAll()
            return .none
        }
        t.classMethod("fromkeys") { vm, a in
            let d = PyDict()
            for k in try vm.iterate(a.value(1) ?? .none) { try vm.dictSet(d, k, a.value(2) ?? .none) }
            return .object(d)
        }
        t.method("__len__") { vm, a in .int(try vm.length(a[0])) }
        t.method("__getitem__") { vm, a in try vm.getItem(a[0], a.value(1) ?? .none) }
        t.method("__setitem__") { vm, a in
            try vm.setItem(a[0], a.value(1) ?? .none, a.value(2) ?? .none)
            return .none
        }
        t.method("__delitem__") { vm, a in
            try vm.delItem(a[0], a.value(1) ?? .none)
            return .none
        }
        t.method("__contains__") { vm, a in .bool(try vm.contains(a[0], a.value(1) ?? .none)) }
        t.method("__iter__") { vm, a in try vm.iter(a[0]) }
        t.method("__eq__") { vm, a in try vm.compare(.eq, a[0], a.value(1) ?? .none) }
        t.method("__repr__") { vm, a in .str(try vm.repr(a[0])) }
        t.classMethod("__class_getitem__") { _, a in a[0] }
    }

    static func installView(_ t: PyType) {
        t.method("__iter__") { vm, a in
            guard let v = a[0].object as? PyDictView else { return .none }
            return .object(vm.arrayIterator(v.values, BT.iterator))
        }
        t.method("__len__") { _, a in .int((a[0].object as? PyDictView)?.dict.storage.count ?? 0) }
        t.method("__contains__") { vm, a in
            guard let v = a[0].object as? PyDictView else { return .false }
            let x = a.value(1) ?? .none
            switch v.kind {
            case .keys: return .bool(v.dict.storage[try vm.hashKey(x)] != nil)
            default:
                for item in v.values where try vm.eq(item, x) { return .true }
                return .false
            }
        }
    }
}
