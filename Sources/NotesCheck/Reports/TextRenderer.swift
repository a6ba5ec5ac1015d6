/// Prints checked files for a person at a terminal: each file's snippets, then its
/// diagnostics compiler-style (`path:line:column: severity: message [code]` with a source
/// excerpt that underlines the exact range), then one summary line. Positions are 1-based
/// lines and code-point columns. It only presents `FileCheck`s; it decides nothing.
public enum TextRenderer {
    public static func render(_ checks: [FileCheck]) -> String {
        var lines: [String] = []
        for check in checks {
            lines += render(check)
        }
        lines.append(summary(CheckSummary(checks)))
        return lines.map { $0 + "\n" }.joined()
    }

    static func render(_ check: FileCheck) -> [String] {
        let table = check.document.source.lineTable
        var lines = ["\(check.path): \(counted(check.snippets.count, "snippet"))"]
        for (index, snippet) in check.snippets.enumerated() {
            let range = snippet.fence.range
            let firstLine = table.location(of: range.lowerBound).line
            let lastLine = table.location(of: max(range.lowerBound, range.upperBound - 1)).line
            lines.append(
                "  snippet \(index + 1): \(snippet.fence.language ?? "no language"), lines \(firstLine)-\(lastLine): "
                    + outcome(snippet))
        }
        for diagnostic in check.diagnostics {
            lines += render(diagnostic, path: check.path, source: check.document.source)
        }
        return lines
    }

    /// One diagnostic: the heading line, then the excerpt.
    public static func render(_ diagnostic: Diagnostic, path: String, source: SourceText) -> [String] {
        let start = source.lineTable.location(of: diagnostic.range.lowerBound)
        var lines = ["\(path):\(start): \(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.code)]"]
        lines += SourceExcerpt.render(diagnostic.range, in: source)
        if let fix = diagnostic.fix {
            lines.append("  fix (\(fix.applicability.rawValue)): \(fix.message)")
        }
        return lines
    }

    private static func outcome(_ snippet: SnippetResult) -> String {
        var parts = [snippet.status.rawValue]
        if snippet.entry != .none { parts.append("entry \(snippet.entry.rawValue)") }
        if let seconds = snippet.virtualSeconds { parts.append("\(seconds) s virtual") }
        if let exception = snippet.exception { parts.append(exception) }
        return parts.joined(separator: ", ")
    }

    private static func summary(_ summary: CheckSummary) -> String {
        "\(counted(summary.files, "file")), \(counted(summary.snippets, "snippet")), \(counted(summary.claims, "claim"))"
            + " (\(summary.confirmed) confirmed, \(summary.contradicted) contradicted,"
            + " \(summary.unverifiable) unverifiable)"
    }

    /// "1 file", "2 files".
    private static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
