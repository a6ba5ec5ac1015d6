/// The Swift helpers the `enum` source needs: giving its classes their metaclass (the model has no `metaclass=`
/// keyword), making member objects without running the enum's `__new__`/`__init__` chain, telling descriptors
/// (methods, properties) from member values, and unsupported stops that name the snippet's line.
enum EnumHelpers {
    static let sourceFile = "<stdlib>/enum.py"

    static func install(into m: PyModule) {
        m.namespace["_set_metaclass"] = .object(PyNative("_set_metaclass") { _, a in
            guard let cls = a.value(0)?.object as? PyType, let meta = a.value(1)?.object as? PyType else {
                throw pyErr(BT.typeError, "_set_metaclass needs two classes")
            }
            cls.metaclass = meta
            return .none
        })
        m.namespace["_new_member"] = .object(PyNative("_new_member") { _, a in
            guard let cls = a.value(0)?.object as? PyType, cls.layout == .object else {
                throw pyErr(BT.typeError, "_new_member needs a plain class")
            }
            return .object(PyInstance(cls: cls))
        })
        m.namespace["_is_descriptor"] = .object(PyNative("_is_descriptor") { _, a in
            guard case .object(let o)? = a.value(0) else { return .false }
            switch o {
            case is PyFunction, is PyMethodWrapper, is PyProperty, is PyNative: return .true
            default: return .bool(!o.type.isBuiltin && o.type.lookup("__get__") != nil)
            }
        })
        m.namespace["_unsupported"] = .object(PyNative("_unsupported") { vm, a in
            let what = try strArg(a.value(0), "what")
            throw RunStop.unsupported(what, line: LoggingHelpers.callerFrame(vm, outside: sourceFile)?.line ?? 0)
        })
    }
}
