import AsyncModel

/// A generator, coroutine or async generator object: a suspended frame and its state.
///
/// Resuming runs the frame in a nested run of the eval loop until it yields, returns or raises.
final class PyGenerator: Delegate {
    enum Kind { case generator, coroutine, asyncGenerator }
    enum State { case created, suspended, running, finished }

    let frame: Frame
    let kind: Kind
    var state: State = .created
    var name: String
    var qualname: String
    /// Set once the coroutine was awaited (a second await of a finished one is an error).
    var awaited = false
    /// An async generator whose `aclose()` ran or that finished.
    var asyncGenClosed = false
    /// The trace span that follows this coroutine's call, when the trace follows it.
    var span: (trace: Trace, index: Int)?
    /// An async generator inside an `anext()`/`asend`/`athrow`/`aclose` step that waits on a future
    /// (CPython's `ag_running_async`): another step started then raises RuntimeError.
    var asyncGenRunning = false
    /// An async generator's firstiter call happened (its hooks are decided once).
    var asyncGenHooksInitialised = false
    /// The loop hooks an async generator saw at its first iteration, `nil` when no loop ran then.
    var asyncGenHooks: AsyncGenHooks?

    override var type: PyType {
        switch kind {
        case .generator: return BT.generator
        case .coroutine: return BT.coroutine
        case .asyncGenerator: return BT.asyncGenerator
        }
    }

    init(frame: Frame, function: PyFunction) {
        self.frame = frame
        let flags = function.code.flags
        kind = flags.contains(.coroutine) ? .coroutine : (flags.contains(.asyncGenerator) ? .asyncGenerator : .generator)
        name = function.name
        qualname = function.qualname
    }

    init(frame: Frame, name: String, kind: Kind) {
        self.frame = frame
        self.kind = kind
        self.name = name
        self.qualname = name
    }

    /// A suspended async generator freed before it finished goes to its loop's finalizer hook, as CPython's
    /// `_PyGen_Finalize` does: a successor object takes over the frame (Swift cannot resurrect `self`), and
    /// nothing else can tell them apart, since nothing refers to this one any more.
    deinit {
        guard kind == .asyncGenerator, state != .finished, !asyncGenClosed, let hooks = asyncGenHooks else { return }
        let successor = PyGenerator(frame: frame, name: name, kind: kind)
        successor.qualname = qualname
        successor.state = state
        successor.asyncGenHooksInitialised = true
        hooks.finalize(successor)
    }

    private var noun: String {
        switch kind {
        case .generator: return "generator"
        case .coroutine: return "coroutine"
        case .asyncGenerator: return "async generator"
        }
    }

    override func send(_ vm: VM, _ value: PyValue) throws -> SendResult {
        switch state {
        case .running:
            throw pyErr(BT.valueError, "\(noun) already executing")
        case .finished:
            if kind == .coroutine { throw pyErr(BT.runtimeError, "cannot reuse already awaited coroutine") }
            return .returned(.none)
        case .created:
            if !value.isNone {
                throw pyErr(BT.typeError, "can't send non-None value to a just-started \(noun)")
            }
            return try resume(vm, .start)
        case .suspended:
            return try resume(vm, .send(value))
        }
    }

    override func throwIn(_ vm: VM, _ error: PyRaise) throws -> SendResult {
        switch state {
        case .running:
            throw pyErr(BT.valueError, "\(noun) already executing")
        case .finished:
            if kind == .coroutine { throw pyErr(BT.runtimeError, "cannot reuse already awaited coroutine") }
            throw error
        case .created:
            state = .finished
            throw error
        case .suspended:
            return try resume(vm, .raise(error))
        }
    }

    /// `close()`: raises GeneratorExit at the suspension point.
    func close(_ vm: VM) throws {
        switch state {
        case .created:
            state = .finished
        case .suspended:
            do {
                if case .yielded = try resume(vm, .raise(PyRaise(exc: PyExc(cls: BT.generatorExit, args: [])))) {
                    throw pyErr(BT.runtimeError, "\(noun) ignored GeneratorExit")
                }
            } catch let e as PyRaise where e.exc.isInstance(of: BT.generatorExit) || e.exc.isInstance(of: BT.stopIteration) {
                state = .finished
            }
        default:
            break
        }
    }

