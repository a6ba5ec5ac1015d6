/// The parameter list of a `def` or `lambda` (CPython's `arguments`, no range of its own).
/// `defaults` belong to the last `posonlyargs + args`; `kwDefaults` is parallel to `kwonlyargs`
/// (`nil` where a keyword-only parameter has no default).
public struct Arguments {
    public var posonlyargs: [Arg]
    public var args: [Arg]
    public var vararg: Arg?
    public var kwonlyargs: [Arg]
    public var kwDefaults: [Expr?]
    public var kwarg: Arg?
    public var defaults: [Expr]

    public init(
        posonlyargs: [Arg] = [], args: [Arg] = [], vararg: Arg? = nil, kwonlyargs: [Arg] = [],
        kwDefaults: [Expr?] = [], kwarg: Arg? = nil, defaults: [Expr] = []
    ) {
        self.posonlyargs = posonlyargs
        self.args = args
        self.vararg = vararg
        self.kwonlyargs = kwonlyargs
        self.kwDefaults = kwDefaults
        self.kwarg = kwarg
        self.defaults = defaults
    }
}

/// One parameter; `annotation` is parsed and kept, and has no meaning for the model.
public struct Arg {
    public var name: Identifier
    public var annotation: Expr?
    public var range: SourceRange

    public init(name: Identifier, annotation: Expr?, range: SourceRange) {
        self.name = name
        self.annotation = annotation
        self.range = range
    }
}
