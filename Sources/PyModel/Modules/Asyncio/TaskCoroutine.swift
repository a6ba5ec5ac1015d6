import AsyncModel

extension PyRaise: CancellationRecognizable {
    /// A Python `CancelledError` (or subclass) ends its task cancelled, as in CPython's `Task.__step`.
    var isCancellation: Bool { exc.isInstance(of: BT.cancelledError) }
}

/// Drives a Python coroutine object as an AsyncModel task's coroutine (the seam of DESIGN.md).
///
/// A bare `yield` (what `sleep(0)` does) suspends without a future; a yielded future wrapper suspends the task
/// on the future. A budget or sandbox stop inside a step stops the loop and is re-raised by the VM.
final class TaskCoroutine: Coroutine {
    let gen: PyGenerator
    unowned let vm: VM
    /// The exception the coroutine ended with (a cancellation included), as CPython's task keeps it.
    private(set) var raised: PyExc?

    init(_ gen: PyGenerator, vm: VM) {
        self.gen = gen
        self.vm = vm
    }

    var name: String { gen.qualname }

    func send(_ value: FutureValue) -> CoroutineStep {
        step {
            vm.rawSend = value
            defer { vm.rawSend = nil }
            return try gen.send(vm, vm.pyValue(fromFuture: value))
        }
    }

    func `throw`(_ error: any Error) -> CoroutineStep {
        step { try gen.throwIn(vm, PyRaise(exc: vm.pythonException(for: error))) }
    }

    func close() {
        try? gen.close(vm)
    }

    private func step(_ body: () throws -> SendResult) -> CoroutineStep {
        if let stop = vm.pendingStop { return .raised(stop) }
        let frame = gen.frame
        let resumedAt = frame.pc
        do {
            let r = try body()
            if vm.virtualRun.monotonic > vm.budgets.virtualSeconds {
                throw RunStop.budget(.virtualTime, line: frame.line)
            }
            switch r {
            case .yielded(let v):
                let at = SourceMark(line: frame.line)
                if v.isNone { return .yielded(nil, at: at) }
                if let f = v.object as? PyFuture { return .yielded(f.future, at: at) }
                return self.throw(pyErr(BT.runtimeError, "Task got bad yield: \((try? vm.repr(v)) ?? "?")"))
            case .returned(let v):
                return .returned(v)
            }
        } catch let stop as RunStop {
            var s = stop
            if case .budget(let kind, 0) = stop {
                s = .budget(kind, line: frame.line(resumingAt: resumedAt))
            }
            vm.pendingStop = s
            vm.virtualRun.runningLoop?.stop()
            return .raised(s)
        } catch {
            if let error = error as? PyRaise {
                error.exc.storedTraceback = error.exc.traceback
                raised = error.exc
            }
            return .raised(error)
        }
    }
}
