/// Prints an AST in the normalised text format of `tools/golden/dump_ast.py`, which prints
/// CPython's `ast.parse` tree the same way, so the two can be compared line for line. Field names
/// and order are CPython's; the script's docstring lists the normalisations (no positions on
/// f-string parts, strings escaped to ASCII, floats as IEEE bits).
public struct ASTDumper {
    private var lines: [String] = []

    /// The dump of `module`, ending in a newline.
    public static func dump(_ module: Module) -> String {
        var dumper = ASTDumper()
        dumper.lines.append("Module")
        dumper.statements("body", module.body, "  ")
        return dumper.lines.joined(separator: "\n") + "\n"
    }

    /// The first diagnostic as the golden `.err` files state it: `Class: message` and `@ line:col`.
    public static func dump(_ diagnostic: SyntaxDiagnostic) -> String {
        "\(diagnostic.kind.rawValue): \(diagnostic.message)\n@ \(diagnostic.range.startLine):\(diagnostic.range.startColumn)\n"
    }

    // MARK: building blocks

    private mutating func head(_ indent: String, _ label: String, _ name: String, _ range: SourceRange?) {
        if let range {
            lines.append("\(indent)\(label)\(name) @\(range)")
        } else {
            lines.append("\(indent)\(label)\(name)")
        }
    }

    private mutating func field(_ indent: String, _ name: String, _ value: String) {
        lines.append("\(indent)\(name): \(value)")
    }

    private mutating func list<Item>(_ indent: String, _ name: String, _ items: [Item], _ each: (inout ASTDumper, Item, String) -> Void) {
        if items.isEmpty {
            lines.append("\(indent)\(name): []")
            return
        }
        lines.append("\(indent)\(name):")
        for item in items { each(&self, item, indent + "  ") }
    }

    private mutating func scalars(_ indent: String, _ name: String, _ values: [String]) {
        list(indent, name, values) { dumper, value, inner in dumper.lines.append("\(inner)- \(value)") }
    }

    private mutating func optionalExpr(_ indent: String, _ name: String, _ expression: Expr?, positioned: Bool = true) {
        if let expression {
            expr(expression, indent, name + ": ", positioned: positioned)
        } else {
            field(indent, name, "None")
        }
    }

    private mutating func exprs(_ indent: String, _ name: String, _ expressions: [Expr], positioned: Bool = true) {
        list(indent, name, expressions) { dumper, expression, inner in dumper.expr(expression, inner, "- ", positioned: positioned) }
    }

    private mutating func statements(_ name: String, _ body: [Stmt], _ indent: String) {
        list(indent, name, body) { dumper, statement, inner in dumper.stmt(statement, inner, "- ") }
    }

