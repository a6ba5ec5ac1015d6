/// The output formats of the `notescheck` command.
public enum OutputFormat: String, CaseIterable, Sendable {
    case text, json
}

/// What one invocation of `notescheck FILE...` prints and how it exits, computed without
/// touching the process (the executable only writes these out), so it is testable in-process.
public struct CheckRun: Equatable, Sendable {
    /// The report, in the chosen format.
    public var standardOutput: String
    /// One line per file that could not be checked: `notescheck: error: PATH: reason`.
    public var standardError: [String]
    /// 2 when a file could not be checked, else 1 when a claim was contradicted, else 0.
    public var exitCode: Int32

    /// Checks every path in order; a file that cannot be read is reported and skipped, and the
    /// others are still checked.
    public init(paths: [String], format: OutputFormat, checker: NotesChecker = NotesChecker()) {
        var checks: [FileCheck] = []
        var errors: [String] = []
        for path in paths {
            do {
                checks.append(try checker.check(path: path))
            } catch {
                errors.append("notescheck: error: \(path): \(error.description)")
            }
        }
        switch format {
        case .text: standardOutput = TextRenderer.render(checks)
        case .json: standardOutput = JSONRenderer.render(JSONReport(files: checks))
        }
        standardError = errors
        if !errors.isEmpty {
            exitCode = 2
        } else if checks.contains(where: \.hasContradictedClaim) {
            exitCode = 1
        } else {
            exitCode = 0
        }
    }
}
