import Foundation

/// The probe programs as JSON, and their output on the model: what `notescheck probes` prints, so the test
/// suite can run each program on CPython 3.11 and require the same lines.
public enum ProbeListing {
    public static func programs() -> String {
        encode(Dictionary(uniqueKeysWithValues: ApiProbes.all.map { ($0.name, $0.program) }))
    }

    public static func outputs(runner: FenceRunner) -> String {
        encode(Dictionary(uniqueKeysWithValues: ApiProbes.all.map { probe in
            let plan = PlannedRun(entry: .own, prelude: [], own: FenceCode(source: probe.program, firstLine: 1), rerun: nil,
                                  implicitMain: false, syntaxError: nil)
            let run = runner.run(plan, fileName: "probe.py")
            return (probe.name, run.stdout + (run.exception.map { ["exception: " + $0] } ?? []))
        }))
    }

    private static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
