/// A container block that holds other blocks. A block's `containers` lists them outermost first;
/// an empty list means the block sits at the top level of the document.
public enum BlockContainer: String, Equatable, Sendable {
    case listItem = "list-item"
    case blockQuote = "block-quote"
}
