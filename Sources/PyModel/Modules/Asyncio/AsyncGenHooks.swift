import AsyncModel

/// The async generator hooks asyncio's loop installs while it runs (`sys.set_asyncgen_hooks` in
/// `run_forever`), as one async generator saw them when it was first iterated.
///
/// CPython calls the *firstiter* hook on an async generator's first `__anext__`/`asend`/`athrow`/`aclose`
/// (only then, and only if a loop is running): the loop adds it to its weak set `_asyncgens`, which
/// `shutdown_asyncgens` closes. When reference counting frees a generator that is still suspended and not
/// closed, CPython calls the *finalizer* hook, which does `call_soon_threadsafe(create_task, agen.aclose())`.
///
/// The model frees objects by Swift's reference counting, at the moments CPython's would: the eval loop
/// clears an `async for` iterator's stack slot when a `break` or `return` leaves the loop, slots an exception
/// unwinds past, and a coroutine's frame when it returns (a frame that raised keeps its locals, as the
/// traceback keeps CPython's frame alive). `PyGenerator.deinit` then hands the generator's frame to a
/// successor object (the resurrected generator) and calls `finalize`. Synchronous and single-threaded.
struct AsyncGenHooks {
    weak var vm: VM?
    /// The loop that was running at the first iteration (the generator is in its `_asyncgens`).
    weak var loop: Loop?

    /// CPython's `BaseEventLoop._asyncgen_finalizer_hook`: unless the loop is closed, a handle that creates
    /// the task running `agen.aclose()` (so the generator's `finally` runs two loop iterations later, or is
    /// cancelled before it starts when `asyncio.run` is shutting down).
    func finalize(_ successor: PyGenerator) {
        guard let vm, let loop, !loop.isClosed else { return }
        loop.callSoon { [weak vm] in
            guard let vm else { return }
            loop.createTask(DelegateCoroutine(AsyncGenStep(successor, .close), name: "aclose", vm: vm))
        }
    }
}

/// A weak entry of the VM's list of async generators first iterated while a loop ran (the loops' `_asyncgens`).
struct AsyncGenEntry {
    weak var generator: PyGenerator?
}

extension VM {
    /// CPython's firstiter hook, called by every `__anext__`/`asend`/`athrow`/`aclose`: the first call on a
    /// generator records the running loop's hooks (none when no loop runs) and adds it to the loop's set.
    func asyncGenFirstIteration(_ generator: PyGenerator) {
        guard !generator.asyncGenHooksInitialised else { return }
        generator.asyncGenHooksInitialised = true
        guard let loop = virtualRun.runningLoop else { return }
        generator.asyncGenHooks = AsyncGenHooks(vm: self, loop: loop)
        startedAsyncGenerators.removeAll { $0.generator == nil }
        startedAsyncGenerators.append(AsyncGenEntry(generator: generator))
    }
}
