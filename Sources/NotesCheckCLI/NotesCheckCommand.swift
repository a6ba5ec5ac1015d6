import ArgumentParser
import NotesCheck

@main
struct NotesCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notescheck",
        abstract: "Checks the claims in asyncio notes against runs of their snippets.",
        version: NotesCheckInfo.toolVersion
    )

    @Argument(help: "Markdown files to check.")
    var files: [String] = []

    func run() throws {
        for file in files { print(file) }
    }
}
