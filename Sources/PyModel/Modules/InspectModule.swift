/// `inspect`: the predicates notes use to tell coroutines from functions.
enum InspectModule {
    static func make(_ vm: VM) -> PyModule {
        let m = PyModule(name: "inspect")
        func def(_ name: String, _ test: @escaping (PyValue) -> Bool) {
            m.namespace[name] = .object(PyNative(name) { _, a in .bool(test(a.value(0) ?? .none)) })
        }
        func codeFlags(_ v: PyValue) -> CodeFlags? {
            var f = v
            if let b = f.object as? PyBoundMethod { f = b.function }
            return (f.object as? PyFunction)?.code.flags
        }
        def("iscoroutinefunction") { codeFlags($0)?.contains(.coroutine) ?? false }
        def("isasyncgenfunction") { codeFlags($0)?.contains(.asyncGenerator) ?? false }
        def("isgeneratorfunction") { codeFlags($0)?.contains(.generator) ?? false }
        def("iscoroutine") { ($0.object as? PyGenerator)?.kind == .coroutine }
        def("isgenerator") { ($0.object as? PyGenerator)?.kind == .generator }
        def("isasyncgen") { ($0.object as? PyGenerator)?.kind == .asyncGenerator }
        def("isawaitable") { v in
            if let g = v.object as? PyGenerator { return g.kind == .coroutine }
            return v.object is PyFuture || v.object is PyNativeCoroutine || v.type.lookup("__await__") != nil
        }
        def("isfunction") { $0.object is PyFunction }
        def("isclass") { $0.object is PyType }
        def("ismethod") { $0.object is PyBoundMethod }
        return m
    }
}
