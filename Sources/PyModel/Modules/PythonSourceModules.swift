/// Modules written in Python (`contextlib`, `dataclasses`, `datetime`, `logging`, ...), compiled by PyModel itself at first import.
///
/// Their source is part of the model (see `Source/`); they get one helper CPython's versions get from
/// `exec`: `_make_function(source, namespace)`, which compiles one `def` and returns the function.
enum PythonSourceModules {
    static func source(_ name: String) -> String? {
        switch name {
        case "contextlib": return ContextlibSource.text
        case "dataclasses": return DataclassesSource.text
        case "collections": return CollectionsSource.collections
        case "functools": return CollectionsSource.functools
        case "itertools": return CollectionsSource.itertools
        case "datetime": return DatetimeSource.text
        case "logging": return LoggingSource.text
        case "heapq": return SmallModulesSource.heapq
        case "bisect": return SmallModulesSource.bisect
        case "operator": return SmallModulesSource.operator
        case "copy": return SmallModulesSource.copy
        case "enum": return EnumSource.text
        case "json": return JsonSource.text
        default: return nil
        }
    }

    static func make(_ name: String, vm: VM) -> PyModule? {
        guard let text = source(name) else { return nil }
        let m = PyModule(name: name)
        m.namespace["_make_function"] = .object(PyNative("_make_function") { vm, a in
            let src = try strArg(a.value(0), "source")
            guard let ns = a.value(1)?.object as? PyDict else { throw pyErr(BT.typeError, "namespace must be a dict") }
            let globals = PyNamespace()
            for (k, v) in ns.storage { globals[try vm.str(k.value)] = v }
            switch Interpreter.compile(src, fileName: "<string>") {
            case .failure(let e): throw RunStop.internalError("\(name) helper: \(e.message)")
            case .success(let code):
                let frame = Frame(code: code.code, globals: globals, namespace: nil, closure: [])
                _ = try vm.execute(frame, .start)
                guard let fn = globals.keys.last.flatMap({ globals[$0] }) else { return .none }
                return fn
            }
        })
        m.namespace["_unsupported"] = .object(PyNative("_unsupported") { vm, a in
            let what = try strArg(a.value(0), "what")
            throw RunStop.unsupported(what, line: LoggingHelpers.callerFrame(vm, outside: "<stdlib>/\(name).py")?.line ?? 0)
        })
        if name == "collections" { CollectionsHelpers.install(into: m) }
        if name == "logging" { LoggingHelpers.install(into: m) }
        if name == "enum" { EnumHelpers.install(into: m) }
        switch Interpreter.compile(text, fileName: "<stdlib>/\(name).py") {
        case .failure:
            return nil
        case .success(let code):
            let frame = Frame(code: code.code, globals: m.namespace, namespace: nil, closure: [])
            do {
                _ = try vm.execute(frame, .start)
            } catch {
                return nil
            }
            return m
        }
    }
}
