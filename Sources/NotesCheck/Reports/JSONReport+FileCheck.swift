/// Builds the JSON report from checked files: byte ranges become 1-based line and code-point
/// column positions through each file's `LineTable`. Nothing else is computed here.
extension JSONReport {
    public init(files checks: [FileCheck]) {
        let summary = CheckSummary(checks)
        self.init(
            files: checks.map(File.init(check:)),
            summary: Summary(
                files: summary.files, snippets: summary.snippets, sentences: summary.sentences, claims: summary.claims,
                confirmed: summary.confirmed, contradicted: summary.contradicted, unverifiable: summary.unverifiable))
    }
}

extension JSONReport.File {
    init(check: FileCheck) {
        let table = check.document.source.lineTable
        self.init(
            path: check.path,
            snippets: check.snippets.map { snippet in
                JSONReport.Snippet(
                    range: JSONReport.Range(snippet.fence.range, in: table), language: snippet.fence.language,
                    status: snippet.status, entry: snippet.entry, stdout: snippet.stdout,
                    virtualSeconds: snippet.virtualSeconds, exception: snippet.exception,
                    tasks: snippet.tasks.map {
                        JSONReport.Task(
                            name: $0.name, coroutine: $0.coroutine, created: $0.created, finished: $0.finished)
                    })
            },
            claims: check.claims.map {
                JSONReport.Claim(
                    range: JSONReport.Range($0.range, in: table), text: $0.text, kind: $0.kind, verdict: $0.verdict,
                    evidence: $0.evidence)
            },
            diagnostics: check.diagnostics.map { diagnostic in
                JSONReport.Diagnostic(
                    range: JSONReport.Range(diagnostic.range, in: table), severity: diagnostic.severity,
                    code: diagnostic.code, message: diagnostic.message,
                    fix: diagnostic.fix.map { fix in
                        JSONReport.Fix(
                            message: fix.message, applicability: fix.applicability,
                            edits: fix.edits.map {
                                JSONReport.Edit(
                                    range: JSONReport.Range($0.range, in: table), replacement: $0.replacement)
                            })
                    })
            },
            sentences: check.sentenceCount)
    }
}

extension JSONReport.Range {
    /// `end` is the last character's position; an empty range ends where it starts.
    init(_ range: Swift.Range<ByteOffset>, in table: LineTable) {
        let start = table.location(of: range.lowerBound)
        let end = range.isEmpty ? start : table.location(of: range.upperBound - 1)
        self.init(
            start: JSONReport.Position(line: start.line, column: start.column),
            end: JSONReport.Position(line: end.line, column: end.column))
    }
}
