/// Why a file could not be checked. The command prints `path: description` and exits 2.
public enum SourceLoadError: Error, Equatable, Sendable {
    case notFound
    case isDirectory
    case unreadable
    /// The file is not UTF-8: the first bad byte's offset and its 1-based line.
    case notUTF8(offset: ByteOffset, line: Int)

    public var description: String {
        switch self {
        case .notFound: "no such file"
        case .isDirectory: "is a directory"
        case .unreadable: "cannot be read"
        case .notUTF8(let offset, let line): "is not valid UTF-8 (byte \(offset), line \(line))"
        }
    }
}
