/// The Swift helpers `collections` needs: `defaultdict`'s factory hook and `namedtuple` classes.
enum CollectionsHelpers {
    static func install(into m: PyModule) {
        m.namespace["_set_default_factory"] = .object(PyNative("_set_default_factory") { _, a in
            if let d = a.value(0)?.object as? PyDict { d.defaultFactory = a.value(1) ?? .none }
            return .none
        })
        m.namespace["_make_namedtuple"] = .object(PyNative("_make_namedtuple") { vm, a in
            let name = try strArg(a.value(0), "typename")
            let fields = try vm.iterate(a.value(1) ?? .none).map { try vm.str($0) }
            let defaults = try vm.iterate(a.value(2) ?? .object(PyTuple.empty))
            return .object(makeNamedTuple(vm, name: name, fields: fields, defaults: defaults))
        })
    }

    static func makeNamedTuple(_ vm: VM, name: String, fields: [String], defaults: [PyValue]) -> PyType {
        let t = PyType(name: name, bases: [BT.tuple], builtin: false, module: "__main__")
        t.dict["_fields"] = .object(PyTuple(fields.map { .str($0) }))
        t.dict["__match_args__"] = .object(PyTuple(fields.map { .str($0) }))
        t.construct = { vm, cls, a in
            var items: [PyValue] = Array(a.positional.prefix(fields.count))
            if a.count > fields.count {
                throw pyErr(BT.typeError, "\(name).__new__() takes \(fields.count + 1) positional arguments but \(a.count + 1) were given")
            }
            for f in fields.dropFirst(items.count) {
                if let v = a.keyword(f) {
                    items.append(v)
                } else {
                    let idx = fields.firstIndex(of: f) ?? 0
                    let firstDefault = fields.count - defaults.count
                    if idx >= firstDefault {
                        items.append(defaults[idx - firstDefault])
                    } else {
                        throw pyErr(BT.typeError, "\(name).__new__() missing 1 required positional argument: '\(f)'")
                    }
                }
            }
            return .object(PyNamedTuple(cls: cls, items: items))
        }
        for (i, f) in fields.enumerated() {
            t.getter(f) { _, v in (v.object as? PyNamedTuple).map { $0.items[i] } ?? .none }
        }
        t.method("_asdict") { vm, a in
            let d = PyDict()
            if let n = a[0].object as? PyNamedTuple {
                for (f, v) in zip(fields, n.items) { try vm.dictSet(d, .str(f), v) }
            }
            return .object(d)
        }
        t.method("_replace") { _, a in
            guard let n = a[0].object as? PyNamedTuple else { return .none }
            var items = n.items
            for (k, v) in a.keywords { if let i = fields.firstIndex(of: k) { items[i] = v } }
            return .object(PyNamedTuple(cls: n.cls, items: items))
        }
        t.method("__repr__") { vm, a in .str(try vm.repr(a[0])) }
        t.method("__iter__") { vm, a in
            .object(vm.arrayIterator((a[0].object as? PyNamedTuple)?.items ?? [], BT.tupleIterator))
        }
        t.method("__len__") { _, a in .int((a[0].object as? PyNamedTuple)?.items.count ?? 0) }
        t.method("__getitem__") { vm, a in try vm.getItem(a[0], a.value(1) ?? .none) }
        t.method("__eq__") { vm, a in try vm.compare(.eq, a[0], a.value(1) ?? .none) }
        t.method("__hash__") { vm, a in .int(try vm.hash(a[0])) }
        _ = vm
        return t
    }
}
