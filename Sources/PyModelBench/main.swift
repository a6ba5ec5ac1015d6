// `make bench`, PyModel part: each program under tools/bench/programs run by the model in-process (release
// build, full trace recorded as the checker records it), its CPU time, virtual seconds and trace size printed;
// tools/bench/cpython_programs.py runs the same files on CPython 3.11 (real time), to read side by side.
//
// The CPU clock here measures the benchmark; the model itself never reads a real clock.
import Glibc
import PyModel

func cpuSeconds() -> Double {
    Double(clock()) / Double(CLOCKS_PER_SEC)
}

func milliseconds(_ seconds: Double) -> String {
    "\(Int((seconds * 1000).rounded())) ms"
}

func read(_ path: String) -> String? {
    guard let file = fopen(path, "r") else { return nil }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
        let count = fread(&buffer, 1, buffer.count, file)
        if count <= 0 { break }
        bytes += buffer[0..<count]
    }
    return String(decoding: bytes, as: UTF8.self)
}

let paths = Array(CommandLine.arguments.dropFirst())
if paths.isEmpty { print("usage: PyModelBench PROGRAM.py...") }
for path in paths {
    guard let source = read(path) else {
        print("\(path): cannot read")
        continue
    }
    let name = path.split(separator: "/").last.map(String.init) ?? path
    switch Interpreter.compile(source) {
    case .failure(let error):
        print("\(name): \(error.message)")
    case .success(let code):
        let interpreter = Interpreter(budgets: Budgets(instructions: 2_000_000_000), fileName: name)
        let start = cpuSeconds()
        let result = interpreter.run(code)
        let elapsed = cpuSeconds() - start
        let seconds = result.virtualSeconds.map { String($0) } ?? "none"
        print("\(name): model \(milliseconds(elapsed)) CPU, \(result.stdout.count) lines, \(seconds) virtual s, "
              + "\(result.trace.events.count) trace events, outcome \(result.outcome)")
    }
}
