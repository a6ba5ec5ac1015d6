/// Lookup of Unicode character names for `\N{...}` escapes, case-insensitive as in CPython.
enum UnicodeNames {
    /// Every named scalar (names and aliases, upper-cased); built on first use.
    private static let table: [String: Unicode.Scalar] = {
        var table: [String: Unicode.Scalar] = [:]
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if let name = scalar.properties.name { table[name] = scalar }
            if let alias = scalar.properties.nameAlias, table[alias] == nil { table[alias] = scalar }
        }
        return table
    }()

    static func scalar(named name: String) -> Unicode.Scalar? {
        table[name.uppercased()]
    }
}
