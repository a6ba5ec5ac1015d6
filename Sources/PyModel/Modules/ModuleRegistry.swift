/// The modules a snippet can import. Every other import is an `unsupported` stop: the sandbox has no
/// file, network, process, environment or real-clock modules at all.
enum ModuleRegistry {
    /// Makes the module `name` for this VM, or `nil` when the model does not provide it.
    static func make(_ name: String, vm: VM) -> PyModule? {
        switch name {
        case "sys": return SysModule.make(vm)
        case "time": return TimeModule.make(vm)
        case "math": return MathModule.make(vm)
        case "random": return RandomModule.make(vm)
        case "asyncio": return AsyncioModule.make(vm)
        case "contextlib", "dataclasses", "collections", "functools", "itertools", "datetime", "logging",
             "heapq", "bisect", "operator", "copy", "enum", "json":
            return PythonSourceModules.make(name, vm: vm)
        case "inspect": return InspectModule.make(vm)
        case "typing", "collections.abc", "abc", "typing_extensions", "types": return TypingModule.make(name)
        default: return nil
        }
    }

    /// Modules whose missing names are accepted as opaque placeholders (annotations only).
    static func acceptsAnyName(_ module: String) -> Bool {
        ["typing", "collections.abc", "abc", "typing_extensions", "types"].contains(module)
    }
}

extension VM {
    /// A stand-in for a `typing` name: subscriptable and callable-free, enough for annotations.
    func typingPlaceholder(_ name: String) -> PyType {
        let t = PyType(name: name, bases: [BT.object], builtin: false, module: "typing")
        return t
    }
}

/// `typing` and friends: names import, annotations are ignored.
enum TypingModule {
    static func make(_ name: String) -> PyModule {
        let m = PyModule(name: name)
        for n in ["Any", "Optional", "Union", "List", "Dict", "Tuple", "Set", "FrozenSet", "Callable", "Awaitable",
                  "Coroutine", "AsyncIterator", "AsyncGenerator", "Iterator", "Iterable", "Generator", "Sequence",
                  "Mapping", "Type", "Generic", "Protocol", "ClassVar", "Final", "Literal", "NoReturn",
                  "AsyncIterable", "Hashable", "Sized", "Deque", "DefaultDict", "NamedTuple", "TypedDict",
                  "MutableMapping", "MutableSequence", "ABC", "Self", "Never", "Annotated"] {
            let t = PyType(name: n, bases: [BT.object], builtin: false, module: "typing")
            m.namespace[n] = .object(t)
        }
        // `T = TypeVar("T")`, `P = ParamSpec("P")`: a placeholder named by the call; `NewType` returns identity.
        for n in ["TypeVar", "ParamSpec"] {
            m.namespace[n] = .object(PyNative(n) { vm, a in
                .object(vm.typingPlaceholder(try strArg(a.value(0, "name"), "name")))
            })
        }
        m.namespace["NewType"] = .object(PyNative("NewType") { _, _ in
            .object(PyNative("NewType") { _, a in a.value(0) ?? .none })
        })
        m.namespace["TYPE_CHECKING"] = .false
        m.namespace["cast"] = .object(PyNative("cast") { _, a in a.value(1) ?? .none })
        m.namespace["abstractmethod"] = .object(PyNative("abstractmethod") { _, a in a.value(0) ?? .none })
        m.namespace["overload"] = .object(PyNative("overload") { _, a in a.value(0) ?? .none })
        m.namespace["final"] = .object(PyNative("final") { _, a in a.value(0) ?? .none })
        m.namespace["runtime_checkable"] = .object(PyNative("runtime_checkable") { _, a in a.value(0) ?? .none })
        return m
    }
}

/// `sys`: standard streams (writes only) and a few constants.
enum SysModule {
    static func make(_ vm: VM) -> PyModule {
        let m = PyModule(name: "sys")
        m.namespace["stdout"] = .object(PyStream(toStderr: false))
        m.namespace["stderr"] = .object(PyStream(toStderr: true))
        m.namespace["version_info"] = .object(PyTuple([.int(3), .int(11), .int(7), .str("final"), .int(0)]))
        m.namespace["version"] = .str("3.11.7 (notescheck model)")
        m.namespace["platform"] = .str("linux")
        m.namespace["maxsize"] = .int(Int.max)
        m.namespace["argv"] = .object(PyList([.str(vm.fileName)]))
        m.namespace["getrecursionlimit"] = .object(PyNative("getrecursionlimit") { vm, _ in .int(vm.budgets.recursionLimit) })
        m.namespace["exit"] = .object(PyNative("exit") { _, _ in throw RunStop.unsupported("sys.exit()", line: 0) })
        m.namespace["exc_info"] = .object(PyNative("exc_info") { vm, _ in
            guard let e = vm.excInfo.last else { return .object(PyTuple([.none, .none, .none])) }
            return .object(PyTuple([.object(e.cls), .object(e), .none]))
        })
        return m
    }
}

/// `sys.stdout` / `sys.stderr`: `write` and `flush`.
final class PyStream: PyObject {
    let toStderr: Bool

    override var type: PyType { toStderr ? BT.stderrStream : BT.stdoutStream }

    init(toStderr: Bool) {
        self.toStderr = toStderr
    }

    static func install(_ t: PyType) {
        t.method("write") { vm, a in
            let s = try strArg(a.value(1), "write() argument")
            vm.write(s, toStderr: (a[0].object as? PyStream)?.toStderr ?? false)
            return .int(s.unicodeScalars.count)
        }
        t.method("flush") { _, _ in .none }
    }
}
