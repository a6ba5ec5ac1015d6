// `make bench`: AsyncModel's throughput and memory, in a release build.
//
// 1. ping-pong: tasks that each await `sleep(0)` in a loop; task steps per CPU second of this process
//    (the machine is shared, so CPU time is the stable measure; the wall time is printed beside it).
// 2. sleepers: 100,000 tasks sleeping at once; resident memory (VmRSS from /proc/self/status) while they sleep.
//
// The wall clock here measures the benchmark; the model itself never reads a real clock.
import AsyncModel
import Glibc

/// A task body that awaits `asyncio.sleep(0)` `rounds` times, as `for _ in range(n): await asyncio.sleep(0)`.
final class PingPong: Coroutine {
    private let run: VirtualRun
    private var remaining: Int
    private var sleep: SleepCoroutine?

    init(rounds: Int, run: VirtualRun) {
        self.remaining = rounds
        self.run = run
    }

    var name: String { "ping_pong" }

    func send(_ value: FutureValue) -> CoroutineStep {
        if let sleep {
            if case .raised(let error) = sleep.send(value) { return .raised(error) }
            self.sleep = nil
        }
        guard remaining > 0 else { return .returned(()) }
        remaining -= 1
        let next = SleepCoroutine(0, in: run)
        sleep = next
        return next.send(())
    }

    func `throw`(_ error: any Error) -> CoroutineStep { .raised(error) }
    func close() {}
}

/// A task body that sleeps once, as `await asyncio.sleep(seconds)`.
final class Sleeper: Coroutine {
    private let sleep: SleepCoroutine

    init(seconds: Double, run: VirtualRun) { sleep = SleepCoroutine(seconds, in: run) }

    var name: String { "sleeper" }
    func send(_ value: FutureValue) -> CoroutineStep { sleep.send(value) }
    func `throw`(_ error: any Error) -> CoroutineStep { sleep.throw(error) }
    func close() { sleep.close() }
}

/// `main`: creates the tasks, lets them all start (one `sleep(probeDelay)`), calls `probe`, then awaits them.
final class Spawner: Coroutine {
    private let run: VirtualRun
    private let make: () -> any Coroutine
    private let count: Int
    private let probe: () -> Void
    private var tasks: [Task] = []
    private var state = 0
    private var pause: SleepCoroutine?

    init(count: Int, run: VirtualRun, probe: @escaping () -> Void, make: @escaping () -> any Coroutine) {
        self.count = count
        self.run = run
        self.probe = probe
        self.make = make
    }

    var name: String { "main" }

    func send(_ value: FutureValue) -> CoroutineStep {
        while true {
            switch state {
            case 0:
                guard let loop = run.runningLoop else { return .raised(AsyncError(.runtime, "no running event loop")) }
                tasks = (0..<count).map { _ in loop.createTask(make()) }
                let pause = SleepCoroutine(0.5, in: run)
                self.pause = pause
                state = 1
                return pause.send(())
            case 1:
                _ = pause?.send(value)
                probe()
                state = 2
            default:
                guard let next = tasks.popLast() else { return .returned(()) }
                if !next.isDone { return .yielded(next, at: .unknown) }
            }
        }
    }

    func `throw`(_ error: any Error) -> CoroutineStep { .raised(error) }
    func close() {}
}

/// `x` with `digits` decimals (the benchmark avoids Foundation).
func fixed(_ value: Double, _ digits: Int) -> String {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let scaled = Int((abs(value) * scale).rounded())
    let whole = String(scaled / Int(scale))
    let sign = value < 0 ? "-" : ""
    guard digits > 0 else { return sign + whole }
    let fraction = String(scaled % Int(scale))
    return sign + whole + "." + String(repeating: "0", count: digits - fraction.count) + fraction
}

func wallSeconds() -> Double { seconds(of: CLOCK_MONOTONIC) }