    private static func quote(_ text: String) -> String {
        var out = "'"
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "'": out += "\\'"
            case " "..."~": out.unicodeScalars.append(scalar)
            default: out += "\\u{\(String(scalar.value, radix: 16))}"
            }
        }
        return out + "'"
    }

    private static func quote(_ bytes: [UInt8]) -> String {
        var out = "b'"
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "\\"): out += "\\\\"
            case UInt8(ascii: "'"): out += "\\'"
            case 0x20...0x7E: out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16)
                out += "\\x{\(hex.count == 1 ? "0" + hex : hex)}"
            }
        }
        return out + "'"
    }

    private static func bits(_ value: Double) -> String {
        let hex = String(value.bitPattern, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    private static func name(_ identifier: Identifier?) -> String {
        identifier.map { quote($0.text) } ?? "None"
    }

    private static func constant(_ value: ConstantValue) -> String {
        switch value {
        case .none: return "None"
        case .bool(let flag): return flag ? "True" : "False"
        case .ellipsis: return "Ellipsis"
        case .int(let literal): return literal.value.description
        case .float(let number): return "float:" + bits(number)
        case .imaginary(let number): return "imaginary:" + bits(number)
        case .string(let text): return quote(text)
        case .bytes(let bytes): return quote(bytes)
        }
    }

    private static func context(_ ctx: ExprContext) -> String {
        switch ctx {
        case .load: return "Load"
        case .store: return "Store"
        case .del: return "Del"
        }
    }

    private static func binary(_ op: BinaryOperator) -> String {
        switch op {
        case .add: return "Add"
        case .sub: return "Sub"
        case .mult: return "Mult"
        case .matMult: return "MatMult"
        case .div: return "Div"
        case .mod: return "Mod"
        case .pow: return "Pow"
        case .lShift: return "LShift"
        case .rShift: return "RShift"
        case .bitOr: return "BitOr"
        case .bitXor: return "BitXor"
        case .bitAnd: return "BitAnd"
        case .floorDiv: return "FloorDiv"
        }
    }

    private static func unary(_ op: UnaryOperator) -> String {
        switch op {
        case .invert: return "Invert"
        case .not: return "Not"
        case .uAdd: return "UAdd"
        case .uSub: return "USub"
        }
    }

    private static func compare(_ op: CompareOperator) -> String {
        switch op {
        case .eq: return "Eq"
        case .notEq: return "NotEq"
        case .lt: return "Lt"
        case .ltE: return "LtE"
        case .gt: return "Gt"
        case .gtE: return "GtE"
        case .is: return "Is"
        case .isNot: return "IsNot"
        case .in: return "In"
        case .notIn: return "NotIn"
        }
    }

    // MARK: statements

    private mutating func stmt(_ statement: Stmt, _ indent: String, _ label: String) {
        let inner = indent + "  "
        let range = statement.range
        switch statement.kind {
        case .functionDef(let def):
            head(indent, label, def.isAsync ? "AsyncFunctionDef" : "FunctionDef", range)
            field(inner, "name", Self.name(def.name))
            arguments(def.args, inner)
            statements("body", def.body, inner)
            exprs(inner, "decorator_list", def.decorators)
            optionalExpr(inner, "returns", def.returns)
        case .classDef(let def):
            head(indent, label, "ClassDef", range)
            field(inner, "name", Self.name(def.name))
            exprs(inner, "bases", def.bases)
            keywords(def.keywords, inner)
            statements("body", def.body, inner)
            exprs(inner, "decorator_list", def.decorators)
        case .returnStmt(let value):
            head(indent, label, "Return", range)
            optionalExpr(inner, "value", value)
        case .delete(let targets):
            head(indent, label, "Delete", range)
            exprs(inner, "targets", targets)
        case .assign(let targets, let value):
            head(indent, label, "Assign", range)
            exprs(inner, "targets", targets)
            expr(value, inner, "value: ")
        case .augAssign(let target, let op, let value):
            head(indent, label, "AugAssign", range)
            expr(target, inner, "target: ")
            field(inner, "op", Self.binary(op))
            expr(value, inner, "value: ")
        case .annAssign(let target, let annotation, let value, let simple):
            head(indent, label, "AnnAssign", range)
            expr(target, inner, "target: ")
            expr(annotation, inner, "annotation: ")
            optionalExpr(inner, "value", value)
            field(inner, "simple", simple ? "1" : "0")
        case .forLoop(let loop):
            head(indent, label, loop.isAsync ? "AsyncFor" : "For", range)
            expr(loop.target, inner, "target: ")
            expr(loop.iter, inner, "iter: ")
            statements("body", loop.body, inner)
            statements("orelse", loop.orelse, inner)
        case .whileLoop(let test, let body, let orelse):
            head(indent, label, "While", range)
            expr(test, inner, "test: ")
            statements("body", body, inner)
            statements("orelse", orelse, inner)
        case .ifStmt(let test, let body, let orelse):
            head(indent, label, "If", range)
            expr(test, inner, "test: ")
            statements("body", body, inner)
            statements("orelse", orelse, inner)
        case .with(let block):
            head(indent, label, block.isAsync ? "AsyncWith" : "With", range)
            list(inner, "items", block.items) { dumper, item, itemIndent in
                dumper.head(itemIndent, "- ", "withitem", nil)
                dumper.expr(item.contextExpr, itemIndent + "  ", "context_expr: ")
                dumper.optionalExpr(itemIndent + "  ", "optional_vars", item.optionalVars)
            }
            statements("body", block.body, inner)
        case .match(let subject, let cases):
            head(indent, label, "Match", range)
            expr(subject, inner, "subject: ")
            list(inner, "cases", cases) { dumper, matchCase, caseIndent in
                dumper.head(caseIndent, "- ", "match_case", nil)
                dumper.pattern(matchCase.pattern, caseIndent + "  ", "pattern: ")
                dumper.optionalExpr(caseIndent + "  ", "guard", matchCase.guardExpr)
                dumper.statements("body", matchCase.body, caseIndent + "  ")
            }
        case .raise(let exc, let cause):
            head(indent, label, "Raise", range)
            optionalExpr(inner, "exc", exc)
            optionalExpr(inner, "cause", cause)
        case .tryStmt(let block):
            head(indent, label, block.isStar ? "TryStar" : "Try", range)
            statements("body", block.body, inner)
            list(inner, "handlers", block.handlers) { dumper, handler, handlerIndent in
                dumper.head(handlerIndent, "- ", "ExceptHandler", handler.range)
                dumper.optionalExpr(handlerIndent + "  ", "type", handler.type)
                dumper.field(handlerIndent + "  ", "name", Self.name(handler.name))
                dumper.statements("body", handler.body, handlerIndent + "  ")
            }
            statements("orelse", block.orelse, inner)
            statements("finalbody", block.finalbody, inner)
        case .assert(let test, let msg):
            head(indent, label, "Assert", range)
            expr(test, inner, "test: ")
            optionalExpr(inner, "msg", msg)
        case .importNames(let names):
            head(indent, label, "Import", range)
            aliases(names, inner)
        case .importFrom(let module, let names, let level):
            head(indent, label, "ImportFrom", range)
            field(inner, "module", Self.name(module))
            aliases(names, inner)
            field(inner, "level", String(level))
        case .global(let names):
            head(indent, label, "Global", range)
            scalars(inner, "names", names.map { Self.quote($0.text) })
        case .nonlocal(let names):
            head(indent, label, "Nonlocal", range)
            scalars(inner, "names", names.map { Self.quote($0.text) })
        case .expr(let value):
            head(indent, label, "Expr", range)
            expr(value, inner, "value: ")
        case .pass:
            head(indent, label, "Pass", range)
        case .breakStmt:
            head(indent, label, "Break", range)
        case .continueStmt:
            head(indent, label, "Continue", range)
        }
    }

    private mutating func aliases(_ names: [Alias], _ indent: String) {
        list(indent, "names", names) { dumper, alias, aliasIndent in
            dumper.head(aliasIndent, "- ", "alias", alias.range)
            dumper.field(aliasIndent + "  ", "name", Self.name(alias.name))
            dumper.field(aliasIndent + "  ", "asname", Self.name(alias.asname))
        }
    }

    private mutating func keywords(_ keywords: [Keyword], _ indent: String) {
        list(indent, "keywords", keywords) { dumper, keyword, keywordIndent in
            dumper.head(keywordIndent, "- ", "keyword", keyword.range)
            dumper.field(keywordIndent + "  ", "arg", Self.name(keyword.arg))
            dumper.expr(keyword.value, keywordIndent + "  ", "value: ")
        }
    }

    private mutating func arguments(_ args: Arguments, _ indent: String) {
        head(indent, "args: ", "arguments", nil)
        let inner = indent + "  "
        let each: (inout ASTDumper, Arg, String) -> Void = { dumper, arg, argIndent in dumper.arg(arg, argIndent, "- ") }
        list(inner, "posonlyargs", args.posonlyargs, each)
        list(inner, "args", args.args, each)
        optionalArg(args.vararg, inner, "vararg")
        list(inner, "kwonlyargs", args.kwonlyargs, each)
        list(inner, "kw_defaults", args.kwDefaults) { dumper, value, valueIndent in
            if let value {
                dumper.expr(value, valueIndent, "- ")
            } else {
                dumper.lines.append("\(valueIndent)- None")
            }
        }
        optionalArg(args.kwarg, inner, "kwarg")
        exprs(inner, "defaults", args.defaults)
    }

    private mutating func optionalArg(_ value: Arg?, _ indent: String, _ name: String) {
        if let value {
            arg(value, indent, name + ": ")
        } else {
            field(indent, name, "None")
        }
    }

    private mutating func arg(_ value: Arg, _ indent: String, _ label: String) {
        head(indent, label, "arg", value.range)
        field(indent + "  ", "arg", Self.name(value.name))
        optionalExpr(indent + "  ", "annotation", value.annotation)
    }

    // MARK: expressions

    private mutating func expr(_ expression: Expr, _ indent: String, _ label: String, positioned: Bool = true) {
        let inner = indent + "  "
        let range: SourceRange? = positioned ? expression.range : nil
        switch expression.kind {
        case .boolOp(let op, let values):
            head(indent, label, "BoolOp", range)
            field(inner, "op", op == .and ? "And" : "Or")
            exprs(inner, "values", values)
        case .namedExpr(let target, let value):
            head(indent, label, "NamedExpr", range)
            expr(target, inner, "target: ")
            expr(value, inner, "value: ")
        case .binOp(let left, let op, let right):
            head(indent, label, "BinOp", range)
            expr(left, inner, "left: ")
            field(inner, "op", Self.binary(op))
            expr(right, inner, "right: ")
        case .unaryOp(let op, let operand):
            head(indent, label, "UnaryOp", range)
            field(inner, "op", Self.unary(op))
            expr(operand, inner, "operand: ")
        case .lambda(let args, let body):
            head(indent, label, "Lambda", range)
            arguments(args, inner)
            expr(body, inner, "body: ")
        case .ifExp(let test, let body, let orelse):
            head(indent, label, "IfExp", range)
            expr(test, inner, "test: ")
            expr(body, inner, "body: ")
            expr(orelse, inner, "orelse: ")
        case .dict(let keys, let values):
            head(indent, label, "Dict", range)
            list(inner, "keys", keys) { dumper, key, keyIndent in
                if let key {
                    dumper.expr(key, keyIndent, "- ")
                } else {
                    dumper.lines.append("\(keyIndent)- None")
                }
            }
            exprs(inner, "values", values)
        case .set(let elts):
            head(indent, label, "Set", range)
            exprs(inner, "elts", elts)
        case .listComp(let elt, let generators):
            head(indent, label, "ListComp", range)
            expr(elt, inner, "elt: ")
            comprehensions(generators, inner)
        case .setComp(let elt, let generators):
            head(indent, label, "SetComp", range)
            expr(elt, inner, "elt: ")
            comprehensions(generators, inner)
        case .dictComp(let key, let value, let generators):
            head(indent, label, "DictComp", range)
            expr(key, inner, "key: ")
            expr(value, inner, "value: ")
            comprehensions(generators, inner)
        case .generatorExp(let elt, let generators):
            head(indent, label, "GeneratorExp", range)
            expr(elt, inner, "elt: ")
            comprehensions(generators, inner)
        case .awaitExpr(let value):
            head(indent, label, "Await", range)
            expr(value, inner, "value: ")
        case .yieldExpr(let value):
            head(indent, label, "Yield", range)
            optionalExpr(inner, "value", value)
        case .yieldFrom(let value):
            head(indent, label, "YieldFrom", range)
            expr(value, inner, "value: ")
        case .compare(let left, let ops, let comparators):
            head(indent, label, "Compare", range)
            expr(left, inner, "left: ")
            scalars(inner, "ops", ops.map(Self.compare))
            exprs(inner, "comparators", comparators)
        case .call(let function, let args, let keywords):
            head(indent, label, "Call", range)
            expr(function, inner, "func: ")
            exprs(inner, "args", args)
            self.keywords(keywords, inner)
        case .formattedValue(let value, let conversion, let formatSpec):
            head(indent, label, "FormattedValue", range)
            expr(value, inner, "value: ")
            field(inner, "conversion", String(conversion?.code ?? -1))
            optionalExpr(inner, "format_spec", formatSpec, positioned: false)
        case .joinedStr(let values):
            head(indent, label, "JoinedStr", range)
            exprs(inner, "values", values, positioned: false)
        case .constant(let constant):
            head(indent, label, "Constant", range)
            field(inner, "value", Self.constant(constant.value))
            field(inner, "kind", constant.hasUPrefix ? "'u'" : "None")
        case .attribute(let value, let attr, let ctx):
            head(indent, label, "Attribute", range)
            expr(value, inner, "value: ")
            field(inner, "attr", Self.quote(attr.text))
            field(inner, "ctx", Self.context(ctx))
        case .subscriptExpr(let value, let slice, let ctx):
            head(indent, label, "Subscript", range)
            expr(value, inner, "value: ")
            expr(slice, inner, "slice: ")
            field(inner, "ctx", Self.context(ctx))
        case .starred(let value, let ctx):
            head(indent, label, "Starred", range)
            expr(value, inner, "value: ")
            field(inner, "ctx", Self.context(ctx))
        case .name(let id, let ctx):
            head(indent, label, "Name", range)
            field(inner, "id", Self.quote(id.text))
            field(inner, "ctx", Self.context(ctx))
        case .list(let elts, let ctx):
            head(indent, label, "List", range)
            exprs(inner, "elts", elts)
            field(inner, "ctx", Self.context(ctx))
        case .tuple(let elts, let ctx):
            head(indent, label, "Tuple", range)
            exprs(inner, "elts", elts)
            field(inner, "ctx", Self.context(ctx))
        case .slice(let lower, let upper, let step):
            head(indent, label, "Slice", range)
            optionalExpr(inner, "lower", lower)
            optionalExpr(inner, "upper", upper)
            optionalExpr(inner, "step", step)
        }
    }

    private mutating func comprehensions(_ generators: [Comprehension], _ indent: String) {
        list(indent, "generators", generators) { dumper, clause, clauseIndent in
            dumper.head(clauseIndent, "- ", "comprehension", nil)
            let inner = clauseIndent + "  "
            dumper.expr(clause.target, inner, "target: ")
            dumper.expr(clause.iter, inner, "iter: ")
            dumper.exprs(inner, "ifs", clause.ifs)
            dumper.field(inner, "is_async", clause.isAsync ? "1" : "0")
        }
    }

    // MARK: patterns

    private mutating func pattern(_ node: Pattern, _ indent: String, _ label: String) {
        let inner = indent + "  "
        let patternsList: (inout ASTDumper, Pattern, String) -> Void = { dumper, item, itemIndent in dumper.pattern(item, itemIndent, "- ") }
        switch node.kind {
        case .matchValue(let value):
            head(indent, label, "MatchValue", node.range)
            expr(value, inner, "value: ")
        case .matchSingleton(let value):
            head(indent, label, "MatchSingleton", node.range)
            field(inner, "value", Self.constant(value))
        case .matchSequence(let patterns):
            head(indent, label, "MatchSequence", node.range)
            list(inner, "patterns", patterns, patternsList)
        case .matchMapping(let keys, let patterns, let rest):
            head(indent, label, "MatchMapping", node.range)
            exprs(inner, "keys", keys)
            list(inner, "patterns", patterns, patternsList)
            field(inner, "rest", Self.name(rest))
        case .matchClass(let cls, let patterns, let kwdAttrs, let kwdPatterns):
            head(indent, label, "MatchClass", node.range)
            expr(cls, inner, "cls: ")
            list(inner, "patterns", patterns, patternsList)
            scalars(inner, "kwd_attrs", kwdAttrs.map { Self.quote($0.text) })
            list(inner, "kwd_patterns", kwdPatterns, patternsList)
        case .matchStar(let name):
            head(indent, label, "MatchStar", node.range)
            field(inner, "name", Self.name(name))
        case .matchAs(let pattern, let name):
            head(indent, label, "MatchAs", node.range)
            if let pattern {
                self.pattern(pattern, inner, "pattern: ")
            } else {
                field(inner, "pattern", "None")
            }
            field(inner, "name", Self.name(name))
        case .matchOr(let patterns):
            head(indent, label, "MatchOr", node.range)
            list(inner, "patterns", patterns, patternsList)
        }
    }
}
