import Foundation

/// Checks Markdown files: reads, parses, hands the document to the engine, and returns what was
/// found. Synchronous, in-process, no shared state: two checkers, or two calls, never affect
/// each other, and the same input gives the same `FileCheck`.
public struct NotesChecker {
    public var engine: any CheckEngine

    public init(engine: any CheckEngine = SkippingEngine()) {
        self.engine = engine
    }

    /// Checks source text that is already in memory; `path` names it in reports.
    public func check(source: SourceText, path: String) -> FileCheck {
        let document = Document.parse(source)
        let fileName = path.split(separator: "/").last.map(String.init) ?? path
        let result = engine.check(document, fileName: fileName)
        return FileCheck(
            path: path, document: document, snippets: result.snippets, claims: result.claims,
            diagnostics: result.diagnostics, sentenceCount: result.sentenceCount)
    }

    /// Reads the file at `path` and checks it.
    public func check(path: String) throws(SourceLoadError) -> FileCheck {
        check(source: try NotesChecker.load(path: path), path: path)
    }

    /// Reads a file as UTF-8 source text.
    public static func load(path: String) throws(SourceLoadError) -> SourceText {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .notFound }
        guard !isDirectory.boolValue else { throw .isDirectory }
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable }
        let bytes = [UInt8](data)
        guard let source = SourceText(bytes: bytes) else {
            let offset = SourceText.firstInvalidUTF8Offset(in: bytes) ?? 0
            let line = LineTable(bytes: bytes).location(of: offset).line
            throw .notUTF8(offset: offset, line: line)
        }
        return source
    }
}
