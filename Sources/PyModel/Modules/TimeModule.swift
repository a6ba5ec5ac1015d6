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
        def("strftime") { vm, a in
            guard let format = a.value(0), format.object is PyStr else {
                throw pyErr(BT.typeError, "strftime() argument 1 must be str, not \(a.value(0)?.typeName ?? "NoneType")")
            }
            return try wallClock(vm, "_time_strftime", [format, a.value(1) ?? .none])
        }
        def("localtime") { vm, a in try wallClock(vm, "_time_struct", [a.value(0) ?? .none]) }
        def("gmtime") { vm, a in try wallClock(vm, "_time_struct", [a.value(0) ?? .none]) }
        def("asctime") { vm, a in try wallClock(vm, "_time_asctime", [a.value(0) ?? .none]) }
        def("ctime") { vm, a in
            try wallClock(vm, "_time_asctime", [try wallClock(vm, "_time_struct", [a.value(0) ?? .none])])
        }
        def("mktime") { _, _ in throw RunStop.unsupported("time.mktime()", line: 0) }
        return m
    }

    /// The wall-clock functions, on the `datetime` model's calendar (its `_time_*` helpers): UTC, read from the
    /// virtual `time.time()`.
    static func wallClock(_ vm: VM, _ helper: String, _ arguments: [PyValue]) throws -> PyValue {
        let datetime = try vm.importModule("datetime", line: vm.currentLine)
        return try vm.call(try vm.getAttr(datetime, helper), Args(arguments))
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
