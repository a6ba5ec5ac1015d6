/// NotesCheck: document, sessions, claims, verification, diagnostics and reporters.
public enum NotesCheckInfo {
    public static let toolName = "notescheck"
    public static let toolVersion = "0.1.0"
}
