import AsyncModel

/// The Python object for an AsyncModel future or task (one wrapper per future, kept in `future.host`).
///
/// `await future` does not drive the future itself: it drives a `FutureAwaiter` made for that one await, so
/// several tasks can wait on the same future (as `Future.__await__` makes a fresh generator each time).
final class PyFuture: PyObject {
    let future: Future

    override var type: PyType {
        if future is Task { return AsyncioTypes.task }
        if future is GatheringFuture { return AsyncioTypes.gatheringFuture }
        return AsyncioTypes.future
    }

    init(_ future: Future) {
        self.future = future
    }
}

/// One `await future` (CPython's `Future.__await__`, the `_asyncio.FutureIter` it returns): yields the future to
/// the task once, then returns its result (or raises its error).
final class FutureAwaiter: Delegate {
    let owner: PyFuture
    /// Set once the await has yielded the future to the task (CPython's `_asyncio_future_blocking`).
    private var yielded = false

    static let type = BT.make("FutureIter", [BT.object], module: "_asyncio")
    override var type: PyType { Self.type }

    init(_ owner: PyFuture) {
        self.owner = owner
    }

    override func send(_ vm: VM, _ value: PyValue) throws -> SendResult {
        _ = vm.takeRawSend()
        let future = owner.future
        if !future.isDone && !yielded {
            yielded = true
            return .yielded(.object(owner))
        }
        yielded = false
        if !future.isDone {
            throw pyErr(BT.runtimeError, "await wasn't used with future")
        }
        do {
            return .returned(vm.pyValue(fromFuture: try future.result()))
        } catch {
            throw PyRaise(exc: vm.pythonException(for: error))
        }
    }

    override func throwIn(_ vm: VM, _ error: PyRaise) throws -> SendResult {
        yielded = false
        throw error
    }
}

extension VM {
    /// The one Python object for an AsyncModel future.
    func wrap(_ f: Future) -> PyFuture {
        if let h = f.host as? PyFuture { return h }
        let w = PyFuture(f)
        f.host = w
        return w
    }

    /// A value an AsyncModel future or native coroutine produced, as a Python value.
    func pyValue(fromFuture v: FutureValue) -> PyValue {
        // Metatype comparisons first: they are pointer compares, while a failing `as?` walks the runtime's
        // cast machinery (and `()` and `PyValue` are what nearly every step carries).
        let dynamicType = type(of: v)
        if dynamicType == Void.self { return .none }
        if dynamicType == PyValue.self, let p = v as? PyValue { return p }
        switch v {
        case let f as Future: return .object(wrap(f))
        case let c as TaskCoroutine: return .object(c.gen)
        case let list as [Result<FutureValue, any Error>]:
            return .object(PyList(list.map {
                switch $0 {
                case .success(let v): return pyValue(fromFuture: v)
                case .failure(let e): return .object(pythonException(for: e))
                }
            }))
        case let list as [FutureValue]: return .object(PyList(list.map { pyValue(fromFuture: $0) }))
        case let e as any Error: return .object(pythonException(for: e))
        case let i as Int: return .int(i)
        case let d as Double: return .float(d)
        case let b as Bool: return .bool(b)
        case let s as String: return .str(s)
        default: return .none
        }
    }
}

extension PyFuture: NativeRepr {
    /// `repr(future)`: `<Future pending>`, `<Future finished result=1>`, `<Task pending name='Task-2' …>`.
    func pythonRepr(_ vm: VM) throws -> String {
        try FutureMethods.futureRepr(vm, future)
    }
}
