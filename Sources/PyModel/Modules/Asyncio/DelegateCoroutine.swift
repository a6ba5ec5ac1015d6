import AsyncModel

/// A Python awaitable (anything `await` can delegate to) driven as an AsyncModel coroutine, for the places
/// where AsyncModel runs awaitables itself (`shutdown_asyncgens` closing async generators).
final class DelegateCoroutine: Coroutine {
    let delegate: Delegate
    let name: String
    unowned let vm: VM

    init(_ delegate: Delegate, name: String, vm: VM) {
        self.delegate = delegate
        self.name = name
        self.vm = vm
    }

    func send(_ value: FutureValue) -> CoroutineStep {
        step { try delegate.send(vm, vm.pyValue(fromFuture: value)) }
    }

    func `throw`(_ error: any Error) -> CoroutineStep {
        step { try delegate.throwIn(vm, PyRaise(exc: vm.pythonException(for: error))) }
    }

    func close() {}

    private func step(_ body: () throws -> SendResult) -> CoroutineStep {
        do {
            switch try body() {
            case .yielded(let v):
                if let f = v.object as? PyFuture { return .yielded(f.future, at: SourceMark(line: vm.currentLine)) }
                return .yielded(nil, at: SourceMark(line: vm.currentLine))
            case .returned(let v):
                return .returned(v)
            }
        } catch {
            return .raised(error)
        }
    }
}

extension VM {
    /// CPython's `loop.shutdown_asyncgens()`: when its task first runs, closes every async generator still
    /// alive that was first iterated on the running loop (its `_asyncgens`, finished ones included), all at
    /// once through `gather(..., return_exceptions=True)`; with none it returns without a gather.
    func asyncGeneratorShutdown() -> any Coroutine {
        NativeCoroutine(name: "BaseEventLoop.shutdown_asyncgens") { [unowned self] in
            let loop = self.virtualRun.runningLoop
            let open = self.startedAsyncGenerators.compactMap { entry -> PyGenerator? in
                guard let g = entry.generator, let owner = g.asyncGenHooks?.loop, owner === loop else { return nil }
                return g
            }
            self.startedAsyncGenerators.removeAll { entry in entry.generator.map { g in open.contains { $0 === g } } ?? true }
            if open.isEmpty { return .returned(()) }
            let items = open.map { Awaitable.coroutine(DelegateCoroutine(AsyncGenStep($0, .close), name: "aclose", vm: self)) }
            do {
                let all = try self.virtualRun.gather(items, returnExceptions: true)
                return .await(all) { _ in .returned(()) }
            } catch {
                return .raised(error)
            }
        }
    }
}