    private func resume(_ vm: VM, _ how: Resume) throws -> SendResult {
        if case .start = how, let span { span.trace.startSpan(span.index, task: vm.virtualRun.currentTask) }
        defer {
            if state == .finished, let span { span.trace.endSpan(span.index) }
        }
        state = .running
        if vm.depth >= vm.budgets.recursionLimit {
            state = .suspended
            throw RunStop.budget(.recursion, line: 0)
        }
        vm.depth += 1
        defer { vm.depth -= 1 }
        do {
            switch try vm.execute(frame, how) {
            case .yielded(let v):
                state = .suspended
                return .yielded(v)
            case .returned(let v):
                state = .finished
                frame.release(keepingLocals: false)
                return .returned(v)
            }
        } catch let e as PyRaise {
            state = .finished
            frame.release(keepingLocals: true)
            if e.exc.isInstance(of: BT.stopIteration) {
                let r = PyExc(cls: BT.runtimeError, args: [.str("\(noun) raised StopIteration")])
                r.cause = e.exc
                r.context = e.exc
                throw PyRaise(exc: r)
            }
            if kind == .asyncGenerator && e.exc.isInstance(of: BT.stopAsyncIteration) {
                let r = PyExc(cls: BT.runtimeError, args: [.str("async generator raised StopAsyncIteration")])
                r.cause = e.exc
                r.context = e.exc
                throw PyRaise(exc: r)
            }
            throw e
        } catch {
            state = .finished
            throw error
        }
    }
}

/// A value an async generator yields (as opposed to a future it awaits), told apart by `yieldValue`'s argument.
final class AsyncGenValue: PyObject {
    let value: PyValue

    init(_ value: PyValue) {
        self.value = value
    }
}

/// The awaitable `agen.__anext__()` / `asend(v)` / `athrow(e)` / `aclose()` return: it drives the async
/// generator's frame, passing awaited futures up to the task and turning a yielded value into its result.
final class AsyncGenStep: Delegate {
    enum Mode { case send(PyValue), raise(PyRaise), close }

    let gen: PyGenerator
    var mode: Mode
    var started = false

    override var type: PyType { BT.asyncGenAwaitable }

    init(_ gen: PyGenerator, _ mode: Mode) {
        self.gen = gen
        self.mode = mode
    }

    /// The method whose awaitable this is, as CPython's "already running" message names it.
    private var methodName: String {
        switch mode {
        case .send: return "anext"
        case .raise: return "athrow"
        case .close: return "aclose"
        }
    }

    override func send(_ vm: VM, _ value: PyValue) throws -> SendResult {
        if !started {
            started = true
            if gen.asyncGenRunning {
                throw pyErr(BT.runtimeError, "\(methodName)(): asynchronous generator is already running")
            }
            switch mode {
            case .send(let v): return try interpret(vm) { try gen.send(vm, v) }
            case .raise(let e): return try interpret(vm) { try gen.throwIn(vm, e) }
            case .close:
                if gen.state == .created || gen.state == .finished {
                    gen.state = .finished
                    return .returned(.none)
                }
                return try interpret(vm) { try gen.throwIn(vm, PyRaise(exc: PyExc(cls: BT.generatorExit, args: []))) }
            }
        }
        return try interpret(vm) { try gen.send(vm, value) }
    }

    /// A throw before the first send goes straight into the generator (CPython's `athrow_throw`: how a
    /// finalizer's `aclose()` task cancelled before its first step delivers `CancelledError`).
    override func throwIn(_ vm: VM, _ error: PyRaise) throws -> SendResult {
        started = true
        return try interpret(vm) { try gen.throwIn(vm, error) }
    }

    private func interpret(_ vm: VM, _ step: () throws -> SendResult) throws -> SendResult {
        let isClose: Bool
        if case .close = mode { isClose = true } else { isClose = false }
        gen.asyncGenRunning = true
        let result: SendResult
        do {
            result = try step()
        } catch {
            gen.asyncGenRunning = false
            return try closing(error, isClose: isClose)
        }
        switch result {
        case .yielded(let v):
            guard let w = v.object as? AsyncGenValue else { return .yielded(v) }
            gen.asyncGenRunning = false
            if isClose { throw pyErr(BT.runtimeError, "async generator ignored GeneratorExit") }
            return .returned(w.value)
        case .returned:
            gen.asyncGenRunning = false
            gen.asyncGenClosed = true
            if isClose { return .returned(.none) }
            throw PyRaise(exc: PyExc(cls: BT.stopAsyncIteration, args: []))
        }
    }

    /// An error out of a step: `aclose()` finishes quietly on GeneratorExit or StopAsyncIteration.
    private func closing(_ error: any Error, isClose: Bool) throws -> SendResult {
        if isClose, let e = error as? PyRaise,
           e.exc.isInstance(of: BT.generatorExit) || e.exc.isInstance(of: BT.stopAsyncIteration) {
            gen.asyncGenClosed = true
            return .returned(.none)
        }
        throw error
    }
}
