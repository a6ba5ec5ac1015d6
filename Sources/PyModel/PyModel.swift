import AsyncModel

/// PyModel: the Python-subset interpreter that runs snippets on AsyncModel. Filled by its own issue.
public enum PyModelInfo {
    public static let pythonVersion = "3.11"
}