/// CPU time of the process: the benchmark's own work even when other processes load the machine.
func cpuSeconds() -> Double { seconds(of: CLOCK_PROCESS_CPUTIME_ID) }

func seconds(of clock: clockid_t) -> Double {
    var now = timespec()
    clock_gettime(clock, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
}

/// A line of /proc/self/status (`VmRSS`, `VmHWM`) in megabytes.
func statusMegabytes(_ field: String) -> Double {
    guard let file = fopen("/proc/self/status", "r") else { return -1 }
    defer { fclose(file) }
    var line = [CChar](repeating: 0, count: 256)
    while fgets(&line, Int32(line.count), file) != nil {
        let text = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard text.hasPrefix(field + ":") else { continue }
        let digits = text.filter(\.isNumber)
        return (Double(digits) ?? -1) / 1024
    }
    return -1
}

func pingPong(tasks: Int, rounds: Int, traced: Bool) {
    let run = VirtualRun(traceEnabled: traced)
    let start = wallSeconds()
    let startCPU = cpuSeconds()
    let main = Spawner(count: tasks, run: run, probe: {}) { PingPong(rounds: rounds, run: run) }
    do {
        _ = try run.runMain(main)
    } catch {
        print("ping-pong failed: \(error)")
        return
    }
    let elapsed = wallSeconds() - start
    let cpu = cpuSeconds() - startCPU
    let steps = tasks * (rounds + 1)
    let rate = Double(steps) / cpu
    let label = traced ? "trace on " : "trace off"
    let verdict = rate >= 1_000_000 ? "(>= 1,000,000: ok)" : "(< 1,000,000: TOO SLOW)"
    let workload = "\(tasks) tasks x \(rounds) sleep(0) = \(steps) task steps"
    let timing = "\(fixed(cpu, 3)) s CPU (\(fixed(elapsed, 3)) s wall)"
    print("ping-pong \(label): \(workload) in \(timing): \(fixed(rate, 0)) steps per CPU second \(verdict)")
}

func sleepers(count: Int) {
    let before = statusMegabytes("VmRSS")
    let run = VirtualRun()
    var during = 0.0
    let start = wallSeconds()
    let main = Spawner(count: count, run: run, probe: { during = statusMegabytes("VmRSS") }) {
        Sleeper(seconds: 10, run: run)
    }
    do {
        _ = try run.runMain(main)
    } catch {
        print("sleepers failed: \(error)")
        return
    }
    let elapsed = wallSeconds() - start
    let verdict = during < 100 ? "(< 100 MB: ok)" : "(>= 100 MB: TOO BIG)"
    let memory = "VmRSS \(fixed(during, 1)) MB (\(fixed(during - before, 1)) MB above the \(fixed(before, 1)) MB baseline)"
    let whole = "whole run \(fixed(elapsed, 3)) s wall, \(run.virtualSeconds) s virtual, \(run.trace.events.count) events"
    print("sleepers: \(count) tasks sleeping at once: \(memory) \(verdict); \(whole)")
}

/// The first line of /proc/loadavg: the numbers depend on what else the machine runs.
func loadAverage() -> String {
    guard let file = fopen("/proc/loadavg", "r") else { return "unknown" }
    defer { fclose(file) }
    var line = [CChar](repeating: 0, count: 128)
    guard fgets(&line, Int32(line.count), file) != nil else { return "unknown" }
    return String(decoding: line.prefix { $0 != 0 && $0 != 10 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
}

print("load average (1, 5, 15 min): \(loadAverage())")
sleepers(count: 100_000)
pingPong(tasks: 1_000, rounds: 1_000, traced: true)
pingPong(tasks: 1_000, rounds: 1_000, traced: false)
pingPong(tasks: 10, rounds: 100_000, traced: true)
print("peak VmHWM \(fixed(statusMegabytes("VmHWM"), 1)) MB")
print("trace event size \(MemoryLayout<TraceEvent>.stride) bytes, task record \(MemoryLayout<TaskRecord>.stride) bytes")
