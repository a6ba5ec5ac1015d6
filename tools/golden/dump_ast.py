#!/usr/bin/env python3
"""Dump CPython 3.11's parse of Python sources in the normalised text format PyModel's Swift
AST dumper (`ASTDumper`) also prints, and keep the parser goldens under
Tests/PyModelTests/Parser/cases/ in step with CPython.

    dump_ast.py FILE.py          print the dump (or the syntax error) of one file
    dump_ast.py --regenerate     rewrite every golden: cases/*.py -> *.ast, cases/errors/*.py -> *.err
    dump_ast.py --check          exit 1 when a committed golden differs from CPython's answer

Format: one node per line, indented by two spaces per level, `Name @line:col-endline:endcol`
(CPython's lineno, col_offset, end_lineno, end_col_offset: 0-based UTF-8 byte columns), then each
field of `_fields` in order (`type_comment` and `type_ignores`, always empty here, are left out).
Normalisations, where the Swift AST keeps things differently or CPython's positions are accidents:
- Inside a JoinedStr, the Constant and FormattedValue parts and a format spec's JoinedStr carry no
  position (CPython 3.11 gives them the whole literal's range, or a format spec an arbitrary one);
  the expressions inside replacement fields keep theirs.
- Strings are quoted with ' and every character outside printable ASCII (and \\ and ') is written
  \\u{hex}; bytes likewise with \\x{hex}; floats and the imaginary part of complex numbers are
  written as the hex of their IEEE bits, so no float formatting can differ.
Errors (`cases/errors/*.py`) come from `compile(source, name, 'exec')`: the exception class and
message, then `@ line:col` with col the 0-based UTF-8 byte column of CPython's offset.
"""
import ast
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CASES = ROOT / "Tests" / "PyModelTests" / "Parser" / "cases"
HEADER = "# CPython {}.{} via tools/golden/dump_ast.py --regenerate\n".format(*sys.version_info[:2])
SKIPPED_FIELDS = {"type_comment", "type_ignores"}


def quote(text):
    out = []
    for ch in text:
        if ch == "\\":
            out.append("\\\\")
        elif ch == "'":
            out.append("\\'")
        elif " " <= ch <= "~":
            out.append(ch)
        else:
            out.append("\\u{%x}" % ord(ch))
    return "'" + "".join(out) + "'"


def quote_bytes(data):
    out = []
    for byte in data:
        ch = chr(byte)
        if ch == "\\":
            out.append("\\\\")
        elif ch == "'":
            out.append("\\'")
        elif 0x20 <= byte <= 0x7E:
            out.append(ch)
        else:
            out.append("\\x{%02x}" % byte)
    return "b'" + "".join(out) + "'"


def float_bits(value):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", value))[0]


def scalar(value):
    if value is None or value is True or value is False:
        return repr(value)
    if value is Ellipsis:
        return "Ellipsis"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return "float:" + float_bits(value)
    if isinstance(value, complex):
        return "imaginary:" + float_bits(value.imag)
    if isinstance(value, str):
        return quote(value)
    if isinstance(value, bytes):
        return quote_bytes(value)
    raise TypeError("unexpected value %r" % (value,))


def is_leaf(node):
    """Context and operator singletons (Load, Add, ...), printed by name alone."""
    return isinstance(node, ast.AST) and not node._fields and not node._attributes


def dump_node(node, indent, label, lines, positioned=True):
    head = indent + label + type(node).__name__
    if positioned and "lineno" in node._attributes:
        head += " @%d:%d-%d:%d" % (node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)
    lines.append(head)
    inner = indent + "  "
    for field in node._fields:
        if field in SKIPPED_FIELDS:
            continue
        value = getattr(node, field)
        in_fstring = isinstance(node, ast.JoinedStr) or (isinstance(node, ast.FormattedValue) and field == "format_spec")
        if isinstance(value, list):
            if not value:
                lines.append("%s%s: []" % (inner, field))
                continue
            lines.append("%s%s:" % (inner, field))
            for item in value:
                if isinstance(item, ast.AST) and not is_leaf(item):
                    dump_node(item, inner + "  ", "- ", lines, positioned=not in_fstring)
                elif is_leaf(item):
                    lines.append("%s  - %s" % (inner, type(item).__name__))
                else:
                    lines.append("%s  - %s" % (inner, scalar(item)))
        elif is_leaf(value):
            lines.append("%s%s: %s" % (inner, field, type(value).__name__))
        elif isinstance(value, ast.AST):
            dump_node(value, inner, field + ": ", lines, positioned=not in_fstring)
        else:
            lines.append("%s%s: %s" % (inner, field, scalar(value)))


def dump_source(source):
    """`source` is a file's bytes (or text), parsed as CPython parses a file."""
    lines = []
    dump_node(ast.parse(source), "", "", lines)
    return "\n".join(lines) + "\n"


def dump_error(source, name):
    """`source` is the file's bytes, compiled as CPython compiles a file (a UTF-8 BOM is skipped)."""
    try:
        compile(source, name, "exec")
    except SyntaxError as error:
        lines = source.decode("utf-8-sig").splitlines()
        line_text = lines[error.lineno - 1] if error.lineno and error.lineno <= len(lines) else ""
        offset = max((error.offset or 1) - 1, 0)
        column = len(line_text[:offset].encode("utf-8"))
        return "%s: %s\n@ %d:%d\n" % (type(error).__name__, error.msg, error.lineno, column)
    raise ValueError("%s compiles without error" % name)


def expected_goldens():
    """Yield (golden path, CPython's golden text) for every case."""
    for path in sorted(CASES.glob("*.py")):
        yield path.with_suffix(".ast"), HEADER + dump_source(path.read_bytes())
    for path in sorted((CASES / "errors").glob("*.py")):
        yield path.with_suffix(".err"), HEADER + dump_error(path.read_bytes(), path.name)


def main(argv):
    if argv[1:] == ["--regenerate"]:
        for golden, text in expected_goldens():
            golden.write_text(text, encoding="utf-8")
        return 0
    if argv[1:] == ["--check"]:
        stale = [str(golden) for golden, text in expected_goldens()
                 if not golden.exists() or golden.read_text(encoding="utf-8") != text]
        for name in stale:
            print("stale golden:", name)
        return 1 if stale else 0
    if len(argv) == 2:
        source = Path(argv[1]).read_bytes()
        try:
            sys.stdout.write(dump_source(source))
        except SyntaxError:
            sys.stdout.write(dump_error(source, argv[1]))
        return 0
    sys.stderr.write(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
