import AsyncModel

/// An AsyncModel coroutine (a primitive written in Swift) awaited from Python: `send`/`throw` are forwarded,
/// futures it yields suspend the task, its result comes back as a Python value.
final class PyNativeCoroutine: Delegate, NativeRepr {
    let coroutine: any Coroutine
    private var started = false
    /// Whether the coroutine has been sent into (an unstarted one dropped is "never awaited").
    var hasStarted: Bool { started }
    /// The frames CPython's Python version of this coroutine adds to a traceback when an exception thrown
    /// into it (a cancellation) passes through.
    let frames: [TracebackEntry]
    /// What CPython's Python version adds to the traceback of an exception of its own making (`wait_for`).
    let onError: ((PyExc) -> Void)?

    override var type: PyType { AsyncioTypes.nativeCoroutine }

    init(_ coroutine: any Coroutine, frames: [TracebackEntry] = [], onError: ((PyExc) -> Void)? = nil) {
        self.coroutine = coroutine
        self.frames = frames
        self.onError = onError
    }

    override func send(_ vm: VM, _ value: PyValue) throws -> SendResult {
        let raw: FutureValue = vm.takeRawSend() ?? (started ? value : ())
        started = true
        do {
            return try vm.interpret(coroutine.send(raw))
        } catch let raised as PyRaise {
            onError?(raised.exc)
            throw raised
        }
    }

    override func throwIn(_ vm: VM, _ error: PyRaise) throws -> SendResult {
        _ = vm.takeRawSend()
        started = true
        do {
            return try vm.interpret(coroutine.throw(error))
        } catch let raised as PyRaise {
            raised.exc.traceback.insert(contentsOf: frames, at: 0)
            throw raised
        }
    }

    func pythonRepr(_ vm: VM) throws -> String {
        "<coroutine object \(coroutine.name) at \(vm.address(self))>"
    }
}

extension VM {
    /// What one step of an AsyncModel coroutine means for the Python frame awaiting it.
    func interpret(_ step: CoroutineStep) throws -> SendResult {
        switch step {
        case .yielded(let f, _):
            return .yielded(f.map { .object(wrap($0)) } ?? .none)
        case .returned(let v):
            return .returned(pyValue(fromFuture: v))
        case .raised(let e):
            if let stop = e as? RunStop { throw stop }
            throw PyRaise(exc: pythonException(for: e))
        }
    }

    /// The value the task sent into the coroutine chain, for the AsyncModel coroutine at its bottom.
    func takeRawSend() -> FutureValue? {
        defer { rawSend = nil }
        return rawSend
    }

    /// Python's view of an AsyncModel error crossing the seam.
    func exceptionForAsyncError(_ error: any Error) -> PyExc? {
        guard let a = error as? AsyncError else { return nil }
        let t: PyType
        switch a.kind {
        case .cancelled: t = BT.cancelledError
        case .timeout: t = BT.timeoutError
        case .invalidState: t = BT.invalidStateError
        case .runtime, .deadlock: t = BT.runtimeError
        case .value: t = BT.valueError
        case .queueEmpty: t = BT.queueEmpty
        case .queueFull: t = BT.queueFull
        case .brokenBarrier: t = BT.brokenBarrierError
        case .exceptionGroup:
            let subs = a.children.map { pythonException(for: $0) }
            return makeGroup(a.message ?? "", subs, template: nil)
        }
        let e = PyExc(cls: t, args: a.message.map { [.str($0)] } ?? [])
        e.native = error
        return e
    }
}
