import AsyncModel
import BigInt

/// `time`: clocks read the run's virtual clock; `sleep` blocks (virtual time passes, nothing else runs).
enum TimeModule {
    /// `time.time()`'s epoch: a fixed instant, so printed timestamps are reproducible.
    static let epoch = 1_700_000_000.0

    static func make(_ vm: VM) -> PyModule {
        let m = PyModule(name: "time")
        func def(_ name: String, _ body: @escaping PyNative.Body) {
            m.namespace[name] = .object(PyNative(name, body))
        }
        def("sleep") { vm, a in
            guard let v = a.value(0), let seconds = floatValue(v) else {
                throw pyErr(BT.typeError, "'\(a.value(0)?.typeName ?? "NoneType")' object cannot be interpreted as an integer")
            }
            if seconds < 0 { throw pyErr(BT.valueError, "sleep length must be non-negative") }
            try vm.sleepBlocking(seconds)
            return .none
        }
        def("monotonic") { vm, _ in .float(vm.virtualRun.monotonic) }
        def("perf_counter") { vm, _ in .float(vm.virtualRun.monotonic) }
        def("process_time") { vm, _ in .float(vm.virtualRun.monotonic) }
        def("time") { vm, _ in .float(epoch + vm.virtualRun.monotonic) }
        def("monotonic_ns") { vm, _ in .int(Int(vm.virtualRun.clockNanos)) }
        def("perf_counter_ns") { vm, _ in .int(Int(vm.virtualRun.clockNanos)) }
        def("time_ns") { vm, _ in .bigint(BigInt(Int(epoch) * 1_000_000_000) + BigInt(vm.virtualRun.clockNanos)) }
        for refused in ["strftime", "localtime", "gmtime", "ctime", "asctime", "mktime"] {
            def(refused) { _, _ in throw RunStop.unsupported("time.\(refused)()", line: 0) }
        }
        return m
    }
}

extension VM {
    /// `time.sleep`: holds the running loop for `seconds`, or moves the run clock when no loop runs.
    func sleepBlocking(_ seconds: Double) throws {
        if inWorker {
            workerSleep = (workerSleep ?? 0) + seconds
            return
        }
        if let loop = virtualRun.runningLoop {
            loop.block(for: seconds)
        } else {
            virtualRun.sleepOutsideLoop(seconds)
        }
        try checkTimeBudget()
    }

    func checkTimeBudget() throws {
        if virtualRun.monotonic > budgets.virtualSeconds {
            throw RunStop.budget(.virtualTime, line: currentLine)
        }
    }
}
