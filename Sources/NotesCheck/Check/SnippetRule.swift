/// Which fenced blocks are Python snippets: those whose info string's first word is `python`,
/// `py` or `python3` (compared case-insensitively), wherever cmark finds them.
public enum SnippetRule {
    public static let pythonLanguages: Set<String> = ["python", "py", "python3"]

    public static func isSnippet(_ fence: FencedCode) -> Bool {
        guard let language = fence.language else { return false }
        return pythonLanguages.contains(language.lowercased())
    }
}
