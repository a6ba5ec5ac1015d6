import ArgumentParser
import Foundation
import NotesCheck

/// `notescheck FILE...`: argument parsing and wiring only; `CheckRun` does the work.
@main
struct NotesCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notescheck",
        abstract: "Checks the claims in asyncio notes against runs of their snippets.",
        discussion: """
            Exit status: 0 when no claim is contradicted, 1 when one is, 2 when a file cannot be \
            read (the other files are still checked).
            """,
        version: NotesCheckInfo.toolVersion
    )

    @Option(help: "Output format: text or json (the version-1 report).")
    var format: OutputFormat = .text

    @Argument(help: "Markdown files to check.")
    var files: [String]

    func run() throws {
        let run = CheckRun(paths: files, format: format)
        FileHandle.standardOutput.write(Data(run.standardOutput.utf8))
        for line in run.standardError {
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
        if run.exitCode != 0 { throw ExitCode(run.exitCode) }
    }
}

extension OutputFormat: ExpressibleByArgument {}
