import Foundation

/// Prints a `JSONReport`: keys sorted, two-space indentation, slashes unescaped, a final newline.
/// The same report always gives the same bytes.
public enum JSONRenderer {
    public static func render(_ report: JSONReport) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // An infinite or NaN time (an engine bug) becomes a string rather than a failure.
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        // With that strategy these plain value types always encode; the fallback is unreachable
        // in practice and keeps the renderer total.
        guard let data = try? encoder.encode(report) else {
            return "{\"error\": \"report could not be encoded\", \"version\": 1}\n"
        }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
