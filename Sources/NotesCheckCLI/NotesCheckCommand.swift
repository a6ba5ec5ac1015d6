import ArgumentParser
import Foundation
import NotesCheck

/// `notescheck`: argument parsing and wiring only; the work is in NotesCheck.
@main
struct NotesCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notescheck",
        abstract: "Checks the claims in asyncio notes against runs of their snippets.",
        version: NotesCheckInfo.toolVersion,
        subcommands: [Check.self, Probes.self],
        defaultSubcommand: Check.self
    )
}

/// `notescheck [check] FILE...`
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check Markdown files (the default command).",
        discussion: """
            Exit status: 0 when no claim is contradicted, 1 when one is, 2 when a file cannot be \
            read (the other files are still checked).
            """
    )

    @Option(help: "Output format: text or json (the version-1 report).")
    var format: OutputFormat = .text

    @Argument(help: "Markdown files to check.")
    var files: [String]

    func run() throws {
        let checker = NotesChecker(engine: SessionEngine(runner: ModelRunner()))
        let run = CheckRun(paths: files, format: format, checker: checker)
        FileHandle.standardOutput.write(Data(run.standardOutput.utf8))
        for line in run.standardError {
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
        if run.exitCode != 0 { throw ExitCode(run.exitCode) }
    }
}

/// `notescheck probes [--run]`: the probe programs that decide API facts, as JSON (name → program), or with
/// `--run` what each prints on the model (name → lines), so tests can compare them with CPython.
struct Probes: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the API probe programs, or run them on the model.")

    @Flag(name: .customLong("run"), help: "Run each probe on the model and print its output lines.")
    var runOnModel = false

    func run() throws {
        let json = runOnModel ? ProbeListing.outputs(runner: ModelRunner()) : ProbeListing.programs()
        FileHandle.standardOutput.write(Data((json + "\n").utf8))
    }
}

extension OutputFormat: ExpressibleByArgument {}
